"""A community's adjective (the KB alias "Veldan" of the community "Veldans") names the
community as a noun or before a noun of its people, not where it describes a place, a polity,
another group or stands in a list of adjectives.  Invented community, state and sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: zembla, name: Zembla, demonyms: [Zemblan, Zemblans]}
"""
ORGS = """
- {id: veldans, name: Veldans, kind: population, aliases: [Veldan]}
- {id: orrites, name: Orrites, kind: population, aliases: [Orrite]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, ORGS, "[]")


def _forms(kb: KnowledgeBase, body: str) -> list[str]:
    actors = extract(kb, "Statement\n\nZembla spoke today. " + body + "\n", "2020-05-01")
    return texts(actors["veldans"]) if "veldans" in actors else []


@pytest.mark.parametrize("body", [
    "The president thanked the Veldan people for their patience.",
    "Veldan worshippers gathered at dawn in the square.",
    "Veldan and Orrite leaders met the minister on Monday.",
    "Veldan militants fired on the convoy near the border.",
    "No harm should come to any Veldan, the minister said.",
])
def test_the_adjective_naming_the_community_is_a_mention(kb, body) -> None:
    assert _forms(kb, body) == ["Veldan"]


@pytest.mark.parametrize("body", [
    "Trade with the wider Veldan world grew last year.",
    "Several Veldan countries sent envoys to the summit.",
    "The charter calls for a free, Veldan and democratic republic.",
    "Every child, Veldan, Orrite, Zemblan, deserves a safe school.",
    "The fund helps Veldan Zemblans who lost their homes.",
])
def test_the_adjective_describing_something_else_is_no_mention(kb, body) -> None:
    assert _forms(kb, body) == []


def test_the_plural_is_the_community(kb) -> None:
    assert _forms(kb, "Veldans across the valley welcomed the decision.") == ["Veldans"]
