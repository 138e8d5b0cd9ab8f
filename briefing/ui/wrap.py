"""Word wrapping for the reader: document spans in, visual lines (as document offsets) out.

The reader never copies the text into widgets: each visual line is a ``(kind, start, end)``
triple pointing into ``Document.text``, so highlights, filters and "scroll to offset" are plain
offset arithmetic.  Wrapping a 10 MB article must take a fraction of a second (it runs again on
every width change), so the common case -- every character one cell wide -- is done with
one regular-expression scan in C; only paragraphs with wide or zero-width characters take the per-character path.

Pure module: no Textual import (rich's cell table only), testable on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from rich.cells import get_character_cell_size

if TYPE_CHECKING:
    from briefing.model import Document

# Line kinds.
TITLE = 0
META = 1
HEADING = 2
TEXT = 3
BLANK = 4
NOTICE = 5
LINK = 6

_SPACES = " \n\t"


# Ranges of characters one cell wide (Latin, Greek, Cyrillic, punctuation, symbols used in news).
_NARROW_RANGES = (
    (0x09, 0x0A), (0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482),
    (0x2010, 0x2027), (0x2030, 0x205E), (0x20A0, 0x20C0), (0x2100, 0x214F),
    (0x2190, 0x21FF), (0x2400, 0x2426), (0x2500, 0x25FC), (0xFFFD, 0xFFFD),
)
_NARROW = frozenset(chr(c) for lo, hi in _NARROW_RANGES for c in range(lo, hi + 1))
# Any character outside those ranges (wide, zero-width, combining): one regex scan finds it.
_NOT_NARROW = re.compile(
    "[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _NARROW_RANGES) + "]")


def _is_narrow(text: str) -> bool:
    """Is every character of ``text`` one cell wide?  (ASCII: yes -- the corpus layer has
    replaced control characters by one-cell pictures; otherwise one regex scan.)"""
    return text.isascii() or _NOT_NARROW.search(text) is None


def cell_width(text: str) -> int:
    """Terminal cells needed for ``text`` (fast for the usual one-cell characters)."""
    if _is_narrow(text):
        return len(text)
    return sum(get_character_cell_size(c) for c in text)


def shorten_middle(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: when longer, its start and end around "…" (the
    start a little longer: a URL's site, then the end of its page)."""
    if cell_width(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    budget = width - 1
    head_cells = budget - budget * 2 // 5
    head: list[str] = []
    used = 0
    for char in text:
        size = cell_width(char)
        if used + size > head_cells:
            break
        head.append(char)
        used += size
    tail: list[str] = []
    rest = budget - used
    for char in reversed(text[len(head):]):
        size = cell_width(char)
        if size > rest:
            break
        tail.append(char)
        rest -= size
    return "".join(head) + "…" + "".join(reversed(tail))


# Where a file name or a part of the metadata line may be cut: "v22-outcomes-of-the…".
_BOUNDARIES = frozenset("-_. /\u00a0")


def shorten_at_boundaries(text: str, width: int) -> str:
    """``text`` in at most ``width`` cells: when longer, its start and end around "…", each
    cut where a word of a file name or a path ends (``-``, ``_``, ``.``, a space, ``/``)
    rather than inside a word, unless that would give away more than half of its room."""
    if cell_width(text) <= width:
        return text
    if width < 8:
        return shorten_middle(text, width)
    head = shorten_middle(text, width).partition("…")[0]
    whole = _word_start(head, text[len(head)])
    head = head[:whole] if whole * 2 >= len(head) else head  # a cut kept at a boundary
    room = width - 1 - cell_width(head)
    tail = ""
    for char in reversed(text[len(head):]):  # as much of the end as fits
        if cell_width(char) + cell_width(tail) > room:
            break
        tail = char + tail
    starts = [k + 1 for k, c in enumerate(tail) if c in _BOUNDARIES and k + 1 < len(tail)]
    if starts and text[len(text) - len(tail) - 1] not in _BOUNDARIES \
            and (len(tail) - starts[0]) * 2 >= len(tail):
        tail = tail[starts[0]:]
    return head + "…" + tail


def _word_start(head: str, following: str) -> int:
    """How much of ``head`` to keep so that it ends with a whole word: all of it when the
    next character starts a new word; else up to its last boundary, that boundary dropped."""
    if following in _BOUNDARIES or not head or head[-1] in _BOUNDARIES:
        return len(head.rstrip("".join(_BOUNDARIES))) or len(head)
    cut = max((k for k, c in enumerate(head) if c in _BOUNDARIES), default=-1)
    return len(head[:cut].rstrip("".join(_BOUNDARIES))) if cut > 0 else len(head)


def wrap_span(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` into lines at most ``width`` cells wide.

    Returns ``(start, end)`` offsets per line, trailing spaces excluded.  Newlines inside the
    span (hard-wrapped paragraphs) count as spaces.  A word longer than the width is cut.
    """
    width = max(1, width)
    if _is_narrow(text[start:end]):
        return _wrap_narrow(text, start, end, width)
    return _wrap_cells(text, start, end, width)


@lru_cache(maxsize=32)
def _line_pattern(width: int) -> re.Pattern[str]:
    # A line is a non-space followed by up to width-1 characters, ending where a space (or the
    # end) follows -- greedy, so it is the longest such run -- else a word cut at the width.
    # One regex scan in C instead of a Python loop per line: a 10 MB article wraps in a blink.
    # Only space, tab and newline break lines: a no-break space (U+00A0) keeps words together.
    word, gap = r"[^ \t\n]", r"[ \t\n]"
    if width == 1:
        return re.compile(word)
    fit, cut = width - 2, width - 1
    return re.compile(rf"{word}(?:.{{0,{fit}}}{word})?(?={gap}|\Z)|{word}.{{0,{cut}}}",
                      re.DOTALL)


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    # Lines end on a non-space, except a cut long word (which has none inside the width).
    return [m.span() for m in _line_pattern(width).finditer(text, start, end)]


def _wrap_cells(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        while pos < end and text[pos] in _SPACES:
            pos += 1
        if pos >= end:
            break
        cells = 0
        last_space = -1
        i = pos
        while i < end:
            ch = text[i]
            w = 1 if ch in _NARROW else get_character_cell_size(ch)
            if cells + w > width and ch not in _SPACES:
                break
            if ch in _SPACES:
                last_space = i
            cells += w
            i += 1
        if i >= end:
            stop = end
            while stop > pos and text[stop - 1] in _SPACES:
                stop -= 1
            out.append((pos, stop))
            break
        if last_space > pos:
            stop = last_space
            while stop > pos and text[stop - 1] in _SPACES:
                stop -= 1
            out.append((pos, stop))
            pos = last_space + 1
        else:
            i = max(i, pos + 1)  # always make progress, even on a glyph wider than the line
            out.append((pos, i))
            pos = i
    return out


@dataclass
class LineMap:
    """The visual lines of one document at one width.

    ``lines[i]`` is ``(kind, start, end)``; for TEXT/TITLE/HEADING lines the offsets point into
    the document text, for META/BLANK/NOTICE lines ``start == end == -1`` and the text is
    produced by the reader.  ``text_starts`` indexes the lines that carry document text, for
    offset look-ups.
    """

    width: int
    lines: list[tuple[int, int, int]] = field(default_factory=list)
    text_rows: list[int] = field(default_factory=list)   # row numbers of offset-bearing lines
    text_starts: list[int] = field(default_factory=list)  # their start offsets (ascending)
    virtual: dict[int, str] = field(default_factory=dict)  # row -> text not in the document

    def __len__(self) -> int:
        return len(self.lines)

    def row_for_offset(self, offset: int) -> int:
        """The row showing ``offset`` (or the nearest row after it; the last row at the end)."""
        if not self.text_starts:
            return 0
        i = bisect_right(self.text_starts, offset) - 1
        if i < 0:
            return self.text_rows[0]
        row = self.text_rows[i]
        _kind, _start, end = self.lines[row]
        if offset > end and i + 1 < len(self.text_rows):
            # ``offset`` falls in the gap after this line (spaces, a hidden paragraph).
            return self.text_rows[i + 1]
        return row

    def offset_for_row(self, row: int) -> int:
        """The document offset at the start of ``row`` (or of the next text row below it)."""
        if not self.text_rows:
            return 0
        i = bisect_right(self.text_rows, row - 1)
        if i >= len(self.text_rows):
            i = len(self.text_rows) - 1
        return self.text_starts[i]


def build_lines(doc: Document, width: int, starts: set[int] | None = None,
                meta: str = "", notice: str = "", title: str | None = None,
                link: str = "") -> LineMap:
    """Lay ``doc`` out at ``width`` cells: title, metadata line, headings and paragraphs.

    ``meta`` and ``notice`` are display strings (already safe) wrapped below the title.
    ``starts`` (when given) keeps only the paragraphs whose start offset is in it; headings of
    sections with nothing left are dropped.
    """
    text = doc.text
    lm = LineMap(width=width)
    lines = lm.lines
    rows = lm.text_rows
    starts_list = lm.text_starts

    def add_text(kind: int, start: int, end: int) -> None:
        spans = wrap_span(text, start, end, width)
        first = len(lines)
        rows.extend(range(first, first + len(spans)))
        starts_list.extend([s for s, _ in spans])
        lines.extend([(kind, s, e) for s, e in spans])

    def add_virtual(kind: int, value: str = "") -> None:
        if not value:
            lines.append((kind, -1, -1))
            return
        for s, e in wrap_span(value, 0, len(value), width):
            line = value[s:e]
            if kind == META and e < len(value):
                # "source · 313 words ·" / "file": the separator goes with the break.
                line = line.rstrip().removesuffix("·").rstrip()
            lm.virtual[len(lines)] = line
            lines.append((kind, -1, -1))

    headline = None
    if doc.title_span and (doc.title is None
                           or text[doc.title_span[0]:doc.title_span[1]].strip() == doc.title):
        add_text(TITLE, *doc.title_span)
    else:
        # A sidecar title or the file name (the caller passes it display-safe).  A headline in
        # the text that differs from it is still shown, under the metadata, as text.
        add_virtual(TITLE, title if title is not None else doc.display_title)
        headline = doc.title_span
    if meta:
        # A part wider than the view (a long file name) is cut at a word with "…", on one
        # line: folded, it read "…-states-and" / "-russia-expert…".
        meta = " · ".join(shorten_at_boundaries(part, width) for part in meta.split(" · "))
    add_virtual(META, meta)
    if link:
        # One line: the site and the page's end (the line's link is the whole URL).
        lm.virtual[len(lines)] = shorten_middle(link, width)
        lines.append((LINK, -1, -1))
    if not notice and starts is None and not doc.sections and not doc.text.strip():
        notice = "This file is empty: nothing to read."  # not a blank page that looks broken
    if notice:
        add_virtual(NOTICE, notice)
    if headline and starts is None:
        add_virtual(BLANK)
        add_text(TEXT, *headline)
    for section in doc.sections:
        paragraphs = [p for p in section.paragraphs if starts is None or p.start in starts]
        if starts is not None and not paragraphs:
            continue
        if section.heading_span:
            add_virtual(BLANK)
            add_text(HEADING, *section.heading_span)
        for para in paragraphs:
            add_virtual(BLANK)
            add_text(TEXT, para.start, para.end)
    add_virtual(BLANK)
    return lm
