"""eval/tools/mention_errors.py: blind sets are refused before anything is read, and each
mention error gets its kind (invented spans, a stub of the scorer's matching)."""

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
    return {"actors": [{"id": a["id"], "name": a["name"],
                        "mentions": [tuple(m) for m in a["mentions"]]} for a in d["actors"]]}


# the scorer's matching, reduced: actors align by equal names
STUB = SimpleNamespace(
    norm_gold_doc=_norm, norm_pred_doc=_norm, greedy_pairs=_greedy, overlap=_overlap,
    overlaps=lambda a, b: _overlap(a, b) > 0,
    align_actors=lambda g, p: {pa["id"]: ga["id"] for pa in p for ga in g
                               if pa["name"] == ga["name"]})


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind17"])
def test_blind_sets_are_refused(blind: str) -> None:
    assert eval_tool("mention_errors").main(["--set", blind]) == 2


def test_each_error_gets_its_kind() -> None:
    text = "Ruritania and the Acme Union met. Acme said Ruritania's envoy Jo Roe left."
    gold = {"actors": [
        {"id": "r", "name": "Ruritania", "mentions": [[0, 9], [44, 53]]},
        {"id": "u", "name": "Acme Union", "mentions": [[18, 28], [34, 38]]},
        {"id": "j", "name": "Jo Roe", "mentions": [[62, 68]]}]}
    pred = {"actors": [
        {"id": "p1", "name": "Ruritania", "mentions": [[0, 9], [44, 53]]},
        {"id": "p2", "name": "Acme", "mentions": [[18, 22], [34, 38]]},
        {"id": "p3", "name": "Envoy", "mentions": [[56, 61]]}]}
    errors = eval_tool("mention_errors").classify(STUB, gold, pred, text)
    assert sorted((kind, surface) for kind, surface, _who, _span in errors) == [
        ("extra:no_gold", "envoy"), ("extra:other", "Acme"), ("extra:other", "Acme"),
        ("miss:none_actor", "Jo Roe"), ("miss:unaligned", "Acme"),
        ("miss:unaligned", "Acme Union")]
