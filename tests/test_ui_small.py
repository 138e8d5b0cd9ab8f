"""Small and changing terminals: 40x12 stays readable, quick resizes keep the place."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.ui.status import StatusBar


async def ready(pilot) -> MainScreen:
    return await main_screen(pilot, rounds=4)


async def test_40x12_reader_alone_and_panels_as_toggles(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(40, 12)) as pilot:
        screen = await ready(pilot)
        reader = screen.reader
        assert reader.display and reader.size.width >= 30 and reader.size.height >= 6
        lines = [line for line in reader.visible_text() if line.strip()]
        assert lines and lines[0] == "Alpha talks resume"
        assert all(len(line) <= reader.size.width for line in reader.visible_text())
        assert not screen.query_one("#side").display
        assert not screen.query_one("#documents").display
        # p opens the parties panel in the reader's place; escape gives the reader back.
        await pilot.press("p")
        await pilot.pause()
        assert screen.query_one("#side").display
        assert not screen.query_one("#reader-column").display
        await pilot.press("escape", "escape", "escape")
        await pilot.pause()
        assert screen.query_one("#reader-column").display
        assert not screen.query_one("#side").display
        # d: the document table over the reader; escape gives the reader back.
        from briefing.ui.documents import DocumentsScreen

        await pilot.press("d")
        await pilot.pause()
        assert isinstance(pilot.app.screen, DocumentsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen and screen.query_one("#reader-column").display


async def test_quick_resizes_keep_the_position(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("right_square_bracket", "j", "j")
        where = screen.reader.current_offset()
        assert where > 0
        sizes = [(40, 12), (200, 60)] * 15 + [(41, 13), (199, 59), (70, 20), (119, 40),
                                              (120, 40), (40, 12)]
        for width, height in sizes:
            await pilot.resize_terminal(width, height)
        await pilot.pause()
        await pilot.pause()
        # The top line still holds the place read before (re-wrapped around it).
        now = screen.reader.current_offset()
        assert now <= where < now + 200, (where, now)
        for width, height in [(200, 60), (40, 12), (80, 24)]:
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            now = screen.reader.current_offset()
            if screen.reader.max_scroll_y == 0:  # the whole document fits: nothing to keep
                continue
            assert now <= where < now + 200, (width, where, now)
        assert screen.briefing is not None


async def test_status_line_uses_short_forms_when_narrow(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(40, 12)) as pilot:
        screen = await main_screen(pilot)
        assert not screen.session.problems
        screen.session.problems.append(_problem())
        screen.update_status()
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        assert bar.where.startswith("1/3") and bar.load is None
        assert bar.problems == "⚠ 1"
        assert bar.render_line(0).text.rstrip().endswith("⚠ 1")
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert bar.load is not None and "3 documents" in bar.load
        assert bar.problems is not None and "1 problem (!)" in bar.problems
        assert "3 documents" in bar.render_line(0).text


def _problem():
    from briefing.model import Problem

    return Problem("x.txt", "a test problem")
