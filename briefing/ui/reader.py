"""The reader: one document drawn line by line (Textual's Line API), cheap at any size.

The document is never copied into widgets.  :mod:`briefing.ui.wrap` turns it into visual lines
that point into ``Document.text``; :meth:`Reader.render_line` draws only the rows on screen, from
a small cache, so a 10 MB article scrolls as fast as the seed.  Highlights ("mention",
"evidence", "search") are offset spans styled from the theme's ``$briefing-*`` variables, and a
paragraph filter shows only chosen paragraphs.

The API other widgets rely on: :meth:`show`, :meth:`scroll_to_offset`, :meth:`set_highlights`,
:meth:`set_paragraph_filter`, :meth:`current_offset`.
"""

from __future__ import annotations

from bisect import bisect_left
from pathlib import PurePath
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.ui import wrap
from briefing.ui.css import tcss
from briefing.ui.text import line_text, link_for, safe_str, shown

if TYPE_CHECKING:
    from briefing.model import Briefing

MAX_WIDTH = 100  # readable line length, centred in wider terminals
# Later kinds are drawn over earlier ones; "speaker" marks a transcript's turn labels.
HIGHLIGHT_KINDS = ("speaker", "mention", "evidence", "search")

_KIND_CLASS = {
    wrap.TITLE: "reader--title",
    wrap.META: "reader--meta",
    wrap.HEADING: "reader--heading",
    wrap.NOTICE: "reader--notice",
    wrap.LINK: "reader--link",
}


def meta_line(briefing: Briefing) -> str:
    """``source · date · place · N words · file`` for the line under the title (display-safe).

    The place is the dateline's ("LONDON, March 19 -" → "London"), with its date when that
    differs from the publication date."""
    doc = briefing.document
    parts = []
    if doc.source:
        parts.append(safe_str(doc.source, 120))
    if doc.published:
        parts.append(safe_str(doc.published, 20))
    dateline = doc.dateline
    if dateline is not None and dateline.place:
        where = dateline.place
        if dateline.date and dateline.date != doc.published:
            where += f", {dateline.date}"
        parts.append(safe_str(where, 60))
    parts.append(f"{doc.word_count:,} words")
    parts.append(safe_str(PurePath(doc.path).name, 120))
    # No-break spaces inside each part: narrow views wrap between the parts, not inside them.
    return " · ".join(p.replace(" ", "\u00a0") for p in parts)


