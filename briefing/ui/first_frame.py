"""The main screen's widgets: those of the first frame, and those mounted right after it.

Every widget in the first frame costs its styling (three passes: mounted, focused, the screen
resumed), its layout and its drawing before anything is on screen, so the first frame holds only
what it shows: a stand-in for the reader (it says "Loading…", as the reader does until a
document has loaded), the side panel's title and first page, the status line and the footer.
The reader itself (ten component styles, a scroll view, its modules), the document list (shown
once two documents are loaded), the contents list (empty until a document is shown) and the
other side pages are mounted right after it by :func:`mount_rest` -- or sooner, by whatever
needs them (a key pressed at once).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual.containers import Horizontal, Vertical
from textual.widgets import ContentSwitcher, Static

from briefing.ui.footer import FittingFooter
from briefing.ui.panel_slot import PanelSlot
from briefing.ui.status import StatusBar

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


SIDE_PANELS = ("parties", "tracker")  # the side pages whose panels are imported after it


class ReaderStandIn(Static):
    """What the reader shows until a document has loaded ("Loading…" a row down, centred over
    the text column, the scrollbar's gutter kept), drawn without the reader's cost.  Only a
    constant message: no document text ever reaches it."""

    DEFAULT_CSS = """
    ReaderStandIn {
        background: $surface; color: $text-muted; height: 1fr;
        padding: 1 1 0 0; text-align: center;
    }
    """


def compose_first_frame(page: str, side_panels: Sequence[str]) -> ComposeResult:
    """The main screen's widgets at start; ``page`` is the side page shown first."""
    with Horizontal(id="body"):
        with Vertical(id="reader-column"):
            yield ReaderStandIn("Loading…", id="reader-stand-in", markup=False)
        with Vertical(id="side"):
            yield Static(id="side-title")
            with ContentSwitcher(initial=page, id="side-switcher"):
                yield PanelSlot(id="contents")  # its list: mount_rest
                if page in side_panels:  # its panel: after the panel modules' import
                    yield PanelSlot(id=page)
    yield StatusBar(id="status")
    yield FittingFooter()


def mount_rest(screen: Screen[Any], side_panels: Sequence[str]) -> bool:
    """Mount what the first frame left out (call once; True).  The widgets are in the DOM
    on return (queries find them), mounted soon after; the reader replaces its stand-in."""
    from briefing.ui.panels import Contents, DocumentList
    from briefing.ui.reader import Reader

    column = screen.query_one("#reader-column")
    column.query("#reader-stand-in").remove()
    column.mount(Reader(id="reader"))
    screen.query_one("#body").mount(DocumentList(id="documents"), before="#reader-column")
    screen.query_one("#contents", PanelSlot).mount(Contents(id="contents-list"))
    switcher = screen.query_one("#side-switcher", ContentSwitcher)
    slots = []
    for name in side_panels:
        if not switcher.query_children(f"#{name}"):
            slot = PanelSlot(id=name)
            slot.display = switcher.current == name
            slots.append(slot)
    if slots:
        switcher.mount_all(slots)
    return True
