"""The search screen lays itself out only when a widget's height changes, and once (issue 16:
keys answered within 50 ms while a cold corpus loads; a layout of the screen is the costliest
frame a key can meet)."""

from __future__ import annotations

from _search_app import SearchApp
from textual.content import Content

TWO_LINES = "2,556 matches, best 40 shown (2 with every word, then missing one) · actors pending"
TWO_LINES_TOO = "2,122 matches, best 40 shown (none with every word: each misses one) · pending"
ONE_LINE = "28 matches"


def _layout_requests(widget) -> list[bool]:
    """The ``layout`` flag of each refresh ``widget`` asks for from now on."""
    asked: list[bool] = []
    refresh = widget.refresh

    def noted(*args, **kwargs):
        asked.append(bool(kwargs.get("layout")))
        return refresh(*args, **kwargs)

    widget.refresh = noted
    return asked


async def _settled(pilot) -> None:
    for _ in range(4):
        await pilot.pause()


async def _quiet(pilot, screen) -> None:
    """No index: the screen's "indexing…" retries stop, so the status is the test's."""
    await _settled(pilot)
    if screen._retry is not None:
        screen._retry.stop()


async def test_a_status_of_the_same_height_asks_for_no_layout():
    """Two lines replacing two lines: the old rule laid the screen out for any status but a
    one-line one; a change of height still lays it out (the results move)."""
    app = SearchApp(lambda: None)
    async with app.run_test(size=(60, 30)) as pilot:
        screen = app.screen_ref
        await _quiet(pilot, screen)
        status = screen.query_one("#search-status")
        screen._set_status(Content(TWO_LINES))
        await _settled(pilot)
        assert status.size.height == 2
        asked = _layout_requests(status)
        screen._set_status(Content(TWO_LINES_TOO))
        await _settled(pilot)
        assert asked and not any(asked)
        assert status.size.height == 2
        assert "none with every word" in " ".join(status.render_line(y).text for y in (0, 1))
        screen._set_status(Content(ONE_LINE))
        await _settled(pilot)
        assert any(asked[1:])
        assert status.size.height == 1
        assert ONE_LINE in status.render_line(0).text

