"""The help screen: every key, from the same table the bindings are built from."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.ui.keys import GROUPS, KEYS, WIDGET_KEYS


def help_content(keymap: dict[str, str] | None = None) -> Table:
    """The help text: one row per key, grouped; user rebindings shown as they are.

    A Rich table grid, so at 40 columns the descriptions wrap in their own column.
    """
    keymap = keymap or {}
    rows: dict[str, list[tuple[str, str]]] = {g: [] for g in GROUPS}
    for key in KEYS:
        shown = keymap.get(key.id, "").replace(",", " ") or key.display
        rows.setdefault(key.group, []).append((shown, key.help))
    for shown, text, group in WIDGET_KEYS:
        rows.setdefault(group, []).append((shown, text))
    table = Table.grid(padding=(0, 2), expand=True)
    table.add_column(no_wrap=True, style="bold")
    table.add_column(ratio=1)
    table.add_row(Text("briefing — keys", style="bold"), "")
    for group, entries in rows.items():
        if not entries:
            continue
        table.add_row("", "")
        table.add_row(Text(group, style="bold underline"), "")
        for shown, text in entries:
            table.add_row(Text(shown), Text(text))
    table.add_row("", "")
    table.add_row(Text("escape ? q", style="italic"), Text("close this screen", style="italic"))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key of the reader."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $accent; background: $panel; padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """
    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help-close"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self._keymap = keymap

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(help_content(self._keymap), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down(animate=False)
        else:
            body.scroll_up(animate=False)
