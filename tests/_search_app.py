"""A small app that shows only the search screen, for the search UI tests."""

from __future__ import annotations

import contextlib
from typing import Any

from conftest import searches_done
from textual.app import App
from textual.worker import WorkerCancelled

from briefing.ui.search import SearchScreen


class SearchApp(App):
    def __init__(self, getter, mode: str = "text") -> None:
        super().__init__()
        self.getter = getter
        self.mode = mode
        self.chosen: list[Any] = []
        self.screen_ref: SearchScreen | None = None

    def on_mount(self) -> None:
        self.screen_ref = SearchScreen(self.getter, mode=self.mode)
        self.push_screen(self.screen_ref, self.chosen.append)


async def settle(pilot, app) -> None:
    """Until the search screen's searches are done and shown, and its other workers (the
    memo's) finished."""
    for _ in range(20):
        with contextlib.suppress(WorkerCancelled):
            await app.screen.workers.wait_for_complete()
        await searches_done(pilot)
        await pilot.pause()
        screen = app.screen
        if not screen.workers and not (isinstance(screen, SearchScreen) and screen.searching):
            break
