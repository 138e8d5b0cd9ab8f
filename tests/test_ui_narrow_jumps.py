"""Below 70 columns a side panel opened with c/p/t stands in the reader's place; a jump chosen
elsewhere (a search hit, a document from the table, a bookmark) gives the reader back, so that
the place jumped to is seen (session 10's user test: at 40x15, `enter` on a search hit left
the tracker over the reader, the status line saying "hit 1/2")."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen, searches_done

from briefing.ui.app import BriefingApp
from briefing.ui.documents import DocumentsScreen
from briefing.ui.main import MainScreen
from briefing.ui.search import SearchScreen


async def ready(pilot) -> MainScreen:
    screen = await main_screen(pilot, rounds=5)
    assert screen.session.index is not None
    return screen


async def open_tracker(pilot, screen: MainScreen) -> None:
    await pilot.press("t")
    await main_screen(pilot)
    assert screen.arrangement.narrow and screen.arrangement.panel_open
    assert not screen.reader.display or not screen.reader.region.width


async def test_a_search_hit_chosen_in_narrow_mode_shows_the_reader(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(50, 20)) as pilot:
        screen = await ready(pilot)
        await open_tracker(pilot, screen)
        await pilot.press("slash", *"bnext5")
        await searches_done(pilot)
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.screen.result_hits
        await pilot.press("enter")
        await main_screen(pilot)
        assert app.screen is screen
        assert not screen.arrangement.panel_open
        assert screen.reader.region.width > 0
        assert screen.briefing is not None and screen.briefing.document.path.endswith("b.txt")
        assert screen.focused is screen.reader


async def test_a_document_chosen_in_the_table_in_narrow_mode_shows_the_reader(
        small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(50, 20)) as pilot:
        screen = await ready(pilot)
        await open_tracker(pilot, screen)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press(*"charlie", "enter")
        await main_screen(pilot)
        assert screen.briefing is not None and screen.briefing.document.path.endswith("c.txt")
        assert not screen.arrangement.panel_open
        assert screen.reader.region.width > 0
