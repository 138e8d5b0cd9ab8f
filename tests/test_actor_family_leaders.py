"""A surname several KB people share, alone in a text that names none of them in full or with a
title, is the one who leads (or led, up to a year before the document's date) a state as its
head (issue 11, name mentions): "the fall of Varga" in a ruler's family is the ruler, not his
wife or brother; a second head within the year, a surname after another given name, or a
ruler long gone leave it unread.  Invented people."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
"""
PEOPLE = """
- {id: old_varga, name: Oskar Varga, shared_surname: true, roles: [{title: President,
   of: ruritania, from: 1970-01-01, to: 2000-06-01}]}
- {id: ben_varga, name: Ben Varga, shared_surname: true, roles: [{title: President,
   of: ruritania, from: 2000-07-01, to: 2024-12-08}]}
- {id: ana_varga, name: Ana Varga, shared_surname: true, roles: [{title: First Lady,
   of: ruritania, from: 2000-07-01, to: 2024-12-08}]}
- {id: max_varga, name: Max Varga, shared_surname: true, roles: [{title: Commander of the
   Guard, of: ruritania, from: 2010-01-01, to: 2024-12-08}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


@pytest.mark.parametrize(("published", "who"), [
    ("2012-05-02", "ben_varga"),  # in office, his wife and brother in roles too
    ("2024-12-20", "ben_varga"),  # just after his fall
    ("1990-05-02", "old_varga"),
])
def test_a_shared_surname_alone_is_the_familys_head_of_state(kb, published, who) -> None:
    actors = extract(kb, "Talks\n\nThe rebels said Varga must go. Varga refused.\n", published)
    assert who in actors
    assert [m.text for m in actors[who].mentions] == ["Varga", "Varga"]


@pytest.mark.parametrize(("text", "published"), [
    ("Talks\n\nThe rebels said Varga must go.\n", "2000-08-20"),  # two heads within the year
    ("Talks\n\nThe rebels said Varga must go.\n", "2027-05-02"),  # the head fell years ago
    ("Talks\n\nWe go to the line of MJ Varga.\n", "2012-05-02"),  # another person's surname
])
def test_no_family_head_when_it_may_be_someone_else(kb, text, published) -> None:
    actors = extract(kb, text, published)
    assert not {"old_varga", "ben_varga", "ana_varga", "max_varga"} & set(actors)
