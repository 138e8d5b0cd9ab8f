"""eval/tools/mention_errors.py: blind sets are refused before anything is read, and each
mention error gets its kind (invented spans, a stub of the scorer's matching)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from _scorer_stub import align_by_name, greedy_pairs, overlap
from conftest import eval_tool


def _norm(d: dict[str, Any]) -> dict[str, Any]:
    return {"actors": [{"id": a["id"], "name": a["name"],
                        "mentions": [tuple(m) for m in a["mentions"]]} for a in d["actors"]]}


# the scorer's matching, reduced: actors align by equal names
STUB = SimpleNamespace(
    norm_gold_doc=_norm, norm_pred_doc=_norm, greedy_pairs=greedy_pairs, overlap=overlap,
    overlaps=lambda a, b: overlap(a, b) > 0,
    align_actors=align_by_name)


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
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
