"""Every key of the reader in one table: the bindings, the help screen and the palette use it.

Each binding has an ``id`` so a user keymap (``{"next-section": "ctrl+n"}``) can rebind it with
``App.set_keymap``.  ``show`` marks the few keys the footer has room for.
"""

from __future__ import annotations

from typing import NamedTuple


class Key(NamedTuple):
    """One key of the reader (a NamedTuple: cheap to define, which matters at start-up)."""

    id: str
    keys: str          # Textual key names, comma-separated
    action: str        # action on the main screen
    description: str   # short: footer and palette title
    help: str          # longer: help screen and palette help
    display: str = ""  # how the help screen writes the keys
    show: bool = False
    group: str = "Reading"


KEYS: tuple[Key, ...] = (
    Key("scroll-down", "j", "scroll_down", "Down", "scroll down one line", "j ↓"),
    Key("scroll-up", "k", "scroll_up", "Up", "scroll up one line", "k ↑"),
    Key("page-down", "space,pagedown", "page_down", "Page down", "scroll down one page",
        "space PgDn"),
    Key("page-up", "pageup,b", "page_up", "Page up", "scroll up one page", "b PgUp"),
    Key("top", "g", "top", "Top", "go to the top of the document", "g"),
    Key("bottom", "G", "bottom", "Bottom", "go to the end of the document", "G"),
    Key("next-section", "right_square_bracket", "next_section", "Section",
        "next section", "]", show=True),
    Key("previous-section", "left_square_bracket", "previous_section", "Prev section",
        "previous section", "["),
    Key("next-document", "right_curly_bracket", "next_document", "Doc",
        "next document", "}", show=True),
    Key("previous-document", "left_curly_bracket", "previous_document", "Prev document",
        "previous document", "{"),
    Key("bookmark-add", "m", "add_bookmark", "Mark",
        "bookmark this place, with an optional note", "m"),
    Key("bookmarks", "apostrophe", "bookmarks", "Bookmarks",
        "list the bookmarks: enter goes there, x deletes", "'"),
    Key("search", "slash", "search('text')", "Search", "search every document", "/",
        show=True, group="Search"),
    Key("search-actor", "at", "search('actor')", "Actor search",
        "search by actor (name, alias)", "@", group="Search"),
    Key("next-match", "n", "next_match", "Next match",
        "next search hit, or next mention of the selected actor", "n", group="Search"),
    Key("previous-match", "N", "previous_match", "Previous match",
        "previous search hit or mention", "N", group="Search"),
    Key("focus-next", "tab", "focus_next_panel", "Next panel", "move to the next panel",
        "tab", group="Panels"),
    Key("focus-previous", "shift+tab", "focus_previous_panel", "Previous panel",
        "move to the previous panel", "shift+tab", group="Panels"),
    Key("contents", "c", "panel('contents')", "Contents",
        "show / focus / hide the table of contents", "c", group="Panels"),
    Key("parties", "p", "panel('parties')", "Parties",
        "show / focus / hide the parties panel", "p", show=True, group="Panels"),
    Key("tracker", "t", "panel('tracker')", "Tracker",
        "show / focus / hide the negotiation tracker", "t", show=True, group="Panels"),
    Key("documents", "d", "documents", "Documents",
        "show / focus / hide the document list", "d", group="Panels"),
    Key("problems", "exclamation_mark", "problems", "Problems",
        "list the problems found while loading", "!", group="Panels"),
    Key("back", "escape", "back", "Back",
        "back out: close a panel, clear the filter and highlights", "escape", group="Panels"),
    Key("theme", "T", "cycle_theme", "Theme",
        "switch to the next colour theme (or ctrl+p, Theme: <name>)", "T", group="App"),
    Key("refresh-feeds", "R", "refresh_feeds", "Feeds",
        "fetch the feeds of config.yaml in the background; new articles join the corpus",
        "R", group="App"),
    Key("help", "question_mark", "help", "Help", "this help screen", "?", show=True,
        group="App"),
    Key("quit", "q", "quit", "Quit", "quit briefing", "q", show=True, group="App"),
)

# Keys handled by widgets themselves, listed on the help screen for completeness.
WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    ("↑ ↓ Home End", "scroll the reader, or move in a list", "Reading"),
    ("enter", "open the selected entry (contents, document, actor, evidence)", "Panels"),
    ("r M x +", "parties panel, on the highlighted actor: rename it, merge it into another, "
                "drop it, add a missed name (saved in the document's sidecar)", "Panels"),
    ("ctrl+p", "command palette: every action above, and documents by title", "App"),
)

GROUPS = ("Reading", "Search", "Panels", "App")


def by_id(key_id: str) -> Key:
    return next(k for k in KEYS if k.id == key_id)
