"""The status line under the reader: where one is, the loading progress, the problems.

``§2/5 Positions · hit 3/12`` on the left (the document, the section, the search hit or the
selected actor's mention, ``filtered``), then ``Loading… 1,234/21,901`` (with what search covers
meanwhile: ``· search: all text``) or ``17 documents``, then
``⚠ 3 problems (!)``.  Narrow terminals get short forms so the position is not what is cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.content import Content
from textual.strip import Strip
from textual.widget import Widget

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
        # An actor named only by descriptions is walked through its references.
        word = "mention" if actor is None or actor.mentions else "reference"
        if n and navigator.mention_pos >= 0:
            parts.append(f"{who}{word} {navigator.mention_pos + 1:,}/{n:,}")
        elif n:
            parts.append(f"{who}{n:,} {word}{'s' if n != 1 else ''}"
                         + ("" if narrow else " (n: next)"))
        elif actor is not None:  # listed, but no mention was located
            parts.append(f"{who}no mention located")
    if screen.reader.paragraph_filter is not None:
        parts.append("filtered")
    return " · ".join(parts)


class StatusBar(Widget):
    """One line: the position, the loading progress and the problem count.

    One widget drawing three parts; it was a container of three ``Static`` widgets, which
    cost ~12 M instructions of the first frame.  The position is on the left, cut where a
    ``Static`` would wrap it; the loading part and the problem count are on the right.  Each
    text has its component class's colour (``status--where``, ``status--load``,
    ``status--done``, ``status--problems``: main.tcss), and each part is padded by a cell on
    both sides in the line's background, segment for segment as the widgets drew it."""

    COMPONENT_CLASSES = {"status--where", "status--load", "status--done", "status--problems"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.where = ""  # the parts as shown (plain text), for the tests and the reader
        self.load: str | None = "Loading…"  # None: not shown
        self.load_done = False
        self.problems: str | None = None  # None: not shown

    def show(self, where: str, *, loading: str | None, documents: int, problems: int,
             narrow: bool, search: str | None = None) -> None:
        """``loading``: the files read while loading (``None`` once done); ``search``: what
        search already covers meanwhile ("search: all text"), said where there is room."""
        if loading is not None:
            reach = f" · {search}" if search and not narrow else ""
            # Nothing counted yet: "Loading…", not "Loading… 0" (0 of what?).
            count = loading if loading not in ("", "0") else ""
            load: str | None = (("…" + count) if narrow else
                                ("Loading… " + count if count else "Loading…")) + reach
            done = False
        else:
            load = f"{documents:,} document{'s' if documents != 1 else ''}"
            done = True
            if narrow and documents > 1:  # "17061/21901" already says it
                load = None
        shown = (f"⚠ {problems:,}" if narrow else
                 f"⚠ {problems:,} problem{'s' if problems != 1 else ''} (!)") \
            if problems else None
        parts = (where, load, done, shown)
        if parts != (self.where, self.load, self.load_done, self.problems):
            self.where, self.load, self.load_done, self.problems = parts
            self.refresh()

    def render_line(self, y: int) -> Strip:
        """The line as the three widgets drew it, segment for segment: each part padded by a
        cell each side in the line's background alone, its text in its own colour, the
        position's cells after its text in the background alone."""
        width = self.size.width
        if y or width <= 0:
            return Strip.blank(width)
        fill = Style(bgcolor=self.get_visual_style().rich_style.bgcolor)
        parts: list[tuple[str, str]] = []  # the right-hand parts: (text, component class)
        if self.load is not None:
            parts.append((self.load, "status--done" if self.load_done else "status--load"))
        if self.problems is not None:
            parts.append((self.problems, "status--problems"))
        room = width - sum(cell_len(text) + 2 for text, _ in parts) - 2
        where = _cut(self.where, room)
        segments = [Segment(" ", fill)]
        if where:
            segments.append(Segment(where, self.get_visual_style("status--where").rich_style))
        if room - cell_len(where) > 0:
            segments.append(Segment(" " * (room - cell_len(where)), fill))
        segments.append(Segment(" ", fill))
        for text, component in parts:
            segments += [Segment(" ", fill),
                         Segment(text, self.get_visual_style(component).rich_style),
                         Segment(" ", fill)]
        return Strip(segments).crop_extend(0, width, fill)


def _cut(where: str, room: int) -> str:
    """``where`` in ``room`` cells: cut at a word, and then ending with "…" (a heading cut
    at a word read as whole: "§2/5 Talks on the" said nothing was missing)."""
    if room <= 0 or not where:
        return ""
    if cell_len(where) <= room:
        return where
    shown = Content(where).wrap(room - 1)[0].plain if room > 1 else ""
    # a part cut away leaves its separator pointing at nothing ("§1/3 · 1 mention ·")
    shown = shown.rstrip().removesuffix("·").rstrip()
    return shown + "…" if shown else ""
