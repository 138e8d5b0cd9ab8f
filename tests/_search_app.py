"""A small app that shows only the search screen, for the search UI tests; the search
screen opened on an index with a query typed and searched (:func:`searched`); the index of a
few invented documents (:func:`index_of`)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from _corpus_files import write_docs
from conftest import searches_done
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from briefing.analysis.runner import analyse_corpus
from briefing.search import SearchIndex
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


@contextlib.asynccontextmanager
async def searched(index: SearchIndex, typed: str, size: tuple[int, int] = (110, 30)
                   ) -> AsyncIterator[tuple[Pilot[Any], SearchApp, SearchScreen]]:
    """A :class:`SearchApp` over ``index`` at ``size``, ``typed`` typed in its search box and
    the search settled: (pilot, app, the search screen)."""
    app = SearchApp(lambda: index)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*typed)
        await settle(pilot, app)
        assert app.screen_ref is not None
        yield pilot, app, app.screen_ref


def index_of(folder: Path, docs: dict[str, tuple[str, ...]]) -> SearchIndex:
    """The search index of ``docs`` (as :func:`_corpus_files.write_docs` takes them), written
    to ``folder`` and analysed without the cache."""
    write_docs(folder, docs)
    return SearchIndex.build(analyse_corpus([str(folder)], cache=False).briefings)
