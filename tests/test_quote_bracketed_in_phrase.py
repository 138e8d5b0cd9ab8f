"""Quote speakers: a bracketed name or abbreviation inside an attribution's noun phrase
("said Harbour Securities (Norland) vice president Jon Vik") is part of the phrase, so the
person named after it speaks.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes

QUOTE = "The ministry has been busy,"


def _speaker(text: str) -> str | None:
    actors = (actor(text, "harbour", "organization", ["Harbour Securities"]),
              actor(text, "vik", "person", ["Jon Vik"]))
    return {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}[QUOTE]


def test_a_bracketed_country_inside_the_inverted_attribution() -> None:
    text = ("Chip makers cut output.\n\n\"The ministry has been busy,\" said Harbour "
            "Securities (Norland) associate vice president Jon Vik.\n")
    assert _speaker(text) == "vik"


def test_a_bracketed_abbreviation_inside_the_inverted_attribution() -> None:
    text = ("Chip makers cut output.\n\n\"The ministry has been busy,\" said Harbour "
            "Securities (HS) analyst Jon Vik.\n")
    assert _speaker(text) == "vik"


def test_the_same_attribution_without_brackets() -> None:
    text = ("Chip makers cut output.\n\n\"The ministry has been busy,\" said Harbour "
            "Securities analyst Jon Vik.\n")
    assert _speaker(text) == "vik"
