"""The main screen's key actions (the ``action_*`` its bindings name), mixed into it.

Each one hands the key to the part of the screen that does it: the reader scrolls, the
:class:`~briefing.ui.navigation.Navigator` moves, the arrangement opens panels, the places keep
bookmarks; the screens a key opens are imported when it is first pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen


class ScreenKeys:
    """The key actions of :class:`~briefing.ui.main.MainScreen` (which this is mixed into)."""

    @property
    def _main(self) -> MainScreen:
        return cast("MainScreen", self)

    def action_search(self, mode: str = "text") -> None:
        from briefing.ui.actions import open_search

        open_search(self._main, mode)

    def action_next_match(self) -> None:
        self._main.navigator.step(+1)
        self._main.update_status()

    def action_previous_match(self) -> None:
        self._main.navigator.step(-1)
        self._main.update_status()

    def action_next_section(self) -> None:
        self._main.navigator.next_section()

    def action_previous_section(self) -> None:
        self._main.navigator.previous_section()

    def action_next_document(self) -> None:
        if self._main.current + 1 < len(self._main.session.briefings):
            self._main.show_document(self._main.current + 1)
        else:
            self._main.app.bell()

    def action_previous_document(self) -> None:
        if self._main.current > 0:
            self._main.show_document(self._main.current - 1)
        else:
            self._main.app.bell()

    def action_jump_back(self) -> None:
        self._main.navigator.jump("back")
        self._main.update_status()

    def action_jump_forward(self) -> None:
        self._main.navigator.jump("forward")
        self._main.update_status()

    def action_scroll_down(self) -> None:
        self._main.reader.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self._main.reader.scroll_up(animate=False)

    def action_page_down(self) -> None:
        self._main.reader.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self._main.reader.scroll_page_up(animate=False)

    def action_top(self) -> None:
        self._main.navigator.top()

    def action_bottom(self) -> None:
        self._main.navigator.bottom()

    def action_panel(self, page: str) -> None:
        self._main.arrangement.toggle_page(page)

    def action_focus_next_panel(self) -> None:
        self._main.focus_next()

    def action_focus_previous_panel(self) -> None:
        self._main.focus_previous()

    def action_add_bookmark(self) -> None:
        self._main.places.add_bookmark()

    def action_bookmarks(self) -> None:
        self._main.places.list_bookmarks()

    def action_back(self) -> None:
        reader = self._main.reader
        if self._main.arrangement.narrow and self._main.arrangement.panel_open:
            self._main.arrangement.close_panels()
        elif reader.paragraph_filter is not None:
            reader.set_paragraph_filter(None)
        elif reader.highlights("search") or reader.highlights("evidence") or self._main.actor:
            self._main.navigator.clear()
        elif self._main.focused is not reader:
            reader.focus()
        self._main.update_status()

    def action_documents(self) -> None:
        from briefing.ui.actions import open_documents

        open_documents(self._main)

    def action_cycle_theme(self) -> None:
        from briefing.ui.actions import cycle_theme

        cycle_theme(self._main)

    def action_refresh_feeds(self) -> None:
        from briefing.ui.feeds import start_refresh

        start_refresh(self._main)

    def action_help(self) -> None:
        from briefing.ui.help import HelpScreen

        self._main.app.push_screen(HelpScreen(getattr(self._main.app, "keymap", None)))

    def action_problems(self) -> None:
        from briefing.ui.actions import open_problems

        open_problems(self._main)

    def action_quit(self) -> None:
        self._main.app.exit(return_code=0)  # the app saves the reading state (flush_state)
