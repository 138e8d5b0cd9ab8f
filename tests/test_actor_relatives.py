"""People named with a relative clause or as the head of a team, not after a title (issue 11).
Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: usa, name: United States, abbreviations: [US, U.S.], demonyms: [American, Americans]}
- {id: russia, name: Russia, demonyms: [Russian, Russians], capital: Moscow}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def test_a_name_before_who_heads_is_a_person_acting_for_the_team_after_it(kb) -> None:
    text = ("GENEVA, May 2 - The talks went on.\n\nOrin Falk, who heads the American team "
            "on trade, told reporters a draft was ready. Falk added that it was complete.\n")
    actors = extract(kb, text, "1990-05-02")
    falk = actors["orin_falk"]
    assert falk.kind == "person" and falk.affiliation == "usa"
    assert texts(falk) == ["Orin Falk", "Falk"]


def test_the_head_of_a_delegation_named_after_headed_by_is_a_person(kb) -> None:
    text = ("Talks\n\nThey met the Russian delegation on fisheries headed by Ivo Brandt. "
            "The meeting lasted an hour.\n")
    actors = extract(kb, text, "1990-05-02")
    brandt = actors["ivo_brandt"]
    assert brandt.kind == "person" and brandt.affiliation == "russia"


def test_an_organisation_before_who_is_no_person(kb) -> None:
    text = "Talks\n\nThe Northern Steel Union, who represents the workers, rejected the offer.\n"
    actors = extract(kb, text, "1990-05-02")
    assert not any(a.kind == "person" and "Union" in a.name for a in actors.values())


def test_a_name_negotiating_for_a_side_or_set_off_by_commas_before_said(kb) -> None:
    text = ("Talks\n\nAnna-Lena Roth, negotiating for the employers, said the offer stood. "
            "Russian envoy to the forum, Pavel Orlov, said it did not.\n")
    actors = extract(kb, text, "1990-05-02")
    assert actors["anna_lena_roth"].kind == "person"
    assert texts(actors["anna_lena_roth"]) == ["Anna-Lena Roth"]
    assert actors["pavel_orlov"].affiliation == "russia"


def test_a_name_with_a_description_before_said_is_a_commentator_not_a_side(kb) -> None:
    text = ("Strike\n\nRussian forces hit a depot. \"It was a signal,\" Ada Quill, a defense "
            "analyst and author, said. Quill said more would follow.\n")
    actors = extract(kb, text, "1990-05-02")
    quill = actors["ada_quill"]
    assert quill.kind == "person" and texts(quill) == ["Ada Quill", "Quill"]
    assert quill.tier == "mentioned"


def test_armed_men_named_by_their_base_are_a_group_unless_a_group_is_named(kb) -> None:
    text = ("Truce\n\nRussia agreed a truce with Steppe-based militants after three days. "
            "The Steppe-based militants fired rockets.\n")
    actors = extract(kb, text, "1990-05-02")
    group = actors["steppe_based_militants"]
    assert group.kind == "armed_group" and group.name == "Steppe-based militants"


def test_mrs_before_a_known_mans_surname_is_his_wife_not_him() -> None:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata
    from briefing.extract.actors.finder import find_actors
    from briefing.knowledge import default_kb
    text = ("State visit\n\nThe President will welcome Prime Minister Kishida and Mrs. Kishida "
            "on Monday. Mrs. Kishida will visit a school, and Kishida will address Congress.\n")
    doc, _ = document_from_text("visit.txt", text, meta=Metadata(published="2024-04-01"))
    found = {a.id: [m.text for m in a.mentions] for a in find_actors(doc, default_kb())}
    assert found["fumio_kishida"] == ["Kishida", "Kishida"]
    assert found["mrs_kishida"] == ["Mrs. Kishida", "Mrs. Kishida"]
