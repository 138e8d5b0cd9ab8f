"""Screenshots of the reader (pytest-textual-snapshot), theme briefing-dark: the seed at 80x24 and
40x15, help and the document table at 120x40 and 80x24, wide.

Regenerate with ``pytest tests/test_ui_snapshots.py --snapshot-update`` and look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path

from briefing.ui.app import BriefingApp
from briefing.userdata.themes import load_themes


def _app(paths: list[str]) -> BriefingApp:
    """The reader in briefing's own dark theme (what a user sees by default)."""
    app = BriefingApp(paths, theme="briefing-dark", themes=load_themes()[0])
    assert app.theme == "briefing-dark"
    return app


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_main_screen_80x24(snap_compare) -> None:
    assert snap_compare(_app([]), terminal_size=(80, 24), run_before=_settle)


def test_main_screen_40x15(snap_compare) -> None:
    assert snap_compare(_app([]), terminal_size=(40, 15), run_before=_settle)


def test_second_section_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()

    assert snap_compare(_app([]), terminal_size=(80, 24), run_before=run_before)


async def _help(pilot) -> None:
    await _settle(pilot)
    await pilot.press("question_mark")
    await pilot.pause()


def test_help_screen_80x24(snap_compare) -> None:
    assert snap_compare(_app([]), terminal_size=(80, 24), run_before=_help)


def test_corpus_wide_140x30(snap_compare, small_corpus: Path) -> None:
    assert snap_compare(_app([str(small_corpus)]), terminal_size=(140, 30),
                        run_before=_settle)


def test_help_screen_120x40(snap_compare) -> None:
    assert snap_compare(_app([]), terminal_size=(120, 40), run_before=_help)


async def _document_table(pilot) -> None:
    from conftest import table_filled

    await _settle(pilot)
    await pilot.press("d")
    await table_filled(pilot)
    await pilot.press("ctrl+s")  # sorted by date
    await pilot.pause()


def test_document_table_120x40(snap_compare, dated_corpus: Path) -> None:
    assert snap_compare(_app([str(dated_corpus)]), terminal_size=(120, 40),
                        run_before=_document_table)


def test_document_table_80x24(snap_compare, dated_corpus: Path) -> None:
    assert snap_compare(_app([str(dated_corpus)]), terminal_size=(80, 24),
                        run_before=_document_table)