class Reader(ScrollView, can_focus=True):
    """Shows one :class:`~briefing.model.Briefing`'s document."""

    COMPONENT_CLASSES = {
        "reader--title", "reader--meta", "reader--heading", "reader--notice", "reader--link",
        "reader--speaker", "reader--mention", "reader--evidence", "reader--search",
        "reader--other",
    }

    DEFAULT_CSS = tcss(__file__, "reader.tcss")

    class PositionChanged(Message):
        """The top of the view now shows ``offset`` (posted when it changes)."""

        def __init__(self, reader: Reader, offset: int) -> None:
            super().__init__()
            self.reader = reader
            self.offset = offset

        @property
        def control(self) -> Reader:
            return self.reader

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.briefing: Briefing | None = None
        self._lines: wrap.LineMap | None = None
        self._message = "Loading…"
        self._filter: set[int] | None = None
        self._gone = ""  # said above the text while its file is no longer on disk
        self._highlights: dict[str, list[tuple[int, int]]] = {}
        self._hl_starts: dict[str, list[int]] = {}
        self._hl_longest: dict[str, int] = {}
        self._generation = 0
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._anchor = 0
        self._restoring = False
        self._last_posted = -1
        self._width = 0

    # ------------------------------------------------------------------ public API
    def show(self, briefing: Briefing | None, gone: str = "") -> None:
        """Show ``briefing`` from the top; highlights and the filter are cleared; ``gone``:
        its file is no longer on disk, in words (said above the text)."""
        self.briefing = briefing
        self._filter = None
        self._gone = gone
        self._highlights.clear()
        self._hl_starts.clear()
        self._hl_longest.clear()
        self._anchor = 0
        if briefing is not None:  # who speaks each turn of a transcript, in bold
            labels = [t.label_span for t in briefing.document.turns if t.label_span]
            if labels:
                self.set_highlights("speaker", labels)
        self._relayout(force=True)
        self._scroll_row(0)

    def set_gone(self, notice: str) -> None:
        """The file shown is no longer on disk: ``notice`` says so above the text."""
        if notice != self._gone:
            self._gone = notice
            self._relayout(force=True)

    def set_message(self, message: str) -> None:
        """The text shown while there is no document (loading, nothing found)."""
        self._message = safe_str(message, 300)
        if self.briefing is None:
            self._invalidate()

    def scroll_to_offset(self, offset: int, *, top: bool = True) -> None:
        """Scroll so the line holding document offset ``offset`` is at the top (or a third down)."""
        self._anchor = max(0, offset)
        if self._lines is None:
            return
        row = self._lines.row_for_offset(offset)
        y = row if top else max(0, row - max(1, self.scrollable_content_region.height // 3))
        self._restoring = True
        self._scroll_row(y)
        self.call_after_refresh(self._end_restore)

    def set_highlights(self, kind: str, spans: list[tuple[int, int]]) -> None:
        """Highlight ``spans`` (document offsets) as ``kind``; an empty list clears that kind."""
        clean = sorted((int(s), int(e)) for s, e in spans if e > s)
        if clean:
            self._highlights[kind] = clean
            self._hl_starts[kind] = [s for s, _ in clean]
            self._hl_longest[kind] = max(e - s for s, e in clean)
        else:
            self._highlights.pop(kind, None)
            self._hl_starts.pop(kind, None)
            self._hl_longest.pop(kind, None)
        self._invalidate()

    def highlights(self, kind: str) -> list[tuple[int, int]]:
        return list(self._highlights.get(kind, ()))

    def set_paragraph_filter(self, starts: set[int] | None) -> None:
        """Show only paragraphs whose start offset is in ``starts`` (``None``: all of them)."""
        self._filter = set(starts) if starts is not None else None
        self._anchor = self.current_offset()
        self._relayout(force=True)

    @property
    def paragraph_filter(self) -> set[int] | None:
        return None if self._filter is None else set(self._filter)

    def current_offset(self) -> int:
        """The document offset at the top of the view."""
        if self._lines is None:
            return self._anchor
        return self._lines.offset_for_row(round(self.scroll_y))

    def offset_at_row(self, row: int) -> int:
        """The document offset shown at virtual row ``row``."""
        if self._lines is None:
            return self._anchor
        return self._lines.offset_for_row(max(0, min(row, len(self._lines) - 1)))

    def row_distance(self, top_offset: int, offset: int) -> int:
        """Rows from ``top_offset`` down to ``offset`` as the text is wrapped now."""
        if self._lines is None:
            return 0
        return self._lines.row_for_offset(offset) - self._lines.row_for_offset(top_offset)

    def visible_text(self) -> list[str]:
        """The plain text of the rows on screen (for tests and accessibility)."""
        if self._lines is None:
            return [self._message]
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        return [self._row_text(row) for row in range(top, min(len(self._lines), top + height))]

    @property
    def line_count(self) -> int:
        return len(self._lines) if self._lines is not None else 0

    # ------------------------------------------------------------------ layout
    def _text_width(self) -> tuple[int, int]:
        width = self.scrollable_content_region.width
        text_width = max(1, min(MAX_WIDTH, width - 2))
        return text_width, max(0, (width - text_width) // 2)

    def _relayout(self, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            # Not laid out yet (or hidden): lay out when shown; render_lines checks the width.
            if force:
                self._lines = None
                self._width = 0
                self._invalidate()
            return
        if not force and width == self._width and self._lines is not None:
            return
        self._width = width
        text_width, _margin = self._text_width()
        if self.briefing is None:
            self._lines = None
            self.virtual_size = Size(width, 1)
        else:
            doc = self.briefing.document
            notice = ""
            if self._filter is not None:
                shown = sum(1 for p in doc.paragraphs if p.start in self._filter)
                notice = (f"Filtered: {shown} of {len(doc.paragraphs)} paragraphs "
                          "(escape shows all)")
            if self._gone:
                notice = " · ".join(n for n in (self._gone, notice) if n)
            url = link_for(doc.url) or ""
            self._lines = wrap.build_lines(
                doc, text_width, self._filter, meta=meta_line(self.briefing), notice=notice,
                title=safe_str(doc.display_title, 1000), link=url)
            self.virtual_size = Size(width, len(self._lines))
        self._invalidate()
        if self._lines is not None:
            self._restoring = True
            self._scroll_row(self._lines.row_for_offset(self._anchor) if self._anchor else 0)
            self.call_after_refresh(self._restore_anchor)

    def _restore_anchor(self) -> None:
        """Re-assert the anchored position once the new virtual size has been applied."""
        if self._lines is not None and self._anchor:
            self._scroll_row(self._lines.row_for_offset(self._anchor))
        self.call_after_refresh(self._end_restore)

    def _scroll_row(self, row: int) -> None:
        """Put virtual row ``row`` at the top now. Forced: Textual refuses a scroll while the
        scrollbars it last laid out say the view does not scroll, and a document shown (with
        its saved place) before the next layout, as on a slow machine at start, would open at
        the top. The new virtual size already bounds the row."""
        self.scroll_to(y=row, animate=False, immediate=True, force=True)

    def _end_restore(self) -> None:
        self._restoring = False

    def _invalidate(self) -> None:
        self._styles.clear()
        self._generation += 1
        self._cache.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size,
                      layout: bool = True) -> bool:
        # A new size clamps scroll_y before we re-wrap: keep the anchor, not the clamped row.
        if size != self._size or container_size != self._container_size:
            self._restoring = True
            self.call_after_refresh(self._restore_anchor)
        return super()._size_updated(size, virtual_size, container_size, layout)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._invalidate()
        # Component styles are updated after the widget itself (a theme switch): read them
        # again once the restyle is complete.
        self.call_after_refresh(self._invalidate)

    def _style(self, component: str) -> Style:
        """The Rich style of a component class (``""``: the reader's own), translucent colours
        blended over the reader's background and ``auto`` colours resolved (cached until the
        next restyle: Textual computes it afresh from every ancestor, ~60 us, and each row
        drawn needs it)."""
        style = self._styles.get(component)
        if style is None:
            style = (self.get_component_styles(component).rich_style if component
                     else self.rich_style)
            self._styles[component] = style
        return style

    def _overlay(self, component: str) -> Style:
        """What a highlight adds on top of a line's style: its background, colour and bold."""
        full = self._style(component)
        return Style(bgcolor=full.bgcolor, color=full.color, bold=full.bold,
                     underline=full.underline)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._lines is None:
            return
        offset = self._lines.offset_for_row(round(new_value))
        if not self._restoring:
            self._anchor = offset
        if offset != self._last_posted:
            self._last_posted = offset
            self.post_message(self.PositionChanged(self, offset))

    # ------------------------------------------------------------------ drawing
    def _row_text(self, row: int) -> str:
        assert self._lines is not None and self.briefing is not None
        kind, start, end = self._lines.lines[row]
        if start < 0:
            return self._lines.virtual.get(row, "")
        return line_text(self.briefing.document.text[start:end])

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.scrollable_content_region.width != self._width:
            self._relayout()  # the first layout does not always send a Resize to a ScrollView
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        row = y + round(self.scroll_y)
        width = self.scrollable_content_region.width
        key = (row, self._generation)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        strip = self._render_row(row, width)
        self._cache[key] = strip
        return strip

    def _render_row(self, row: int, width: int) -> Strip:
        base = self._style("")
        text_width, margin = self._text_width()
        if self._lines is None:
            # The message wraps (it names paths and says "press !"; cut, it said "2 problem").
            import textwrap  # here: only without a document, never on the first frame's path

            lines = textwrap.wrap(self._message, max(8, width - 2)) if self._message else []
            if 1 <= row <= len(lines):
                msg = lines[row - 1][:width]
                pad = max(0, (width - len(msg)) // 2)
                parts = [Segment(" " * pad, base), Segment(msg, self._style("reader--meta"))]
                return Strip(parts).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if row >= len(self._lines):
            return Strip.blank(width, base)
        kind, start, end = self._lines.lines[row]
        style = base
        cls = _KIND_CLASS.get(kind)
        if cls is not None:
            style = self._style(cls)
        segments: list[Segment] = [Segment(" " * margin, base)] if margin else []
        if start < 0:
            text = self._lines.virtual.get(row, "")
            if kind == wrap.LINK and text and self.briefing is not None:
                url = link_for(self.briefing.document.url)
                if url:
                    style = style + Style(link=url)
            segments.append(Segment(text, style))
            cells = wrap.cell_width(text)
        else:
            segments.extend(self._text_segments(start, end, style))
            text = self.briefing.document.text if self.briefing is not None else ""
            cells = wrap.cell_width(text[start:end])
        used = margin + cells
        if used < width:
            segments.append(Segment(" " * (width - used), base))
        elif used > width:  # cannot happen with the wrapper; keep the strip exact anyway
            return Strip(segments).adjust_cell_length(width, base)
        return Strip(segments, width)

    def _text_segments(self, start: int, end: int, style: Style) -> list[Segment]:
        """Segments for ``text[start:end]`` with every highlight kind applied."""
        assert self.briefing is not None
        text = line_text(self.briefing.document.text[start:end])
        if not self._highlights:
            return [Segment(shown(text), style)]
        # Cut points: line start/end plus each highlight boundary inside the line.
        marks: list[tuple[int, int, str]] = []  # (from, to, kind)
        kinds = [k for k in HIGHLIGHT_KINDS if k in self._highlights]
        kinds += sorted(k for k in self._highlights if k not in HIGHLIGHT_KINDS)
        for kind in kinds:
            spans = self._highlights.get(kind)
            if not spans:
                continue
            starts = self._hl_starts[kind]
            i = bisect_left(starts, start - self._hl_longest[kind])
            while i < len(spans) and spans[i][0] < end:
                s, e = spans[i]
                if e > start:
                    marks.append((max(s, start), min(e, end), kind))
                i += 1
        if not marks:
            return [Segment(shown(text), style)]
        cuts = sorted({start, end, *(m[0] for m in marks), *(m[1] for m in marks)})
        # Other kinds (a later panel's) are underlined, drawn below the three built-in ones.
        kind_styles = {k: self._overlay(f"reader--{k}" if k in HIGHLIGHT_KINDS
                                        else "reader--other") for k in kinds}
        order = {k: n for n, k in enumerate(sorted(kinds, key=lambda k: (
            k in HIGHLIGHT_KINDS, HIGHLIGHT_KINDS.index(k) if k in HIGHLIGHT_KINDS else 0)))}
        segments = []
        for a, b in zip(cuts, cuts[1:], strict=False):
            if a >= b:
                continue
            seg_style = style
            for kind in sorted({m[2] for m in marks if m[0] <= a and m[1] >= b},
                               key=order.__getitem__):
                seg_style = seg_style + kind_styles[kind]
            segments.append(Segment(shown(text[a - start:b - start]), seg_style))
        return segments
