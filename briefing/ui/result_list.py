"""The search screen's result list: a row shown again is not rendered again.

Each keystroke replaces the list's options (``set_options``), and Textual's ``OptionList``
forgets every rendered option then: the visible rows are wrapped and turned into strips again,
~60 % of the list's render time a key (issue 16: keys while a corpus loads).  The search
screen hands the list the previous keystroke's row object for a row it shows again
(``SearchScreen._reused``), so :class:`ResultList` keeps each row's strips by that object --
with the style, padding, width and divider it was rendered with, which are part of the key --
for as long as the row is among the options, and gives them the option's new place as their
meta (what a click reads).

A new set of rows is shown with :meth:`ResultList.show`, which repaints only the lines of the
list that show something else than before (another row, another line of it, another place or
highlight): ``set_options``, the highlight, the scroll position and the new extent each ask
Textual for a repaint of every line, and every line painted again is rendered through the
widget's styles and composed onto the screen anew.  Typing on a query keeps the top rows in
place more often than not for some keys ("negotiatons " then "g": the same first screen).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.geometry import Region
from textual.strip import Strip
from textual.style import Style
from textual.widgets._option_list import OptionListContent
from textual.widgets.option_list import Option

from briefing.ui.lists import WrappedList


def _moved(strip: Strip, index: int) -> Strip:
    """``strip`` with the option index ``index`` in its meta (what a click reads) in place of
    the one it was rendered with.  (``Strip.apply_meta`` would not do: its style goes under
    each segment's, so the segment's old index would win.)"""
    meta = RichStyle.from_meta({"option": index})
    return Strip([Segment(text, meta if style is None else style + meta, control)
                  for text, style, control in strip], strip.cell_length)


class ResultList(WrappedList):
    """A :class:`WrappedList` keeping the strips of rows that stay from one set to the next."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # (id of the row, style, padding, width, divider) -> (the row, its strips as first
        # rendered); the row is held so that its id is not reused while the entry lives.
        self._kept: dict[tuple[Any, ...], tuple[object, list[Strip]]] = {}
        self._batched = False  # within show(): repaints wait for the lines that changed
        self._settled: tuple[int, int] | None = None  # (options, lines) when all were measured

    def show(self, options: Sequence[OptionListContent], highlighted: int | None) -> None:
        """Replace the options and the highlight; repaint only the lines that changed."""
        if not self.is_mounted or not self.size:
            self.set_options(options)
            if self.option_count and highlighted is not None:
                self.highlighted = highlighted
            return
        held = list(self.options)  # the old rows stay alive: their ids are not reused
        before, frame = self._shown(), self._frame()
        self._batched = True
        try:
            self.set_options(options)
            if self.option_count and highlighted is not None:
                self.highlighted = highlighted
        finally:
            self._batched = False
        after = self._shown()
        if self._frame() != frame or len(before) != len(after):
            self.refresh()  # a scroll bar came or went: every line wraps anew
            return
        width = max(self.virtual_size.width, self.size.width)
        for y, (old, new) in enumerate(zip(before, after, strict=True)):
            if old != new:
                self.refresh(Region(0, y, width, 1))
        del held

    def _frame(self) -> tuple[object, ...]:
        """What every line's rendering depends on besides its row."""
        return (self.show_vertical_scrollbar, self.scrollable_content_region, self.size)

    def _shown(self) -> list[tuple[int, int, int, str, bool] | None]:
        """What each line of the list's window shows: the row object (its id), which line of
        it, at which option index (the click's target), in which component style, and
        whether a rule follows; ``None`` for a blank line.  Equal entries render equal lines
        (the width, padding and styles are the same within :meth:`show`)."""
        lines = self._lines
        options = self.options
        top = self.scroll_offset.y
        hover, highlighted = self._mouse_hovering_over, self.highlighted
        out: list[tuple[int, int, int, str, bool] | None] = []
        for y in range(top, top + self.size.height):
            if y >= len(lines):
                out.append(None)
                continue
            index, offset = lines[y]
            option = options[index]
            style = ("disabled" if option.disabled else "highlighted" if index == highlighted
                     else "hover" if index == hover else "")
            out.append((id(option.prompt), offset, index, style, option._divider))
        return out

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False,
                recompose: bool = False) -> ResultList:
        if self._batched and not layout and not recompose:
            return self  # show() repaints the lines that changed when it is done
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self

    def _update_lines(self) -> None:
        # Textual runs this for every line it paints (``_lines``), working out the content
        # region and the extent each time; once every option is measured there is nothing
        # new until the options or the caches change (a width change clears the caches).
        lines = self._line_cache.lines
        if lines and self._settled == (len(self._options), len(lines)):
            return
        super()._update_lines()
        self._settled = (len(self._options), len(self._line_cache.lines))

    def set_options(self, options: Iterable[OptionListContent]) -> ResultList:
        options = list(options)
        stay = {id(o.prompt) for o in options if isinstance(o, Option)}
        self._kept = {k: v for k, v in self._kept.items() if k[0] in stay}
        super().set_options(options)
        return self

    def _clear_caches(self) -> None:
        self._kept.clear()  # the width or the styles changed: render every row afresh
        super()._clear_caches()

    def notify_style_update(self) -> None:
        self._kept.clear()  # a theme or a class change may restyle the rows
        super().notify_style_update()

    def _get_option_render(self, option: Option, style: Style) -> list[Strip]:
        padding = self.get_component_styles("option-list--option").padding
        if (option, style, padding) in self._option_render_cache:
            return super()._get_option_render(option, style)
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        key = (id(option.prompt), style, padding, width, option._divider)
        kept = self._kept.get(key)
        if kept is None:
            strips = super()._get_option_render(option, style)
            self._kept[key] = (option.prompt, strips)
            return strips
        strips = [_moved(strip, self._option_to_index[option]) for strip in kept[1]]
        self._option_render_cache[(option, style, padding)] = strips
        return strips
