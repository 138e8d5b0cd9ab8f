"""A keystroke whose search shows a row the previous keystroke showed (same text, marks and
indents) gets that row object again, with the line count and wrapped lines it cached for the
list's width: the UI thread does not measure and wrap it again (issue 16: keys while a corpus
loads).  A row that differs in anything is new; what is shown is what a fresh search shows.

The fixture corpus is invented (``test_search_fixtures``)."""

from __future__ import annotations

from _search_app import SearchApp, searched, settle
from test_search_fixtures import make_briefings
from textual.content import Content, Span
from textual.widgets import OptionList

from briefing.search import SearchIndex
from briefing.ui.hanging import hanging
from briefing.ui.search import SearchScreen

INDEX = SearchIndex.build(make_briefings())


def _rows(results: OptionList) -> list[object]:
    return [results.get_option_at_index(i).prompt for i in range(results.option_count)]


def _shown(results: OptionList) -> list[str]:
    return [results.render_line(y).text for y in range(results.size.height)]


def screen_row(text: str, spans: list[Span]) -> Content:
    return Content(text, spans)


def test_equal_rows_are_the_last_search_s_objects() -> None:
    screen = SearchScreen(lambda: None)
    first = [hanging(screen_row("Talks", [Span(0, 5, "bold")]), 0, indent=2),
             hanging(screen_row("Truce", []), 0, indent=2)]
    assert screen._reused(first) == first
    again = [hanging(screen_row("Talks", [Span(0, 5, "bold")]), 0, indent=2),  # the same
             hanging(screen_row("Truce", [Span(0, 5, "bold")]), 0, indent=2),  # new marks
             hanging(screen_row("Talks", [Span(0, 5, "bold")]), 0, indent=4)]  # new indent
    got = screen._reused(again)
    assert got[0] is first[0]
    assert got[1] is again[1] and got[2] is again[2]
    # Only the last search's rows are kept: two searches back is forgotten.
    screen._reused([hanging(screen_row("Other", []), 0, indent=2)])
    assert screen._reused([hanging(screen_row("Talks", [Span(0, 5, "bold")]), 0,
                                   indent=2)])[0] is not first[0]


async def test_typing_on_reuses_rows_and_shows_what_a_fresh_search_shows() -> None:
    async with searched(INDEX, "ceasefire", size=(80, 24)) as (pilot, app, screen):
        assert screen is not None and screen.result_hits
        results = screen.query_one("#search-results", OptionList)
        before = _rows(results)
        await pilot.press("space")  # the same query: the same hits and marks
        await settle(pilot, app)
        after = _rows(results)
        assert after and all(a is b for a, b in zip(after, before, strict=True))
        shown = _shown(results)
    fresh = SearchApp(lambda: INDEX)
    async with fresh.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"ceasefire ")
        await settle(pilot, fresh)
        assert fresh.screen_ref is not None
        again = fresh.screen_ref.query_one("#search-results", OptionList)
        assert _shown(again) == shown
        assert [str(r) for r in _rows(again)] == [str(r) for r in after]
