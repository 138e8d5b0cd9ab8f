"""eval/tools/status_halves.py: halves as timeline_errors makes them, and the report's marks."""
from __future__ import annotations

import pytest
from conftest import eval_tool


def test_halves_agree_with_timeline_errors() -> None:
    halves = eval_tool("status_halves")
    timeline = eval_tool("timeline_errors")
    for name in ("reuters-00304.yaml", "wh07495.yaml", "reuters/05834.txt", "x"):
        assert halves.half_of(name) == timeline.half_of(name)


def test_report_counts_and_marks(capsys: pytest.CaptureFixture[str]) -> None:
    halves = eval_tool("status_halves")

    def row(key: str, gold: str, pred: str | None) -> dict[str, object]:
        return {"set": "dev", "key": key, "path": key, "half": "A", "gold": gold,
                "gc": halves.COARSE.get(gold, "none"), "pred": pred,
                "pc": halves.COARSE.get(pred or "", "none")}

    before = [row("a", "agreed", None), row("b", "ongoing", "ongoing"), row("c", "none", None)]
    after = [row("a", "agreed", "implementing"), row("b", "ongoing", "stalled"),
             row("c", "none", "ongoing")]
    halves.report(after, before)
    out = capsys.readouterr().out
    assert "controls 1, with a thread: [('dev', 'c')]" in out
    assert "gold-A            1/2" in out
    assert "+ A dev a agreed None -> implementing" in out
    assert "- A dev b ongoing ongoing -> stalled" in out
