"""A new set of search results repaints only the lines of the list that show something else;
what is on the screen afterwards -- each line's text, styles and the option index a click
reads -- is what a list given the same set afresh shows: rows moved, kept in place, new, fewer
rows than lines, another highlight, the mouse over a row, the list scrolled.  Typing a query
letter by letter ends on the screen a fresh search for the whole query shows, and a click on a
row opens that row's hit.

The rows are invented (no corpus text)."""

from __future__ import annotations

import pytest
from _search_app import SearchApp, settle
from test_search_fixtures import make_briefings
from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Region
from textual.widgets.option_list import Option

from briefing.search import SearchIndex
from briefing.ui.hanging import hanging
from briefing.ui.result_list import ResultList
from briefing.ui.search import SearchScreen

INDEX = SearchIndex.build(make_briefings())


def _row(n: int) -> Content:
    title = Content(f"Envoys meet for round {n} of the border talks").stylize("bold")
    body = Content(f"    delegates said round {n} would take up the prisoner exchange and "
                   "the monitoring of the truce line").stylize("bold reverse", 4, 13)
    return hanging(Content("\n").join([title, body]), 0, indent=2)


def _line(text: str) -> Content:
    return hanging(Content(text), 0, indent=2)


class Lists(App[None]):
    CSS = "ResultList { height: 1fr; }"
    AUTO_FOCUS = None

    def compose(self) -> ComposeResult:
        yield ResultList(id="kept")
        yield ResultList(id="fresh")


def _painted(results: ResultList) -> list[list[tuple[str, object, object]]]:
    """The list's lines as the screen has them: through the widget's line cache, which keeps
    every line not marked for a repaint."""
    strips = results.render_lines(Region(0, 0, *results.outer_size))
    return [[(s.text, s.style, s.style.meta if s.style else None) for s in strip]
            for strip in strips]


async def test_shown_sets_paint_as_fresh_lists_and_unchanged_lines_are_not_rendered() -> None:
    rows = [_row(n) for n in range(12)]
    one, other, two = _line("A short row"), _line("Another"), _line("Two lines\n    of it")
    sets = [
        ([one, other, rows[5]], 0),
        ([two, rows[5]], 0),  # rows[5] at the same line, as option 1 now (a click's target)
        (rows[:6], 0),
        (rows[:6], 0),  # the same set: nothing to repaint
        ([rows[0], rows[1], rows[6], rows[3], rows[2]], 0),  # top kept, others moved or new
        ([rows[0], rows[1], rows[6], rows[3], rows[2]], 2),  # the highlight moves
        ([rows[7], rows[0]], 1),  # fewer rows than lines
        ([], None),  # none
        (rows[2:12], 9),  # more than the window: scrolled to the highlight
        (rows[3:12], 0),  # and back to the top
    ]
    app = Lists()
    async with app.run_test(size=(60, 40)) as pilot:
        kept, fresh = app.query_one("#kept", ResultList), app.query_one("#fresh", ResultList)
        for n, (shown, highlighted) in enumerate(sets):
            rendered: list[int] = []
            original = ResultList.render_line

            def counted(self: ResultList, y: int, original=original,
                        rendered: list[int] = rendered) -> object:
                if self is kept:
                    rendered.append(y)
                return original(self, y)

            ResultList.render_line = counted  # type: ignore[method-assign]
            try:
                kept.show([Option(r) for r in shown], highlighted)
                await pilot.pause()
            finally:
                ResultList.render_line = original  # type: ignore[method-assign]
            if n == 3:
                assert rendered == [], "the same set again repainted lines"
            if n == 4:
                # The first two rows (four lines) stayed where they were.
                assert rendered and min(rendered) >= 4, rendered
            # A list that never showed anything before, given the set with the same objects.
            fresh.set_options([Option(r) for r in shown])
            if shown and highlighted is not None:
                fresh.highlighted = highlighted
            await pilot.pause()
            assert kept.scroll_offset == fresh.scroll_offset
            assert _painted(kept) == _painted(fresh), n
            fresh.clear_options()
            await pilot.pause()


async def test_a_row_under_the_mouse_paints_as_in_a_fresh_list() -> None:
    rows = [_row(n) for n in range(4)]
    app = Lists()
    async with app.run_test(size=(60, 40)) as pilot:
        kept, fresh = app.query_one("#kept", ResultList), app.query_one("#fresh", ResultList)
        kept.show([Option(r) for r in rows], 0)
        await pilot.pause()
        await pilot.hover("#kept", offset=(5, kept._index_to_line[1] + kept.gutter.top))
        await pilot.pause()
        assert kept._mouse_hovering_over == 1
        kept.show([Option(r) for r in (rows[2], rows[1], rows[3])], 0)
        fresh._mouse_hovering_over = 1
        fresh.set_options([Option(r) for r in (rows[2], rows[1], rows[3])])
        fresh.highlighted = 0
        await pilot.pause()
        assert _painted(kept) == _painted(fresh)


@pytest.mark.parametrize("query", ["ceasefire talks", "the", "geneva the"])
async def test_typing_letter_by_letter_ends_on_a_fresh_search_s_screen(query: str) -> None:
    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=(90, 30)) as pilot:
        for ch in query:
            await pilot.press("space" if ch == " " else ch)
            await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None and screen.result_hits
        typed = _painted(screen.query_one("#search-results", ResultList))
        typed_hits = list(screen.result_hits)
    fresh = SearchApp(lambda: INDEX)
    async with fresh.run_test(size=(90, 30)) as pilot:
        await pilot.press(*[("space" if ch == " " else ch) for ch in query])
        await settle(pilot, fresh)
        assert fresh.screen_ref is not None
        assert _painted(fresh.screen_ref.query_one("#search-results", ResultList)) == typed
        assert [(h.path, h.start) for h in fresh.screen_ref.result_hits] == \
            [(h.path, h.start) for h in typed_hits]


async def test_a_click_on_a_row_opens_its_hit_after_typing() -> None:
    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=(90, 30)) as pilot:
        for ch in "the":
            await pilot.press(ch)
            await settle(pilot, app)
        screen = app.screen_ref
        assert isinstance(screen, SearchScreen) and len(screen.result_hits) >= 2
        results = screen.query_one("#search-results", ResultList)
        second = results._index_to_line[1]  # the second row's first line
        await pilot.click("#search-results", offset=(6, second + results.gutter.top))
        await settle(pilot, app)
        assert app.chosen and app.chosen[0] is screen.result_hits[1]
