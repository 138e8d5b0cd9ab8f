"""The reader (``BriefingApp``) opened on a folder for a UI test, its main screen ready, and
keys pressed one at a time, each given its pause (so that the dialog it opens is up)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from conftest import main_screen
from textual.pilot import Pilot

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen


@contextlib.asynccontextmanager
async def reader_on(folder: Path, size: tuple[int, int] = (100, 30)
                    ) -> AsyncIterator[tuple[BriefingApp, Pilot[Any], MainScreen]]:
    """The reader on ``folder`` at ``size``, its documents loaded: (app, pilot, main screen)."""
    app = BriefingApp([str(folder)])
    async with app.run_test(size=size) as pilot:
        yield app, pilot, await main_screen(pilot, rounds=5)


async def press_each(pilot: Pilot[Any], *keys: str) -> None:
    """Press each key and let the app answer it before the next."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()
