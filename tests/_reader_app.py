"""The reader (``BriefingApp``) opened on a folder for a UI test, its main screen ready (also
without the search screen: :func:`main_screen_loaded`; with its saved state:
:func:`main_screen_with_state`); keys
pressed one at a time, each given its pause (so that the dialog it opens is up); the PARTIES
panel opened on an actor, and an actor renamed from it; a palette command run."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from conftest import main_screen
from textual.pilot import Pilot
from textual.widgets import Input

from briefing.ui.app import BriefingApp
from briefing.ui.dialogs import PromptScreen
from briefing.ui.main import MainScreen
from briefing.ui.parties import PartiesPanel


@contextlib.asynccontextmanager
async def reader_on(folder: Path, size: tuple[int, int] = (100, 30)
                    ) -> AsyncIterator[tuple[BriefingApp, Pilot[Any], MainScreen]]:
    """The reader on ``folder`` at ``size``, its documents loaded: (app, pilot, main screen)."""
    app = BriefingApp([str(folder)])
    async with app.run_test(size=size) as pilot:
        yield app, pilot, await main_screen(pilot, rounds=5)


async def main_screen_loaded(pilot: Pilot[Any]) -> MainScreen:
    """The main screen once the app's workers are done (the documents loaded): a pause, the
    workers, a pause.  Unlike ``conftest.main_screen`` it never imports the search screen, so
    it serves a test that makes that import fail."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def main_screen_with_state(pilot: Pilot[Any]) -> MainScreen:
    """``conftest.main_screen`` once the reader's saved state (positions, bookmarks, jumps) is
    loaded."""
    screen = await main_screen(pilot, rounds=5)
    assert screen.session.keeper.loaded
    return screen


async def press_each(pilot: Pilot[Any], *keys: str) -> None:
    """Press each key and let the app answer it before the next."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def open_parties_on(pilot: Pilot[Any], screen: MainScreen, actor_id: str) -> PartiesPanel:
    """``p``: the PARTIES panel, its cursor on ``actor_id`` (which must be listed)."""
    await press_each(pilot, "p")
    panel = screen.panel("parties")
    assert isinstance(panel, PartiesPanel)
    options = panel.option_list
    for index in range(options.option_count):
        option = options.get_option_at_index(index)
        if panel._targets.get(option.id or "") == actor_id:  # noqa: SLF001
            options.highlighted = index
            break
    else:
        raise AssertionError(f"{actor_id} not listed")
    await pilot.pause()
    return panel


async def rename_actor(pilot: Pilot[Any], screen: MainScreen, actor_id: str, name: str) -> None:
    """``r`` on ``actor_id`` in the PARTIES panel, ``name`` in the prompt it opens, ``enter``."""
    await open_parties_on(pilot, screen, actor_id)
    await press_each(pilot, "r")
    assert isinstance(pilot.app.screen, PromptScreen)
    pilot.app.screen.query_one(Input).value = name
    await pilot.press("enter")


async def run_palette_command(pilot: Pilot[Any], typed: str) -> None:
    """``ctrl+p``, ``typed``, its matches found, ``enter``: the command runs (two pauses)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*typed)
    await pilot.app.screen.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()
