"""Rows whose wrapped lines hang under their text, not under their mark.

A side panel's row starts with a lead -- an agenda item's mark (``? ``), an actor's badge and
count, a timeline entry's date -- and a row wider than the panel wraps.  Textual wraps it to
column 0, so the second line reads like a new row (``? Security interests`` / ``open``).  A
:class:`Hanging` row wraps each of its lines in the space after its lead and indents the
continuation lines to it:

    ? Security interests
      open

The first line hangs after ``hang`` characters; every later line of the row (a details line
already indented with spaces) hangs after its own leading spaces.  A line with no lead (a
heading, a title) hangs ``indent`` cells in when one is given:

    Background Press Call on
      Ceasefire Negotiations

On a panel too narrow for that (a lead wider than half the width) the line wraps as before.
With ``text-wrap: nowrap`` the row is cut as usual.

Words that must stay on one line ("mediator in 5": a role and its count) are joined by
:func:`keep_together`; the row shows them with plain spaces.

A separator (`` · ``) where a line breaks is dropped: the break separates ("United Kingdom ·"
at a line's end, or "· Foreign Secretary" at the next one's start, read as a cut).
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

# Stands for a space no line may break at: one cell wide, blank, and not whitespace to the
# wrapping of Textual and Rich.  Never shown: the laid-out lines have spaces again.
GLUE = "\u2800"
SHORT_HANG = 2  # cells: where a row hangs when a glued group does not fit after its lead
SEPARATOR = "·"
_GAPS = (" ", GLUE)


def keep_together(text: str) -> str:
    """``text`` with its spaces made unbreakable in a :class:`Hanging` row."""
    return text.replace(" ", GLUE)


def _unglued(content: Content) -> Content:
    if GLUE not in content.plain:
        return content
    return Content(content.plain.replace(GLUE, " "), list(content.spans))


def _breakable(line: LineT, width: int) -> LineT:
    """``line`` with its glue undone when a glued group is wider than ``width``: it then
    breaks at its spaces rather than inside a word ("mediator i / n 5" on a narrow panel)."""
    plain = line if isinstance(line, str) else line.plain
    if GLUE not in plain or max(cell_len(word) for word in plain.split()) <= width:
        return line
    return plain.replace(GLUE, " ") if isinstance(line, str) else _unglued(line)


def _too_glued(rest: LineT, room: int, wider: int) -> bool:
    """Whether a glued group of ``rest`` is wider than ``room`` cells but fits in ``wider``."""
    plain = rest if isinstance(rest, str) else rest.plain
    if GLUE not in plain:
        return False
    widest = max(cell_len(word) for word in plain.split())
    return room < widest <= wider


def _first_cut(rest: str, room: int) -> int:
    """Where the part of ``rest`` that fits in ``room`` cells (whole words) ends: 0 when its
    first word does not fit (it then starts the next line)."""
    cuts = divide_line(rest, room, fold=False)
    cut = cuts[0] if cuts else len(rest)
    return cut if cell_len(rest[:cut].rstrip()) <= room else 0


def _at_break(piece: Content, end: bool) -> Content:
    """``piece`` without the separator at its end (``end``) or its start, when the separator is
    a word of its own there and not all the piece (a line is never emptied: the row's height is
    counted on the plain text)."""
    plain = piece.plain.rstrip(" ") if end else piece.plain
    if end:
        if (plain.endswith(SEPARATOR) and len(plain) > 2 and plain[-2] in _GAPS
                and plain[:-2].strip(" " + GLUE)):
            return piece[:len(plain) - 2].rstrip()
        return piece
    if (plain.startswith(SEPARATOR) and len(plain) > 2 and plain[1] in _GAPS
            and plain[2:].strip(" " + GLUE)):
        return piece[2:]
    return piece


def _separated(pieces: list[Content]) -> list[Content]:
    """A wrapped line's pieces with the separators at its breaks dropped."""
    if len(pieces) < 2:
        return pieces
    last = len(pieces) - 1
    return [_at_break(_at_break(piece, True) if k < last else piece, False) if k else
            _at_break(piece, True) for k, piece in enumerate(pieces)]


