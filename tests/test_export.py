"""The briefing memo (`briefing export --format md`): content, escaping, the CLI, -o FILE."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

from _neg_fixtures import doc

from briefing.answers.export import memo_markdown
from briefing.cli import main
from briefing.model import (
    Actor,
    Briefing,
    Issue,
    Negotiation,
    Quote,
    Round,
    Span,
    TimelineEvent,
)

TEXT = "Ruritania and Freedonia are nearing agreement. [Click](javascript:x) <b>here</b>"


def _briefing() -> Briefing:
    d = doc(TEXT)
    ev = Span(0, 46, TEXT[:46])
    thread = Negotiation(
        id="n1", label="Ruritania–Freedonia talks", primary=True,
        parties=("ruritania", "freedonia"), mediators=("sylvania",), status="near_agreement",
        status_evidence=(ev,), trend="improving",
        issues=(Issue("joint_strikes", "Coordinated strikes", "provisionally_agreed", (ev,)),),
        rounds=(Round("Geneva", "2020-06-07", "no_deal", (ev,)),))
    actors = (Actor("ruritania", "Ruritania", "state", "party"),
              Actor("freedonia", "Freedonia", "state", "party"),
              Actor("sylvania", "Sylvania", "state", "mentioned"),
              Actor("berg", "Anna Berg", "person", "party"))
    quotes = (Quote(47, 65, TEXT[47:65], "berg", "2020-06-11"),)
    timeline = (TimelineEvent("2020-06-07", "talks in Geneva", Span(0, 9, "Ruritania")),)
    return Briefing(document=d, actors=actors, quotes=quotes, negotiations=(thread,),
                    timeline=timeline)


def test_memo_has_every_part() -> None:
    memo = memo_markdown([_briefing()])
    assert memo.startswith("# Briefing memo")
    for part in ("**Parties:** Ruritania, Freedonia", "**Mediators:** Sylvania",
                 "near agreement (trend: improving)", "Coordinated strikes", "provisionally agreed",
                 "Geneva, 2020-06-07: no deal", "2020-06-07 — talks in Geneva",
                 "— Anna Berg, 2020-06-11", "## Sources", "fixture.txt", "2020-06-14"):
        assert part in memo, part
    assert "joint_strikes" not in memo  # labels, never internal topic keys


def test_document_text_cannot_inject_markdown() -> None:
    memo = memo_markdown([_briefing()])
    assert "[Click](javascript" not in memo and "<b>" not in memo
    assert "\\[Click\\]" in memo


def test_empty_corpus() -> None:
    memo = memo_markdown([])
    assert "No documents" in memo and "## Sources" in memo


def test_cli_export_seed_to_stdout_and_file(tmp_path: Path) -> None:
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["export", "--format", "md"]) == 0
    memo = buf.getvalue()
    assert memo.startswith("# Briefing memo") and "## Sources" in memo
    out = tmp_path / "memo.md"
    assert main(["export", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == memo


def test_cli_export_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["export", str(tmp_path / "nope")]) == 2
