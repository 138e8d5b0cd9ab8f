"""The search screen's result list keeps the strips of a row shown again (the same row object
in the next set of options) instead of rendering it again; the lines shown -- text, styles and
the option index a click reads -- are those of a list rendering every row afresh, at any
place the row moves to, highlighted or not, and after the width changes."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets.option_list import Option

from briefing.ui.hanging import hanging
from briefing.ui.result_list import ResultList


def _row(n: int) -> Content:
    title = Content(f"Envoy talks round {n} in Geneva").stylize("bold")
    body = Content("    the mediators said the ceasefire talks would resume on Monday, "
                   f"after {n} days of consultations with both delegations").stylize(
                       "bold reverse", 8, 17)
    return hanging(Content("\n").join([title, body]), 0, indent=2)


class Lists(App[None]):
    CSS = "ResultList { height: 1fr; }"
    AUTO_FOCUS = None  # both lists alike: neither focused

    def compose(self) -> ComposeResult:
        yield ResultList(id="kept")
        yield ResultList(id="fresh")


def _lines(results: ResultList) -> list[list[tuple[str, object, object]]]:
    return [[(s.text, s.style, s.style.meta if s.style else None)
             for s in results.render_line(y)] for y in range(results.size.height)]


async def test_kept_rows_render_as_fresh_ones_at_their_new_place() -> None:
    rows = [_row(n) for n in range(6)]
    app = Lists()
    async with app.run_test(size=(60, 70)) as pilot:
        kept, fresh = app.query_one("#kept", ResultList), app.query_one("#fresh", ResultList)
        kept.set_options([Option(r) for r in rows[:4]])
        await pilot.pause()
        assert _lines(kept)
        calls: list[int] = []
        original = ResultList.__mro__[2]._get_option_render  # OptionList's own

        def counted(self: ResultList, option: Option, style: object) -> object:
            padding = self.get_component_styles("option-list--option").padding
            if (option, style, padding) not in self._option_render_cache:
                calls.append(1)  # rendered, not read from the cache
            return original(self, option, style)

        ResultList.__mro__[2]._get_option_render = counted  # type: ignore[method-assign]
        try:
            # Rows 3, 1 and 2 again (moved), two new ones; the highlight on a kept row.
            again = [rows[3], rows[4], rows[1], rows[5], rows[2]]
            kept.set_options([Option(r) for r in again])
            kept.highlighted = 2
            await pilot.pause()
            shown = _lines(kept)
            rendered = len(calls)
        finally:
            ResultList.__mro__[2]._get_option_render = original  # type: ignore[method-assign]
        # Copies of the rows (new objects): nothing to keep, all rendered afresh.
        fresh.set_options([Option(hanging(Content(r.plain, list(r.spans)), 0, indent=2))
                           for r in again])
        fresh.highlighted = 2
        await pilot.pause()
        assert shown == _lines(fresh)
        metas = {m["option"] for line in shown for _t, _s, m in line if m and "option" in m}
        assert metas == set(range(5))
        # Only the new rows and the newly highlighted one were rendered (not the kept ones).
        assert 0 < rendered <= 3, rendered
        # Another width: every row wraps anew (nothing kept from the old width).
        kept.styles.width = 40
        fresh.styles.width = 40
        await pilot.pause()
        assert _lines(kept) == _lines(fresh)
