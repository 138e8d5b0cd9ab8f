"""Moving through the text: sections, search hits and mentions (``n``/``N``), evidence, and
the way back (``ctrl+o``/``ctrl+f``).

:class:`Navigator` does these moves for the main screen, which keeps the view's reactives
(``current``, ``section``, ``actor``, ``search_hits``).  ``n``/``N`` walk the last search's hits
in reading order, or the mentions of the selected actor in the current document.  A jump records
the place it leaves so ``ctrl+o`` can come back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from briefing.ui.jumps import Place, hit_before, reading_order
from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.model import Briefing
    from briefing.ui.main import MainScreen
    from briefing.ui.reader import Reader


class HitLike(Protocol):
    """What the navigator needs of a search hit (``briefing.search`` ``Hit``)."""

    @property
    def path(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def spans(self) -> Sequence[tuple[int, int]]: ...


class Navigator:
    """Sections, ``n``/``N`` and jumps for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.walking = ""  # "search" | "actor": what n/N walk
        self.hit_pos = -1
        self.on_hit = False  # the view is at search_hits[hit_pos] (not moved off by ctrl+o)
        self.mention_pos = -1
        self.pinned_section: int | None = None  # jumped to, kept while its start is on screen
        self.replaying = False  # moving back or forward (or restoring): not a new jump

    @property
    def reader(self) -> Reader:
        return self.screen.reader

    @property
    def briefing(self) -> Briefing | None:
        return self.screen.briefing

    # ------------------------------------------------------------------ sections
    def section_at(self, offset: int) -> int:
        b = self.briefing
        starts = [s.start for s in b.document.sections] if b else []
        return max(0, bisect_right(starts, offset) - 1) if starts else 0

    def visible_sections(self) -> list[int]:
        b = self.briefing
        if b is None:
            return []
        keep = self.reader.paragraph_filter
        return [i for i, s in enumerate(b.document.sections)
                if keep is None or any(p.start in keep for p in s.paragraphs)]

    def go_to_section(self, index: int) -> None:
        b = self.briefing
        if b is None or not 0 <= index < len(b.document.sections):
            return
        self.reader.scroll_to_offset(b.document.sections[index].start)
        self.pinned_section = index
        self.screen.set_section(index)

    def next_section(self) -> None:
        later = [i for i in self.visible_sections() if i > self.screen.section]
        if later:
            self.go_to_section(later[0])
        else:
            self.screen.app.bell()

    def previous_section(self) -> None:
        b = self.briefing
        if b is None:
            return
        section = self.screen.section
        here = self.reader.current_offset()
        start = b.document.sections[section].start if b.document.sections else 0
        visible = self.visible_sections()
        if here > start and self.pinned_section is None and section in visible:
            self.go_to_section(section)  # first back to the start of this section
            return
        earlier = [i for i in visible if i < section]
        if earlier:
            self.go_to_section(earlier[-1])
        else:
            self.screen.app.bell()

    def position_changed(self, offset: int) -> None:
        """The reader scrolled to ``offset``: follow with the section being read."""
        section = self.section_at(offset)
        reader = self.reader
        rows = reader.scrollable_content_region.height
        if reader.max_scroll_y > 0 and round(reader.scroll_y) >= reader.max_scroll_y:
            # At the very end the last sections cannot reach the top: the last one whose
            # start is on screen is the one being read.
            bottom = reader.offset_at_row(round(reader.scroll_y) + rows - 1)
            section = max(section, self.section_at(bottom))
        pinned, b = self.pinned_section, self.briefing
        if pinned is not None and b is not None and pinned < len(b.document.sections):
            start = b.document.sections[pinned].start
            # Keep the jumped-to section while its start is still on screen (at the end of a
            # document the view cannot scroll a short last section to the top).
            if offset <= start and reader.row_distance(offset, start) < rows:
                section = pinned
            else:
                self.pinned_section = None
        if section != self.screen.section:
            self.screen.set_section(section)

    def top(self) -> None:
        self.note_jump()
        self.pinned_section = None
        self.reader.scroll_home(animate=False)

    def bottom(self) -> None:
        self.note_jump()
        self.pinned_section = None
        self.reader.scroll_end(animate=False)

    # ------------------------------------------------------------------ the way back
    def here(self) -> Place | None:
        b = self.briefing
        return Place(b.document.path, self.reader.current_offset()) if b is not None else None

    def note_jump(self) -> None:
        """A jump is about to leave the current place: ctrl+o will come back to it."""
        here = self.here()
        if here is not None and not self.replaying:
            self.screen.jumps.record(here)

    def jump(self, way: str) -> None:
        """``back`` (ctrl+o) or ``forward`` (ctrl+f) along the jump list."""
        here = self.here()
        jumps = self.screen.jumps
        place = None if here is None else jumps.back(here) if way == "back" else \
            jumps.forward(here)
        if place is None:
            self.screen.app.bell()
            notify_safe(self.screen, f"nothing to go {way} to", timeout=2)
            return
        index = self.screen.session.index_of_path(place.path)
        if index is None:
            jumps.forget(place.path)
            notify_safe(self.screen, "that document is not loaded", severity="warning")
            return
        self.replaying = True
        try:
            self.move_to(index, place.offset)
        finally:
            self.replaying = False
        hits = self.screen.search_hits
        if hits:  # n/N go on from here; the status no longer names a hit
            self.on_hit = False
            self.hit_pos = hit_before(hits, self.screen.session.by_path, index, place.offset)

    def move_to(self, index: int, offset: int) -> None:
        """Show document ``index`` with ``offset`` at the top (the filter revealing it)."""
        if index != self.screen.current:
            self.screen.show_document(index, offset=offset)
        self.reveal(offset)
        self.reader.scroll_to_offset(offset)
        self.pinned_section = None
        self.screen.set_section(self.section_at(offset))

    def reveal(self, offset: int) -> None:
        """Drop the paragraph filter if it hides ``offset``."""
        keep = self.reader.paragraph_filter
        b = self.briefing
        if keep is None or b is None:
            return
        if not any(p.start <= offset < max(p.end, p.start + 1) and p.start in keep
                   for p in b.document.paragraphs):
            self.reader.set_paragraph_filter(None)

    # ------------------------------------------------------------------ search hits
    def search_done(self, ranked: Sequence[HitLike], hit: HitLike) -> None:
        """The search screen closed on ``hit``; ``n``/``N`` walk ``ranked`` in reading order."""
        hits: list[HitLike] = reading_order(list(ranked) or [hit], self.screen.session.by_path)
        position = next((i for i, h in enumerate(hits) if h is hit), None)
        if position is None:
            hits.insert(0, hit)
            position = 0
        self.screen.search_hits = hits
        self.hit_pos = position
        self.walking = "search"
        self.go_to_hit(hit)

    def go_to_hit(self, hit: HitLike) -> None:
        self.note_jump()  # before a switch of document, which would record it too
        if not isinstance(hit.path, str) or not self.screen.switch_to_path(hit.path):
            notify_safe(self.screen, "that document is not loaded", severity="warning")
            return
        start = int(hit.start or 0)
        self.screen.arrangement.show_reader()
        self.reveal(start)
        self.reader.scroll_to_offset(start, top=False)
        self.reader.set_highlights("search", [(int(s), int(e)) for s, e in hit.spans or ()])
        self.on_hit = True
        self.screen.update_status()

    def step(self, direction: int) -> None:
        """``n`` (+1) or ``N`` (-1): the next search hit, else the next mention."""
        hits = self.screen.search_hits
        if self.walking == "search" and hits:
            if self.on_hit or direction > 0:
                self.hit_pos = (self.hit_pos + direction) % len(hits)
            else:  # off the hits (ctrl+o): N is the last hit before here
                self.hit_pos %= len(hits)
            self.go_to_hit(hits[self.hit_pos])
            return
        mentions = self.actor_mentions()
        if mentions:
            if self.mention_pos < 0:
                after = bisect_right([m[0] for m in mentions], self.reader.current_offset())
                self.mention_pos = after if direction > 0 else after - 1
            else:
                self.mention_pos += direction
            self.mention_pos %= len(mentions)
            start = mentions[self.mention_pos][0]
            self.reveal(start)
            self.reader.scroll_to_offset(start, top=False)
            return
        notify_safe(self.screen, self.nothing_to_step())

    def nothing_to_step(self) -> str:
        """Why ``n`` has nothing to go to, said with what there is: "pick an actor (p)" to a
        user who had picked one, or whose document has none, pointed at nothing."""
        b = self.briefing
        if b is None:
            return "Nothing to step through: no document is open."
        actor_id = self.screen.actor
        if actor_id is not None:
            actor = b.actor(actor_id)
            name = actor.name if actor is not None and actor.name else actor_id
            return (f"Nothing to step through: {name} is not marked in this document's "
                    "text; search with / for words")
        if not b.actors:
            return "Nothing to step through: no actor was found in this document; search with /"
        return "Nothing to step through: search with / or pick an actor (p)."

    # ------------------------------------------------------------------ actors and evidence
    def actor_mentions(self) -> list[tuple[int, int]]:
        b, actor_id = self.briefing, self.screen.actor
        if b is None or actor_id is None:
            return []
        actor = b.actor(actor_id)
        if actor is None:
            return []
        # An actor named only by descriptions ("the Azerbaijani government", a sub-actor or an
        # anonymous source) is found by its references: picked, it marked nothing.
        return sorted((m.start, m.end) for m in actor.mentions or actor.references)

    def highlight_actor(self, actor_id: str | None, scroll: bool = False) -> None:
        self.screen.actor = actor_id
        self.mention_pos = -1
        mentions = self.actor_mentions()
        self.reader.set_highlights("mention", mentions)
        if scroll and mentions:
            self.reveal(mentions[0][0])
            self.reader.scroll_to_offset(mentions[0][0], top=False)

    def select_actor(self, actor_id: str | None, scroll: bool = False) -> None:
        """The actor picked in a panel: highlighted, and what ``n``/``N`` walk."""
        self.highlight_actor(actor_id, scroll)
        self.walking = "actor" if actor_id else ""

    def keep_actor(self, briefing: Briefing) -> None:
        """After a document change: the selection stays only if ``briefing`` lists it."""
        actor_id = self.screen.actor
        if actor_id is None:
            return
        keep = actor_id if briefing.actor(actor_id) is not None else None
        if keep is None and self.walking == "actor":
            self.walking = ""
        self.highlight_actor(keep)

    def filter_to_actor(self, only: bool) -> None:
        """Show only the paragraphs mentioning the selected actor (or all again)."""
        b = self.briefing
        if not only or b is None or self.screen.actor is None:
            self.reader.set_paragraph_filter(None)
            return
        starts = set()
        mention_starts = [m[0] for m in self.actor_mentions()]
        for para in b.document.paragraphs:
            i = bisect_right(mention_starts, para.start - 1)
            if i < len(mention_starts) and mention_starts[i] < para.end:
                starts.add(para.start)
        self.reader.set_paragraph_filter(starts)

    def show_evidence(self, path: str, start: int, end: int) -> None:
        """A span (evidence, a quote) in a document: scrolled to and highlighted."""
        self.note_jump()
        if not self.screen.switch_to_path(path):
            return
        self.reveal(start)
        self.reader.scroll_to_offset(start, top=False)
        self.reader.set_highlights("evidence", [(start, end)])

    def clear(self) -> None:
        """``escape``: no search hits, evidence or selected actor any more."""
        self.reader.set_highlights("search", [])
        self.reader.set_highlights("evidence", [])
        self.highlight_actor(None)
        self.walking = ""
        self.screen.search_hits = []
