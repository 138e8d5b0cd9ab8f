"""The problems view: every file problem found while loading, one line each (path:line message).

``enter`` on a problem opens its document when it was loaded (an empty file, bad metadata: the
sidecar's article), ``j``/``k``/``g``/``G`` move as in the reader, ``escape`` closes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Problem
from briefing.ui.css import tcss
from briefing.ui.footer import KeyHint
from briefing.ui.text import label

MAX_SHOWN = 5000  # a broken 22,000-file folder must not build a huge list
HINT = "enter: open the document (if it loaded) · j k g G: move · escape: close"


class ProblemsScreen(ModalScreen[str | None]):
    """Dismissed with the chosen problem's path, or ``None``."""

    DEFAULT_CSS = tcss(__file__, "problems_screen.tcss")
    BINDINGS = [Binding("escape,q,exclamation_mark", "close", "Close", id="problems-close"),
                Binding("j", "move('cursor_down')", show=False),
                Binding("k", "move('cursor_up')", show=False),
                Binding("g", "move('first')", show=False),
                Binding("G", "move('last')", show=False)]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self._problems = in_line_order(problems)

    def compose(self) -> ComposeResult:
        n = len(self._problems)
        title = f"{n:,} problem{'s' if n != 1 else ''} found while loading"
        if n > MAX_SHOWN:
            title += f" (first {MAX_SHOWN} shown)"
        with Vertical():
            yield Static(label(title), id="problems-title")
            options = [Option(label(str(p), 600), id=str(i))
                       for i, p in enumerate(self._problems[:MAX_SHOWN])]
            if not options:
                options = [Option(label("No problems: every file loaded cleanly."))]
            yield OptionList(*options, id="problems-list", markup=False)
            if self._problems:
                yield KeyHint(HINT, id="problems-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_move(self, how: str) -> None:
        getattr(self.query_one(OptionList), f"action_{how}")()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(self._problems[int(event.option.id)].path)

    def action_close(self) -> None:
        self.dismiss(None)


def in_line_order(problems: Sequence[Problem]) -> list[Problem]:
    """Files in the order their first problem came, each file's problems by line (those of
    the whole file first): qa9 read one sidecar's problems as ``:2, :6, :4``."""
    first: dict[str, int] = {}
    for n, p in enumerate(problems):
        first.setdefault(p.path, n)
    return sorted(problems, key=lambda p: (first[p.path], p.line if p.line is not None else -1))


def document_for(path: str, loaded: Sequence[str]) -> str | None:
    """The loaded document a problem's ``path`` is about: itself, or for a sidecar
    (``x.yaml``) the article beside it (``x.txt``, ``x.md``…); ``None`` if none loaded."""
    if path in loaded:
        return path
    stem, suffix = os.path.splitext(path)
    if suffix.lower() in (".yaml", ".yml"):
        return next((p for p in loaded if os.path.splitext(p)[0] == stem), None)
    return None
