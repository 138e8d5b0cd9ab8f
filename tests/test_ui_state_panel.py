"""The side panel that was open (and its page) comes back when the corpus is opened again, through
the reader state; a bad saved value is said once and ignored (session 9's user test: the reading
position came back, the tracker did not)."""

from __future__ import annotations

import json
from pathlib import Path

from _reader_app import main_screen_with_state

from briefing.ui.app import BriefingApp, build_app
from briefing.ui.arrangement import SIDE_TITLES
from briefing.userdata.side_pages import SIDE_PAGES
from briefing.userdata.state import ReaderState, default_path


def test_every_side_page_has_a_title_in_the_reader() -> None:
    assert set(SIDE_TITLES) == set(SIDE_PAGES)


def test_panel_round_trip_and_kept_when_the_corpus_is_reopened(tmp_path: Path) -> None:
    state = ReaderState(tmp_path / "state.json").load()
    state.set_panel(["/news"], "tracker", True)
    assert state.save() is None
    again = ReaderState(tmp_path / "state.json").load()
    assert again.panel(["/news"]) == ("tracker", True)
    assert again.panel(["/other"]) == (None, None)
    again.note_opened(["/news"])  # the next start: the entry moves to the front, panel kept
    again.set_panel(["/news"], None, False)  # closed; the page stays what it was
    assert again.save() is None
    assert ReaderState(tmp_path / "state.json").load().panel(["/news"]) == ("tracker", False)


async def test_the_tracker_comes_back_open_after_a_restart(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "contents"
        await pilot.press("t")
        await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "tracker"
        await pilot.press("q")

    again = BriefingApp([str(small_corpus)])
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "tracker"
        assert screen.arrangement.side_open
        assert "-side-open" in screen.classes
        assert screen.focused is screen.reader  # the reader keeps the keys
        # Closed (t on the focused tracker), it stays closed the next time.
        await pilot.press("t")
        await main_screen_with_state(pilot)
        await pilot.press("t")
        await main_screen_with_state(pilot)
        assert not screen.arrangement.side_open
        await pilot.press("q")

    third = BriefingApp([str(small_corpus)])
    async with third.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "tracker"
        assert not screen.arrangement.side_open
        assert "-side-open" not in screen.classes


async def test_below_70_columns_the_page_comes_back_but_the_reader_stays(
        small_corpus: Path) -> None:
    state = ReaderState().load()
    state.set_panel([str(small_corpus)], "parties", True)
    assert state.save() is None
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(50, 20)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "parties"
        assert not screen.arrangement.panel_open  # the reader is shown, not the panel
        assert screen.focused is screen.reader


async def test_a_bad_saved_panel_is_said_and_ignored(small_corpus: Path) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"version": 1, "positions": {}, "bookmarks": [], "recent": [
        {"paths": [str(small_corpus)], "panel": {"page": "[b]graphs[/b]", "open": "yes"}}]}))
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.arrangement.side_page == "contents"
        assert screen.arrangement.side_open
        said = [p.message for p in screen.session.problems if "side panel" in p.message]
        assert len(said) == 1 and "[b]graphs[/b]" in said[0] and "ignored" in said[0], said
        await pilot.press("q")
    saved = json.loads(path.read_text())
    assert all(r.get("panel", {}).get("page") != "[b]graphs[/b]" for r in saved["recent"])
