"""Keys typed in one burst with ``/`` (a fast typist, a paste, or a busy machine reading them
together) reach the search box: none is lost between the screen's push and its input's focus."""

from __future__ import annotations

import pytest
from conftest import main_screen, settle
from textual import events
from textual.widgets import Input

from briefing.ui.app import BriefingApp
from briefing.ui.search import SearchScreen


def _burst(app: BriefingApp, keys: str) -> None:
    """Post the keys as the terminal driver does when it reads them in one go: all queued
    before any is handled."""
    for ch in keys:
        key = {"/": "slash", "@": "at", " ": "space"}.get(ch, ch)
        app.post_message(events.Key(key, ch))


@pytest.mark.parametrize(("burst", "query"), [
    ("/kerry", "kerry"),
    ("@lav", "@lav"),  # the actor search keeps its "@"
    ("/qatar truce", "qatar truce"),  # "q" is quit below: not a command here
])
async def test_keys_typed_in_one_burst_with_slash_are_the_query(burst: str, query: str):
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        _burst(app, burst)
        await settle(pilot)
        assert app.is_running
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#search-input", Input)
        assert box.value == query and box.has_focus
        await pilot.press("x")  # typing goes on where it was
        assert box.value == query + "x"


async def test_the_document_table_filter_takes_a_burst(small_corpus):
    """"dbravo" typed at once: the table opens filtered by "bravo"."""
    from briefing.ui.documents import DocumentsScreen

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        _burst(app, "dbravo")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DocumentsScreen)
        assert screen.query_one("#docs-filter", Input).value == "bravo"
        assert screen.filter_text == "bravo"
