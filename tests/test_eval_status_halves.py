"""eval/tools/status_halves.py: halves as timeline_errors makes them, and the report's marks."""
from __future__ import annotations

from pathlib import Path

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


def test_layers_count_by_half_and_name_the_errors(capsys: pytest.CaptureFixture[str]) -> None:
    halves = eval_tool("status_halves")
    rows = [{"half": "A", "gc": "agreed", "pc": "ongoing", "layer": "body no cue"},
            {"half": "A", "gc": "ongoing", "pc": "ongoing", "layer": "body no cue"},
            {"half": "B", "gc": "failed", "pc": "failed", "layer": "headline"}]
    halves.layers(rows)
    out = capsys.readouterr().out
    assert "body no cue              A   1/2   B   0/0    agreed>ongoing: 1" in out
    assert "headline                 A   0/0   B   1/1" in out
    assert "lede" not in out.split("\n", 1)[1]  # a layer that decided nothing is not listed


def test_layer_of_a_headline_and_of_a_silent_lead() -> None:
    halves = eval_tool("status_halves")
    if halves.TRACKER_COMPILED:  # the README's install compiles the tracker: the spy is unseen
        assert halves.main([str(Path("unused.json"))]) == 2  # the tool says so, runs nothing
        pytest.skip("the deciding layer is read from a pure install only (pip install -e)")
    def layer(text: str) -> str:
        from briefing.corpus import document_from_text
        doc, _problems = document_from_text("x.txt", text)
        spy = halves._LeadSpy()
        halves.tracker.lead_status = spy
        try:
            halves.pipeline.analyse(doc)
        finally:
            halves.tracker.lead_status = spy._orig
        assert spy.call is not None
        return str(halves.layer_of(*spy.call))

    assert layer("ACME, RIVETERS REACH CONTRACT SETTLEMENT\n\nNEW YORK, April 2 - Acme Corp "
                 "said talks with the Union of Rivet Workers ended in a new contract.\n") \
        == "headline"
    assert layer("ACME PROFITS RISE\n\nNEW YORK, April 2 - Acme Corp said profits rose.\n\n"
                 "Acme Corp also said it held talks with Bolt Industries on a joint venture.\n") \
        == "body talks"
