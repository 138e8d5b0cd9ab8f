"""The search screen: type, see the matching paragraphs of every document, jump to one.

``SearchScreen(index_getter, mode="text"|"actor")`` is pushed by the main screen on ``/`` and
``@``.  Each keystroke starts a thread worker (exclusive: the previous one is abandoned) tagged
with a generation number; its result is applied on the UI thread only if no newer keystroke
came meanwhile, so typing is never held up by a search and stale results never flash.  The
result list is one capped ``OptionList`` whose rows are ``Content`` built in the worker (document
text is never parsed as markup), so a redraw costs one ``set_options``.

``enter`` dismisses with the selected :class:`briefing.search.Hit` (``result_hits`` then holds
every hit of the last search, for ``n``/``N`` in the reader); ``escape`` dismisses with ``None``.
While the index is still being built the screen says "indexing…" (with the loading
progress, n/N, when the main screen gives it) and retries.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.text import line_text, safe_str

MAX_ROWS = 40  # rows shown (and hits kept for n/N); more is noise and costs redraw time
RETRY_SECONDS = 0.4  # while the index is being built
HIGHLIGHT = "bold reverse"
MAX_INPUT = 2000  # characters kept in the box; the engine reads at most its own cap anyway


def hit_row(hit: Any, width: int = 200) -> Content:
    """Two lines for one hit: "title › section", then the snippet with the matches marked."""
    where = safe_str(getattr(hit, "title", "") or "(untitled)", 120)
    section = getattr(hit, "section", None)
    head = Content(where).stylize("bold")
    if section:
        head = head + Content("  ›  " + safe_str(section, 80)).stylize("dim")
    snippet = line_text(getattr(hit, "snippet", "") or "")[:width]
    body = Content("  " + snippet)
    spans = hit.snippet_spans() if hasattr(hit, "snippet_spans") else []
    for start, end in spans:
        if start < len(snippet) and end > start:
            body = body.stylize(HIGHLIGHT, start + 2, min(end, len(snippet)) + 2)
    return Content("\n").join([head, body])


def status_line(result: Any) -> Content:
    """The line above the results: counts, and the actors an actor query may mean."""
    hits = len(getattr(result, "hits", []) or [])
    total = int(getattr(result, "total", hits) or hits)
    actors = list(getattr(result, "actors", []) or [])
    if getattr(result, "mode", "text") == "actor":
        if not actors:
            return Content("no actor by that name")
        first = actors[0]
        names = [n for n in (*first.aliases, *first.former_names) if n != first.name][:4]
        text = f"actor: {safe_str(first.name, 60)}"
        if names:
            text += " (also " + ", ".join(safe_str(n, 40) for n in names) + ")"
        text += f" — {total} paragraph{'s' if total != 1 else ''}"
        others = [safe_str(a.name, 40) for a in actors[1:5]]
        if others:
            text += " · or: " + ", ".join(others) + "  (type more, or @id)"
        return Content(text)
    if not hits:
        return Content("no match")
    text = f"{total:,} match{'es' if total != 1 else ''}"
    if total > hits:
        text += f", best {hits} shown"
    if getattr(result, "relaxed", False):
        text += " (not every word found)"
    return Content(text)


class SearchScreen(ModalScreen[Any]):
    """Search every document; dismisses with the chosen hit or ``None``."""

    DEFAULT_CSS = """
    SearchScreen {
        align: center top;
        background: $background 60%;
    }
    SearchScreen #search-box {
        width: 90%;
        max-width: 120;
        height: 90%;
        margin-top: 1;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    SearchScreen #search-status {
        height: 1;
        color: $text-muted;
    }
    SearchScreen #search-results {
        height: 1fr;
        border: none;
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Back", show=True),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
    ]

    def __init__(self, index_getter: Callable[[], Any], mode: str = "text") -> None:
        super().__init__()
        self.index_getter = index_getter
        # What to say while there is no index yet (the main screen's loading progress).
        self.progress: Callable[[], str] | None = None
        self.mode = "actor" if mode == "actor" else "text"
        self.result_hits: list[Any] = []
        self.result: Any = None
        self._generation = 0
        self._retry: Any = None

    def compose(self) -> ComposeResult:
        placeholder = ("actor name or alias (e.g. nusra)" if self.mode == "actor" else
                       'words (typos ok), "a phrase", -word, @actor')
        with Vertical(id="search-box"):
            yield Input(placeholder=placeholder, id="search-input", max_length=MAX_INPUT)
            yield Static(Content(""), id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        box = self.query_one("#search-input", Input)
        if self.mode == "actor":
            box.value = "@"
            box.cursor_position = len(box.value)
        box.focus()
        self._request(box.value)

    # ------------------------------------------------------------------ searching
    @on(Input.Changed, "#search-input")
    def _on_changed(self, event: Input.Changed) -> None:
        self._request(event.value)

    def _request(self, value: str) -> None:
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
            self._set_status(Content(note))
            self._retry = self.set_timer(RETRY_SECONDS, lambda: self._again(generation))
            return
        self._search(index, value, generation)

    def _again(self, generation: int) -> None:
        if generation == self._generation and self.is_mounted:
            self._request(self.query_one("#search-input", Input).value)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, index: Any, value: str, generation: int) -> None:
        """In a thread: the search and the rows; dropped if a newer keystroke came."""
        if generation != self._generation:
            return
        try:
            result = index.search(value, limit=MAX_ROWS)
            rows = [Option(hit_row(hit)) for hit in result.hits]
            status = status_line(result) if value.strip() else Content("")
        except Exception as exc:  # noqa: BLE001 - a search failure is shown, never fatal
            result, rows = None, []
            status = Content(f"search failed: {safe_str(exc.__class__.__name__, 60)}")
        if generation == self._generation:
            self.app.call_from_thread(self._show, generation, result, rows, status)

    def _show(self, generation: int, result: Any, rows: list[Option], status: Content) -> None:
        if generation != self._generation or not self.is_mounted:
            return
        self.result = result
        self.result_hits = list(result.hits) if result is not None else []
        results = self.query_one("#search-results", OptionList)
        results.set_options(rows)
        if rows:
            results.highlighted = 0
        self._set_status(status)

    def _set_status(self, content: Content) -> None:
        self.query_one("#search-status", Static).update(content)

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
        if 0 <= position < len(self.result_hits):
            self.dismiss(self.result_hits[position])

    def action_close(self) -> None:
        self.dismiss(None)
