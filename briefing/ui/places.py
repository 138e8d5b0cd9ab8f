"""Where the reader is and was: positions per document, the document reopened at start, the
search hits walked (:mod:`briefing.ui.hit_memory`), and bookmarks.

The session keeps the reader state on disk; :class:`Places` decides, for the main screen, which
place to show: the position left in this run, else the saved one; at start the document last
read in this corpus (once it has loaded, and only while the user has not moved); a bookmark's
place, offering to open its corpus when it is another one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing.ui.hit_memory import HitMemory
from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.model import Briefing, Document
    from briefing.ui.main import MainScreen
    from briefing.userdata.state import Bookmark


class Places:
    """Positions, the document to reopen and the bookmarks of one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.positions: dict[str, int] = {}  # path -> offset, to come back where one left
        self.restore: str | None = None  # SHA-256 of the document to reopen once it loads
        self.restore_offset: int | None = None  # ...and where (a bookmark's place)
        self.hits = HitMemory(screen)  # the search hits n/N walk, kept across a restart

    def leave(self, briefing: Briefing, switching: bool) -> None:
        """The reader leaves ``briefing`` (for another document when ``switching``)."""
        self.positions[briefing.document.path] = self.screen.reader.current_offset()
        if switching:
            self.note_position(save=True)  # a switch saves where one left the old one

    def target(self, briefing: Briefing) -> int:
        """Where to open ``briefing``: the place left in this run, else the saved one."""
        target = self.positions.get(briefing.document.path)
        if target is None:
            target = self.screen.session.keeper.position(briefing.document.sha256) or 0
        return target

    def note_position(self, save: bool = True) -> None:
        """Remember the current position (and the side panel); saved in a job when anything
        changed."""
        session = self.screen.session
        if session.keeper.loaded:
            session.keeper.note_panel(session.corpus_key(), *self.screen.arrangement.remembered())
        briefing = self.screen.briefing
        if self.restore is not None:
            if self._untouched():
                # The document last read has not loaded yet: the one shown meanwhile (the
                # first) is not being read, and noting it would reopen it next time.
                briefing = None
            else:
                self.restore = None  # the user moved: what they read now is noted
        self.hits.note()
        session.note_position(briefing, self.screen.reader.current_offset(), save)

    def state_loaded(self) -> None:
        """The reader state is read: reopen the last document, or the saved place here."""
        screen, session = self.screen, self.screen.session
        keeper, reader = session.keeper, screen.reader
        screen.arrangement.restore(*keeper.panel(session.corpus_key()))
        last = keeper.reading(session.corpus_key())
        if last is not None and self.restore is None and not screen.jumps.can_go_back and \
                screen.current <= 0 and reader.current_offset() == 0:
            self.restore = last[0]  # reopen the document one was reading, once it is here
            self.reopen()
        b = screen.briefing
        # Restore the saved place unless the user has already moved in this document.
        if b is not None and b.document.path not in self.positions and \
                reader.current_offset() == 0:
            saved = keeper.position(b.document.sha256)
            if saved:
                reader.scroll_to_offset(saved)
                screen.set_section(screen.navigator.section_at(saved))
        self.hits.state_loaded()
        session.start_save()

    def loaded_more(self) -> None:
        """More documents arrived: reopen the one last read if it is among them."""
        if self.restore is None:
            return
        if not self._untouched():
            self.restore = None  # the user has moved meanwhile: leave them there
        else:
            self.reopen()

    def _untouched(self) -> bool:
        """Still at the start (or the saved place) of the first document: the user has not
        moved, so the document last read may still be reopened when it arrives."""
        screen = self.screen
        b = screen.briefing
        if b is None:
            return True
        offset = screen.reader.current_offset()
        return screen.current == 0 and offset in (
            0, screen.session.keeper.position(b.document.sha256))

    def reopen(self) -> None:
        """Open the document to restore (when it has loaded), at its place."""
        screen = self.screen
        index = screen.session.by_sha.get(self.restore or "")
        if index is None:
            return
        self.restore, offset, self.restore_offset = None, self.restore_offset, None
        if index != screen.current or offset is not None:
            screen.navigator.replaying = True  # not a jump the user made
            try:
                screen.show_document(index, offset=offset)
            finally:
                screen.navigator.replaying = False

    # ------------------------------------------------------------------ bookmarks
    def add_bookmark(self) -> None:
        """``m``: bookmark this place with an optional note."""
        screen = self.screen
        b = screen.briefing
        if b is None:
            return
        if not screen.session.keeper.loaded:
            notify_safe(screen, "the reader state is still loading; try again",
                        severity="warning")
            return
        from briefing.ui.dialogs import PromptScreen

        offset = screen.reader.current_offset()

        def done(note: str | None) -> None:
            if note is not None:
                screen.session.add_bookmark(b, offset, note.strip())

        screen.app.push_screen(PromptScreen("Bookmark this place", placeholder="note (optional)",
                                            hint="enter: add · escape: cancel"), done)

    def list_bookmarks(self) -> None:
        """``'``: the bookmarks; ``enter`` goes to one."""
        from briefing.ui.bookmarks import BookmarksScreen

        session = self.screen.session
        screen = BookmarksScreen(session.keeper.bookmarks(), self._describe,
                                 session.remove_bookmark)
        self.screen.app.push_screen(screen, self._go_to)

    def _describe(self, mark: Bookmark) -> tuple[str, str]:
        index = self.screen.session.by_sha.get(mark.sha256)
        if index is None:
            return f"{Path(mark.path).name} (not loaded)", ""
        document = self.screen.session.briefings[index].document
        return document.display_title, bookmark_snippet(document, mark.offset)

    def _go_to(self, mark: Bookmark | None) -> None:
        if mark is None:
            return
        screen = self.screen
        index = screen.session.bookmark_index(mark)
        if index is None:
            from briefing.ui.actions import open_corpus
            from briefing.ui.bookmarks import offer_corpus_of

            offer_corpus_of(screen, mark, screen.session.keeper.recent(),
                            lambda paths, sha, offset: open_corpus(screen, paths, sha, offset))
            return
        screen.navigator.note_jump()
        screen.navigator.move_to(index, mark.offset)
        screen.arrangement.show_reader()
        screen.update_status()


def bookmark_snippet(document: Document, offset: int, size: int = 70) -> str:
    """A few words of the text at a bookmark, on one line: those after the headline when the
    mark is on it (the top of a document: the list showed the title twice, "UK troops on
    Ivory Coast standby / UK troops on Ivory Coast standby Downing Street has…")."""
    span = document.title_span
    if span is not None and span[0] <= offset < span[1]:
        offset = span[1]
    words = " ".join(document.text[offset:offset + size * 3].split())
    return words if len(words) <= size else words[:size - 1].rstrip() + "…"
