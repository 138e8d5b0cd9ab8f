"""A KB surname followed by a capitalised word the KB does not know is another person's given
name ("Abdelaziz Al-Wattari" is not the KB's Mohamed Abdelaziz), whatever title comes before;
a weekday, a title or the end of a clause after it changes nothing.  Invented people."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: zembla, name: Zembla, demonyms: [Zemblan, Zemblans]}
"""
PEOPLE = """
- id: omar_corvo
  name: Omar Corvo
  roles: [{title: Foreign Minister, of: zembla, from: 1980}]
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def test_a_kb_surname_before_an_unknown_capitalised_word_is_another_persons_name(kb) -> None:
    text = ("Oil\n\nVIENNA, March 17 - Prices should be fixed, the group's Assistant Secretary "
            "Corvo Al-Tamimi said. Al-Tamimi noted that output was low.\n")
    actors = extract(kb, text, "1987-03-17")
    assert "omar_corvo" not in actors
    tamimi = next(a for a in actors.values() if a.name == "Corvo Al-Tamimi")
    assert texts(tamimi) == ["Corvo Al-Tamimi", "Al-Tamimi"]


def test_the_kb_surname_alone_or_before_a_weekday_is_the_kb_person(kb) -> None:
    text = ("Talks\n\nPARIS, March 17 - Zembla wants talks, Corvo Tuesday told reporters. "
            "Corvo said the talks would start soon.\n")
    actors = extract(kb, text, "1987-03-17")
    assert texts(actors["omar_corvo"]) == ["Corvo", "Corvo"]
