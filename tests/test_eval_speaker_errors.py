"""eval/tools/speaker_errors.py: blind sets are refused before anything is read, and each
wrong or missed quote speaker gets its kind (invented spans, a stub of the scorer's matching)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from conftest import eval_tool


def _greedy(cands: list[tuple[Any, int, int]]) -> dict[int, int]:
    out: dict[int, int] = {}
    used: set[int] = set()
    for _key, i, j in sorted(cands, key=lambda c: c[0], reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _norm(d: dict[str, Any]) -> dict[str, Any]:
    return {"actors": [{"id": a["id"], "name": a["name"]} for a in d["actors"]],
            "quotes": [{"span": tuple(q["span"]), "speaker": q["speaker"]} for q in d["quotes"]]}


# the scorer's matching, reduced: actors align by equal names
STUB = SimpleNamespace(
    norm_gold_doc=_norm, norm_pred_doc=_norm, greedy_pairs=_greedy, overlap=_overlap,
    align_actors=lambda g, p: {pa["id"]: ga["id"] for pa in p for ga in g
                               if pa["name"] == ga["name"]})


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind17"])
def test_blind_sets_are_refused(blind: str) -> None:
    assert eval_tool("speaker_errors").main(["--set", blind]) == 2


def test_each_wrong_speaker_gets_its_kind() -> None:
    gold = {"actors": [{"id": "j", "name": "Jo Roe"}, {"id": "a", "name": "Al Bo"}],
            "quotes": [{"span": [0, 10], "speaker": "j"}, {"span": [20, 30], "speaker": "j"},
                       {"span": [40, 50], "speaker": None}, {"span": [60, 70], "speaker": "a"},
                       {"span": [80, 90], "speaker": "a"}, {"span": [100, 110], "speaker": "j"}]}
    pred = {"actors": [{"id": "p1", "name": "Jo Roe"}, {"id": "p2", "name": "Al Bo"},
                       {"id": "p3", "name": "spokesman"}],
            "quotes": [{"span": [0, 10], "speaker": "p1"}, {"span": [20, 30], "speaker": None},
                       {"span": [40, 50], "speaker": "p2"}, {"span": [60, 70], "speaker": "p1"},
                       {"span": [80, 90], "speaker": "p3"}]}
    ok, detected, errors = eval_tool("speaker_errors").classify(STUB, gold, pred)
    assert (ok, detected) == (1, 5)
    assert [kind for kind, _span, _g, _p in errors] == [
        "null_pred", "null_gold", "other", "unaligned", "missed"]
