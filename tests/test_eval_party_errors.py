"""eval/tools/party_errors.py: blind sets are refused before anything is read, blind14 is its
own group, and each parties-metric error gets its kind (invented actors, a stub of the scorer's
matching)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from _scorer_stub import align_by_name
from conftest import eval_tool


def _norm(d: dict[str, Any]) -> dict[str, Any]:
    return {"actors": [{"id": a["id"], "name": a["name"], "tier": a["tier"],
                        "part_of": a.get("part_of")} for a in d["actors"]],
            "negotiations": [{"primary": n["primary"], "parties": list(n["parties"]),
                              "mediators": list(n.get("mediators", []))}
                             for n in d.get("negotiations", [])]}


def _root(aid: str, parent: dict[str, str]) -> str:
    while aid in parent and parent[aid]:
        aid = parent[aid]
    return aid


# the scorer's matching, reduced: actors align by equal names
STUB = SimpleNamespace(
    norm_gold_doc=_norm, norm_pred_doc=_norm, root=_root,
    align_actors=align_by_name)


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
def test_blind_sets_are_refused(blind: str) -> None:
    assert eval_tool("party_errors").main(["--set", blind]) == 2


def test_blind14_is_its_own_group_and_other_sets_split_by_half() -> None:
    tool = eval_tool("party_errors")
    assert tool.group_of("blind14", "rt00001.gold.yaml") == "b14"
    assert tool.group_of("blind13", "rt00001.gold.yaml") in ("A", "B")
    assert tool.group_of("dev", "rt00001.gold.yaml") in ("A", "B")


def test_each_error_gets_its_kind() -> None:
    gold = {"actors": [
        {"id": "r", "name": "Ruritania", "tier": "party"},
        {"id": "l", "name": "Latveria", "tier": "party"},
        {"id": "u", "name": "Acme Union", "tier": "party"},
        {"id": "j", "name": "Jo Roe", "tier": "party"},
        {"id": "o", "name": "Oceania", "tier": "mentioned"}],
        "negotiations": [{"primary": True, "parties": ["r", "l"], "mediators": []},
                         {"primary": False, "parties": ["u"], "mediators": []}]}
    pred = {"actors": [
        {"id": "p1", "name": "Ruritania", "tier": "party"},
        {"id": "p2", "name": "Latveria", "tier": "mentioned"},
        {"id": "p3", "name": "Oceania", "tier": "party"},
        {"id": "p4", "name": "the envoys", "tier": "party"}],
        "negotiations": [{"primary": True, "parties": ["p1", "p4"], "mediators": []}]}
    errors = eval_tool("party_errors").classify(STUB, gold, pred)
    assert sorted(errors) == [
        ("extra:mentioned:off_table", "Oceania"),
        ("extra:no_gold:side", "the envoys"),
        ("miss:no_thread:absent", "Jo Roe"),
        ("miss:other_thread:absent", "Acme Union"),
        ("miss:primary_side:mentioned", "Latveria")]
