"""Answers in the reader: the palette's "Quotes: <person>", the search screen's one-page memo."""

from __future__ import annotations

from _corpus_files import write_docs
from _reader_app import run_palette_command
from _search_app import SearchApp, settle
from test_answers_memo import DOCS as MEMO_DOCS
from test_answers_quotes import DOCS as QUOTE_DOCS
from textual.widgets import Static

from briefing.analysis.runner import analyse_corpus
from briefing.search import SearchIndex
from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.ui.memo import MemoScreen


async def _loaded(pilot) -> MainScreen:
    """The main screen once the folder is loaded and indexed."""
    from conftest import main_screen

    return await main_screen(pilot, rounds=6)


async def test_palette_quotes_of_a_person_opens_the_parties_panel_on_them(tmp_path):
    app = BriefingApp([str(write_docs(tmp_path, QUOTE_DOCS))])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await _loaded(pilot)
        await run_palette_command(pilot, "quotes kovac")
        panel = screen.panel("parties")
        assert panel.mode == "quotes"
        header = str(panel.query_one("#parties-header", Static).render())
        assert header.startswith("QUOTES · Anna Kovac")


async def test_ctrl_b_in_search_shows_the_memo_of_the_hits_documents(tmp_path, monkeypatch):
    briefings = analyse_corpus([str(write_docs(tmp_path, MEMO_DOCS))], cache=False).briefings
    index = SearchIndex.build(briefings)
    app = SearchApp(lambda: index)
    async with app.run_test(size=(110, 36)) as pilot:
        screen = app.screen_ref
        screen.briefings_for = lambda paths: [b for b in briefings if b.document.path in paths]
        await pilot.press(*"truce")
        await settle(pilot, app)
        await pilot.press("ctrl+b")
        await pilot.pause()
        memo = app.screen
        assert isinstance(memo, MemoScreen)
        assert memo.memo.startswith("# Briefing:") and "60 days" in memo.memo
        monkeypatch.chdir(tmp_path)
        await pilot.press("w")
        await pilot.pause()
        assert (tmp_path / "briefing-memo.md").read_text(encoding="utf-8") == memo.memo
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_memo_from_the_readers_search(tmp_path):
    app = BriefingApp([str(write_docs(tmp_path, MEMO_DOCS))])
    async with app.run_test(size=(120, 36)) as pilot:
        await _loaded(pilot)
        await pilot.press("slash", *"truce")
        await settle(pilot, app)
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, MemoScreen)
        assert "**60 days**" in app.screen.memo
