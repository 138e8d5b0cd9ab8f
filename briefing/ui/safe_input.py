"""``SafeInput``: Textual's ``Input`` whose value goes through the one cleaning step.

What is typed or pasted into a text field is shown by Textual as it is, and Textual strips
only BEL, BS, VT, FF and CR: a query pasted from a hostile page (``ESC ] 2 ; … BEL`` to set
the terminal's title, C1 ``CSI``, a bidi override) went raw to the terminal (found in
session 7).  The value is cleaned by :func:`briefing.ui.text.line_text` (same length, so the
cursor stays where it was); every text field of the reader is a ``SafeInput``.
"""

from __future__ import annotations

from textual import events
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input

from briefing.ui.text import line_text
from briefing.ui.virtual_size import extent_reactive, relayout_if_sized_by_content


class SafeInput(Input):
    """An ``Input`` that never holds a control, bidi-override or line-break character."""

    # A key typed widens the text by a cell: no layout of the screen for it (the box's size
    # is its CSS's unless that says ``auto``).
    virtual_size: Reactive[Size] = extent_reactive()

    def watch_virtual_size(self) -> None:
        relayout_if_sized_by_content(self)

    def validate_value(self, value: str) -> str:
        return line_text(value)

    def _on_paste(self, event: events.Paste) -> None:
        # Textual keeps only a paste's first line: a sentence copied from a hard-wrapped
        # article lost its end.  Its lines are joined by a space instead.
        event.prevent_default()
        event.stop()
        text = " ".join(line.strip() for line in event.text.splitlines() if line.strip())
        if text:
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *selection)

    def replace(self, text: str, start: int, end: int) -> None:
        # Textual refuses a whole insert that would pass ``max_length``, so a pasted essay
        # vanished without a word: keep what fits (its start) instead.
        if self.max_length:
            room = self.max_length - (len(self.value) - (max(start, end) - min(start, end)))
            text = text[:max(room, 0)]
        super().replace(text, start, end)
