"""Text typed or pasted into the reader's fields reaches the terminal cleaned (session 7).

A search query pasted with ``ESC ] 2 ; … BEL`` (set the terminal's title), a C1 ``CSI`` or a
bidi override was drawn raw by Textual's ``Input``; every field is now a ``SafeInput``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest
from conftest import main_screen, searches_done
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from briefing.ui.app import BriefingApp
from briefing.ui.safe_input import SafeInput

PASTED = "russia \x1b]2;PWN\x07 \x9b31m \u202e x"

SearchField = Callable[[], AbstractAsyncContextManager[tuple[BriefingApp, Pilot, SafeInput]]]


@pytest.fixture
def search_field(small_corpus: Path) -> SearchField:
    """The reader on ``small_corpus`` with its search field open and empty: ``async with
    search_field() as (app, pilot, field)``; on leaving, its searches done and the app still
    running.  (A context manager the test enters, not an async fixture that yields inside
    ``run_test``: the app's test harness must open and close in the test's own task.)"""

    @asynccontextmanager
    async def opened() -> AsyncIterator[tuple[BriefingApp, Pilot, SafeInput]]:
        app = BriefingApp([str(small_corpus)])
        async with app.run_test(size=(80, 24)) as pilot:
            await main_screen(pilot)
            await pilot.press("/")
            await pilot.pause()
            field = app.screen.query_one(Input)
            assert isinstance(field, SafeInput)
            field.value = ""
            yield app, pilot, field
            await searches_done(pilot)
            assert app.is_running

    return opened


async def test_a_pasted_query_leaks_no_control_sequence(search_field: SearchField) -> None:
    async with search_field() as (app, pilot, field):
        field.insert_text_at_cursor(PASTED)
        await pilot.pause()
        await searches_done(pilot)
        await pilot.pause()
        update = app.screen._compositor.render_full_update()  # noqa: SLF001 - test-only peek
        output = update.render_segments(app.console)
        for bad in ("\x1b]2;", "\x07", "\x9b", "\u202e"):
            assert bad not in output, repr(bad)
        assert len(field.value) == len(PASTED) and field.value.startswith("russia ")


async def test_a_paste_longer_than_the_field_keeps_its_start(search_field: SearchField) -> None:
    """Textual's ``Input`` refuses a whole insert that would pass ``max_length``: a pasted
    essay (the README: "read up to its first 400 characters") vanished without a word."""
    from briefing.ui.search import MAX_INPUT

    async with search_field() as (_app, pilot, field):
        field.post_message(events.Paste("russia talks " * (MAX_INPUT // 4)))
        await pilot.pause()
        assert field.value.startswith("russia talks russia") and len(field.value) == MAX_INPUT
        field.post_message(events.Paste("geneva"))  # full: nothing more, and no error
        await pilot.pause()
        assert len(field.value) == MAX_INPUT


async def test_a_pasted_wrapped_sentence_keeps_its_lines(search_field: SearchField) -> None:
    """Textual keeps only the first line of a paste: a sentence copied from a hard-wrapped
    article was searched without its end.  Lines are joined by a space."""
    async with search_field() as (_app, pilot, field):
        field.post_message(events.Paste("russia talks\r\n  in geneva\n\nresumed\n"))
        await pilot.pause()
        assert field.value == "russia talks in geneva resumed"
