"""Keys that reach the help screen in one burst each count (session 21, found in tmux: a held
``j``, or five typed fast, scrolled the help one line: each scroll was deferred to the next
refresh from the same place, so all landed on the same line).  The reader already counted
each one."""

from __future__ import annotations

from conftest import until
from textual import events
from textual.containers import VerticalScroll

from briefing.ui.app import BriefingApp
from briefing.ui.help import HelpScreen


async def test_a_burst_of_j_scrolls_the_help_a_line_each() -> None:
    app = BriefingApp([])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(HelpScreen())
        await pilot.pause()
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 10
        for _ in range(5):  # as a terminal delivers them: no refresh in between
            app.post_message(events.Key("j", "j"))
        await until(pilot, lambda: body.scroll_y == 5, timeout=10)
        assert body.scroll_y == 5
        for _ in range(2):
            app.post_message(events.Key("k", "k"))
        await until(pilot, lambda: body.scroll_y == 3, timeout=10)
        assert body.scroll_y == 3
