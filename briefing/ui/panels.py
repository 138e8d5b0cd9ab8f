"""The reader's lists: the document list, the table of contents, and the side-panel slots.

Lists are ``OptionList`` (never ``ListView``: one widget per row does not scale) and every label
is built with :func:`briefing.ui.text.label`.  The parties and tracker panels are written
elsewhere; :func:`load_panel` imports them defensively so the reader runs without them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.text import label

if TYPE_CHECKING:
    from briefing.model import Briefing, Section


def section_label(section: Section, index: int) -> str:
    """What the contents list calls a section: its heading; for a transcript's topic, its
    label ("Q: is the truce holding…", "Mr. Reyes: Thank you…"); else its place."""
    if section.heading:
        return section.heading
    if section.label:
        return section.label
    return "Opening" if index == 0 else f"Section {index + 1}"


class Contents(OptionList):
    """The table of contents of the current document; ``enter`` jumps to a section."""

    DEFAULT_CSS = """
    Contents {
        height: 1fr; border: none; background: $surface; scrollbar-size-vertical: 1;
        &:focus { border: none; background-tint: $foreground 4%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.briefing: Briefing | None = None

    def set_briefing(self, briefing: Briefing | None) -> None:
        self.briefing = briefing
        options: list[Option] = []
        if briefing is not None:
            for i, section in enumerate(briefing.document.sections):
                indent = "  " * max(0, section.level - 1)
                options.append(Option(label(indent + section_label(section, i), 200),
                                      id=f"s{i}"))
        self.set_options(options)
        if options:
            self.highlighted = 0

    def follow(self, section_index: int) -> None:
        """Move the highlight to the section being read (without jumping the reader)."""
        if 0 <= section_index < self.option_count and self.highlighted != section_index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = section_index


class DocumentList(OptionList):
    """Every loaded document by title; grows while the corpus loads."""

    DEFAULT_CSS = """
    DocumentList {
        height: 1fr; border: none; background: $surface;
        text-wrap: nowrap; text-overflow: ellipsis;
        scrollbar-size-vertical: 1;
        &:focus { border: none; background-tint: $foreground 4%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def add_briefings(self, briefings: Iterable[Briefing], first_index: int) -> None:
        self.add_options(
            Option(label(b.document.display_title, 200), id=f"d{first_index + n}")
            for n, b in enumerate(briefings)
        )
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def follow(self, index: int) -> None:
        if 0 <= index < self.option_count and self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.highlighted = index


class PlaceholderPanel(Static, can_focus=True):
    """Stands in for a panel whose module is not available (yet)."""

    DEFAULT_CSS = """
    PlaceholderPanel { height: 1fr; color: $text-muted; padding: 1 1; background: $surface; }
    """

    def __init__(self, what: str, *, id: str | None = None) -> None:
        super().__init__(label(f"The {what} panel is not available in this build."), id=id)

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Accepts the panel interface and ignores it."""

    def set_corpus(self, briefings: list[Briefing]) -> None:
        """Accepts the panel interface and ignores it."""


class PanelSlot(Vertical):
    """Holds a side panel that is imported after the first frame (its module is heavy)."""

    DEFAULT_CSS = """
    PanelSlot { height: 1fr; }
    PanelSlot > * { height: 1fr; }
    """

    @property
    def panel(self) -> Widget | None:
        return next(iter(self.children), None)


def panel_class(module: str, name: str) -> type[Widget] | None:
    """``briefing.ui.<module>.<name>`` if it can be imported, else ``None``."""
    try:
        mod = importlib.import_module(f"briefing.ui.{module}")
    except Exception:  # noqa: BLE001 - a broken optional panel must not stop the reader
        return None
    cls = getattr(mod, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, Widget) else None


def load_panel(module: str, name: str, what: str, *, id: str | None = None,
               cls: type[Widget] | None = None) -> Widget:
    """An instance of the panel, or a placeholder when the module or class is missing."""
    if cls is None:
        cls = panel_class(module, name)
    if cls is not None:
        try:
            return cls(id=id)
        except Exception:  # noqa: BLE001 - same: fall back to the placeholder
            pass
    return PlaceholderPanel(what, id=id)
