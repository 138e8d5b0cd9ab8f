"""eval/tools/speaker_errors.py: blind sets are refused before anything is read, and each
wrong or missed quote speaker gets its kind (invented spans, a stub of the scorer's matching)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from _scorer_stub import align_by_name, greedy_pairs, overlap
from conftest import eval_tool


def _norm(d: dict[str, Any]) -> dict[str, Any]:
    return {"actors": [{"id": a["id"], "name": a["name"]} for a in d["actors"]],
            "quotes": [{"span": tuple(q["span"]), "speaker": q["speaker"]} for q in d["quotes"]]}


# the scorer's matching, reduced: actors align by equal names
STUB = SimpleNamespace(
    norm_gold_doc=_norm, norm_pred_doc=_norm, greedy_pairs=greedy_pairs, overlap=overlap,
    align_actors=align_by_name)


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
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
