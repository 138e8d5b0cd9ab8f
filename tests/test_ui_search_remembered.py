"""``/`` offers the last query again (session 20: the box came up empty after every search,
and after a restart; tried in tmux, a demanding user types it again and again).  It is shown
selected: typing, even in the burst that opens the screen (``/kerry``), replaces it, and
``enter`` picks from its hits again.  Saved with the corpus in the reader state.  The article
is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import press_each, reader_on
from conftest import article_in_folder, settle
from textual.widgets import Input

from briefing.ui.search import SearchScreen

ARTICLE = """Ceasefire talks resume in Geneva

Envoys of Vorland and Ostmark agreed on Monday to resume ceasefire talks in Geneva, the \
foreign ministry said. Minister Ana Berg said the negotiations would continue.

A prisoner exchange was also discussed by the mediators.
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return article_in_folder(tmp_path, "talks", ARTICLE, "title: Talks\n").parent


async def search_box(pilot) -> Input:  # type: ignore[no-untyped-def]
    await settle(pilot, rounds=3)
    assert isinstance(pilot.app.screen, SearchScreen)
    return pilot.app.screen.query_one("#search-input", Input)


async def test_the_last_query_is_offered_selected_and_typing_replaces_it(folder: Path) -> None:
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await press_each(pilot, "slash")
        await pilot.press(*"ceasefire")
        await search_box(pilot)
        await pilot.press("enter")
        await settle(pilot, rounds=3)
        assert not isinstance(app.screen, SearchScreen)
        await press_each(pilot, "slash")
        box = await search_box(pilot)
        assert box.value == "ceasefire" and box.selected_text == "ceasefire"
        await pilot.press(*"prisoner")
        assert box.value == "prisoner"
        await pilot.press("escape")  # a query left with escape is offered too
        await settle(pilot, rounds=2)
        await pilot.press("slash", *"talks")  # one burst: replaces the offered query
        box = await search_box(pilot)
        assert box.value == "talks"
        await pilot.press("escape")
        await settle(pilot, rounds=2)
        await press_each(pilot, "at")  # the actor search starts from "@", not "talks"
        box = await search_box(pilot)
        assert box.value == "@"
        await pilot.press("escape")
        await settle(pilot, rounds=2)
        await pilot.press("q")  # saved on quit
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await press_each(pilot, "slash")
        box = await search_box(pilot)
        assert box.value == "talks" and box.selected_text == "talks"


def test_the_query_is_saved_per_corpus_and_a_hand_edited_one_of_another_type_is_none(
        tmp_path: Path) -> None:
    import json

    from briefing.userdata.state import ReaderState

    path = tmp_path / "state.json"
    state = ReaderState(path)
    state.set_query(["/a"], "ceasefire @=vorland")
    state.note_opened(["/b"])
    state.note_opened(["/a"])  # reopening keeps it
    assert state.save() is None
    again = ReaderState(path).load()
    assert again.query(["/a"]) == "ceasefire @=vorland" and again.query(["/b"]) == ""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["recent"][0]["query"] = 5
    path.write_text(json.dumps(data), encoding="utf-8")
    assert ReaderState(path).load().query(["/a"]) == ""
