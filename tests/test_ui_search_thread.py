"""The search screen's one search thread: only the latest query runs and is shown, nothing is
lost when typing stops, and the thread ends with the screen."""

from __future__ import annotations

import threading
import time
from typing import Any

from _search_app import SearchApp, settle
from test_search_fixtures import make_briefings
from textual.widgets import Input, Static

from briefing.search import SearchIndex
from briefing.ui.search_thread import LatestOnly

INDEX = SearchIndex.build(make_briefings())


class GatedIndex:
    """The real index, with every search held until the test lets it go, and the queries it
    was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.gate = threading.Event()
        self.started = threading.Event()

    def search(self, query: str, **kwargs: Any) -> Any:
        self.asked.append(query)
        self.started.set()
        if not self.gate.wait(10):
            raise TimeoutError("the test never opened the gate")
        return INDEX.search(query, **kwargs)


def _wait(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.005)


def test_a_newer_job_replaces_the_one_waiting_and_the_running_one_finishes():
    ran: list[int] = []
    gate, running = threading.Event(), threading.Event()

    def run(job: int) -> None:
        if job == 1:
            running.set()
            gate.wait(5)
        ran.append(job)

    runner: LatestOnly[int] = LatestOnly(run)
    runner.submit(1)
    assert running.wait(5)
    for job in (2, 3, 4):  # while 1 runs: each replaces the one before, unrun
        runner.submit(job)
    gate.set()
    _wait(lambda: not runner.busy)
    assert ran == [1, 4]
    runner.stop()
    assert runner.thread is not None
    runner.thread.join(2)
    assert not runner.thread.is_alive()
    runner.submit(5)  # after stop: ignored
    assert ran == [1, 4] and not runner.busy


def test_a_failing_job_does_not_end_the_thread():
    ran: list[int] = []

    def run(job: int) -> None:
        if job == 1:
            raise ValueError("broken")
        ran.append(job)

    runner: LatestOnly[int] = LatestOnly(run)
    runner.submit(1)
    _wait(lambda: not runner.busy)
    runner.submit(2)
    _wait(lambda: not runner.busy)
    assert ran == [2]
    runner.stop()


async def test_keys_typed_while_a_search_runs_search_only_the_latest_query():
    index = GatedIndex()
    app = SearchApp(lambda: index)
    async with app.run_test(size=(100, 30)) as pilot:
        assert index.started.wait(5)  # the empty query of the screen's start, held
        await pilot.press(*"lavrov")
        await pilot.pause()
        screen = app.screen_ref
        assert screen is not None and screen.searching
        index.gate.set()
        await settle(pilot, app)
        # "" ran; "l", "la", "lav", "lavr", "lavro" were replaced before they started.
        assert index.asked == ["", "lavrov"]
        assert not screen.searching
        assert screen.result is not None and screen.result.query == "lavrov"
        assert screen.result_hits == INDEX.search("lavrov", limit=40).hits
        assert "match" in str(screen.query_one("#search-status", Static).render())


async def test_the_last_key_is_shown_when_typing_stops():
    """Every key typed at once, no pause: the results shown are the whole query's."""
    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=(100, 30)) as pilot:
        for ch in "ceasefire":
            app.screen.query_one("#search-input", Input).insert_text_at_cursor(ch)
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None and screen.result.query == "ceasefire"
        assert screen.result_hits == INDEX.search("ceasefire", limit=40).hits != []


async def test_a_stale_result_is_not_shown():
    """A result posted for an older query (the thread finished it as a key came) is dropped:
    the screen shows only the newest query's."""
    index = GatedIndex()
    app = SearchApp(lambda: index)
    async with app.run_test(size=(100, 30)) as pilot:
        index.gate.set()
        await pilot.press(*"ceasefire")
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None
        old = screen.result
        screen.post_message(screen.Found(1, old, [], screen.query_one(
            "#search-status", Static).render(), []))  # generation 1: long superseded
        await pilot.pause()
        assert screen.result is old and screen.result.query == "ceasefire"


async def test_dismissing_the_screen_ends_its_search_thread():
    index = GatedIndex()
    app = SearchApp(lambda: index)
    async with app.run_test(size=(100, 30)) as pilot:
        assert index.started.wait(5)  # the empty query, held
        await pilot.press(*"lav")
        screen = app.screen_ref
        assert screen is not None
        thread = screen._thread.thread
        assert thread is not None and thread.is_alive()
        await pilot.press("escape")  # while a search is held
        await pilot.pause()
        assert app.chosen == [None]
        index.gate.set()
        thread.join(5)
        assert not thread.is_alive()
        await pilot.pause()
        assert app.is_running
        assert screen._thread.stopped
        assert index.asked == [""]  # "lav" waited: dropped with the screen
