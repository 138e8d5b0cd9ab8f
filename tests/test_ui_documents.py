"""The document table: every document with date, source, title and status; filtered as one
types, sorted by each column, enter opens (and ctrl+o comes back); the palette ranks titles."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen, table_filled

from briefing.ui.app import BriefingApp
from briefing.ui.documents import DocRow, DocumentsScreen, filter_rows, sort_rows
from briefing.ui.main import MainScreen


def _titles(screen: DocumentsScreen) -> list[str]:
    return [screen.rows[i].title for i in screen.table.view]


async def _open_table(pilot) -> DocumentsScreen:
    await pilot.press("d")
    await table_filled(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DocumentsScreen)
    return screen


def test_filter_and_sort_are_pure_and_keep_empties_last() -> None:
    rows = [DocRow(0, "2016-09-04", "B", "Beta talks", "agreed"),
            DocRow(1, "", "A", "Alpha", ""),
            DocRow(2, "1987-03-19", "", "Gamma talks", "stalled")]
    hay = [r.haystack() for r in rows]
    assert filter_rows(rows, hay, "TALKS") == [0, 2]
    assert filter_rows(rows, hay, "talks agreed") == [0]
    assert sort_rows(rows, [0, 1, 2], "date", False) == [2, 0, 1]
    assert sort_rows(rows, [0, 1, 2], "date", True) == [0, 2, 1]
    assert sort_rows(rows, [0, 1, 2], "source", False) == [1, 0, 2]
    assert sort_rows(rows, [0, 1, 2], "status", False) == [0, 2, 1]


async def test_table_lists_filters_sorts_and_opens(dated_corpus: Path) -> None:
    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(120, 40)) as pilot:
        main = await main_screen(pilot)
        assert isinstance(main, MainScreen)
        table = await _open_table(pilot)
        assert len(table.rows) == 4
        row = next(r for r in table.rows if r.title.startswith("Envoys"))
        assert (row.date, row.source) == ("2016-09-04", "Tidings Daily")
        assert all(r.status != "…" for r in table.rows)  # the worker filled the statuses
        await pilot.press("ctrl+s")  # by date: oldest first, the undated last
        assert table.sort_column == "date"
        assert _titles(table)[0] == "IRAQ SAYS IT REPELS IRANIAN ATTACK"
        assert _titles(table)[-1] == "Harvest festival draws crowds"
        await pilot.press("ctrl+r")
        assert _titles(table)[0] == "Syria ceasefire holds for a second day"
        await pilot.press("ctrl+s")  # by source
        assert table.sort_column == "source"
        assert [table.rows[i].source for i in table.table.view][:2] == ["Tidings Daily"] * 2
        await pilot.press(*"tidings")
        assert len(table.table.view) == 2
        await pilot.press("space", *"syria")
        assert _titles(table) == ["Syria ceasefire holds for a second day"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is main
        assert main.briefing is not None
        assert main.briefing.document.display_title.startswith("Syria")
        await pilot.press("ctrl+o")  # back where one was before opening it
        assert main.current == 0


async def test_table_remembers_the_sort_and_marks_the_current_document(
        dated_corpus: Path) -> None:
    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        main = await main_screen(pilot)
        table = await _open_table(pilot)
        await pilot.press("ctrl+s", "ctrl+s", "ctrl+s")  # title
        assert table.sort_column == "title"
        await pilot.press("down", "enter")
        await pilot.pause()
        opened = main.current
        table = await _open_table(pilot)
        assert table.sort_column == "title"
        assert table.rows[table.table.cursor_row()].doc == opened  # cursor on it
        await pilot.press("escape")
        assert app.screen is main and main.current == opened


async def test_palette_ranks_documents_by_title_words(dated_corpus: Path) -> None:
    from briefing.ui.commands import document_score

    syria = document_score("syria", "Syria ceasefire holds for a second day")
    iraq = document_score("syria", "IRAQ SAYS IT REPELS IRANIAN ATTACK")
    assert syria > iraq
    assert document_score("cease", "Syria ceasefire holds") > document_score(
        "cease", "Increased tension")
    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        main = await main_screen(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"syria")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await main_screen(pilot)
        assert main.briefing is not None
        assert main.briefing.document.display_title.startswith("Syria")


def test_rows_are_safe_one_line_text() -> None:
    from types import SimpleNamespace

    from briefing.ui.doc_rows import make_row

    doc = SimpleNamespace(display_title="[@click=app.quit]Q[/] \x1b]2;PWNED\x07\nnext",
                          published=None, source="Wire\tService")
    row = make_row(3, SimpleNamespace(document=doc))
    assert "\x1b" not in row.title and "\x07" not in row.title and "\n" not in row.title
    assert row.title.startswith("[@click=app.quit]Q[/]")  # text, never markup
    assert row.source == "Wire Service" and row.date == "" and row.doc == 3


def test_filter_forgives_a_typo_when_nothing_matches_exactly() -> None:
    """qa9: "kery" gave 0 of 27; search forgives it, the table now does too."""
    rows = [DocRow(0, "", "Wire", "Kerry meets envoys", ""),
            DocRow(1, "", "Wire", "Harvest festival", "")]
    hay = [r.haystack() for r in rows]
    assert filter_rows(rows, hay, "kery") == [0]
    assert filter_rows(rows, hay, "kery envoys") == [0]
    assert filter_rows(rows, hay, "ker") == [0]  # a substring: exact, as before
    assert filter_rows(rows, hay, "zzzz") == []
    assert filter_rows(rows, hay, "kry") == []  # short words need the letters


def test_the_typo_pass_reads_an_index_of_the_rows_words() -> None:
    """The typo pass compares query words with the rows' distinct words, built once per
    haystack: the same rows as comparing with every word of every row."""
    from briefing.ui.doc_rows import Haystack

    rows = [DocRow(0, "", "Wire", "Kerry meets envoys in Geneva", ""),
            DocRow(1, "", "Wire", "Ceasefire negotiations stall", ""),
            DocRow(2, "", "Wire", "Geneve talks: Kery and Lavrov", "")]
    hay = Haystack(r.haystack() for r in rows)
    assert hay.words()["geneva"] == [0] and hay.words()["kery"] == [2]
    assert filter_rows(rows, hay, "kerryy genva") == [0]  # two typos in six letters: no
    assert filter_rows(rows, hay, "keri genev") == [2]  # one typo from "kery", then "genev"
    assert filter_rows(rows, hay, "negotiatoins ceasfire") == [1]
    assert filter_rows(rows, hay, "negotiatoins lavrov") == []
    plain = [r.haystack() for r in rows]
    for query in ("kerryy genva", "keri genev", "negotiatoins ceasfire", "lavrvo", "zzzz stall"):
        assert filter_rows(rows, plain, query) == filter_rows(rows, hay, query)


async def test_table_says_when_nothing_matches(dated_corpus: Path) -> None:
    from textual.widgets import Static

    app = BriefingApp([str(dated_corpus)])
    async with app.run_test(size=(120, 40)) as pilot:
        await main_screen(pilot)
        table = await _open_table(pilot)
        await pilot.press(*"qqqqq")
        await pilot.pause()
        assert table.table.view == []
        head = str(table.query_one("#docs-count", Static).render())
        assert "no document matches 'qqqqq'" in head
