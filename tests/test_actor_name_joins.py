"""Names the actor finder used to cut in two (issue 11): a family name an apostrophe joins to
its one-letter prefix ("O'Dwyer") after a post, and a firm's name that opens with a demonym
("American Widget International Inc").  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.new_people import word_spans
from briefing.model import Briefing


def _names(briefing: Briefing, kind: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in briefing.actors if a.kind == kind}


def test_an_apostrophe_family_name_after_a_post_is_one_name() -> None:
    text = ("Rovers keep their manager\n\nRovers boss Daniel O'Dwyer signed a new deal on "
            "Thursday.\n\nO'Dwyer's future had been in doubt. \"I am happy,\" O'Dwyer said.\n")
    people = _names(analyse(doc(text, published=None)), "person")
    assert people.get("Daniel O'Dwyer") == ["Daniel O'Dwyer", "O'Dwyer", "O'Dwyer"]
    assert not any(name.endswith(" O") for name in people)


def test_a_curly_apostrophe_joins_the_name_too() -> None:
    text = ("Club news\n\nUnited boss Peter O’Keane said the squad was ready.\n\n"
            "O’Keane said little else.\n")
    people = _names(analyse(doc(text, published=None)), "person")
    assert people.get("Peter O’Keane") == ["Peter O’Keane", "O’Keane"]


def test_a_firm_named_for_its_country_keeps_the_demonym_and_its_short_name() -> None:
    text = ("Bid for clinics\n\nNEW YORK, March 2 - Investor Leroy Vossberg said he met holders "
            "of American Widget International Inc.\n\nVossberg said American Widget would "
            "decide soon. American Widget shares rose. American officials said nothing.\n")
    briefing = analyse(doc(text, published="1987-03-02"))
    orgs = _names(briefing, "organization")
    assert orgs.get("American Widget International Inc") == [
        "American Widget International Inc", "American Widget", "American Widget"]
    states = _names(briefing, "state")
    assert states.get("United States") == ["American"]  # "American officials" stays the state's


def test_a_demonym_before_a_lower_case_noun_names_no_firm() -> None:
    text = ("Steel\n\nTOKYO, March 2 - Japanese steel maker Kurogane Steel Corp cut output. "
            "Japanese mills lost money.\n")
    briefing = analyse(doc(text, published="1987-03-02"))
    assert "Kurogane Steel Corp" in _names(briefing, "organization")
    assert _names(briefing, "state").get("Japan") == ["Japanese", "Japanese"]


def test_general_before_a_body_s_head_noun_is_no_general() -> None:
    text = ("Air links\n\nThe Ruritanian General Authority for Civil Aviation opened the "
            "airspace on Monday. General Haldane welcomed it.\n")
    briefing = analyse(doc(text, published="2022-07-16"))
    assert "Authority" not in _names(briefing, "person")
    assert "Ruritanian General Authority for Civil Aviation" in {a.name for a in
                                                                 briefing.actors}


def test_a_surname_with_a_possessive_still_stands_whole() -> None:
    text = "Roe said so. Analysts saw Roe's bid and Roe’s plan as high. Roeder and O'Roe did not."
    spans = word_spans(text, "Roe")
    assert [text[s:e] for s, e in spans] == ["Roe", "Roe", "Roe"]
    assert [s for s, _ in spans] == [0, 26, 40]
    assert word_spans("Roe'sville", "Roe") == []  # not a possessive: a longer word
