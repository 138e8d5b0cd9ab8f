"""The smaller things users hit: enter in a narrow parties panel gives the reader back, a
bookmark in another corpus offers to open it, true empty-folder text, a title hit shown once,
toasts above the status line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.bookmarks import BookmarksScreen
from briefing.ui.dialogs import ConfirmScreen
from briefing.ui.main import MainScreen
from briefing.ui.search import hit_row
from briefing.userdata.state import ReaderState


def _talks(tmp_path: Path) -> Path:
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Envoys meet in Geneva\n\nSecretary of State John Kerry met Russian Foreign Minister "
        "Sergei Lavrov in Geneva on Friday.\n\nKerry said the two sides were close.\n",
        encoding="utf-8")
    return folder


async def test_enter_in_the_narrow_parties_panel_returns_to_the_reader(tmp_path: Path) -> None:
    pytest.importorskip("briefing.ui.parties")
    app = BriefingApp([str(_talks(tmp_path))])
    async with app.run_test(size=(40, 15)) as pilot:
        screen = await main_screen(pilot)
        await pilot.press("p")
        await main_screen(pilot)
        assert not screen.query_one("#reader-column").display
        await pilot.press("enter")
        await main_screen(pilot)
        assert screen.query_one("#reader-column").display
        assert screen.actor is not None and screen.focused is screen.reader


async def test_a_bookmark_elsewhere_offers_to_open_its_corpus(small_corpus: Path,
                                                             dated_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        await pilot.press("right_curly_bracket", "space")
        marked, doc = screen.reader.current_offset(), screen.briefing
        assert doc is not None and marked > 0
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await main_screen(pilot)
        await pilot.press("q")
    assert ReaderState().load().bookmarks()
    other = BriefingApp([str(dated_corpus)])
    async with other.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(other.screen, BookmarksScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(other.screen, ConfirmScreen)
        await pilot.press("y")
        screen = await main_screen(pilot, rounds=8)
        assert screen.session.paths == [str(small_corpus)]
        assert screen.briefing is not None
        assert screen.briefing.document.sha256 == doc.document.sha256
        assert screen.reader.current_offset() == marked


async def test_an_empty_folder_says_what_is_true(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = BriefingApp([str(empty)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        assert not screen.session.problems
        shown = " ".join(screen.reader.visible_text())
        assert "has no .txt, .md or .html files" in shown and "Press !" not in shown
        (empty / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    again = BriefingApp([str(empty)])
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        shown = " ".join(screen.reader.visible_text())
        assert screen.session.problems and "press ! to list them" in shown


def test_a_hit_on_a_title_shows_the_title_once() -> None:
    title = "Envoys meet in Geneva"
    hit = SimpleNamespace(title=title, section=None, snippet=title, kind="title",
                          snippet_spans=lambda: [(14, 20)])
    shown = hit_row(hit).plain
    assert shown.count(title) == 1 and "title" in shown.split("\n")[1]
    para = SimpleNamespace(title=title, section="Background", snippet="They met in Geneva.",
                           kind="paragraph", snippet_spans=lambda: [(12, 18)])
    assert hit_row(para).plain.split("\n") == [f"{title}  ›  Background",
                                               "    They met in Geneva."]


async def test_toasts_stay_above_the_status_line(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(40, 15), notifications=True) as pilot:
        screen = await main_screen(pilot)
        screen.notify("a rather long notification that wraps over several lines")
        for _ in range(5):
            await pilot.pause(0.05)
        from textual.widgets._toast import Toast  # noqa: PLC2701

        status = screen.query_one("#status").region
        toasts = list(screen.query(Toast))
        assert toasts and all(t.region.bottom <= status.y for t in toasts)
        assert isinstance(screen, MainScreen)


async def test_the_parties_panel_reopened_on_its_corpus_list_takes_keys_not_the_filter(
        tmp_path: Path) -> None:
    """`p` `a` `p` `p`: the panel came back on the corpus list with the focus in its actor
    filter, so the next `p` (hide) or `a` (back to this document) was typed into the filter
    ("pp", "a") instead.  The list takes the focus; `f` goes to the filter."""
    from textual.widgets import Input

    from briefing.ui.parties import PartiesPanel

    folder = _talks(tmp_path)
    (folder / "b.txt").write_text("Second\n\nJohn Kerry spoke in Geneva.\n", encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        for key in ("p", "a", "p", "p"):
            await pilot.press(key)
            await main_screen(pilot)
        panel = screen.query_one(PartiesPanel)
        assert panel._mode == "corpus"  # noqa: SLF001
        assert not isinstance(screen.focused, Input)
        await pilot.press("a")
        await main_screen(pilot)
        assert panel._mode == "document"  # noqa: SLF001
        await pilot.press("a", "f")
        await main_screen(pilot)
        assert isinstance(screen.focused, Input)


def test_a_bookmark_at_the_top_shows_the_text_after_the_headline_on_one_line() -> None:
    from briefing.corpus import document_from_text
    from briefing.ui.places import bookmark_snippet

    text = ("Troops on standby\n\nDowning Street has confirmed that troops are on standby in "
            "case they are needed to help evacuate several hundred citizens from the coast.\n")
    doc, _ = document_from_text("t.txt", text)
    assert doc.title_span is not None
    shown = bookmark_snippet(doc, 0)
    assert shown.startswith("Downing Street has confirmed") and "Troops on" not in shown
    assert len(shown) <= 70 and shown.endswith("…")
    later = text.index("several")
    assert bookmark_snippet(doc, later).startswith("several hundred citizens")


def test_the_first_status_line_says_loading_not_loading_zero() -> None:
    from briefing.ui.status import StatusBar

    bar = StatusBar()
    bar.show("", loading="0", documents=0, problems=0, narrow=False)
    assert bar.load == "Loading…"
    bar.show("", loading="0", documents=0, problems=0, narrow=True)
    assert bar.load == "…"
    bar.show("", loading="12/21,901", documents=0, problems=0, narrow=False,
             search="search: all text")
    assert bar.load == "Loading… 12/21,901 · search: all text"
    bar.show("", loading="12/21,901", documents=0, problems=0, narrow=True)
    assert bar.load == "…12/21,901"
