"""The search screen: type, see the matching paragraphs of every document, jump to one.

``SearchScreen(index_getter, mode="text"|"actor")`` is pushed by the main screen on ``/`` and
``@``.  Each keystroke hands its query, tagged with a generation number, to the screen's one
search thread (:class:`~briefing.ui.search_thread.LatestOnly`: a query not started when a newer
one comes is dropped unrun); the thread posts its result as a :class:`SearchScreen.Found`
message, which is applied only if no newer keystroke came meanwhile (waiting results coalesce:
only the newest is shown), so typing is never held up by a search and stale results never
flash.  The result list is one capped ``OptionList`` whose rows are ``Content`` built in the
thread (document text is never parsed as markup), so a redraw costs one ``set_options``.
:attr:`SearchScreen.searching` says whether results for what is typed are still to come.

``enter`` dismisses with the selected :class:`briefing.search.SearchHit` (``result_hits`` then holds
every hit of the last search, for ``n``/``N`` in the reader); ``escape`` dismisses with ``None``.

An actor query that may mean several actors ("@al sham", or ``@`` alone: the most mentioned)
lists them as rows above the hits (name, kind, other names, paragraphs; capped at
:data:`MAX_CANDIDATES`).  The highlight starts on the first hit, so ``enter`` still opens the
best paragraph; ``up`` (or a click) reaches a candidate, and choosing it replaces the query with
``@=<id>``, which the engine resolves to that actor alone.  ``result_hits`` never holds
candidates.
While the index is still being built the screen says "indexing…" (with the loading
progress, n/N, when the main screen gives it) and retries.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content, Span
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.css import tcss
from briefing.ui.hanging import hanging
from briefing.ui.panel_style import KIND_NAMES
from briefing.ui.result_list import ResultList
from briefing.ui.safe_input import SafeInput
from briefing.ui.search_status import MAX_CANDIDATES as MAX_CANDIDATES  # re-exported
from briefing.ui.search_status import Part, candidates_of, fit_status, other_names, status_parts
from briefing.ui.search_status import status_line as status_line  # re-exported
from briefing.ui.search_thread import LatestOnly
from briefing.ui.text import line_text, safe_str, shown_spans
from briefing.ui.typeahead import TypeAhead

MAX_ROWS = 40  # rows shown (and hits kept for n/N); more is noise and costs redraw time
RETRY_SECONDS = 0.4  # while the index is being built
HIGHLIGHT = "bold reverse"
MAX_INPUT = 2000  # characters kept in the box; the engine reads at most its own cap anyway
TITLE_CHARS = 200  # of a hit's title: the row wraps, so a long one is shown whole
SNIPPET_INDENT = 4  # under the title line, whose own continuations are two cells in
SHORT_ROWS = 20  # a terminal lower than this gets the compact search box
EXACT_ACTOR = "@="  # the query form choosing a candidate types: exactly that actor id
# Shown while nothing is typed: the filters and the keys of this screen.
# Parts, each shortened or left out as a whole (search_status.fit_status): as one part, cut
# at 40x15, it ended "before: source: · ctrl+s…".
EMPTY_PARTS = [
    Part(("filters: status:collapsed role:mediator after:2025-02 before:… source:…",
          "filters: status: role: after: before: source:"), "dim"),
    Part(("ctrl+s newest first", "ctrl+s by date"), "dim"),
    Part(("ctrl+b one-page memo", "ctrl+b memo"), "dim"),
]


class _Row:
    """A result row's text and styled spans, made into one ``Content`` at the end.

    Built with ``Content`` operations a hit made ~9 objects (each ``stylize`` and ``+`` copies
    the text and spans into a new one): ~180 us a row on a loaded machine, 40 rows a key in
    the search thread, holding the interpreter lock the UI thread needs.  The spans are the
    same, in the same order, so the row renders the same."""

    __slots__ = ("length", "parts", "spans")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0

    def add(self, text: str, style: str = "") -> int:
        """Append ``text`` (styled over its length); its start offset."""
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if style and text:
            self.spans.append(Span(start, self.length, style))
        return start

    def mark(self, style: str, start: int, end: int, limit: int) -> None:
        """Style ``start:end`` clipped to ``limit`` (as ``Content.stylize`` clips to its end)."""
        end = min(end, limit)
        if start < limit and end > start:
            self.spans.append(Span(start, end, style))

    def content(self) -> Content:
        return Content("".join(self.parts), self.spans, strip_control_codes=False)


def hit_row(hit: Any, width: int = 200) -> Content:
    """Two lines for one hit: "title › section" (date · source), then the snippet with the
    matches marked; a hit on the title itself shows the title once, marked.  (Every piece
    is display-safe text: ``safe_str`` or ``line_text``, no control character.)

    The row wraps with a hanging indent (:mod:`briefing.ui.hanging`): the title line's
    continuations two cells in, the snippet four, continuations included (a snippet's
    second line at column 0 read like the next hit's title)."""
    row = _Row()
    on_title = _shows_title(hit)
    if on_title:
        _marked(row, hit, width, indent=0)
        row.mark("bold", 0, row.length, row.length)
    else:
        row.add(safe_str(getattr(hit, "title", "") or "(untitled)", TITLE_CHARS), "bold")
        section = getattr(hit, "section", None)
        if section:
            row.add("  ›  " + safe_str(section, 80), "dim")
    date, source = getattr(hit, "date", None), getattr(hit, "source", None)
    if date or source:  # when and by whom: "2024-03-04 · Reuters"
        row.add("  " + " · ".join(safe_str(x, 40) for x in (date, source) if x), "italic")
    also = getattr(hit, "also", ()) or ()
    if also:
        row.add(f"  (+{len(also)} identical)", "dim")
    row.add("\n")
    if on_title:
        row.add(" " * SNIPPET_INDENT + "the document's title", "dim italic")
    else:
        _marked(row, hit, width)
    return hanging(row.content(), 0, indent=2)


def _shows_title(hit: Any) -> bool:
    """Whether a hit on the title line is the title the reader shows: a sidecar's title that
    differs from the text's first line is the reader's title, the line shown under it as text
    (:func:`briefing.ui.wrap.build_lines`), so such a hit reads as one on a paragraph:
    the sidecar's title, then the line, never labelled "the document's title"."""
    if getattr(hit, "kind", "") != "title":
        return False
    title, snippet = getattr(hit, "title", "") or "", getattr(hit, "snippet", "") or ""
    start, end = getattr(hit, "start", 0), getattr(hit, "end", 0)
    first = getattr(hit, "snippet_start", start)
    if first <= start and first + len(snippet) >= end:  # the whole line (as the reader: stripped)
        return snippet.strip() == title.strip()
    # a long line's snippet is a piece of it: the same piece of the title
    return end - start == len(title) and title[first - start:first - start + len(snippet)] == snippet


def _marked(row: _Row, hit: Any, width: int, indent: int = SNIPPET_INDENT) -> None:
    """The hit's snippet with its matches highlighted, and "…" where it cuts the paragraph
    (or title): "…and the United Kingdom Calling for…" is not read as the whole title."""
    spans = hit.snippet_spans() if hasattr(hit, "snippet_spans") else []
    # Zero-width characters dropped, the match spans moved with them (offsets into the hit's
    # snippet are the document's).
    raw = line_text(getattr(hit, "snippet", "") or "")
    whole, spans = shown_spans(raw, list(spans))
    snippet = whole[:width]
    first = getattr(hit, "snippet_start", 0)
    lead = "…" if first > getattr(hit, "start", 0) else ""
    cut = len(whole) > width or first + len(raw) < getattr(hit, "end", 0)
    at = row.add(" " * indent + lead + snippet.rstrip() + ("…" if cut else ""))
    end = row.length
    at += indent + len(lead)
    for start, stop in spans:
        if start < len(snippet) and stop > start:
            row.mark(HIGHLIGHT, start + at, min(stop, len(snippet)) + at, end)


def candidate_row(actor: Any, shown: bool = False, width: int = 200,
                  paragraphs: int | None = None) -> Content:
    """One line for an actor an ambiguous query may mean: name, kind, paragraphs, other names
    (cut to ``width`` cells, so that the rows stay one line each and the hits stay in view).

    The count is the extractor's (paragraphs mentioning it) unless ``paragraphs`` gives the
    search's own total, as for the actor whose hits are shown (it also counts its names found
    in paragraphs where the extractor missed them).
    """
    name = Content(safe_str(getattr(actor, "name", "") or "(unnamed)", 50)).stylize("bold")
    raw = str(getattr(actor, "kind", "") or "")
    # The panels' words for a kind ("igo" said nothing: "intl. org.").
    kind = safe_str(KIND_NAMES.get(raw, raw.replace("_", " ")), 24)
    count = int(paragraphs if paragraphs is not None else getattr(actor, "paragraphs", 0) or 0)
    parts = [Content("@ "), name]
    if kind:
        parts.append(Content(f"  {kind}").stylize("italic"))
    parts.append(Content(f"  · {count:,} paragraph{'s' if count != 1 else ''}"))
    main = getattr(actor, "name", "")
    others = other_names(actor, main)[:3]
    if others:
        parts.append(Content("  · also " + ", ".join(safe_str(n, 28) for n in others))
                     .stylize("dim"))
    if shown:
        parts.insert(2, Content("  ▼").stylize("bold"))  # its paragraphs are the hits below
    row = Content("").join(parts)
    return row.truncate(max(10, width), ellipsis=True) if row.cell_length > width else row


class SearchScreen(ModalScreen[Any]):
    """Search every document; dismisses with the chosen hit or ``None``."""

    class Found(Message):
        """The search thread's result for one query (posted from the thread)."""

        def __init__(self, generation: int, result: Any, rows: list[Option | None],
                     status: Content, candidates: list[Any],
                     parts: list[Part] | None = None) -> None:
            super().__init__()
            self.generation, self.result, self.rows = generation, result, rows
            self.status, self.candidates = status, candidates
            self.parts = parts  # what ``status`` was fitted from (fitted again on a resize)

        def can_replace(self, message: Message) -> bool:
            # A newer result waiting behind this one supersedes it: only that is shown.
            return isinstance(message, SearchScreen.Found)

    DEFAULT_CSS = tcss(__file__, "search_screen.tcss")
    # Below 20 rows the box takes the whole height, with a one-line input: at 40x15 it had
    # room for four lines of results, less than one hit.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (SHORT_ROWS, "-tall")]

    BINDINGS = [
        Binding("escape", "close", "Back", show=True),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
        Binding("ctrl+s", "sort", "Sort by date/relevance", show=True),
        Binding("ctrl+b", "memo", "Memo (one page) of these documents", show=True),
    ]

    def __init__(self, index_getter: Callable[[], Any], mode: str = "text",
                 last: str = "") -> None:
        super().__init__()
        # The query searched last (this session or, saved, the one before): shown again,
        # selected, so typing replaces it and ``enter`` picks from its hits again.
        self.last = last[:MAX_INPUT]
        self.typed = ""  # what the box holds (read when the screen is dismissed)
        self.typeahead = TypeAhead(self, "#search-input")  # keys typed with the one that opened it
        self.index_getter = index_getter
        # What to say while there is no index yet (the main screen's loading progress).
        self.progress: Callable[[], str] | None = None
        # What a partial index (built while loading) covers, e.g. "4,000 of 21,901 documents"
        # (None: the whole corpus); shown after the counts.
        self.coverage: Callable[[], str | None] | None = None
        self.mode = "actor" if mode == "actor" else "text"
        self.result_hits: list[Any] = []
        self.result_candidates: list[Any] = []  # the actor rows above the hits
        self.result: Any = None
        self.result_query = ""  # the query ``result`` answers, as typed
        self._generation = 0
        self._posted = 0  # the newest generation the thread posted a result for
        self._handled = 0  # the newest generation whose result message was handled
        self._thread: LatestOnly[tuple[Any, str, int, int, tuple[int, int]]] = LatestOnly(
            self._search)
        # The last search's hit rows by what they show (search thread only): see _reused.
        self._last_rows: dict[tuple[Any, ...], Content] = {}
        self._retry: Any = None
        self._status_parts: list[Part] | None = None  # the shown status's, see _refit_status
        self.sort = "relevance"  # or "date": newest document first (ctrl+s, or sort:date)
        # path -> its briefing (the main screen's), for the memo of the hits' documents.
        self.briefings_for: Callable[[list[str]], list[Any]] | None = None

    def type_ahead(self, text: str) -> None:
        """Keys typed in the burst that opened this screen (``BriefingApp.on_key``)."""
        self.typeahead.add(text)

    def compose(self) -> ComposeResult:
        placeholder = ("actor name or alias (e.g. nusra)" if self.mode == "actor" else
                       'words (typos ok), "a phrase", -word, @actor')
        with Vertical(id="search-box"):
            yield SafeInput(placeholder=placeholder, id="search-input", max_length=MAX_INPUT)
            yield Static(Content(""), id="search-status")
            yield ResultList(id="search-results")

    def on_mount(self) -> None:
        box = self.query_one("#search-input", Input)
        typed, prefix = self.typeahead.take(), "@" if self.mode == "actor" else ""
        offered = not typed and self.last.startswith(prefix) and self.last.strip() != prefix
        box.value = self.last if offered else prefix + typed
        box.cursor_position = len(box.value)
        box.focus()
        if offered:
            box.select_all()
        self._request(box.value)

    # ------------------------------------------------------------------ searching
    @on(Input.Changed, "#search-input")
    def _on_changed(self, event: Input.Changed) -> None:
        self._request(event.value)

    def _request(self, value: str) -> None:
        self.typed = value
        self._generation += 1
        generation = self._generation
        if self._retry is not None:
            self._retry.stop()
            self._retry = None
        try:
            index = self.index_getter()
        except Exception:  # noqa: BLE001 - a broken getter means "no index yet"
            index = None
        if index is None:
            note = "indexing…"
            if self.progress is not None:
                with contextlib.suppress(Exception):  # only a message: never fatal
                    note = self.progress() or note
            self._status_parts = None
            self._set_status(Content(note))
            self._retry = self.set_timer(RETRY_SECONDS, lambda: self._again(generation))
            return
        rows = self.query_one("#search-results", OptionList)
        width = rows.scrollable_content_region.width or rows.size.width or 80
        self._thread.submit((index, value, generation, max(20, width - 2), self._status_room()))

    def _status_room(self) -> tuple[int, int]:
        """The status's width and its most lines (its ``max-height``): the room the search
        thread fits the status into (0: not laid out yet, the status as it is)."""
        status = self.query_one("#search-status", Static)
        most = status.styles.max_height
        lines = int(most.value) if most is not None and most.is_cells else 0
        return status.content_region.width, lines

    @property
    def searching(self) -> bool:
        """Whether a search is waiting, running, or its result not yet shown."""
        return self._thread.busy or self._posted > self._handled

    def on_unmount(self) -> None:
        self._thread.stop()  # the screen is gone: no more searches, none delivered

    def _coverage_note(self) -> str | None:
        if self.coverage is None:
            return None
        try:
            return self.coverage()
        except Exception:  # noqa: BLE001 - only a message: never fatal
            return None

    def index_changed(self) -> None:
        """The main screen has a new index (a bigger partial one, or the whole corpus's):
        search again for what is typed, so the results are not those of the old one."""
        if self.is_mounted:
            self._request(self.query_one("#search-input", Input).value)

    def _again(self, generation: int) -> None:
        if generation == self._generation and self.is_mounted:
            self._request(self.query_one("#search-input", Input).value)

    def _search(self, job: tuple[Any, str, int, int, tuple[int, int]]) -> None:
        """In the search thread: the search and the rows; dropped if a newer keystroke came."""
        index, value, generation, width, (status_width, status_lines) = job
        if generation != self._generation:
            return
        candidates: list[Any] = []
        try:
            result = index.search(value, limit=MAX_ROWS, sort=self.sort)
            candidates = candidates_of(result)
            rows: list[Option | None] = [
                Option(candidate_row(a, shown=i == 0 and bool(result.hits), width=width,
                                     paragraphs=result.total if i == 0 and result.hits
                                     else None))
                for i, a in enumerate(candidates)]
            if candidates and result.hits:
                rows.append(None)  # a rule between the actors and the paragraphs
            rows.extend(Option(row) for row in self._reused([hit_row(h) for h in result.hits]))
            parts = status_parts(result, bool(getattr(index, "actors_pending", False))) \
                if value.strip() else list(EMPTY_PARTS)
            if self.sort == "date" and value.strip():
                parts.append(Part(("newest first (ctrl+s: by relevance)", "newest first")))
            covered = self._coverage_note()
            if covered:
                parts.append(Part((covered,), "italic"))
            status = fit_status(parts, status_width, status_lines)
        except Exception as exc:  # noqa: BLE001 - a search failure is shown, never fatal
            result, rows, candidates, parts = None, [], [], None
            status = Content(f"search failed: {safe_str(exc.__class__.__name__, 60)}")
        if generation == self._generation:
            self._posted = generation
            self.post_message(self.Found(generation, result, rows, status, candidates, parts))

    def _reused(self, made: list[Content]) -> list[Content]:
        """``made`` with each row the last search also showed (same text, marks and indents)
        replaced by that search's row object.  Typing a query letter by letter mostly shows
        the same hits again; a row object keeps its line count and its wrapped lines for the
        list's width (:class:`~briefing.ui.hanging.Hanging`), which the UI thread otherwise
        computes again for every row of every keystroke."""
        last, kept = self._last_rows, {}
        rows = []
        for row in made:
            key = (row.plain, tuple(row.spans), getattr(row, "hang", None),
                   getattr(row, "indent", None))
            row = kept[key] = last.get(key, row)
            rows.append(row)
        self._last_rows = kept
        return rows

    @on(Found)
    def _on_found(self, message: Found) -> None:
        message.stop()
        self._handled = max(self._handled, message.generation)
        self._show(message.generation, message.result, message.rows, message.status,
                   message.candidates)
        if message.generation == self._generation:
            self._status_parts = message.parts

    def on_resize(self) -> None:
        # The status was fitted to the old width and lines (fewer below SHORT_ROWS rows).
        self.call_after_refresh(self._refit_status)

    def _refit_status(self) -> None:
        width, lines = self._status_room() if self.is_mounted else (0, 0)
        if self._status_parts is not None and width > 0:
            self._set_status(fit_status(self._status_parts, width, lines))

    def _show(self, generation: int, result: Any, rows: list[Option | None], status: Content,
              candidates: list[Any] | None = None) -> None:
        if generation != self._generation or not self.is_mounted:
            return
        self.result = result
        self.result_query = self.typed  # (set with this generation by _request)
        self.result_hits = list(result.hits) if result is not None else []
        self.result_candidates = list(candidates or [])
        results = self.query_one("#search-results", ResultList)
        # On the best hit when there is one (enter opens it, as without candidates).
        results.show(rows, len(self.result_candidates) if self.result_hits else 0)
        self._set_status(status)

    def _set_status(self, content: Content) -> None:
        status = self.query_one("#search-status", Static)
        # A one-line status replacing a one-line status keeps its height: no layout of the
        # whole screen for it (each keystroke changes the counts; a layout made the frame
        # render every widget again).
        width = status.content_region.width
        same_height = (status.size.height == 1 and 0 < content.cell_length <= width
                       and "\n" not in content.plain)
        status.update(content, layout=not same_height)

    def action_sort(self) -> None:
        """Order the hits by date (newest first) or by relevance, in turn."""
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self._request(self.query_one("#search-input", Input).value)

    def action_memo(self) -> None:
        """One page on the negotiation of the documents the hits come from."""
        paths = list(dict.fromkeys(getattr(h, "path", "") for h in self.result_hits))
        if not paths or self.briefings_for is None:
            self.app.bell()
            return
        from briefing.answers.memo import focused
        from briefing.ui.memo import MemoScreen, memo_for

        query = str(getattr(self.result, "query", "") or "")
        try:
            memo = memo_for(focused(self.briefings_for(paths), query, self.result_hits))
        except Exception as exc:  # noqa: BLE001 - a memo that fails is said, never fatal
            self.notify(f"memo failed: {safe_str(exc.__class__.__name__, 60)}",
                        severity="error", markup=False)
            return
        self.app.push_screen(MemoScreen(memo))

    # ------------------------------------------------------------------ choosing
    def action_move(self, step: int) -> None:
        results = self.query_one("#search-results", OptionList)
        if not results.option_count:
            return
        current = results.highlighted if results.highlighted is not None else -1
        results.highlighted = max(0, min(results.option_count - 1, current + int(step)))

    @on(Input.Submitted, "#search-input")
    def _on_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one("#search-results", OptionList)
        self._choose(results.highlighted if results.highlighted is not None else 0)

    @on(OptionList.OptionSelected, "#search-results")
    def _on_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, position: int) -> None:
        if 0 <= position < len(self.result_candidates):
            self.choose_actor(self.result_candidates[position])
            return
        position -= len(self.result_candidates)
        if 0 <= position < len(self.result_hits):
            self._leave(self.result_hits[position])

    def choose_actor(self, actor: Any) -> None:
        """Narrow the search to exactly ``actor``: the query becomes ``@=<its id>``."""
        actor_id = str(getattr(actor, "id", "") or "")
        if not actor_id:
            return
        from briefing.search.filters import filter_words, split

        box = self.query_one("#search-input", Input)
        from briefing.search.query import with_exact_actor

        # Words beside the actor, its operators (-word, "phrase") and the filters stay: only
        # the name becomes the exact id.  Input.Changed runs the search.
        box.value = " ".join(x for x in (with_exact_actor(split(box.value).text, actor_id),
                                         filter_words(box.value)) if x)
        box.cursor_position = len(box.value)
        box.focus()

    def action_close(self) -> None:
        self._leave(None)

    def _leave(self, hit: Any) -> None:
        """Dismiss with ``hit``; ``typed`` is what the box holds now (a burst of keys may
        have changed it with its Changed message still on its way)."""
        self.typed = self.query_one("#search-input", Input).value
        self.dismiss(hit)
