"""A scrolling widget sized by its CSS asks for no layout of the screen when its content grows.

Textual's ``Widget.virtual_size`` (the scrollable extent) is a reactive that asks for a layout
of the whole screen whenever it changes: in a text box each key typed widens it by a cell, in
a list each new set of rows (a keystroke's search results, the document list growing while a
corpus loads) changes its height.  For a ``ScrollView`` whose own size is fixed by its CSS
(``1fr``, ``100%``, a number) a new extent changes nothing in the layout: its scroll bars are
updated by the widget itself (``_scroll_update``), and a scroll bar that appears or goes asks
for its layout through its own reactive.  Textual's ``Input`` and ``OptionList`` already ask for
a layout on a new value only when ``styles.auto_dimensions``; the reactive asked regardless
(measured in the search screen: one layout of the screen per key, ~3 ms of the UI thread a
key).  A widget sized by its content (``height: auto``) still asks for one.

Use: in the widget class, ``virtual_size = extent_reactive()`` and a
``watch_virtual_size`` that calls :func:`relayout_if_sized_by_content`.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget


def extent_reactive() -> Reactive[Size]:
    """``Widget.virtual_size`` without its layout request (a repaint only)."""
    return Reactive(Size(0, 0), layout=False)


def relayout_if_sized_by_content(widget: Widget) -> None:
    """The layout the reactive no longer asks for, where the widget's size follows it."""
    if widget.styles.auto_dimensions:
        widget.refresh(layout=True)
