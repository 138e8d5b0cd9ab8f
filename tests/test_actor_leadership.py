""""DEMONYM leadership" is the state's government only as an actor (issue 11, actor kinds):
"the Ruritanian leadership", "talks with Ruritanian leadership", "Ruritanian leadership said";
bare "Ruritanian leadership in the world" is a quality, no actor.  Invented sentences."""

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


@pytest.mark.parametrize("text", [
    "He met the Ruritanian leadership in the capital.",
    "Talks with Ruritanian leadership went well.",
    "Ruritanian leadership said it would wait.",
])
def test_the_leaders(kb, text: str) -> None:
    assert "ruritania_government" in extract(kb, text)


@pytest.mark.parametrize("text", [
    "Ruritanian leadership in the world matters to our allies.",
    "We welcome the return of Ruritanian leadership to the region.",
])
def test_a_quality(kb, text: str) -> None:
    assert "ruritania_government" not in extract(kb, text)
