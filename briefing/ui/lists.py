"""A list widget the reader's lists share (kept apart from ``panels``: the panel modules import
it, and ``panels`` imports them)."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import OptionList

from briefing.ui.virtual_size import extent_reactive, relayout_if_sized_by_content


class WrappedList(OptionList):
    """An ``OptionList`` whose wrapped entries are measured again when its scrollbar comes or
    goes.  (Textual's measures each entry once, at the width it had then: an entry that fitted
    in two lines without the scrollbar lost its third line, "…" included, once it showed.)"""

    # New rows ask for a layout of the screen only where the list's size follows them.
    virtual_size: Reactive[Size] = extent_reactive()

    def watch_virtual_size(self) -> None:
        relayout_if_sized_by_content(self)

    def watch_show_vertical_scrollbar(self) -> None:
        self._clear_caches()  # the width the entries wrap at has changed
