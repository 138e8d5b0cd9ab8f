"""The reader's lists: the document list, the table of contents, and the side-panel slots.

Lists are ``OptionList`` (never ``ListView``: one widget per row does not scale) and every label
is built with :func:`briefing.ui.text.label`.  The side panels (parties, tracker) implement
:class:`SidePanelView`; :func:`import_panels` imports them after the first frame, and a panel
that fails to import or start is replaced by a placeholder so the reader still runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.css import tcss
from briefing.ui.hanging import hanging
from briefing.ui.lists import WrappedList
from briefing.ui.panel_slot import PanelSlot as PanelSlot  # (its home before)
from briefing.ui.text import label

if TYPE_CHECKING:
    from briefing.model import Briefing, Section


def section_label(section: Section, index: int) -> str:
    """What the contents list calls a section: its heading; for a transcript's topic, its
    label ("Q: is the truce holding…", "Mr. Reyes: Thank you…"), after the heading when it
    has one too (a line such as "Via Teleconference" above the first speaker says little
    alone); else its place."""
    if section.heading and section.label:
        return f"{section.heading} · {section.label}"
    if section.heading:
        return section.heading
    if section.label:
        return section.label
    return "Opening" if index == 0 else f"Section {index + 1}"


class Contents(WrappedList):
    """The table of contents of the current document; ``enter`` jumps to a section."""

    DEFAULT_CSS = tcss(__file__, "contents.tcss")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.briefing: Briefing | None = None

    def set_briefing(self, briefing: Briefing | None) -> None:
        self.briefing = briefing
        options: list[Option] = []
        if briefing is not None:
            for i, section in enumerate(briefing.document.sections):
                indent = "  " * max(0, section.level - 1)
                options.append(Option(hanging(label(indent + section_label(section, i), 200),
                                              len(indent) + 2), id=f"s{i}"))
        self.set_options(options)
        if options:
            self.highlighted = 0

    def follow(self, section_index: int) -> None:
        """Move the highlight to the section being read (without jumping the reader)."""
        if 0 <= section_index < self.option_count and self.highlighted != section_index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = section_index


class DocumentList(WrappedList):
    """Every loaded document by title; grows while the corpus loads."""

    DEFAULT_CSS = tcss(__file__, "document_list.tcss")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def add_briefings(self, briefings: Iterable[Briefing], first_index: int) -> None:
        self.add_options(
            Option(hanging(label(b.document.display_title, 200), 2), id=f"d{first_index + n}")
            for n, b in enumerate(briefings)
        )
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def follow(self, index: int) -> None:
        if 0 <= index < self.option_count and self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index


@runtime_checkable
class SidePanelView(Protocol):
    """What the main screen asks of a side panel: the document shown, and the corpus.

    A panel answers with messages (an actor selected, evidence chosen, a curation asked for);
    the screen never calls anything else on it.
    """

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Show ``briefing`` (``None``: no document)."""

    def set_corpus(self, briefings: list[Briefing]) -> None:
        """Remember the loaded corpus (it grows while loading)."""


class PlaceholderPanel(Static, can_focus=True):
    """Stands in for a panel whose module is not available (a broken build)."""

    DEFAULT_CSS = tcss(__file__, "placeholder_panel.tcss")

    def __init__(self, what: str, *, id: str | None = None) -> None:
        super().__init__(label(f"The {what} panel is not available in this build."), id=id)

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Accepts the panel interface and ignores it."""

    def set_corpus(self, briefings: list[Briefing]) -> None:
        """Accepts the panel interface and ignores it."""


def import_panels() -> dict[str, type[Widget] | None]:
    """The side panels' classes by page name (``None``: its module failed to import).

    Called off the UI thread after the first frame: these modules import the extractor.
    """
    classes: dict[str, type[Widget] | None] = {"parties": None, "tracker": None}
    try:
        from briefing.ui.parties import PartiesPanel

        classes["parties"] = PartiesPanel
    except Exception:  # noqa: BLE001 - a broken optional panel must not stop the reader
        pass
    try:
        from briefing.ui.tracker import TrackerPanel

        classes["tracker"] = TrackerPanel
    except Exception:  # noqa: BLE001 - the same
        pass
    return classes


def make_panel(cls: type[Widget] | None, what: str, *, id: str | None = None) -> Widget:
    """An instance of the panel, or a placeholder when its class is missing or fails."""
    if cls is not None:
        try:
            return cls(id=id)
        except Exception:  # noqa: BLE001 - same: fall back to the placeholder
            pass
    return PlaceholderPanel(what, id=id)
