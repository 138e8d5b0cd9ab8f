"""The problems view: every file problem found while loading, one line each (path:line message)."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Problem
from briefing.ui.css import tcss
from briefing.ui.text import label

MAX_SHOWN = 5000  # a broken 22,000-file folder must not build a huge list


class ProblemsScreen(ModalScreen[None]):
    DEFAULT_CSS = tcss(__file__, "problems_screen.tcss")
    BINDINGS = [Binding("escape,q,exclamation_mark", "close", "Close", id="problems-close")]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self._problems = list(problems)

    def compose(self) -> ComposeResult:
        n = len(self._problems)
        title = f"{n:,} problem{'s' if n != 1 else ''} found while loading"
        if n > MAX_SHOWN:
            title += f" (first {MAX_SHOWN} shown)"
        with Vertical():
            yield Static(label(title), id="problems-title")
            options = [Option(label(str(p), 600)) for p in self._problems[:MAX_SHOWN]]
            if not options:
                options = [Option(label("No problems: every file loaded cleanly."))]
            yield OptionList(*options, id="problems-list", markup=False)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
