"""The search screen's status line: a new text asks for a layout only when its height changes.

Each keystroke's results change the status ("2,826 matches, best 40 shown"), and a layout of the
search screen costs the UI thread a reflow plus the redraw of every widget it moves (issue 16:
keys answered within 50 ms while a cold corpus loads).  Measured on the corpora's text index
(18 keys of ``negotiatons geneva``, three rounds): the slowest key of a round was the one after
a status that changed height — the empty query's hint (two lines at 100 columns) replaced by
the first counts (one line), or the counts growing a "(2 with every word, then missing one)"
that wraps — because that status asked for a layout, and the layout then asked for a second
one: Textual's ``Widget.virtual_size`` reactive asks for a layout whenever it changes, and a
layout sets it to the size it has just given the widget.

:class:`SearchStatus` asks for a layout only when the new text wraps to another number of lines
than the widget has (two lines replacing two lines need none, where the old rule laid out the
screen for any status but a one-line one), and its ``virtual_size`` asks for none: a ``Static``
does not scroll, its virtual size is only ever its size, set by the layout itself.
"""

from __future__ import annotations

from typing import cast

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Static

from briefing.ui.virtual_size import extent_reactive


class SearchStatus(Static):
    """A ``Static`` status line, laid out again only when its height changes."""

    virtual_size: Reactive[Size] = extent_reactive()

    def show(self, content: Content) -> None:
        """Show ``content``; a layout of the screen only if it takes another number of lines."""
        width, height = self.content_region.width, self.size.height
        same_height = width > 0 and height > 0 and content.get_height(
            cast(RulesMap, self.styles), width) == height
        self.update(content, layout=not same_height)
