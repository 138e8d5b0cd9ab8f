"""eval/tools/shared_scorer.py and eval/tools/inprocess_docs.py: the scorer loaded from a
shared folder, the blind sets refused, predictions read from a saved file and saved again,
counts by source (invented documents and files, no shared folder)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import eval_tool


def test_the_scorer_loads_from_the_shared_folder(tmp_path: Path) -> None:
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "score.py").write_text("def overlap(a, b):\n    return 7\n")
    scorer = eval_tool("shared_scorer").load_scorer(tmp_path, "some_tool")
    assert scorer.overlap((0, 1), (0, 1)) == 7


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
def test_a_blind_set_is_refused_with_the_tools_name(
        blind: str, capsys: pytest.CaptureFixture[str]) -> None:
    docs = eval_tool("inprocess_docs")
    assert docs.released_sets("some_tool", ["dev", blind]) is None
    assert capsys.readouterr().err.startswith("some_tool: blind sets")


def test_the_released_sets_are_the_default() -> None:
    docs = eval_tool("inprocess_docs")
    sets = docs.released_sets("some_tool", None)
    assert sets == list(docs.RELEASED) and "dev" in sets
    assert not docs.BLIND & set(sets)


def test_saved_predictions_are_used_and_saved_again(tmp_path: Path) -> None:
    docs = eval_tool("inprocess_docs")
    pred = {"actors": [], "negotiations": []}
    saved = tmp_path / "pred.json"
    saved.write_text(json.dumps({"dev/a.gold.yaml": pred}))
    doc = docs.GoldDoc("dev", tmp_path / "a.gold.yaml", {}, tmp_path / "absent.txt", "reuters")
    predictions = docs.Predictions(saved)
    # the document file does not exist: a saved prediction does not read it
    assert predictions.of(doc, need_text=False) == (pred, "")
    again = tmp_path / "again.json"
    predictions.save(again)
    assert json.loads(again.read_text()) == {"dev/a.gold.yaml": pred}


def test_counts_by_source_leave_out_the_sources_without_the_kind() -> None:
    counts = Counter({("reuters", "miss"): 2, ("bbc", "miss"): 1, ("bbc", "extra"): 4})
    by_source = eval_tool("inprocess_docs").by_source
    assert by_source(counts, "miss") == "bbc 1, reuters 2"
    assert by_source(counts, "extra") == "bbc 4"


def test_a_half_keeps_the_gold_files_timeline_errors_puts_there() -> None:
    docs = eval_tool("inprocess_docs")
    timeline = eval_tool("timeline_errors")
    names = ["reuters-00304.yaml", "wh07495.yaml", "bbc-politics-012.yaml", "x.yaml"]
    for half in ("A", "B"):
        keep = docs.in_half(half)
        assert [keep("dev", n) for n in names] == [timeline.half_of(n) == half for n in names]
    assert all(docs.in_half(None)("dev", n) for n in names)
