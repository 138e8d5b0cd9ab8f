"""What the help screen says a key does is what it does (user test, session 19: ``d`` was
"show / focus / hide the document list", but it opens the document table, a screen of its own
where a second ``d`` is typed into its filter, and ``escape`` closes it)."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen, settle

from briefing.ui.app import BriefingApp
from briefing.ui.documents import DocumentsScreen
from briefing.ui.keys import by_id


async def test_d_opens_the_document_table_as_its_help_says(small_corpus: Path) -> None:
    said = by_id("documents").help
    assert "table" in said and "hide" not in said
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("d")  # typed into the filter: the table stays
        await settle(pilot)
        assert isinstance(app.screen, DocumentsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
