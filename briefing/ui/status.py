"""The status line under the reader: where one is, the loading progress, the problems.

``§2/5 Positions · hit 3/12`` on the left (the document, the section, the search hit or the
selected actor's mention, ``filtered``), then ``Loading… 1,234/21,901`` (with what search covers
meanwhile: ``· search: all text``) or ``17 documents``, then
``⚠ 3 problems (!)``.  Narrow terminals get short forms so the position is not what is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from briefing.ui.text import safe_str

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen


def where_text(screen: MainScreen) -> str:
    """The position part: document, section, hit or mention, filter (display-safe)."""
    b = screen.briefing
    if b is None:
        return ""
    parts: list[str] = []
    count = len(screen.session.briefings)
    if count > 1:
        parts.append(f"{screen.current + 1:,}/{count:,}")
    sections, section = b.document.sections, screen.section
    if sections:
        where_in = f"§{section + 1:,}/{len(sections):,}"
        # a heading, or what a transcript's topic section is called
        name = sections[section].heading or sections[section].label \
            if section < len(sections) else None
        # Narrow, with a hit or a mention count to show next: the heading gives way (it
        # pushed "Russia: 17 mentions" out of a 40-column line).
        walking = screen.actor is not None or (
            screen.navigator.walking == "search" and bool(screen.search_hits))
        if name and not (screen.arrangement.narrow and walking):
            where_in += " " + safe_str(name, 60)
        parts.append(where_in)
    navigator = screen.navigator
    hits = screen.search_hits
    if navigator.walking == "search" and hits:
        n = len(hits)
        parts.append(f"hit {navigator.hit_pos + 1:,}/{n:,}" if navigator.on_hit
                     else f"{n:,} hit{'s' if n != 1 else ''}")
    elif screen.actor is not None:
        # Whose mentions: "mention 17" alone read as "the 17th", of no one in particular.
        n = len(navigator.actor_mentions())
        actor = b.actor(screen.actor)
        narrow = screen.arrangement.narrow  # short forms: the count must not be cut
        who = f"{safe_str(actor.name, 24)}: " if actor is not None and not narrow else ""
        if n and navigator.mention_pos >= 0:
            parts.append(f"{who}mention {navigator.mention_pos + 1:,}/{n:,}")
        elif n:
            parts.append(f"{who}{n:,} mention{'s' if n != 1 else ''}"
                         + ("" if narrow else " (n: next)"))
        elif actor is not None:  # listed, but no mention was located
            parts.append(f"{who}no mention located")
    if screen.reader.paragraph_filter is not None:
        parts.append("filtered")
    return " · ".join(parts)


class StatusBar(Horizontal):
    """One line: the position, the loading progress and the problem count."""

    def compose(self) -> ComposeResult:
        yield Static(id="status-where")
        yield Static(Content("Loading…"), id="status-load")
        yield Static(id="status-problems")

    def show(self, where: str, *, loading: str | None, documents: int, problems: int,
             narrow: bool, search: str | None = None) -> None:
        """``loading``: the files read while loading (``None`` once done); ``search``: what
        search already covers meanwhile ("search: all text"), said where there is room."""
        self.query_one("#status-where", Static).update(Content(where))
        load = self.query_one("#status-load", Static)
        if loading is not None:
            reach = f" · {search}" if search and not narrow else ""
            load.update(Content(f"{'…' if narrow else 'Loading… '}{loading}{reach}"))
            load.remove_class("-done")
            load.display = True
        else:
            load.update(Content(f"{documents:,} document{'s' if documents != 1 else ''}"))
            load.add_class("-done")
            load.display = not (narrow and documents > 1)  # "17061/21901" already says it
        shown = self.query_one("#status-problems", Static)
        shown.update(Content(f"⚠ {problems:,}" if narrow else
                             f"⚠ {problems:,} problem{'s' if problems != 1 else ''} (!)")
                     if problems else "")
        shown.display = bool(problems)
