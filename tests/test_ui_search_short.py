"""On a short terminal (40x15) the search screen leaves the results room for more than one hit:
the box takes the whole height, the input and the status are one line each (user test at
40x15, session 11: four lines of results under a three-line input and a three-line status).

The fixture corpus is invented (``test_search_fixtures``)."""

from __future__ import annotations

from _search_app import searched
from test_search_fixtures import make_briefings
from textual.widgets import Input, OptionList

from briefing.search import SearchIndex

INDEX = SearchIndex.build(make_briefings())


async def test_a_short_terminal_gives_the_results_the_room() -> None:
    async with searched(INDEX, "ceasefire talks", size=(40, 15)) as (pilot, app, screen):
        assert screen is not None
        assert screen.query_one("#search-input", Input).outer_size.height == 1
        assert screen.query_one("#search-results", OptionList).size.height >= 8
        assert screen.query_one("#search-input", Input).value == "ceasefire talks"
        await pilot.resize_terminal(80, 24)  # a taller one: the box as before
        for _ in range(3):
            await pilot.pause()
        assert screen.query_one("#search-input", Input).outer_size.height == 3
