"""Every key of the reader in one table: the bindings, the help screen and the palette use it.

Each binding has an ``id`` so a user keymap (``{"next-section": "ctrl+n"}``) can rebind it with
``App.set_keymap``.  ``show`` marks the keys the footer may show (``footer`` orders them: the
footer keeps as many as the width allows, most useful first).  ``scope`` says where a key
works: ``screen`` everywhere in the reader, ``parties``/``tracker`` while that panel has the
focus.  One key never means two unrelated things: a panel key may not reuse a screen key
(``test_ui_keys`` checks it), and :func:`keymap_problems` refuses a user key that would.

No Textual import at module level: ``briefing config`` validates keymaps with this table.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from textual.binding import BindingType


class Key(NamedTuple):
    """One key of the reader (a NamedTuple: cheap to define, which matters at start-up)."""

    id: str
    keys: str          # Textual key names, comma-separated
    action: str        # action on the main screen (or on the panel, for a panel scope)
    description: str   # short: footer and palette title
    help: str          # longer: help screen and palette help
    display: str = ""  # how the help screen writes the keys
    show: bool = False
    group: str = "Reading"
    scope: str = "screen"
    footer: int = 99   # footer priority when shown (lower: kept longer on narrow screens)


KEYS: tuple[Key, ...] = (
    Key("scroll-down", "j", "scroll_down", "Down", "scroll down one line", "j ↓"),
    Key("scroll-up", "k", "scroll_up", "Up", "scroll up one line", "k ↑"),
    Key("page-down", "space,pagedown", "page_down", "Page down", "scroll down one page",
        "space PgDn"),
    Key("page-up", "pageup,b", "page_up", "Page up", "scroll up one page", "b PgUp"),
    Key("top", "g", "top", "Top", "go to the top of the document", "g"),
    Key("bottom", "G", "bottom", "Bottom", "go to the end of the document", "G"),
    Key("next-section", "right_square_bracket", "next_section", "Section",
        "next section", "]", show=True, footer=5),
    Key("previous-section", "left_square_bracket", "previous_section", "Prev section",
        "previous section", "["),
    Key("next-document", "right_curly_bracket", "next_document", "Doc",
        "next document", "}", show=True, footer=6),
    Key("previous-document", "left_curly_bracket", "previous_document", "Prev document",
        "previous document", "{"),
    Key("jump-back", "ctrl+o", "jump_back", "Back",
        "go back to where you were before the last jump (search hit, evidence, document, "
        "bookmark); again and again", "ctrl+o", show=True, footer=3),
    Key("jump-forward", "ctrl+f", "jump_forward", "Forward",
        "go forward again after ctrl+o", "ctrl+f"),
    Key("bookmark-add", "m", "add_bookmark", "Mark",
        "bookmark this place, with an optional note", "m"),
    Key("bookmarks", "apostrophe", "bookmarks", "Bookmarks",
        "list the bookmarks: enter goes there, x deletes", "'"),
    Key("search", "slash", "search('text')", "Search", "search every document", "/",
        show=True, group="Search", footer=1),
    Key("search-actor", "at", "search('actor')", "Actor search",
        "search by actor (name, alias)", "@", group="Search"),
    Key("next-match", "n", "next_match", "Next match",
        "next search hit in reading order (through this document, then the next), or next "
        "mention of the selected actor", "n", group="Search"),
    Key("previous-match", "N", "previous_match", "Previous match",
        "previous search hit or mention", "N", group="Search"),
    Key("focus-next", "tab", "focus_next_panel", "Next panel", "move to the next panel",
        "tab", group="Panels"),
    Key("focus-previous", "shift+tab", "focus_previous_panel", "Previous panel",
        "move to the previous panel", "shift+tab", group="Panels"),
    Key("contents", "c", "panel('contents')", "Contents",
        "show / focus / hide the table of contents", "c", group="Panels"),
    Key("parties", "p", "panel('parties')", "Parties",
        "show / focus / hide the parties panel", "p", show=True, group="Panels", footer=4),
    Key("tracker", "t", "panel('tracker')", "Tracker",
        "show / focus / hide the negotiation tracker", "t", show=True, group="Panels",
        footer=7),
    Key("documents", "d", "documents", "Documents",
        "the document table: date, source, title, status (type to filter, enter opens, "
        "escape closes)", "d",
        group="Panels"),
    Key("problems", "exclamation_mark", "problems", "Problems",
        "list the problems found while loading", "!", group="Panels"),
    Key("back", "escape", "back", "Back out",
        "back out: close a panel, clear the filter and highlights", "escape", group="Panels"),
    Key("theme", "ctrl+t", "cycle_theme", "Theme",
        "switch to the next colour theme (or ctrl+p, Theme: <name>); the choice is saved",
        "ctrl+t", group="App"),
    Key("refresh-feeds", "R", "refresh_feeds", "Feeds",
        "fetch the feeds of config.yaml in the background; new articles join the corpus",
        "R", group="App"),
    Key("help", "question_mark", "help", "Help", "this help screen", "?", show=True,
        group="App", footer=2),
    Key("quit", "q", "quit", "Quit", "quit briefing", "q", show=True, group="App", footer=0),
    # The parties panel (while it has the focus).
    Key("parties-filter", "f", "toggle_filter", "Only its paragraphs",
        "show only the paragraphs that mention the highlighted actor (again: all); in the "
        "corpus list (a): filter the actors as you type", "f",
        show=True, group="Parties panel", scope="parties", footer=10),
    Key("parties-corpus", "a", "toggle_corpus", "Corpus",
        "every actor of the corpus; enter lists its documents (again: this document)", "a",
        show=True, group="Parties panel", scope="parties", footer=11),
    Key("parties-quotes", "Q", "quotes", "Quotes",
        "everything the highlighted person said, across the corpus", "Q",
        group="Parties panel", scope="parties"),
    Key("parties-rename", "r", "rename", "Rename", "rename the highlighted actor", "r",
        group="Parties panel", scope="parties"),
    Key("parties-merge", "M", "merge", "Merge into…",
        "merge the highlighted actor into another", "M", group="Parties panel",
        scope="parties"),
    Key("parties-drop", "x", "drop", "Drop",
        "drop the highlighted actor from this document (asks first)", "x",
        group="Parties panel", scope="parties"),
    Key("parties-add", "plus", "add", "Add name", "add a name the extractor missed", "+",
        group="Parties panel", scope="parties"),
    Key("parties-back", "escape", "back", "Back",
        "back out of the corpus list, the filter, the selection", "escape",
        group="Parties panel", scope="parties"),
    # The negotiation tracker (while it has the focus).
    Key("tracker-thread", "T", "next_thread", "Thread",
        "the document's next negotiation thread", "T", show=True, group="Tracker",
        scope="tracker", footer=10),
    Key("tracker-corpus", "a", "toggle_corpus", "Corpus",
        "the corpus's negotiation histories, ordered by date (again: this document)", "a",
        show=True, group="Tracker", scope="tracker", footer=11),
    Key("tracker-status", "s", "set_status", "Set status",
        "set the status of the thread shown (a list of the statuses); saved in the sidecar",
        "s", show=True, group="Tracker", scope="tracker", footer=12),
    Key("tracker-note", "e", "edit_note", "Note",
        "write or edit a note on the thread shown (empty: removed); saved in the sidecar", "e",
        group="Tracker", scope="tracker"),
    Key("tracker-filter", "f", "filter_histories", "Filter",
        "in the histories (a): filter them as you type (parties, topic, places, years)", "f",
        group="Tracker", scope="tracker"),
    Key("tracker-back", "escape", "back", "Back", "back from the corpus histories", "escape",
        group="Tracker", scope="tracker"),
    # The document table (d), a screen of its own: typing filters it.
    Key("documents-sort", "ctrl+s", "sort", "Sort",
        "sort by the next column: date, source, title, status, none (or click a heading)",
        "ctrl+s", group="Documents (d)", scope="documents"),
    Key("documents-reverse", "ctrl+r", "reverse", "Reverse", "reverse the order", "ctrl+r",
        group="Documents (d)", scope="documents"),
    Key("documents-close", "escape", "close", "Close",
        "close the table (enter opens the highlighted document)", "escape",
        group="Documents (d)", scope="documents"),
)

# Keys handled by widgets themselves (lists, palette), listed on the help screen too.
WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    ("↑ ↓ Home End", "scroll the reader, or move in a list", "Reading"),
    ("enter", "open the selected entry: a section (contents), a document (list), an actor "
              "(parties), the evidence of a status (tracker)", "Panels"),
    ("↑ ↓ enter", "in the search box: move among the hits, open one (escape: back)", "Search"),
    ("type", "in the document table: filter by title, source, date or status words",
     "Documents (d)"),
    ("ctrl+p", "command palette: every action above, themes, and documents by title", "App"),
)

# Curation in the parties panel writes to the document's sidecar: said once, under its keys.
PANEL_NOTES: dict[str, str] = {
    "Parties panel": "r M x + are saved in the document's sidecar (comments kept, a backup "
                     "made) and shown at once",
    "Tracker": "s e are saved in the document's sidecar (negotiations:, comments kept, a backup "
               "made) and shown at once, marked ✎",
}

# The query language of `/` and `@` (the help screen's last part).
SEARCH_SYNTAX: tuple[tuple[str, str], ...] = (
    ("word word", "paragraphs with every word, typos allowed, the last word also as a prefix"),
    ('"a phrase"', "these words in this order (inflections allowed: hostility ~ hostilities); "
                   "without it, near matches, said so"),
    ("-word", "leave out paragraphs containing the word"),
    ('-"a phrase"', "leave out paragraphs containing the phrase"),
    ("@name", "paragraphs mentioning an actor under any of its names (also actor:name); the "
              "operators above combine with it: @obama -geneva"),
    ("@=id", "exactly that actor (also actor:=id)"),
    # The filters (briefing.search.filters): a test keeps this list in step with them.
    ("status:agreed", "documents with a thread of that status: exploratory, ongoing, "
                      "near_agreement (near is enough), agreed, implementing, stalled, collapsed"),
    ("role:mediator", "the @actor has that role in the document: mediator, side, party or "
                      "mentioned (@qatar role:mediator)"),
    ("after:2025-02", "published on or after that year, month or day; before:2025-04 before it"),
    ("source:text", 'the source or the path contains the text (source:"white house")'),
    ("sort:date", "newest document first (ctrl+s in the search box: the same)"),
)
# Keys a user keymap may not take: the widgets' own (the reader and the lists handle them
# before any screen binding, so a binding there never fires) and Textual's app keys (the
# palette's ctrl+p wins over any binding; ctrl+c copies, ctrl+q quits).
RESERVED: dict[str, str] = {
    "up": "scroll or move up", "down": "scroll or move down", "home": "go to the start",
    "end": "go to the end", "enter": "open the selected entry",
    "ctrl+p": "the command palette", "ctrl+c": "copy", "ctrl+q": "Textual's quit",
}
KEY_COLUMN = 13  # the help screen's key column: its longest entry ("↑ ↓ Home End", group names)

GROUPS = ("Reading", "Search", "Panels", "Parties panel", "Tracker", "Documents (d)", "App")
SCOPES = ("screen", "parties", "tracker", "documents")
PANEL_SCOPES = ("parties", "tracker")  # inside the reader: its keys work there too
# Textual's own names for characters (what ``Binding`` keys are normalised to).
_REPLACEMENTS = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at",
                 "hyphen_minus": "minus", "plus_sign": "plus", "low_line": "underscore"}


def by_id(key_id: str) -> Key:
    return next(k for k in KEYS if k.id == key_id)


def in_scope(scope: str) -> tuple[Key, ...]:
    return tuple(k for k in KEYS if k.scope == scope)


def normalise(key: str) -> str:
    """A key as Textual names it: ``"]"`` -> ``right_square_bracket``, ``"@"`` -> ``at``."""
    key = key.strip()
    if len(key) != 1 or key.isalnum():
        return key
    try:
        name = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
    except ValueError:
        return key
    return _REPLACEMENTS.get(name, name)


def _keys_of(key: Key, keymap: Mapping[str, str]) -> list[str]:
    return [normalise(k) for k in keymap.get(key.id, key.keys).split(",") if k.strip()]


def _reachable(scope_a: str, scope_b: str) -> bool:
    """Whether keys of two scopes can be live at once (the reader's keys work inside its
    panels; the document table is a screen of its own)."""
    if scope_a == scope_b:
        return True
    pair = {scope_a, scope_b}
    return "screen" in pair and bool(pair & set(PANEL_SCOPES))


def keymap_problems(keymap: Mapping[str, str]) -> dict[str, str]:
    """What is wrong with a user keymap, by binding id (an empty dict: nothing).

    An unknown binding id, or a key that another binding already uses where both are live
    (``search: j`` would silently take scroll-down's key; ``search: f`` would make ``f`` mean
    two things depending on the focus).  A binding given its own default key is fine.
    """
    ids = {k.id: k for k in KEYS}
    problems: dict[str, str] = {}
    for binding_id, wanted in keymap.items():
        key = ids.get(binding_id)
        if key is None:
            close = difflib.get_close_matches(str(binding_id), list(ids), n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}? " if close else ""
            problems[binding_id] = f"unknown binding id ({hint}the README's Keys table " \
                                   "lists the ids)"
            continue
        taken = [k for k in _keys_of(key, keymap) if k in RESERVED and k not in _keys_of(key, {})
                 and not (k == "ctrl+q" and key.id == "quit")]  # the same quit: welcome
        if taken:
            problems[binding_id] = f"{wanted!r} is already taken ({RESERVED[taken[0]]})"
            continue
        for other in KEYS:
            if other.id == binding_id or not _reachable(key.scope, other.scope):
                continue
            if other.id in problems:
                continue
            clash = set(_keys_of(key, keymap)) & set(_keys_of(other, keymap))
            if clash:
                problems[binding_id] = (f"{wanted!r} is already the key of {other.id!r} "
                                        f"({other.help.split(':')[0].split(';')[0]})")
                break
    return problems


def usable_keymap(keymap: Mapping[str, str]) -> dict[str, str]:
    """The keymap without its problem entries (those keep their default keys)."""
    bad = keymap_problems(keymap)
    return {k: v for k, v in keymap.items() if k not in bad}


def bindings(scope: str = "screen") -> list[BindingType]:
    """Textual bindings for one scope, built from the table (ids for the keymap)."""
    from textual.binding import Binding

    made: list[BindingType] = [
        Binding(k.keys, k.action, k.description, show=k.show, id=k.id,
                key_display=k.display.split()[0] if k.display else None, tooltip=k.help)
        for k in in_scope(scope)]
    return made
