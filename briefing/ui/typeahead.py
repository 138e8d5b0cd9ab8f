"""Type-ahead: text typed in one burst with the key that opens a screen goes into its box.

A fast typist, a paste, or a busy machine reading the keys together sends "/kerry" or
"dkerry" as one batch: the keys after the first are already on their way to the screen below
when the new screen is pushed, and would be lost (``BriefingApp.on_key`` catches them and calls
:meth:`TypeAheadBox.type_ahead`).  A screen with one text box mixes this in, names the box in
``TYPE_AHEAD_BOX`` and calls :meth:`typed_ahead` once in ``on_mount``.
"""

from __future__ import annotations

from typing import ClassVar

from textual.screen import Screen
from textual.widgets import Input


class TypeAheadBox:
    """Keeps text typed before the screen's box exists; puts it in the box afterwards."""

    TYPE_AHEAD_BOX: ClassVar[str] = "Input"
    _typed_ahead = ""

    def type_ahead(self, text: str) -> None:
        """Text typed before this screen had its focus: into the box, in the order typed."""
        assert isinstance(self, Screen)
        if not self.is_mounted:  # (on_mount takes it: typed_ahead)
            self._typed_ahead += text
            return
        box = self.query_one(self.TYPE_AHEAD_BOX, Input)
        box.focus()
        box.insert_text_at_cursor(text)

    def typed_ahead(self) -> str:
        """For ``on_mount``: what was typed before the box existed (then forgotten)."""
        text, self._typed_ahead = self._typed_ahead, ""
        return text
