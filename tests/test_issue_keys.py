"""Agenda items in the exchange format (issue 11): a topic finer than the format's fixed keys
is exported under the key it belongs to, with the finer topic beside it."""

from __future__ import annotations

import pytest

from briefing.model import Issue

FIXED = {"ceasefire", "hostage_release", "prisoner_exchange", "humanitarian_aid",
         "troop_withdrawal", "joint_strikes", "intelligence_sharing", "air_force_grounding",
         "border_delineation", "political_transition", "leader_departure",
         "security_guarantees", "sanctions", "arms_control", "monitoring", "enforcement",
         "reconstruction", "trade", "territorial_control", "normalisation", "other"}


@pytest.mark.parametrize(("key", "exported"), [
    ("quotas", "trade"), ("tariffs", "trade"), ("accession", "other"), ("debt", "other"),
    ("sanctions_relief", "sanctions"), ("wages", "other"),
])
def test_a_finer_topic_is_exported_under_its_key(key: str, exported: str) -> None:
    out = Issue(key, "Label", "open").to_dict()
    assert out["key"] == exported and out["topic"] == key


def test_a_fixed_key_is_exported_as_it_is() -> None:
    out = Issue("ceasefire", "Ceasefire", "open").to_dict()
    assert out["key"] == "ceasefire" and "topic" not in out


def test_every_key_the_lexicon_makes_is_exported_as_a_fixed_key() -> None:
    from briefing.extract.negotiations import issue_lexicon as lex

    keys = {k for k, _ in lex.ISSUES} | {k for k, _ in lex.LIST_ITEM_KEYS}
    assert {Issue(k, "L", "open").to_dict()["key"] for k in keys} <= FIXED

