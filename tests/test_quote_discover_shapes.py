"""Speakers the actor pass missed, found where a speech verb names them: a description before
the name after an inverted verb ("said Zelco analyst Jo Roe"), names with an elided article
("O'Hoy", "D'Amato"), an apposition between dashes.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.quotes.discover import unnamed_speakers


def _found(text: str) -> list[str]:
    return [a.name for a in unnamed_speakers(doc(text), ())]


def test_a_description_before_the_name_after_an_inverted_verb() -> None:
    text = ("Club\n\n\"This is the bill for years of bad management,\" said Zelco analyst "
            "Peter-Paul Marsh. The club hired an auditor.\n")
    assert _found(text) == ["Peter-Paul Marsh"]


def test_words_before_a_name_that_are_no_description_do_not_make_a_person() -> None:
    text = ("Club\n\n\"The board will decide,\" said on Tuesday Karl Brand.\n")
    assert _found(text) == []


def test_a_surname_with_an_elided_article() -> None:
    text = ("Wine\n\n\"The combination will transform the industry,\" said Trevor O'Dell, the "
            "firm's chief executive.\n")
    assert _found(text) == ["Trevor O'Dell"]


def test_an_apposition_between_dashes() -> None:
    text = ("Club\n\nFund manager Florian Marsh - the club's largest investor - said he "
            "wanted a greater say. \"I demand better transparency,\" he said.\n")
    assert _found(text) == ["Florian Marsh"]
