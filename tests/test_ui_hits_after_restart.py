"""The search hits ``n``/``N`` walk come back after a restart, at the same hit (session 21
review: the reader's place came back, its hits did not, and ``n`` said "search with /").
``escape`` forgets them; a hit gone from the file (edited meanwhile) leaves ``n`` going on from
the reader's place.  The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import press_each, reader_on
from conftest import settle, until

from briefing.ui.search import SearchScreen
from briefing.ui.status import StatusBar

TEXTS = {
    "a": "Talks in Geneva\n\nEnvoys of Vorland met in Geneva on Monday to talk about the "
         "ceasefire.\n\nThe weather was cold.\n\nA ceasefire monitor from Ostmark was named.\n",
    "b": "Envoys meet in Vienna\n\nThe Vienna round opened with a ceasefire proposal.\n\n"
         "Lunch was served.\n",
    "c": "Summit in Oslo\n\nNorway hosted envoys on Wednesday; nothing about a truce.\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for stem, text in TEXTS.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


async def _search(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await press_each(pilot, "slash")
    await pilot.press(*query)
    await settle(pilot, rounds=3)
    assert isinstance(pilot.app.screen, SearchScreen)
    assert await until(pilot, lambda: bool(pilot.app.screen.result_hits))
    await pilot.press("enter")
    await settle(pilot, rounds=3)


def _walk(screen) -> tuple[str, int, int, bool, str]:  # type: ignore[no-untyped-def]
    nav = screen.navigator
    hit = screen.search_hits[nav.hit_pos] if 0 <= nav.hit_pos < len(screen.search_hits) \
        else None
    return (nav.walking, len(screen.search_hits), nav.hit_pos, nav.on_hit,
            Path(hit.path).name if hit is not None else "")


async def test_the_hits_walked_come_back_after_a_restart(folder: Path) -> None:
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await _search(pilot, "ceasefire")
        await press_each(pilot, "n")
        before = _walk(screen)
        assert before[0] == "search" and before[1] == 3 and before[3]
        offset = screen.reader.current_offset()
        await pilot.press("q")
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        assert await until(pilot, lambda: bool(screen.search_hits))
        assert _walk(screen) == before
        assert screen.reader.current_offset() == offset
        assert "hit 2/3" in screen.query_one("#status", StatusBar).where
        await press_each(pilot, "n")  # and n goes on to the next one
        assert screen.navigator.hit_pos == (before[2] + 1) % 3 and screen.navigator.on_hit
        await press_each(pilot, "escape")  # forgotten
        await settle(pilot, rounds=2)
        screen.places.note_position()
        await pilot.press("q")
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await settle(pilot, rounds=5)
        assert not screen.search_hits and screen.navigator.walking == ""


async def test_a_hit_gone_from_the_file_leaves_n_going_on_from_the_place(folder: Path) -> None:
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await _search(pilot, "ceasefire")
        for _ in range(3):  # to the second hit of a.txt (reading order: a, a, b)
            if screen.navigator.hit_pos == 1:
                break
            await press_each(pilot, "n")
        assert _walk(screen)[-2:] == (True, "a.txt") and screen.navigator.hit_pos == 1
        await pilot.press("q")
    # the second hit of a.txt is edited away
    (folder / "a.txt").write_text(TEXTS["a"].replace("A ceasefire monitor", "A monitor"))
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        assert await until(pilot, lambda: bool(screen.search_hits))
        walking, count, _pos, on_hit, _name = _walk(screen)
        assert (walking, count, on_hit) == ("search", 2, False)
        assert not screen.reader.highlights("search")  # none marked: off the hits
        await press_each(pilot, "n")
        assert screen.navigator.on_hit


async def test_escape_forgets_hits_restored_off_their_hit(folder: Path) -> None:
    """(escape cleared only marked hits: restored off their hit, they could not be cleared)"""
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        await _search(pilot, "ceasefire")
        await pilot.press("q")
    (folder / "a.txt").write_text(TEXTS["a"].replace("ceasefire", "truce"))
    (folder / "b.txt").write_text(TEXTS["b"] + "\nA ceasefire was not agreed.\n")
    async with reader_on(folder, size=(80, 24)) as (app, pilot, screen):
        assert await until(pilot, lambda: bool(screen.search_hits))
        assert not screen.navigator.on_hit and not screen.reader.highlights("search")
        await press_each(pilot, "escape")
        assert not screen.search_hits and screen.navigator.walking == ""
