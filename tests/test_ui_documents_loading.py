"""The document table (`d`) opened while a folder still loads: the documents that come
later join it (it kept the rows of the moment it opened: filtering "yemen" said "0 of 9"
while the Yemen statements were the 11th and 14th), and its count says it is still loading.

The loading is held back after the first documents (the analysis generator waits).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import settle
from textual.widgets import Static

from briefing.analysis import runner
from briefing.session import loading
from briefing.ui.app import BriefingApp
from briefing.ui.documents import DocumentsScreen


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The loading yields two documents, then waits for the returned event."""
    release = threading.Event()
    real = runner.iter_analyse

    def slow(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 2:
                release.wait(120)
            yield item

    monkeypatch.setattr(runner, "iter_analyse", slow)
    # Each document published as it comes: a batch's timer is read only when the next one
    # arrives, and the next one is held.
    monkeypatch.setattr(loading, "BATCH_SIZE", 1)
    return release


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, title in (("a", "Arland talks resume"), ("b", "Borvia border quiet"),
                        ("c", "Yemen truce extended"), ("d", "Harvest festival")):
        (folder / f"{name}.txt").write_text(f"{title}\n\nThe envoys met on Monday.\n",
                                            encoding="utf-8")
    return folder


async def test_documents_loaded_later_join_the_open_table(tmp_path: Path,
                                                          held: threading.Event) -> None:
    app = BriefingApp([str(_folder(tmp_path))])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3000):  # up to a minute on a loaded machine (the analysis of two)
            await pilot.pause(0.02)
            if len(app.screen.session.briefings) >= 2:
                break
        main = app.screen
        assert len(main.session.briefings) == 2 and main.session.is_loading
        await pilot.press("d")
        await pilot.pause()
        table = app.screen
        assert isinstance(table, DocumentsScreen)
        await pilot.press(*"yemen")
        await pilot.pause()
        count = table.query_one("#docs-count", Static)
        assert str(count.render()).startswith("0 of 2 documents so far (loading)")
        held.set()
        await settle(pilot)
        assert app.screen is table and not main.session.is_loading
        shown = [table.rows[i] for i in table.table.view]
        assert [r.title for r in shown] == ["Yemen truce extended"]
        assert str(count.render()).startswith("1 of 4 documents")
        await pilot.press("enter")
        await pilot.pause()
        assert main.briefing is not None and main.briefing.document.title == \
            "Yemen truce extended"


async def test_table_opened_while_loading_is_shown_not_a_spinner(tmp_path: Path,
                                                                 held: threading.Event) -> None:
    """`d` during the loading showed only Textual's loading indicator (the screen's own
    ``loading`` reactive was set to "the folder is still loading") until the whole corpus
    was analysed: on the White House folder, a minute of "● ● ● ● ●" and no table."""
    from textual.widgets import LoadingIndicator

    app = BriefingApp([str(_folder(tmp_path))])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3000):
            await pilot.pause(0.02)
            if len(app.screen.session.briefings) >= 2:
                break
        assert app.screen.session.is_loading
        await pilot.press("d")
        await pilot.pause()
        table = app.screen
        assert isinstance(table, DocumentsScreen)
        assert not table.query(LoadingIndicator)
        assert not table.loading  # Textual's "this widget is busy": the table is usable
        assert table.corpus_loading
        count = table.query_one("#docs-count", Static)
        assert "so far (loading)" in str(count.render())
        held.set()
        await settle(pilot)
        assert not table.corpus_loading


async def test_d_with_one_document_so_far_opens_the_table_that_grows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a big folder still being listed and read, `d` said "Only one document is open"
    (session 9's user test): it opens the table of what is there, saying it is loading."""
    release, first = threading.Event(), 1
    real = runner.iter_analyse

    def slow(*args: Any, **kwargs: Any) -> Iterator[Any]:
        for n, item in enumerate(real(*args, **kwargs)):
            if n == first:
                release.wait(120)
            yield item

    monkeypatch.setattr(runner, "iter_analyse", slow)
    monkeypatch.setattr(loading, "BATCH_SIZE", 1)
    app = BriefingApp([str(_folder(tmp_path))])
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3000):
            await pilot.pause(0.02)
            if len(app.screen.session.briefings) >= first:
                break
        await pilot.pause(0.2)
        main = app.screen
        assert len(main.session.briefings) == first and main.session.is_loading
        await pilot.press("d")
        await pilot.pause()
        table = app.screen
        assert isinstance(table, DocumentsScreen)
        count = table.query_one("#docs-count", Static)
        assert "so far (loading)" in str(count.render())
        release.set()
        await settle(pilot)
        assert app.screen is table and len(table.rows) == 4
        assert str(count.render()).startswith("4 documents")


async def test_d_with_one_document_loaded_says_so(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Arland talks resume\n\nThe envoys met.\n",
                                      encoding="utf-8")
    app = BriefingApp([str(tmp_path / "one.txt")])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert not app.screen.session.is_loading
        await pilot.press("d")
        await pilot.pause()
        assert not isinstance(app.screen, DocumentsScreen)
        assert any("Only one document is open" in str(n.message)
                   for n in app._notifications)
