"""`w` in the memo never replaces a file: a user's own ``briefing-memo.md`` (or the memo
written a minute ago) is kept, and the new memo goes to ``briefing-memo-2.md``, ``-3``…

``write_new`` is tested plainly (atomic, no temporaries left, the name it used, the file
system without hard links); the screen through Pilot.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.app import App

from briefing.common import storage
from briefing.common.storage import TMP_PREFIX, WriteError, write_new
from briefing.ui.memo import MemoScreen


def test_write_new_takes_the_first_free_name(tmp_path: Path) -> None:
    mine = tmp_path / "memo.md"
    mine.write_text("MY OWN NOTES", encoding="utf-8")
    assert write_new(mine, b"one") == tmp_path / "memo-2.md"
    assert write_new(mine, b"two") == tmp_path / "memo-3.md"
    assert mine.read_text(encoding="utf-8") == "MY OWN NOTES"
    assert (tmp_path / "memo-2.md").read_bytes() == b"one"
    assert (tmp_path / "memo-3.md").read_bytes() == b"two"
    assert not [p for p in os.listdir(tmp_path) if p.startswith(TMP_PREFIX)]
    fresh = tmp_path / "new.md"
    assert write_new(fresh, b"x") == fresh and fresh.read_bytes() == b"x"


def test_write_new_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*args: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(storage.os, "link", no_links)
    mine = tmp_path / "memo.md"
    mine.write_text("MY OWN NOTES", encoding="utf-8")
    assert write_new(mine, b"one") == tmp_path / "memo-2.md"
    assert mine.read_text(encoding="utf-8") == "MY OWN NOTES"
    assert (tmp_path / "memo-2.md").read_bytes() == b"one"
    assert not [p for p in os.listdir(tmp_path) if p.startswith(TMP_PREFIX)]


def test_write_new_names_the_users_file_on_failure(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as caught:
        write_new(tmp_path / "no-such-folder" / "memo.md", b"x")
    assert "memo.md in " in str(caught.value) and str(caught.value).count("no-such-folder") == 1


async def test_w_in_the_memo_keeps_the_users_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    mine = tmp_path / "briefing-memo.md"
    mine.write_text("MY OWN NOTES\n", encoding="utf-8")
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        memo = MemoScreen("# Briefing: the talks\n")
        await app.push_screen(memo)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert memo.written == tmp_path / "briefing-memo-3.md"
    assert mine.read_text(encoding="utf-8") == "MY OWN NOTES\n"
    assert (tmp_path / "briefing-memo-2.md").read_text(encoding="utf-8") == memo.memo
    assert (tmp_path / "briefing-memo-3.md").read_text(encoding="utf-8") == memo.memo
