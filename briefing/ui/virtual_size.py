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

A widget's scroll bar asked for a second layout after each layout that changed the widget's
height: the layout gives the bar its new size, and the bar's ``virtual_size`` reactive asks for
a layout when the layout sets it (keys14: after the search status changed height, every layout
of the search screen was followed by another, ~17 ms of the UI thread each at load 15).  A
scroll bar is sized by its widget's layout, never by its content: ``QuietScrollBar`` is
Textual's without that request (:func:`quiet_scrollbar_class`), and
:func:`quiet_vertical_scrollbar` makes one for a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.scrollbar import ScrollBar


def extent_reactive() -> Reactive[Size]:
    """``Widget.virtual_size`` without its layout request (a repaint only)."""
    return Reactive(Size(0, 0), layout=False)


def relayout_if_sized_by_content(widget: Widget) -> None:
    """The layout the reactive no longer asks for, where the widget's size follows it."""
    if widget.styles.auto_dimensions:
        widget.refresh(layout=True)


_quiet: type[ScrollBar] | None = None  # made when first needed: Textual imports its scroll
# bars only then too (textual.scrollbar is not imported before the first frame)


def quiet_scrollbar_class() -> type[ScrollBar]:
    """``QuietScrollBar``: Textual's scroll bar, whose new size (given by a layout) asks for no
    further layout."""
    global _quiet
    if _quiet is None:
        from textual.scrollbar import ScrollBar

        class QuietScrollBar(ScrollBar):
            virtual_size: Reactive[Size] = extent_reactive()

        _quiet = QuietScrollBar
    return _quiet


def quiet_vertical_scrollbar(widget: Widget) -> ScrollBar:
    """``widget``'s vertical scroll bar, made (as ``Widget.vertical_scrollbar`` makes it) as a
    ``QuietScrollBar`` the first time it is asked for."""
    bar = widget._vertical_scrollbar
    if bar is None:
        bar = widget._vertical_scrollbar = quiet_scrollbar_class()(
            vertical=True, name="vertical", thickness=widget.scrollbar_size_vertical)
        bar.display = False
        widget.app._start_widget(widget, bar)
    return bar
