"""A reader state that cannot be saved is said with the file's name (session 7).

With a read-only data directory the warning read "could not save the reader state
(Read-only file system); kept in memory (retrying every 3 s)": it named no file, so the
user could not tell which directory to fix.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from conftest import main_screen

import briefing.userdata.state as state_module
from briefing.ui.app import BriefingApp


async def test_the_save_warning_names_state_json(small_corpus: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot, rounds=5)
        monkeypatch.setattr(state_module, "atomic_write", read_only)
        await pilot.press("space")
        screen.places.note_position()
        await main_screen(pilot, rounds=5)
        warnings = [n.message for n in app._notifications  # noqa: SLF001
                    if "Read-only file system" in n.message]
        assert len(warnings) == 1
        from briefing.userdata.state import default_path

        assert str(default_path()) in warnings[0]
        assert warnings[0].endswith("(retrying every 3 s)")