class Hanging(Content):
    """``Content`` that wraps with a hanging indent (see the module's docstring)."""

    def __init__(self, content: Content, hang: int, indent: int = 0) -> None:
        # The row as wrapped (glue kept) and as shown (glue back to spaces: plain, nowrap).
        self._glued: Content | None = content if GLUE in content.plain else None
        shown = _unglued(content)
        # (a Content already: its text was cleaned when it was made, or kept on purpose)
        super().__init__(shown.plain, list(shown.spans), shown._cell_length,
                         strip_control_codes=False)
        self.hang = max(0, hang)
        self.indent = max(0, indent)
        self._laid: tuple[int, Content] | None = None  # (width, the row laid out for it)
        self._height: tuple[int, int] | None = None  # (width, its lines)

    def laid_out(self, width: int) -> Content:
        """The row with its lines cut for ``width`` cells, continuations indented."""
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1]
        lines: list[Content] = []
        row = self._glued if self._glued is not None else self
        for line, lead, lead_cells in self._lines(row.split(allow_blank=True), width):
            if lead_cells < 0:
                lines.extend(_separated(_breakable(line, width).wrap(width)))  # as Textual would
            elif line.cell_length <= width:
                lines.append(line)
            elif _too_glued(line[lead:], width - lead_cells, width - SHORT_HANG):
                # A glued group ("near agreement ↗") that does not fit after the lead: the
                # continuation lines hang two cells in, so the group moves down whole.
                rest = line[lead:]
                cut = _first_cut(rest.plain, width - lead_cells)
                pieces = _separated([rest[:cut].rstrip(),
                                     *rest[cut:].wrap(width - SHORT_HANG)])
                pad = Content(" " * SHORT_HANG)
                lines.append(line[:lead] + pieces[0])
                lines.extend(pad + piece for piece in pieces[1:])
            else:
                head, pad = line[:lead], Content(" " * lead_cells)
                rest = _breakable(line[lead:], width - lead_cells)
                for k, piece in enumerate(_separated(rest.wrap(width - lead_cells))):
                    lines.append((head if k == 0 else pad) + piece)
        laid = _unglued(Content("\n").join(lines))
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
        plain = self._glued.plain if self._glued is not None else self.plain
        for line, lead, lead_cells in self._lines(plain.split("\n"), width):
            if lead_cells < 0:
                count += len(divide_line(_breakable(line, width), width, fold=True)) + 1
            elif cell_len(line) <= width:
                count += 1
            elif _too_glued(line[lead:], width - lead_cells, width - SHORT_HANG):
                cut = _first_cut(line[lead:], width - lead_cells)
                count += 1 + len(divide_line(line[lead + cut:], width - SHORT_HANG,
                                             fold=True)) + 1
            else:
                rest = _breakable(line[lead:], width - lead_cells)
                count += len(divide_line(rest, width - lead_cells, fold=True)) + 1
        self._height = (width, count)
        return count

    def _lines(self, lines: Iterable[LineT], width: int) -> Iterator[tuple[LineT, int, int]]:
        """Each line with its lead in characters and in cells (-1: too wide, no hanging); a
        line with no lead hangs ``indent`` cells in (its lead is then no character)."""
        for n, line in enumerate(lines):
            plain = line if isinstance(line, str) else line.plain
            lead = self.hang if n == 0 else len(plain) - len(plain.lstrip(" "))
            lead_cells = cell_len(plain[:lead]) if lead > 0 else self.indent
            yield line, lead, lead_cells if lead_cells > 0 and lead_cells * 2 <= width else -1

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


def hanging(content: Content, hang: int, indent: int = 0) -> Hanging:
    """``content`` as a row whose wrapped lines hang ``hang`` characters in (a line with no
    lead: ``indent`` cells)."""
    return Hanging(content, hang, indent)
