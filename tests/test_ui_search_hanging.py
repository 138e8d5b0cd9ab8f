"""Search result rows wrap with a hanging indent at 80x24 and 40x15 (session 10's leftover: a
snippet's second line at column 0 read like the next hit's title): only a hit's first line
starts at column 0; its title continues two cells in, its snippet four.

The fixture corpus is invented (``test_search_fixtures``)."""

from __future__ import annotations

import pytest
from _search_app import SearchApp, settle
from test_search_fixtures import make_briefings
from textual.widgets import OptionList

from briefing.search import SearchIndex

INDEX = SearchIndex.build(make_briefings())


@pytest.mark.parametrize("size", [(80, 24), (40, 15)])
async def test_result_rows_hang_under_their_start(size: tuple[int, int]) -> None:
    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*"ceasefire talks")
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None and screen.result_hits
        results = screen.query_one("#search-results", OptionList)
        firsts = [results.get_option_at_index(i).prompt.plain.split("\n")[0]
                  for i in range(results.option_count)]
        shown = [results.render_line(y).text.rstrip() for y in range(results.size.height)]
        shown = [line for line in shown if line.strip()]
        width = results.scrollable_content_region.width
        assert len(shown) > 4 and all(len(line) <= width for line in shown), shown
        # Column 0 only where a hit's title starts; its continuations two cells in.
        for line in shown:
            assert line.startswith(" ") or any(f.startswith(line) for f in firsts), shown
        assert any(line.startswith("    ") and line[4] != " " for line in shown), shown
        # A snippet's every line is four cells in: the line after a snippet line is a snippet
        # line or a new hit's title, never a line at two.
        for above, line in zip(shown, shown[1:], strict=False):
            if above.startswith("    "):
                assert line.startswith("    ") or not line.startswith(" "), shown
