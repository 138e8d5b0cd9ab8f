"""The main screen's key actions, in a helper object the screen owns.

Each one hands the key to the part of the screen that does it: the reader scrolls, the
:class:`~briefing.ui.navigation.Navigator` moves, the arrangement opens panels, the places keep
bookmarks; the screens a key opens are imported when it is first pressed.

Textual finds a binding's action as ``action_<name>`` on the screen: :class:`KeyAction` is that
attribute, a descriptor on ``MainScreen`` that gives the screen's :class:`ScreenKeys` method
(typed through ``ParamSpec``, so a strict checker follows the parameters, and a misspelt method
fails at import).  The helper reaches the screen only through the one it is given.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, overload

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen

P = ParamSpec("P")


class ScreenKeys:
    """The key actions of one :class:`~briefing.ui.main.MainScreen` (its ``keys``)."""

    def __init__(self, screen: MainScreen) -> None:
        self._screen = screen

    def search(self, mode: str = "text") -> None:
        from briefing.ui.actions import open_search

        open_search(self._screen, mode)

    def next_match(self) -> None:
        self._screen.navigator.step(+1)
        self._screen.update_status()

    def previous_match(self) -> None:
        self._screen.navigator.step(-1)
        self._screen.update_status()

    def next_section(self) -> None:
        self._screen.navigator.next_section()

    def previous_section(self) -> None:
        self._screen.navigator.previous_section()

    def next_document(self) -> None:
        if self._screen.current + 1 < len(self._screen.session.briefings):
            self._screen.show_document(self._screen.current + 1)
        else:
            self._screen.app.bell()

    def previous_document(self) -> None:
        if self._screen.current > 0:
            self._screen.show_document(self._screen.current - 1)
        else:
            self._screen.app.bell()

    def jump_back(self) -> None:
        self._screen.navigator.jump("back")
        self._screen.update_status()

    def jump_forward(self) -> None:
        self._screen.navigator.jump("forward")
        self._screen.update_status()

    def scroll_down(self) -> None:
        self._screen.reader.scroll_down(animate=False)

    def scroll_up(self) -> None:
        self._screen.reader.scroll_up(animate=False)

    def page_down(self) -> None:
        self._screen.reader.scroll_page_down(animate=False)

    def page_up(self) -> None:
        self._screen.reader.scroll_page_up(animate=False)

    def top(self) -> None:
        self._screen.navigator.top()

    def bottom(self) -> None:
        self._screen.navigator.bottom()

    def panel(self, page: str) -> None:
        self._screen.arrangement.toggle_page(page)

    def focus_next_panel(self) -> None:
        self._screen.focus_next()

    def focus_previous_panel(self) -> None:
        self._screen.focus_previous()

    def add_bookmark(self) -> None:
        self._screen.places.add_bookmark()

    def bookmarks(self) -> None:
        self._screen.places.list_bookmarks()

    def back(self) -> None:
        reader = self._screen.reader
        if self._screen.arrangement.narrow and self._screen.arrangement.panel_open:
            self._screen.arrangement.close_panels()
        elif reader.paragraph_filter is not None:
            reader.set_paragraph_filter(None)
        elif reader.highlights("search") or reader.highlights("evidence") or \
                self._screen.actor or self._screen.search_hits:
            # (hits walked but none marked: restored after a restart, off their hit)
            self._screen.navigator.clear()
        elif self._screen.focused is not reader:
            reader.focus()
        self._screen.update_status()

    def documents(self) -> None:
        from briefing.ui.actions import open_documents

        open_documents(self._screen)

    def cycle_theme(self) -> None:
        from briefing.ui.actions import cycle_theme

        cycle_theme(self._screen)

    def refresh_feeds(self) -> None:
        from briefing.ui.feeds import start_refresh

        start_refresh(self._screen)

    def help(self) -> None:
        from briefing.ui.help import HelpScreen

        self._screen.app.push_screen(HelpScreen(getattr(self._screen.app, "keymap", None)))

    def problems(self) -> None:
        from briefing.ui.actions import open_problems

        open_problems(self._screen)

    def quit(self) -> None:
        self._screen.app.exit(return_code=0)  # the app saves the reading state (flush_state)


class KeyAction(Generic[P]):
    """``action_<name> = KeyAction(ScreenKeys.<name>)`` on the screen class: the screen's
    ``action_<name>`` is its ``keys``' method, where Textual looks for a binding's action."""

    def __init__(self, method: Callable[Concatenate[ScreenKeys, P], None]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, screen: None, owner: Any = None) -> KeyAction[P]: ...

    @overload
    def __get__(self, screen: MainScreen, owner: Any = None) -> Callable[P, None]: ...

    def __get__(self, screen: MainScreen | None,
                owner: Any = None) -> KeyAction[P] | Callable[P, None]:
        if screen is None:
            return self
        method: Callable[P, None] = self._method.__get__(screen.keys, ScreenKeys)
        return method
