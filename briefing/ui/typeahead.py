"""Type-ahead: text typed in one burst with the key that opens a screen goes into its box.

A fast typist, a paste, or a busy machine reading the keys together sends "/kerry" or
"dkerry" as one batch: the keys after the first are already on their way to the screen below
when the new screen is pushed, and would be lost (``BriefingApp.on_key`` catches them and calls
the new screen's ``type_ahead(text)``).  A screen with one text box owns a :class:`TypeAhead`
naming its box, hands ``type_ahead`` to :meth:`TypeAhead.add`, and takes the text with
:meth:`TypeAhead.take` once in ``on_mount``.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Input


class TypeAhead:
    """Keeps text typed before a screen's box exists; puts it in the box afterwards."""

    def __init__(self, screen: Screen[Any], box: str) -> None:
        self._screen = screen
        self._box = box  # the box's selector
        self._text = ""

    def add(self, text: str) -> None:
        """Text typed before the screen had its focus: into the box, in the order typed."""
        if not self._screen.is_mounted:  # (on_mount takes it: take)
            self._text += text
            return
        box = self._screen.query_one(self._box, Input)
        box.focus()
        if box.selection.is_empty:
            box.insert_text_at_cursor(text)
        else:  # the last query offered again, selected: typing replaces it
            box.replace(text, *box.selection)

    def take(self) -> str:
        """For ``on_mount``: what was typed before the box existed (then forgotten)."""
        text, self._text = self._text, ""
        return text
