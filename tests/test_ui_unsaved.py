"""The reader says when something cannot be saved, and shows what can be read (issue 12).

A read-only data dir still lists the bookmarks in state.json; a new bookmark there is not
announced as added; a quit with a full disk prints what was not saved; temporaries a killed
process left beside sidecars go at the next start.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import main_screen
from textual.widgets import Input

import briefing.userdata.state as state_module
from briefing.common.storage import TMP_PREFIX
from briefing.ui.app import BriefingApp
from briefing.ui.bookmarks import BookmarksScreen
from briefing.ui.dialogs import PromptScreen
from briefing.userdata.state import ReaderState


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


async def _add_bookmark(pilot, note: str) -> None:
    await pilot.press("m")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PromptScreen)
    pilot.app.screen.query_one(Input).value = note
    await pilot.press("enter")
    await main_screen(pilot)


async def test_read_only_data_dir_lists_bookmarks_and_says_a_new_one_is_not_saved(
        small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = ReaderState().load()
    saved.add_bookmark("0" * 64, str(small_corpus / "a.txt"), 3, "from yesterday")
    assert saved.save() is None
    real_open = os.open

    def read_only(file, flags, mode=0o777, **kw):  # noqa: ANN001, ANN202 - os.open's shape
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR) and \
                str(file).startswith(str(saved.path.parent)):
            raise OSError(errno.EROFS, "Read-only file system", file)
        return real_open(file, flags, mode, **kw)

    monkeypatch.setattr(os, "open", read_only)
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await main_screen(pilot)
        assert screen.session.keeper.loaded
        await pilot.press("apostrophe")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert [b.note for b in app.screen.bookmarks] == ["from yesterday"]
        await pilot.press("escape")
        await main_screen(pilot)
        await _add_bookmark(pilot, "today")
        await main_screen(pilot)
        messages = [n.message for n in app._notifications]  # noqa: SLF001
        assert not any(m.startswith("bookmark added") for m in messages)
        assert any("bookmark kept for this session only" in m and "Read-only file system" in m
                   and "state.json" in m for m in messages)


async def test_bookmark_added_is_said_once_it_is_saved(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await main_screen(pilot)
        await _add_bookmark(pilot, "fine")
        await main_screen(pilot)
        assert [n.message for n in app._notifications  # noqa: SLF001
                if n.message.startswith("bookmark")] == ["bookmark added (' lists them)"]
    assert [b.note for b in ReaderState().load().bookmarks()] == ["fine"]


async def test_quitting_with_a_full_disk_says_what_was_not_saved(
        small_corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await main_screen(pilot)
        monkeypatch.setattr(state_module, "atomic_write", _no_space)
        await _add_bookmark(pilot, "the ceasefire paragraph")
        await pilot.press("q")
        await pilot.pause()
    assert app.exit_messages, "the pending bookmark was dropped without a word"
    said = "\n".join(app.exit_messages)
    assert "No space left on device" in said and "state.json" in said
    assert "1 new bookmark" in said and "the ceasefire paragraph" in said


async def test_temporaries_a_killed_process_left_in_the_corpus_go_at_the_next_start(
        small_corpus: Path) -> None:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    left = small_corpus / f"{TMP_PREFIX}a.yaml.{int(child.stdout)}.q0m200fl"
    left.write_text("actors: {drop: [chi")
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot, rounds=8)
        for _ in range(20):
            if not left.exists():
                break
            await pilot.pause(0.05)
    assert not left.exists()
