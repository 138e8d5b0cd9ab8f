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


def test_a_titled_label_names_the_person_whose_words_follow() -> None:
    text = ("Support\n\nPraise poured in.\n\nSecretary of the Navy Brenna Voss: \u201cThank you "
            "for standing up for our sailors.\u201d\n\nBrightside\u2019s Tam Oakes: \u201cA great "
            "day for the country.\u201d\n")
    assert sorted(_found(text)) == ["Brenna Voss", "Tam Oakes"]


def test_a_bare_name_label_needs_a_list_of_such_lines() -> None:
    one = "Notes\n\nKey Points: \u201cThe deal is done.\u201d\n"
    assert _found(one) == []
    many = ("Praise\n\nLena Marsh: \u201cA fine day.\u201d\n\nOtto Brandt: \u201cWell done to "
            "all.\u201d\n\nIra Cole: \u201cA great result.\u201d\n")
    assert sorted(_found(many)) == ["Ira Cole", "Lena Marsh", "Otto Brandt"]


def test_a_label_naming_a_firm_is_no_person() -> None:
    text = ("Wins\n\nSecretary of the Navy Brenna Voss: \u201cGood.\u201d\n\nJohnson & Johnson: "
            "\u201cThis is a 25% increase in investment.\u201d\n")
    assert _found(text) == ["Brenna Voss"]


def test_an_apposition_saying_someone_is_a_member_of_a_body() -> None:
    text = ("Hunt\n\nFarmer Geoff Marsh, a senior member of the Vale hunt, told reporters the "
            "ban was unfair. \"It will be hard for people to defy it,\" he said.\n")
    assert [n.split()[-2:] for n in _found(text)] == [["Geoff", "Marsh"]]


def test_in_a_list_of_labels_an_unknown_title_before_the_name_is_no_obstacle() -> None:
    text = ("Praise\n\nPraise poured in.\n\nHouse Majority Whip Tod Emberly: \u201cA fine day."
            "\u201d\n\nRep. Mia Baumfeld: \u201cWell done.\u201d\n\nSen. Ira Colby: \u201cA "
            "great result.\u201d\n")
    assert sorted(_found(text)) == ["Ira Colby", "Mia Baumfeld", "Tod Emberly"]
    one = "Notes\n\nHouse Majority Whip Tod Emberly: \u201cA fine day.\u201d\n"
    assert _found(one) == []
