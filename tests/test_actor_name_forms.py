"""Name forms of an actor the text has already named (issue 11): the bare surname of a person
the text names in full, when the knowledge base knows that surname only as someone else's.
Invented sentences, a fixture KB."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: norland, name: Norland, demonyms: [Norlandic], iso3: NRL}
"""
# a KB person who shares the surname of the man the texts name, but holds no office in 1987
PEOPLE = """
- id: anders_kvistberg
  name: Anders Kvistberg
  gender: m
  roles:
    - {title: Prime Minister, of: norland, from: "2005-10-17", to: "2013-10-16"}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def test_the_surname_of_a_titled_full_name_is_that_person_not_the_kb_namesake(kb) -> None:
    text = ("Loan talks\n\nNorlandic Finance Minister Erik Kvistberg said on Monday the talks "
            "had failed. Kvistberg said the banks were to blame.\n")
    actors = extract(kb, text, "1987-03-02")
    people = {a.name: texts(a) for a in actors.values() if a.kind == "person"}
    assert people == {"Erik Kvistberg": ["Erik Kvistberg", "Kvistberg"]}


def test_the_kb_person_named_in_full_keeps_the_bare_surname(kb) -> None:
    text = ("Talks\n\nPrime Minister Anders Kvistberg met the bankers on Monday. Kvistberg "
            "said the talks had gone well.\n")
    actors = extract(kb, text, "2008-03-02")
    assert texts(actors["anders_kvistberg"]) == ["Anders Kvistberg", "Kvistberg"]


def test_a_round_of_talks_named_after_a_place_names_no_state(kb) -> None:
    text = ("Trade talks\n\nNorland wants the Norland Round to succeed. Delegates of the "
            "Norland trade round met in Geneva, a Norlandic official said.\n")
    actors = extract(kb, text, "1987-03-02")
    assert texts(actors["norland"]) == ["Norland", "Norlandic"]
