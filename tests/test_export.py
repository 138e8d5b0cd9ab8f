"""The briefing memo (`briefing export --format md`): content, escaping, the CLI, -o FILE."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest
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


def test_export_write_failure_exits_1_not_the_usage_status(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """qa27: a memo that could not be written (a read-only FILE) exited 2, the status of a
    usage error, so a script could not tell a typo in its options from a full disk.  Now 1,
    as `briefing fetch` when a download fails (README: 2 is for usage errors only)."""
    article = tmp_path / "talks.txt"
    article.write_text("Ruritania and Freedonia met in Geneva on 7 June 2020.\n",
                       encoding="utf-8")
    out = tmp_path / "memo.md"
    out.write_text("old memo\n", encoding="utf-8")
    out.chmod(0o444)
    assert main(["export", str(article), "-o", str(out)]) == 1
    assert f"briefing: error: cannot write {out}: " in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "old memo\n"  # (nothing written)
    assert main(["export", str(tmp_path), "-o", str(tmp_path)]) == 1  # a folder as FILE
    assert "it is a folder" in capsys.readouterr().err


def test_export_does_not_create_a_missing_folder(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """qa27: `export -o /missing/dir/x.md` silently created /missing/dir (a mistyped folder
    then held the memo where the user never looks).  Now it is refused, before any document
    is read, as cp or a shell redirection refuse it; --help says so."""
    out = tmp_path / "memso" / "deep" / "memo.md"
    assert main(["export", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == (f"briefing: error: cannot write {out}: no such folder: "
                   f"{tmp_path / 'memso' / 'deep'}\n")
    assert not (tmp_path / "memso").exists()
    blocker = tmp_path / "notes"
    blocker.write_text("x", encoding="utf-8")
    assert main(["export", "-o", str(blocker / "memo.md")]) == 1
    assert "notes in " in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "folder must exist" in " ".join(capsys.readouterr().out.split())
