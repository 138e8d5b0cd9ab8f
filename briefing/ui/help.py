"""The help screen: every key, from the same table the bindings are built from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.ui.css import tcss
from briefing.ui.keys import (
    GROUPS,
    KEY_COLUMN,
    KEYS,
    PANEL_NOTES,
    SEARCH_SYNTAX,
    WIDGET_KEYS,
    bindings,
)

_TABLE = {k.id: k for k in KEYS}
CLOSE = ("escape ? q", "close this screen (j k space b g G scroll it)")
SEARCH_NOTE = ("", "what / and @ take:")


def binding_sources() -> list[list[Binding]]:
    """The bindings of the reader, each side panel and the document table, as the widgets
    declare them (the reader's are the key table's ``screen`` scope, as the main screen's)."""
    from briefing.ui.documents import DocumentsScreen
    from briefing.ui.panels import import_panels

    sources: list[list[Binding]] = [[b for b in bindings("screen") if isinstance(b, Binding)]]
    for cls in import_panels().values():
        if cls is not None:
            sources.append([b for b in cls.BINDINGS if isinstance(b, Binding)])
    sources.append([b for b in DocumentsScreen.BINDINGS if isinstance(b, Binding)])
    return sources


def _live_bindings() -> list[Binding]:
    """The bindings of the reader and of each panel, as the widgets declare them."""
    found: list[Binding] = []
    for source in binding_sources():
        found.extend(b for b in source if isinstance(b, Binding))
    return found


def help_content(keymap: dict[str, str] | None = None,
                 live: Sequence[Binding] | None = None) -> Table:
    """The help text: one row per binding, grouped; user rebindings shown as they are.

    Rows come from the bindings the widgets really have (``live``; by default the main
    screen's and every panel's), described by the key table, then the keys lists handle
    themselves and the search syntax.  A Rich table grid, so at 40 columns the descriptions
    wrap in their own column.
    """
    keymap = keymap or {}
    rows: dict[str, list[tuple[str, str]]] = {g: [] for g in GROUPS}
    seen: set[str] = set()
    for binding in (live if live is not None else _live_bindings()):
        key = _TABLE.get(binding.id or "")
        if key is None or key.id in seen:
            continue
        seen.add(key.id)
        shown = keymap.get(key.id, "").replace(",", " ") or key.display or binding.key
        rows.setdefault(key.group, []).append((shown, key.help))
    for shown, text, group in WIDGET_KEYS:
        rows.setdefault(group, []).append((shown, text))
    table = Table.grid(padding=(0, 2), expand=True)
    # Keys and group names fit KEY_COLUMN cells, so at 40 columns the descriptions keep room.
    table.add_column(no_wrap=True, style="bold", max_width=KEY_COLUMN)
    table.add_column(ratio=1)
    table.add_row(Text("Keys", style="bold"),
                  Text("every key of briefing's reader and panels", style="bold"))
    table.add_row(Text(CLOSE[0], style="italic"), Text(CLOSE[1], style="italic"))
    for group, entries in rows.items():
        if not entries:
            continue
        table.add_row("", "")
        table.add_row(Text(group, style="bold underline"), "")
        for shown, text in entries:
            table.add_row(Text(shown), Text(text))
        if group in PANEL_NOTES:
            table.add_row("", Text(PANEL_NOTES[group], style="italic"))
    _add_rows(table, "Search syntax", SEARCH_SYNTAX)
    table.add_row("", "")
    table.add_row(Text(CLOSE[0], style="italic"), Text(CLOSE[1], style="italic"))
    return table


def _add_rows(table: Table, title: str, entries: Iterable[tuple[str, str]]) -> None:
    table.add_row("", "")
    table.add_row(Text(title, style="bold underline"), Text(SEARCH_NOTE[1], style="italic"))
    for shown, text in entries:
        table.add_row(Text(shown), Text(text))


class HelpScreen(ModalScreen[None]):
    """Lists every key of the reader."""

    DEFAULT_CSS = tcss(__file__, "help_screen.tcss")
    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help-close"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
        Binding("space", "scroll('page')", show=False),
        Binding("b", "scroll('back')", show=False),
        Binding("g", "scroll('top')", show=False),
        Binding("G", "scroll('end')", show=False),
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
        if direction in ("down", "up"):
            # immediate: a deferred scroll starts from where the last one left, so keys that
            # came in one burst (a held j) all landed on the same line
            move = body.scroll_up if direction == "up" else body.scroll_down
            move(animate=False, immediate=True)
            return
        moves = {"page": body.scroll_page_down, "back": body.scroll_page_up,
                 "top": body.scroll_home, "end": body.scroll_end}
        moves.get(direction, body.scroll_page_down)(animate=False)
