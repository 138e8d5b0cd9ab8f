"""The document list to work with: a table of date, source, title and the primary negotiation's
status, filtered as one types and sorted by any column, fast at 22,000 rows.

``d`` opens it over the reader.  The rows are plain tuples (:class:`DocRow`) made once per corpus
(the status column is filled by a worker: it needs each document's analysis); the table is a
Line-API view (:class:`DocTable`) that draws only the rows on screen, so filtering or sorting
22,000 rows costs a few milliseconds of list work and no widgets.  Titles are data: they reach
the screen as plain Segments with control characters neutralised.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, Static

from briefing.ui.css import tcss
from briefing.ui.doc_rows import DocRow, Haystack, filter_rows, sort_rows
from briefing.ui.footer import fit_parts
from briefing.ui.keys import bindings
from briefing.ui.safe_input import SafeInput
from briefing.ui.text import line_text
from briefing.ui.typeahead import TypeAhead

COLUMNS = ("date", "source", "title", "status")
HEADINGS = {"date": "Date", "source": "Source", "title": "Title", "status": "Status"}
DATE_WIDTH, SOURCE_WIDTH, STATUS_WIDTH = 10, 16, 14
def _cell(text: str, width: int) -> str:
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


class DocTable(ScrollView, can_focus=True):
    """The rows in view, one line each; only the visible lines are drawn."""

    COMPONENT_CLASSES = {"doctable--cursor", "doctable--current", "doctable--dim"}
    DEFAULT_CSS = tcss(__file__, "doc_table.tcss")
    BINDINGS = [
        Binding("up,k", "move(-1)", show=False),
        Binding("down,j", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(0)", show=False),
        Binding("end", "edge(1)", show=False),
        Binding("enter", "choose", show=False),
    ]

    class Chosen(Message):
        """``enter`` (or a click) on a row: open document ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Moved(Message):
        """The cursor is on another row (or the rows changed)."""

    def __init__(self, rows: Sequence[DocRow], current: int = -1, *,
                 id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = list(rows)
        self.view: list[int] = list(range(len(self.rows)))
        self.cursor = 0
        self.current = current  # the document being read (marked)

    def set_view(self, view: list[int], keep: int | None = None) -> None:
        """Show these row positions; the cursor stays on row ``keep`` if it is in view."""
        self.view = view
        position = view.index(keep) if keep is not None and keep in set(view) else 0
        self.virtual_size = Size(self.size.width, len(view))
        self.cursor = min(position, max(0, len(view) - 1))
        self.refresh()
        self.call_after_refresh(self._show_cursor)
        self.post_message(self.Moved())

    def cursor_row(self) -> int | None:
        return self.view[self.cursor] if self.view else None

    def on_mount(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.view))

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.view))
        self._show_cursor()

    def widths(self, width: int) -> tuple[int, int, int, int]:
        """Column widths for ``width`` cells: date, source, title (the rest), status."""
        date, source, status = DATE_WIDTH, SOURCE_WIDTH, STATUS_WIDTH
        if width < 70:  # narrow: the title keeps at least half
            source = 0 if width < 50 else 10
            status = 0 if width < 40 else 10
        title = max(8, width - date - source - status - 3)
        return date, source, title, status

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row_y = y + int(self.scroll_offset.y)
        if not 0 <= row_y < len(self.view):
            return Strip.blank(width, self.rich_style)
        row = self.rows[self.view[row_y]]
        d, s, t, st = self.widths(width)
        base = self.rich_style
        if row_y == self.cursor:
            base = base + self.get_component_rich_style("doctable--cursor")
        elif row.doc == self.current:
            base = base + self.get_component_rich_style("doctable--current")
        dim = base + self.get_component_rich_style("doctable--dim", partial=True)
        segments = [Segment(_cell(row.date, d) + " ", dim)]
        if s:
            segments.append(Segment(_cell(row.source, s) + " ", dim))
        segments.append(Segment(_cell(row.shown_title(), t), base))
        if st:
            segments.append(Segment(" " + _cell(row.status, st), dim))
        return Strip(segments).adjust_cell_length(width, base)

    def _show_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = int(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def action_move(self, delta: int) -> None:
        if self.view:
            self.cursor = max(0, min(len(self.view) - 1, self.cursor + delta))
            self._show_cursor()
            self.refresh()
            self.post_message(self.Moved())

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        self.action_move(len(self.view) if end else -len(self.view))

    def action_choose(self) -> None:
        row = self.cursor_row()
        if row is not None:
            self.post_message(self.Chosen(self.rows[row].doc))

    def on_click(self, event: events.Click) -> None:
        row_y = event.y + int(self.scroll_offset.y)
        if 0 <= row_y < len(self.view):
            self.cursor = row_y
            self.refresh()
            self.post_message(self.Moved())
            if event.chain >= 2:
                self.action_choose()


class DocumentsScreen(ModalScreen[int | None]):
    """The table over the reader; dismisses with the chosen document's index, or None."""

    DEFAULT_CSS = tcss(__file__, "documents_screen.tcss")
    BINDINGS = [
        *bindings("documents"),  # from the key table: the help screen lists them, ids rebind
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
    ]

    def __init__(self, rows: Sequence[DocRow], current: int = -1, sort: str = "",
                 reverse: bool = False, query: str = "") -> None:
        super().__init__()
        self.typeahead = TypeAhead(self, "#docs-filter")  # keys typed with the one that opened it
        self.rows = list(rows)
        self.hay = Haystack(r.haystack() for r in self.rows)
        self.current = current
        self.sort_column = sort if sort in COLUMNS else ""
        self.reverse = reverse
        self.filter_text = query
        # The folder is still loading: more rows will come.  (Not ``loading``: that is
        # Textual's reactive which hides the screen under a loading indicator.)
        self.corpus_loading = False

    def type_ahead(self, text: str) -> None:
        """Keys typed in the burst that opened this screen (``BriefingApp.on_key``)."""
        self.typeahead.add(text)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield SafeInput(self.filter_text, placeholder="filter: words of the title, source, date or "
                                                "status", id="docs-filter")
            yield Static(id="docs-head", markup=False)
            yield DocTable(self.rows, self.current, id="docs-table")
            yield Static(id="docs-also", markup=False)
            yield Static(id="docs-count", markup=False)

    @property
    def table(self) -> DocTable:
        return self.query_one(DocTable)

    def on_mount(self) -> None:
        box = self.query_one(Input)
        typed = self.typeahead.take()  # "dkerry" typed at once: the filter is "kerry"
        if typed:
            box.value = self.filter_text = self.filter_text + typed
            box.cursor_position = len(box.value)
        self._refilter(keep=self._position_of(self.current))
        box.focus()

    def _position_of(self, index: int) -> int | None:
        """The row of document ``index`` (or of the document it is identical to)."""
        return next((i for i, r in enumerate(self.rows) if r.doc == index or index in r.twins),
                    None)

    def set_statuses(self, statuses: dict[int, str]) -> None:
        """The status column, once the worker has it (by document index)."""
        self.rows = [r._replace(status=statuses.get(r.doc, r.status)) for r in self.rows]
        self.hay = Haystack(r.haystack() for r in self.rows)
        self.table.rows = self.rows
        self._refilter(keep=self.table.cursor_row())

    def set_rows(self, rows: Sequence[DocRow], loading: bool = False) -> None:
        """Documents loaded while the table is open join it (it showed, and filtered, only
        those there when it opened: "0 of 9" for a word in the 27th); the filter and sort
        apply, the cursor stays on its document."""
        row = self.table.cursor_row()
        doc = self.rows[row].doc if row is not None and row < len(self.rows) else None
        self.corpus_loading = loading
        self.rows = list(rows)
        self.hay = Haystack(r.haystack() for r in self.rows)
        self.table.rows = self.rows
        keep = next((i for i, r in enumerate(self.rows) if r.doc == doc), None)
        self._refilter(keep=keep)

    def _refilter(self, keep: int | None = None) -> None:
        view = filter_rows(self.rows, self.hay, self.filter_text)
        if self.sort_column:
            view = sort_rows(self.rows, view, self.sort_column, self.reverse)
        self.table.set_view(view, keep)
        self._update_head()

    def _update_head(self) -> None:
        width = max(20, self.table.scrollable_content_region.width or self.app.size.width - 2)
        d, s, t, st = self.table.widths(width)
        labels = []
        for column, cells in zip(COLUMNS, (d, s, t, st), strict=True):
            if not cells:
                continue
            mark = ("▲" if not self.reverse else "▼") if column == self.sort_column else ""
            labels.append(_cell(HEADINGS[column] + mark, cells))
        self.query_one("#docs-head", Static).update(Content(" ".join(labels)))
        shown, total = len(self.table.view), len(self.rows)
        counted = f"{shown:,} of {total:,} documents" if shown != total else \
            f"{total:,} documents"
        if not shown and total and self.filter_text.strip() and not self.corpus_loading:
            counted = (f"no document matches {self.filter_text.strip()!r}, even with a typo "
                       f"(of {total:,})")
        if self.corpus_loading:
            counted += " so far (loading)"
        order = f" · sorted by {self.sort_column}" if self.sort_column else ""
        parts = [f"{counted}{order}", "enter opens", "ctrl+s sort by the next column",
                 "ctrl+r reverse", "escape closes"]
        self.query_one("#docs-count", Static).update(Content(fit_parts(parts, width, " · ")))

    def on_resize(self, event: events.Resize) -> None:
        self._update_head()

    @on(DocTable.Moved)
    def _moved(self, message: DocTable.Moved) -> None:
        """Under the table: where the identical copies of the row under the cursor are."""
        row = self.table.cursor_row()
        also = self.rows[row].also if row is not None else ()
        line = self.query_one("#docs-also", Static)
        line.set_class(bool(also), "shown")
        line.update(Content("the same text also at: " + ", ".join(line_text(p) for p in also))
                    if also else Content(""))

    @on(Input.Changed, "#docs-filter")
    def _typed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self._refilter()

    @on(Input.Submitted, "#docs-filter")
    def _submitted(self, event: Input.Submitted) -> None:
        self.table.action_choose()

    @on(DocTable.Chosen)
    def _chosen(self, message: DocTable.Chosen) -> None:
        self.dismiss(message.index)

    def action_sort(self) -> None:
        """The next column (none → date → source → title → status → none)."""
        order = ("", *COLUMNS)
        self.sort_column = order[(order.index(self.sort_column) + 1) % len(order)]
        self.reverse = False
        self._refilter(keep=self.table.cursor_row())

    def action_reverse(self) -> None:
        if not self.sort_column:
            self.sort_column = "date"
        self.reverse = not self.reverse
        self._refilter(keep=self.table.cursor_row())

    def action_move(self, delta: int) -> None:
        self.table.action_move(delta)

    def action_page(self, direction: int) -> None:
        self.table.action_page(direction)

    def action_close(self) -> None:
        self.dismiss(None)

    def on_click(self, event: events.Click) -> None:
        """A click on a heading sorts by that column (again: reverses)."""
        head = self.query_one("#docs-head", Static)
        if event.widget is not head:
            return
        d, s, t, st = self.table.widths(self.table.scrollable_content_region.width)
        x = event.x - 1
        edges = []
        at = 0
        for column, cells in zip(COLUMNS, (d, s, t, st), strict=True):
            if cells:
                edges.append((column, at, at + cells + 1))
                at += cells + 1
        for column, lo, hi in edges:
            if lo <= x < hi:
                if column == self.sort_column:
                    self.reverse = not self.reverse
                else:
                    self.sort_column, self.reverse = column, False
                self._refilter(keep=self.table.cursor_row())
                return
