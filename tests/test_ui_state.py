"""Reader state in the UI: positions across restarts, bookmarks, recent corpora, bad state files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _reader_app import main_screen_with_state
from textual.widgets import Input, OptionList

from briefing.ui.app import BriefingApp, build_app
from briefing.ui.bookmarks import BookmarksScreen
from briefing.ui.dialogs import PromptScreen
from briefing.ui.main import MainScreen
from briefing.ui.problems import ProblemsScreen
from briefing.userdata.state import ReaderState, default_path


async def test_position_survives_a_restart_on_the_seed() -> None:
    app = BriefingApp([])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        for _ in range(6):
            await pilot.press("space")
        await pilot.pause()
        where = screen.reader.current_offset()
        top = screen.reader.visible_text()[0]
        assert where > 0
        await pilot.press("q")
    saved = ReaderState().load()
    sha = next(iter(json.loads(default_path().read_text())["positions"]))
    assert saved.position(sha) == where

    again = BriefingApp([])
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.reader.current_offset() == where
        assert screen.reader.visible_text()[0] == top


async def test_position_is_saved_on_document_switch(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("space", "space")
        first = screen.briefing
        assert first is not None
        where = screen.reader.current_offset()
        await pilot.press("right_curly_bracket")
        await main_screen_with_state(pilot)
        # Saved by the switch, before any quit.
        assert ReaderState().load().position(first.document.sha256) == where
        await pilot.press("left_curly_bracket")
        assert screen.reader.current_offset() == where


async def test_bookmark_with_note_then_jump_and_delete(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        marked = screen.reader.current_offset()
        doc = screen.briefing
        assert doc is not None and marked > 0
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = "[b]check[/b] this"
        await pilot.press("enter")
        await main_screen_with_state(pilot)
        marks = ReaderState().load().bookmarks()
        assert [(m.sha256, m.offset, m.note) for m in marks] == \
            [(doc.document.sha256, marked, "[b]check[/b] this")]
        # Elsewhere: another document, at its top.
        await pilot.press("right_curly_bracket")
        assert screen.briefing is not doc
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert len(app.screen.bookmarks) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert screen.briefing is doc and screen.reader.current_offset() == marked
        # Delete it from the list; the file follows.
        await pilot.press("apostrophe")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.bookmarks == []
        await pilot.press("escape")
        await main_screen_with_state(pilot)
        assert ReaderState().load().bookmarks() == []


async def test_bookmark_prompt_escape_adds_nothing(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen_with_state(pilot)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.session.keeper.bookmarks() == []


async def test_recent_corpora_are_recorded(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen_with_state(pilot)
        await pilot.press("q")
    assert ReaderState().load().recent()[0] == [str(small_corpus)]


async def test_half_a_state_file_is_reported_and_the_app_starts(small_corpus: Path) -> None:
    # A good state file, then truncated to half of its bytes.
    good = ReaderState()
    good.load()
    good.add_bookmark("0" * 64, "/x.txt", 10, "a note")
    good.set_position("1" * 64, 99, "/y.txt")
    assert good.save() is None
    raw = default_path().read_bytes()
    default_path().write_bytes(raw[: len(raw) // 2])

    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.briefing is not None  # the reader works
        messages = [p.message for p in screen.session.problems]
        assert any("reader state was corrupt" in m for m in messages), messages
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listed = app.screen.query_one(OptionList)
        texts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any("state.json" in t and "corrupt" in t for t in texts), texts
    assert list(default_path().parent.glob("state.json.corrupt*")) or \
        any("corrupt" in p.name for p in default_path().parent.iterdir())


async def test_save_failure_notifies_once_and_retries(small_corpus: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.userdata.state as state_module

    calls = {"n": 0}
    real = state_module.atomic_write

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] <= 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        monkeypatch.setattr(state_module, "atomic_write", failing)
        await pilot.press("space")
        screen.places.note_position()
        await main_screen_with_state(pilot)
        assert screen.session.keeper.failing
        warnings = [n for n in app._notifications if "No space left" in n.message]
        assert len(warnings) == 1 and warnings[0].markup is False
        screen.places.note_position()  # the timer's next tick: fails again, no second warning
        await main_screen_with_state(pilot)
        assert len([n for n in app._notifications if "No space left" in n.message]) == 1
        screen.places.note_position()  # and then the disk has room again
        await main_screen_with_state(pilot)
        assert not screen.session.keeper.failing
        where = screen.reader.current_offset()
    assert calls["n"] >= 3
    assert where in {ReaderState().load().position(s) for s in
                     json.loads(default_path().read_text())["positions"]}


async def test_a_bookmark_in_another_corpus_opens_that_corpus_there(small_corpus: Path,
                                                                      tmp_path: Path) -> None:
    from briefing.ui.dialogs import ConfirmScreen

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("right_curly_bracket", "right_square_bracket")
        doc, marked = screen.briefing, screen.reader.current_offset()
        assert doc is not None and marked > 0
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await main_screen_with_state(pilot)
    other = tmp_path / "other"
    other.mkdir()
    (other / "elsewhere.txt").write_text("Elsewhere\n\nNothing to see here.\n", encoding="utf-8")
    app = BriefingApp([str(other)])
    async with app.run_test(size=(80, 24)) as pilot:
        first = await main_screen_with_state(pilot)
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")  # not loaded here: the question
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await main_screen_with_state(pilot)
        opened = app.screen
        assert isinstance(opened, MainScreen) and opened is not first
        assert opened.session.paths == [str(small_corpus)] and app.paths == [str(small_corpus)]
        assert opened.briefing is not None
        assert opened.briefing.document.sha256 == doc.document.sha256
        assert opened.reader.current_offset() == marked
        assert first.session.briefings == []  # the corpus it left is let go
