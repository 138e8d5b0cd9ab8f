"""A group of states keeps its whole region (issue 11, actor names): "South East Asian
countries", "South-East Asian nations", "Indo-Pacific partners", "Central American countries";
a compass word alone ("Global South countries") names no group.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


@pytest.mark.parametrize("text, name", [
    ("Ruritania said South East Asian countries would meet in May.",
     "South East Asian countries"),
    ("Ruritania said South-East Asian nations would meet.", "South-East Asian nations"),
    ("Ruritania and its Indo-Pacific partners will meet.", "Indo-Pacific partners"),
    ("Ruritania said Central American countries would meet.", "Central American countries"),
])
def test_the_whole_region_names_the_group(kb, text: str, name: str) -> None:
    groups = [a.name for a in extract(kb, text).values() if a.kind == "state_group"]
    assert name in groups


def test_a_compass_word_alone_names_no_group(kb) -> None:
    actors = extract(kb, "Ruritania courts Global South countries.")
    assert not any(a.kind == "state_group" and "South" in a.name for a in actors.values())
