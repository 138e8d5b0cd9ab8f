"""Rows whose wrapped lines hang under their text, not under their mark.

A side panel's row starts with a lead -- an agenda item's mark (``? ``), an actor's badge and
count, a timeline entry's date -- and a row wider than the panel wraps.  Textual wraps it to
column 0, so the second line reads like a new row (``? Security interests`` / ``open``).  A
:class:`Hanging` row wraps each of its lines in the space after its lead and indents the
continuation lines to it:

    ? Security interests
      open

The first line hangs after ``hang`` characters; every later line of the row (a details line
already indented with spaces) hangs after its own leading spaces.  On a panel too narrow for
that (a lead wider than half the width) the line wraps as before.  With ``text-wrap: nowrap``
the row is cut as usual.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from rich._wrap import divide_line
from rich.cells import cell_len
from textual.content import Content

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions


LineT = TypeVar("LineT", str, Content)


class Hanging(Content):
    """``Content`` that wraps with a hanging indent (see the module's docstring)."""

    def __init__(self, content: Content, hang: int) -> None:
        super().__init__(content.plain, list(content.spans), content._cell_length)
        self.hang = max(0, hang)
        self._laid: tuple[int, Content] | None = None  # (width, the row laid out for it)
        self._height: tuple[int, int] | None = None  # (width, its lines)

    def laid_out(self, width: int) -> Content:
        """The row with its lines cut for ``width`` cells, continuations indented."""
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1]
        lines: list[Content] = []
        for line, lead, lead_cells in self._lines(self.split(allow_blank=True), width):
            if lead_cells < 0:
                lines.extend(line.wrap(width))  # as Textual would
            elif line.cell_length <= width:
                lines.append(line)
            else:
                head, pad = line[:lead], Content(" " * lead_cells)
                for k, piece in enumerate(line[lead:].wrap(width - lead_cells)):
                    lines.append((head if k == 0 else pad) + piece)
        laid = Content("\n").join(lines)
        self._laid = (width, laid)
        return laid

    def height(self, width: int) -> int:
        """How many lines :meth:`laid_out` has at ``width`` (counted on the plain text: the
        document list asks it of every row it gets, on the UI thread)."""
        if self._height is not None and self._height[0] == width:
            return self._height[1]
        if "\n" not in self.plain and self.cell_length <= width:
            return 1  # a row that fits (most)
        count = 0
        for line, lead, lead_cells in self._lines(self.plain.split("\n"), width):
            if lead_cells < 0:
                count += len(divide_line(line, width, fold=True)) + 1
            elif cell_len(line) <= width:
                count += 1
            else:
                count += len(divide_line(line[lead:], width - lead_cells, fold=True)) + 1
        self._height = (width, count)
        return count

    def _lines(self, lines: Iterable[LineT], width: int) -> Iterator[tuple[LineT, int, int]]:
        """Each line with its lead in characters and in cells (-1: too wide, no hanging)."""
        for n, line in enumerate(lines):
            plain = line if isinstance(line, str) else line.plain
            lead = self.hang if n == 0 else len(plain) - len(plain.lstrip(" "))
            lead_cells = cell_len(plain[:lead])
            yield line, lead, lead_cells if lead > 0 and lead_cells * 2 <= width else -1

    def _no_wrap(self, rules: RulesMap) -> bool:
        return bool(rules.get("text_wrap", "wrap") == "nowrap")

    def get_height(self, rules: RulesMap, width: int) -> int:
        if self._no_wrap(rules) or width <= 0:
            return super().get_height(rules, width)
        line_pad = rules.get("line_pad", 0) * 2
        return self.height(width - line_pad)

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        if self._no_wrap(options.rules) or width <= 0:
            return super().render_strips(width, height, style, options)
        line_pad = options.rules.get("line_pad", 0) * 2
        laid = self.laid_out(width - line_pad)
        return laid.render_strips(width, height, style, options)


def hanging(content: Content, hang: int) -> Hanging:
    """``content`` as a row whose wrapped lines hang ``hang`` characters in."""
    return Hanging(content, hang)
