"""The tracker's histories filter (``a``, ``f``) allows typos as ``/`` does: "ukriane" found
"No history has all of: ukriane" in a folder full of Ukraine talks.  Invented states."""

from __future__ import annotations

import pytest
from test_ui_tracker import PanelApp, make_briefing, prompts
from textual.widgets import Input

from briefing.answers.history import filter_histories, merge_histories
from briefing.ui.tracker import TrackerPanel


@pytest.mark.parametrize(("typed", "found"), [
    ("sylvnaia", True),     # a swap and a slip: 2 edits in 8 letters
    ("freedoina truce", True),
    ("sylv", True),         # the start of a word, while typing
    ("hilport", True),      # a round's place, one letter short
    ("sylvania genovia", False),
    ("syl", True), ("sly", False),  # a short word: no typo allowed
])
async def test_the_histories_filter_allows_typos(typed: str, found: bool) -> None:
    briefing = make_briefing("/c/a.txt")
    app = PanelApp(briefing, corpus=[briefing])
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        panel.query_one("#tracker-filter", Input).value = typed
        await pilot.pause()
        shown = prompts(panel)
        assert (shown[0].startswith("Freedonia · Sylvania") if found
                else shown[-1].startswith("No history has all of")), shown


def test_the_shell_history_query_allows_the_same_typos() -> None:
    histories = merge_histories([make_briefing("/c/a.txt")])
    assert filter_histories(histories, "sylvnaia") == histories
    assert filter_histories(histories, "genovia") == []
