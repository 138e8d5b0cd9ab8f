"""The document table lists identical documents (the same bytes under two paths) once, marked,
and names the other paths under the table; filtering by the other path finds the row; opening
the copy's row from the reader lands on it."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import main_screen, table_filled
from textual.widgets import Static

from briefing.model import Briefing, Document
from briefing.ui.app import BriefingApp
from briefing.ui.doc_rows import once
from briefing.ui.documents import DocRow, DocumentsScreen


def _briefing(path: str, sha: str) -> Briefing:
    return Briefing(document=Document(path=path, sha256=sha, text=""))


def test_once_keeps_the_first_of_identical_documents_and_names_the_others() -> None:
    briefings = [_briefing("a.txt", "s1"), _briefing("b.txt", "s2"),
                 _briefing("copy/a.txt", "s1"), _briefing("c.txt", ""),
                 _briefing("again/a.txt", "s1"), _briefing("d.txt", "")]
    rows = [DocRow(i, "", "", b.document.path, "") for i, b in enumerate(briefings)]
    kept = once(rows, briefings)
    assert [r.doc for r in kept] == [0, 1, 3, 5]  # no sha256: never merged
    assert kept[0].also == ("copy/a.txt", "again/a.txt") and kept[0].twins == (2, 4)
    assert kept[0].shown_title() == "a.txt  (+2 identical)"
    assert kept[1].also == () and kept[1].shown_title() == "b.txt"
    assert "again/a.txt" in kept[0].haystack()


def _also_line(screen: DocumentsScreen) -> str:
    line = screen.query_one("#docs-also", Static)
    return str(line.render()) if line.has_class("shown") else ""


async def test_the_table_shows_an_identical_document_once(dated_corpus: Path) -> None:
    copies = dated_corpus / "zcopies"
    copies.mkdir()
    shutil.copy(dated_corpus / "one.txt", copies / "one-again.txt")
    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(120, 40)) as pilot:
        await main_screen(pilot)
        await pilot.press("d")
        await table_filled(pilot)
        table = pilot.app.screen
        assert isinstance(table, DocumentsScreen)
        assert len(table.rows) == 4  # five files, four different texts
        envoys = next(r for r in table.rows if r.title.startswith("Envoys"))
        assert [Path(p).name for p in envoys.also] == ["one-again.txt"]
        await pilot.press(*"envoys")
        await pilot.pause()
        assert [table.rows[i].title for i in table.table.view] == ["Envoys resume border talks"]
        assert "the same text also at:" in _also_line(table)
        assert "one-again.txt" in _also_line(table)
        line = table.table.render_line(0).text
        assert "(+1 identical)" in line
        for _ in range(6):
            await pilot.press("backspace")
        await pilot.press(*"one-again")  # the other path finds the row
        await pilot.pause()
        assert [table.rows[i].title for i in table.table.view] == ["Envoys resume border talks"]
        for _ in range(9):
            await pilot.press("backspace")
        await pilot.press(*"harvest")  # a row without copies: no line under the table
        await pilot.pause()
        assert _also_line(table) == ""


async def test_reading_the_copy_the_table_opens_on_its_row(dated_corpus: Path) -> None:
    shutil.copy(dated_corpus / "two.txt", dated_corpus / "zz-two-again.txt")
    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(120, 40)) as pilot:
        main = await main_screen(pilot)
        copy = next(i for i, b in enumerate(main.session.briefings)
                    if b.document.path.endswith("zz-two-again.txt"))
        main.show_document(copy)
        await pilot.pause()
        await pilot.press("d")
        await table_filled(pilot)
        table = pilot.app.screen
        assert isinstance(table, DocumentsScreen)
        row = table.table.cursor_row()
        assert row is not None and copy in table.rows[row].twins
