"""A demonym names no actor as a language ("(Speaks Ruritanian.)", "In Ruritanian, we say") or
negated by a prefix ("non-Ruritanians", "un-Ruritanian"); before a noun, or as the subject, it
is still the state (issue 11, name mentions).  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian, Ruritanians], iso3: RUR}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


@pytest.mark.parametrize("text", [
    "Remarks\n\nQ (Speaks Ruritanian.) Will you leave?\n",
    "Remarks\n\nIn Ruritanian, we say it better.\n",
    "Remarks\n\nHe gave his answer in Ruritanian, please.\n",
    "Films\n\nFilms made by non-Ruritanians were taxed.\n",
    "Films\n\nThat is profoundly un-Ruritanian.\n",
    "Films\n\nDumping in non-Ruritanian markets went on.\n",
])
def test_a_language_or_a_negated_demonym_is_no_actor(kb, text: str) -> None:
    assert "ruritania" not in extract(kb, text, "2024-03-01")


@pytest.mark.parametrize("text", [
    "Talks\n\nRuritanian officials said no.\n",
    "Talks\n\nHe invested in Ruritanian firms.\n",
    "Talks\n\nThe Ruritanians rejected the offer, and anti-Ruritanian protests grew.\n",
])
def test_a_demonym_before_a_noun_or_as_a_side_is_the_state(kb, text: str) -> None:
    assert "ruritania" in extract(kb, text, "2024-03-01")
