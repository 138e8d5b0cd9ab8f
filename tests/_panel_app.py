"""An app that shows one side panel (PARTIES, TRACKER) alone, for the panels' tests: the
panel at a given width, given a document's briefing and, optionally, a corpus; the messages
it posts are kept in ``messages`` by the handlers each test module adds."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult
from textual.message import Message

from briefing.model import Briefing
from briefing.ui.side_panel import SidePanel


class SidePanelApp(App):
    """``PANEL`` alone; ``variables``: theme variable defaults (read by ``App.__init__``)."""

    PANEL: type[SidePanel[Any]]

    def __init__(self, briefing: Briefing | None, corpus: list[Briefing] | None = None,
                 variables: dict[str, str] | None = None, width: int = 40) -> None:
        self.variables = variables or {}
        super().__init__()
        self.briefing = briefing
        self.corpus = corpus
        self.panel_width = width
        self.messages: list[Message] = []

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return self.variables

    def compose(self) -> ComposeResult:
        panel = self.PANEL()
        panel.styles.width = self.panel_width
        yield panel

    def on_mount(self) -> None:
        panel = self.query_one(self.PANEL)
        panel.set_briefing(self.briefing)
        if self.corpus is not None:
            panel.set_corpus(self.corpus)
        panel.option_list.focus()


def prompts(panel: SidePanel[Any]) -> list[str]:
    """The plain text of each row of the panel's list."""
    option_list = panel.option_list
    return [option_list.get_option_at_index(i).prompt.plain
            for i in range(option_list.option_count)]
