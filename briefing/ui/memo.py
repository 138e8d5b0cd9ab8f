"""The one-page memo in the reader: the merged memo of the documents a search found.

Pushed from the search screen (``ctrl+b``, for briefing; ``ctrl+r`` is the document table's
reverse) with the documents of the hits shown; the text is
:func:`briefing.answers.memo.merged_memo`'s Markdown, shown as plain text (``Content``: never
markup), scrollable; ``w`` writes it to ``briefing-memo.md`` in the current folder (atomically; a file of that
name is never replaced: ``briefing-memo-2.md`` then),
``escape`` closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.ui.css import tcss
from briefing.ui.text import safe_str

MEMO_FILE = "briefing-memo.md"


class MemoScreen(ModalScreen[None]):
    """One page on the chosen documents' negotiation."""

    DEFAULT_CSS = tcss(__file__, "memo_screen.tcss")

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("w", "write", f"Write {MEMO_FILE}"),  # or -2, -3… when it exists
    ]

    def __init__(self, memo: str) -> None:
        super().__init__()
        self.memo = memo
        self.written: Path | None = None

    def compose(self) -> ComposeResult:
        lines = [safe_str(line, 2000) for line in self.memo.splitlines()]
        with VerticalScroll(id="memo-box"):
            yield Static(Content("\n".join(lines)), id="memo-text", markup=False)

    def on_mount(self) -> None:
        self.query_one("#memo-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_write(self) -> None:
        from briefing.common.storage import write_new

        try:  # never over a file already there (the user's own, an earlier memo): -2, -3…
            target = write_new(Path.cwd() / MEMO_FILE, self.memo.encode("utf-8"))
        except OSError as exc:
            self.notify(f"cannot write {MEMO_FILE}: {safe_str(exc.strerror or exc, 80)}",
                        severity="error", markup=False)
            return
        self.written = target
        from briefing.common.storage import shown_path

        # (named by name, then folder: a toast breaks lines at spaces only, never in a path)
        self.notify(f"written: {safe_str(shown_path(target), 200)}", markup=False)


def memo_for(briefings: list[Any], words: int = 500) -> str:
    from briefing.answers.actor_names import without_loading_kb
    from briefing.answers.memo import merged_memo

    with without_loading_kb():  # on the UI thread: never a 0.4 s load
        return merged_memo(briefings, words)
