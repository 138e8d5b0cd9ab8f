"""Which panels are open at which width, and which side page is shown.

Widths: *wide* (>= 120 columns) shows the document list, the reader and the side panel;
*medium* (>= 70) the reader and one panel; *narrow* the reader alone, a panel replacing it while
open.  Each width starts from its natural arrangement (the settings may keep the side panel
closed).  The side panel has three pages (contents, parties, tracker); until the user picks one,
a one-section document shows its parties instead of a contents list that only says "Opening".

:class:`PanelArrangement` holds that state for the main screen and sets the screen's classes
(``-wide``, ``-docs-open``, ...) all at once: each class change restyles the whole screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import ContentSwitcher, Static

from briefing.ui.panel_slot import PanelSlot
from briefing.userdata.side_pages import SIDE_PAGES

if TYPE_CHECKING:
    from textual.widget import Widget

    from briefing.model import Briefing
    from briefing.ui.main import MainScreen

WIDE = 120
MEDIUM = 70
SIDE_TITLES = {"contents": "Contents", "parties": "Parties", "tracker": "Tracker"}
_CLASSES = frozenset({"-wide", "-medium", "-narrow", "-docs-open", "-side-open", "-panel-open"})


def width_mode(width: int) -> str:
    """``wide``, ``medium`` or ``narrow`` for a terminal ``width`` columns wide."""
    return "wide" if width >= WIDE else "medium" if width >= MEDIUM else "narrow"


class PanelArrangement:
    """The open panels and the side page of one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.settings: dict[str, Any] = {}  # the settings' ``layout:`` (sidebar, panel, width)
        self.mode = ""
        self.docs_open = False
        self.side_open = False
        self.side_page = "contents"
        self.page_chosen = False  # the user has picked a side page (c, p, t): keep it
        # A page opened (c, p, t) before its panel was there to take the focus: the panel
        # takes it when it arrives (:meth:`panel_arrived`).
        self.focus_pending: str | None = None

    def configure(self, settings: Mapping[str, Any]) -> None:
        """Take the settings' ``layout:`` (the side panel at start, its page, its width)."""
        self.settings = dict(settings)
        configured = self.settings.get("panel")
        self.side_page = configured if configured in SIDE_PAGES else "contents"

    @property
    def narrow(self) -> bool:
        return self.mode == "narrow"

    @property
    def panel_open(self) -> bool:
        return self.side_open or self.docs_open

    def apply_mode(self, width: int) -> None:
        """Arrange the panels for ``width`` columns (nothing changes within one mode)."""
        mode = width_mode(width)
        if mode == self.mode:
            return
        self.mode = mode
        self.side_open = mode != "narrow" and self.settings.get("sidebar", True) is not False
        self.docs_open = mode == "wide"
        self.apply_classes()
        focused = self.screen.focused
        if focused is not None and not focused.display:
            self.screen.reader.focus()

    def apply_side_width(self) -> None:
        """The settings' sidebar width, in the wide mode only (narrower ones fit the screen)."""
        width = self.settings.get("sidebar_width")
        if not isinstance(width, int) or isinstance(width, bool) or not 20 <= width <= 80:
            return
        try:
            side = self.screen.query_one("#side")
        except NoMatches:  # before the children exist
            return
        side.styles.width = width if self.mode == "wide" else None

    def apply_classes(self) -> None:
        """Set every arrangement class of the screen at once."""
        docs = self.docs_open and self.screen.started and len(self.screen.session.briefings) > 1
        wanted = {f"-{self.mode}"} if self.mode else set()
        if docs:
            wanted.add("-docs-open")
        if self.side_open:
            wanted.add("-side-open")
        if docs or self.side_open:
            wanted.add("-panel-open")
        current = set(self.screen.classes)
        if current & _CLASSES != wanted:
            self.screen.set_classes((current - _CLASSES) | wanted)

    def show_reader(self) -> None:
        """A jump from elsewhere (a search hit, the document table, a bookmark, a problem):
        below 70 columns a panel open in the reader's place gives it back, so that the place
        jumped to is seen (the panel stays open beside the reader on wider screens)."""
        if self.narrow and self.panel_open:
            self.close_panels()

    def close_panels(self) -> None:
        self.focus_pending = None
        self.docs_open = self.side_open = False
        self.apply_classes()
        self.screen.reader.focus()

    def show_page(self, page: str) -> None:
        """Switch the side panel to ``page`` (open or not) and title it."""
        self.side_page = page
        switcher = self.screen.query_one("#side-switcher", ContentSwitcher)
        if not switcher.query_children(f"#{page}"):
            self.screen.mount_deferred()  # a page the first frame left out
        switcher.current = page
        self.update_title()

    def update_title(self) -> None:
        parts: list[Content | tuple[str, str] | str] = []
        for page in SIDE_PAGES:
            if parts:
                parts.append(" ")
            name = SIDE_TITLES[page]
            parts.append((f" {name} ", "reverse bold") if page == self.side_page else name)
        self.screen.query_one("#side-title", Static).update(Content.assemble(*parts))

    def follow_document(self, briefing: Briefing) -> None:
        """Until the user picks a page: one with something in it for ``briefing``."""
        if self.page_chosen:
            return
        configured = self.settings.get("panel")
        page = configured if configured in SIDE_PAGES else "contents"
        if page == "contents" and len(briefing.document.sections) <= 1:
            page = "parties"
        if page != self.side_page:
            self.show_page(page)

    def toggle_page(self, page: str) -> None:
        """``c``/``p``/``t``: show and focus ``page``; again (while focused) closes it."""
        if page not in SIDE_PAGES:
            return
        self.page_chosen = True
        screen = self.screen
        widget = screen.panel(page)
        if self.side_open and self.side_page == page and _focus_within(
                screen, screen.query_one("#side")):
            self.side_open = False
            self.focus_pending = None
            self.apply_classes()
            screen.reader.focus()
            return
        self.side_open = True
        if self.mode != "wide":
            self.docs_open = False
        self.show_page(page)
        self.apply_classes()
        # A slot without its panel yet (just after start): the panel takes the focus later.
        self.focus_pending = page if isinstance(widget, PanelSlot) else None
        screen.call_after_refresh(_focus_first, widget)

    def remembered(self) -> tuple[str | None, bool | None]:
        """What the reader state keeps of the side panel: its page once the user has picked
        one, and whether it is open where it sits beside the reader (not below 70 columns,
        where an open panel hides the reader); ``None``: nothing to keep."""
        return (self.side_page if self.page_chosen else None,
                None if self.narrow or not self.mode else self.side_open)

    def restore(self, page: str | None, is_open: bool | None) -> None:
        """The side panel of the last session with this corpus (from the reader state),
        unless the user has already picked a page in this one."""
        if self.page_chosen:
            return
        if page in SIDE_PAGES:
            self.page_chosen = True
            if page != self.side_page:
                self.show_page(page)
        if is_open is None or self.narrow or not self.mode or is_open == self.side_open:
            return
        screen = self.screen
        had_focus = _focus_within(screen, screen.query_one("#side"))
        self.side_open = is_open
        self.apply_classes()
        if had_focus and not is_open:
            screen.reader.focus()

    def panel_arrived(self, page: str, panel: Widget) -> None:
        """``panel`` was mounted on ``page`` (after the first frame): it takes the focus if the
        user opened that page before it was there, and the page is still open and shown."""
        if self.focus_pending != page:
            return
        self.focus_pending = None
        if self.side_open and self.side_page == page and not _focus_within(self.screen, panel):
            self.screen.call_after_refresh(_focus_first, panel)


def _focus_first(widget: Widget) -> None:
    """Focus ``widget``, or the first focusable widget inside it that is not a text box (the
    parties panel's corpus list has its actor filter above the list: focused, it took the
    panel's keys, `p` and `a`, as text; `f` goes to the filter)."""
    if widget.focusable:
        widget.focus()
        return
    from textual.widgets import Input

    focusable = [child for child in widget.query("*") if child.focusable]
    target = next((c for c in focusable if not isinstance(c, Input)),
                  focusable[0] if focusable else None)
    if target is not None:
        target.focus()


def _focus_within(screen: MainScreen, widget: Widget) -> bool:
    focused = screen.focused
    return focused is not None and (focused is widget or widget in focused.ancestors)
