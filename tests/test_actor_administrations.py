"""Named administrations (issue 11, name mentions): "the Halvorsen-Quist Administration" is a
government of its own, part of the leader's state, whose mention is the whole phrase; the
surnames in it are not mentions of the people.  The lower-case "the Halvorsen administration"
stays the leader's mention.  Invented text and people."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: usa, name: United States, abbreviations: [US, U.S.], demonyms: [American, Americans]}
"""
PEOPLE = """
- id: ada_halvorsen
  name: Ada Halvorsen
  roles: [{title: President, of: usa, from: 2030}]
- id: ben_quist
  name: Ben Quist
  roles: [{title: Vice President, of: usa, from: 2030}]
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def test_a_capitalised_administration_after_leaders_is_one_government(kb) -> None:
    text = ("Fact Sheet: Food Security\n\nPresident Halvorsen met farmers on Monday. "
            "The Halvorsen-Quist Administration has invested in seeds. The Halvorsen "
            "Administration intends to pledge more.\n")
    actors = extract(kb, text, "2031-05-02")
    admin = actors["ada_halvorsen_administration"]
    assert admin.kind == "government" and admin.part_of == "usa"
    assert texts(admin) == ["Halvorsen-Quist Administration", "Halvorsen Administration"]
    assert texts(actors["ada_halvorsen"]) == ["Halvorsen"]  # only "President Halvorsen"
    assert "ben_quist" not in actors


def test_a_lower_case_administration_stays_the_leaders_mention(kb) -> None:
    text = ("Trade\n\nWASHINGTON, May 2 - The Halvorsen administration said it would press "
            "for talks.\n")
    actors = extract(kb, text, "2031-05-02")
    assert not any(a.endswith("_administration") for a in actors)
    assert texts(actors["ada_halvorsen"]) == ["Halvorsen"]


def test_an_agency_called_administration_is_not_a_leaders_government(kb) -> None:
    text = ("Aid\n\nThe Small Business Administration and the Food and Drug Administration "
            "met President Halvorsen.\n")
    actors = extract(kb, text, "2031-05-02")
    assert not any(a.endswith("_administration") and "halvorsen" in a for a in actors)


def test_a_lower_case_administration_describing_a_source_is_the_government(kb) -> None:
    # "a Halvorsen administration official": the body the anonymous source belongs to (the
    # released gold: 6 of 6 such phrases a government or the state, none the person)
    text = ("Debt\n\nWASHINGTON, May 2 - Banks should weigh the plan, a Halvorsen "
            "administration official said. Halvorsen administration aides agreed.\n")
    actors = extract(kb, text, "2031-05-02")
    admin = actors["ada_halvorsen_administration"]
    assert admin.kind == "government" and admin.part_of == "usa"
    assert texts(admin) == ["Halvorsen administration", "Halvorsen administration"]
    assert "ada_halvorsen" not in actors
