"""Text boxes and lists sized by their CSS ask for no layout of the screen when their content
grows (a key typed, a new set of rows); a list sized by its content still grows with it."""

from __future__ import annotations

from _search_app import SearchApp, settle
from test_search_fixtures import make_briefings
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.search import SearchIndex
from briefing.ui.lists import WrappedList
from briefing.ui.safe_input import SafeInput

INDEX = SearchIndex.build(make_briefings())


async def test_typing_in_search_asks_for_no_layout(monkeypatch):
    asked: list[str] = []
    refresh = Widget.refresh

    def noted(self: Widget, *regions, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("layout") and isinstance(self, SafeInput | WrappedList):
            asked.append(type(self).__name__)
        return refresh(self, *regions, **kwargs)

    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, app)
        monkeypatch.setattr(Widget, "refresh", noted)
        await pilot.press(*"ceasefire")
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None and screen.result_hits
        results = screen.query_one("#search-results", OptionList)
        assert results.virtual_size.height >= len(screen.result_hits)
    assert asked == []


class _AutoList(App[None]):
    CSS = "WrappedList { height: auto; max-height: 20; border: none; }"

    def compose(self) -> ComposeResult:
        yield WrappedList()


async def test_a_list_sized_by_its_content_grows_with_new_rows():
    app = _AutoList()
    async with app.run_test(size=(40, 30)) as pilot:
        rows = app.query_one(WrappedList)
        rows.set_options(["one"])
        await pilot.pause()
        assert rows.size.height == 1
        rows.set_options([f"row {i}" for i in range(8)])
        await pilot.pause()
        assert rows.size.height == 8


async def test_a_long_query_scrolls_the_box_to_the_cursor():
    app = SearchApp(lambda: INDEX)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen is not None
        box = screen.query_one("#search-input", SafeInput)
        await pilot.press(*("ceasefire " * 8))
        await settle(pilot, app)
        assert box.virtual_size.width == len(box.value) + 1
        assert box.scroll_x > 0  # the end of the text, with the cursor, is in view
        assert box.scroll_x + box.scrollable_content_region.width >= len(box.value)
