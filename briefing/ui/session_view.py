"""The session's side of the main screen: its events in, what the widgets show out.

The :class:`~briefing.session.Session` runs its jobs as the screen's thread workers
(:class:`ScreenJobs`); each event a job publishes arrives on the UI thread as a
:class:`SessionMessage`, and :class:`SessionView` applies it: documents loaded (the list, the
first document, the corpus lists of the panels), a document analysed again or curated (shown
at the same place), the index ready, the reader state read.  It also mounts the side panels
once their modules are imported, and feeds them.  Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from time import monotonic
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import get_current_worker

from briefing.session.jobs import Job
from briefing.session.progress import empty_message
from briefing.session.state import SAVE_INTERVAL
from briefing.ui.actions import check_on_disk, documents_grew
from briefing.ui.first_frame import SIDE_PANELS
from briefing.ui.panel_slot import PanelSlot
from briefing.ui.panels import SidePanelView
from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.model import Briefing
    from briefing.session.events import BriefingsLoaded, SessionEvent
    from briefing.ui.feeds import FeedsFetched
    from briefing.ui.main import MainScreen
    from briefing.ui.reader import Reader

CORPUS_PUSH_INTERVAL = 1.0  # seconds between set_corpus calls while a big folder loads


class SessionMessage(Message):
    """An event of the session, posted by the job that published it."""

    def __init__(self, event: SessionEvent) -> None:
        super().__init__()
        self.event = event


class PanelsImported(Message):
    """The side-panel classes, imported off the UI thread (``None``: not available)."""

    def __init__(self, classes: dict[str, type[Widget] | None]) -> None:
        super().__init__()
        self.classes = classes


class ScreenJobs:
    """The session's :class:`~briefing.session.jobs.JobRunner`: thread workers of a screen."""

    def __init__(self, screen: Screen[Any]) -> None:
        self._screen = screen

    def run(self, job: Job, *, group: str, description: str, exclusive: bool = False) -> None:
        def body() -> None:
            worker = get_current_worker()
            job(lambda: worker.is_cancelled)

        self._screen.run_worker(body, thread=True, group=group, exclusive=exclusive,
                                description=description)

    def cancel(self, group: str) -> None:
        self._screen.workers.cancel_group(self._screen, group)


def _set_loading(panel: SidePanelView, total: int | None) -> None:
    """Tell a panel that can say it that the folder still loads (``None``: done)."""
    set_loading = getattr(panel, "set_loading", None)
    if callable(set_loading):
        set_loading(total)


class SessionView:
    """Applies the session's events to one main screen's widgets."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self._last_corpus_push = 0.0
        self._panel_errors: set[str] = set()
        # While another screen (search, the document table, help...) is on top, what loading
        # changes on the main screen waits: each repaint under it makes the top screen render
        # its tinted background again (10-20 ms a time, 4 times a second while a big folder
        # loads: the keys typed in search answered late).  Caught up by :meth:`resumed`.
        self._unlisted_from: int | None = None  # first document not in the list yet
        self._status_stale = False  # the status line alone, while covered
        self._behind_stale = False  # the status line and the panels' corpus

    def event(self, event: SessionEvent) -> None:
        """One event of the session, on the UI thread."""
        # Imported with the first event, after the first frame (dataclasses cost start-up).
        from briefing.session.events import (
            BriefingsLoaded,
            Curated,
            DocumentAnalysed,
            IndexReady,
            StateLoaded,
        )

        screen = self.screen
        applied = screen.session.apply(event)
        if isinstance(event, BriefingsLoaded):
            self.show_loaded(event, applied.first)
        elif isinstance(event, DocumentAnalysed | Curated) and applied.position is not None \
                and applied.replaced is not None:
            self._replaced(applied.position, applied.replaced, isinstance(event, Curated))
        elif isinstance(event, IndexReady) and applied.index_changed:
            refresh = getattr(screen.app.screen, "index_changed", None)  # an open search screen
            if callable(refresh):
                refresh()
        elif isinstance(event, StateLoaded):
            screen.places.state_loaded()
            screen.set_interval(SAVE_INTERVAL, screen.places.note_position,
                                name="state-save")
            screen.set_interval(SAVE_INTERVAL, lambda: check_on_disk(screen),
                                name="changed-on-disk")
        if isinstance(event, IndexReady | BriefingsLoaded) and screen.session.keeper.loaded:
            screen.places.hits.check()  # the hits walked last time, once all is indexed
        if isinstance(event, Curated) and event.gone and screen.briefing is not None \
                and screen.briefing.document.path == event.path:
            screen.reader.set_gone(event.error or "")  # said while it is shown, not only once
        for notice in applied.notices:
            notify_safe(screen, notice.text, severity=notice.severity)
        if self._covered(event):
            self._behind_stale = True
        elif screen.current >= 0 and screen.app.screen is not screen:
            # Under search, another event (the index of what was loaded meanwhile, an
            # analysis) showed the new document count before the list had them (session 19).
            self._status_stale = True
        else:
            screen.update_status()

    def _covered(self, event: SessionEvent) -> bool:
        """Loading goes on while another screen is on top: the main screen's view waits."""
        from briefing.session.events import BriefingsLoaded

        screen = self.screen
        return (isinstance(event, BriefingsLoaded) and screen.current >= 0
                and screen.app.screen is not screen)

    def resumed(self) -> None:
        """The main screen is back on top: show what loading changed meanwhile."""
        self._list_unlisted()
        if self._behind_stale:
            self._behind_stale = False
            self.push_corpus()
            self.screen.update_status()
        elif self._status_stale:
            self.screen.update_status()
        self._status_stale = False

    def _list_unlisted(self) -> None:
        """The documents loaded while covered join the document list (in order)."""
        if self._unlisted_from is not None:
            screen = self.screen
            first, self._unlisted_from = self._unlisted_from, None
            screen.document_list.add_briefings(screen.session.briefings[first:], first)
            screen.arrangement.apply_classes()
            screen.document_list.follow(screen.current)

    def show_loaded(self, event: BriefingsLoaded, first: int) -> None:
        """Documents arrived (``first``: the position of the first of them)."""
        screen = self.screen
        session = screen.session
        covered = self._covered(event)
        if event.briefings:
            if covered:
                if self._unlisted_from is None:
                    self._unlisted_from = first
            elif self._unlisted_from is not None:
                self._list_unlisted()  # (these included)
            else:
                screen.document_list.add_briefings(event.briefings, first)
                screen.arrangement.apply_classes()
        if screen.current < 0 and session.briefings:
            screen.show_document(0)
        screen.places.loaded_more()
        if event.briefings or event.done:
            documents_grew(screen)  # an open document table takes them in
        if event.done:
            if not session.briefings:
                screen.reader.set_message(empty_message(session))
            if covered:
                self._behind_stale = True
            else:
                self.push_corpus()
        elif monotonic() - self._last_corpus_push > CORPUS_PUSH_INTERVAL:
            if covered:
                self._behind_stale = True
            else:
                self.push_corpus()

    def _replaced(self, position: int, old: Briefing, curated: bool) -> None:
        """The briefing at ``position`` was analysed (or curated): show the new one."""
        screen = self.screen
        new = screen.session.briefings[position]
        screen.doc_rows.forget(position)
        if position == screen.current:
            if new.document.sha256 != old.document.sha256 or _header(new) != _header(old):
                reshow(screen.reader, old, new)  # changed on disk (or its sidecar's header)
                screen.contents.set_briefing(new)
            else:
                screen.reader.briefing = new  # the same text: no re-layout
            self.each_panel(lambda p: p.set_briefing(new))
            navigator = screen.navigator
            if screen.actor is not None:
                if new.actor(screen.actor) is None:
                    navigator.highlight_actor(None)
                    navigator.walking = ""
                else:
                    navigator.highlight_actor(screen.actor)
        if curated:
            self.push_corpus()

    def push_corpus(self) -> None:
        """The panels' corpus lists take in the briefings loaded so far."""
        self._last_corpus_push = monotonic()
        session = self.screen.session
        total = (session.total_files or 0) if session.is_loading else None
        self.each_panel(lambda p: _set_loading(p, total))  # (said by the corpus lists)
        self.each_panel(lambda p: p.set_corpus(session.briefings))

    def each_panel(self, call: Callable[[SidePanelView], object], only: str = "") -> None:
        """Call every side panel (or ``only`` one); a failing panel is reported once."""
        for name in (only,) if only else SIDE_PANELS:
            widget = self.screen.panel(name)
            if not isinstance(widget, SidePanelView):
                continue
            try:
                call(widget)
            except Exception as exc:  # noqa: BLE001 - a panel's failure must not stop the reader
                if name not in self._panel_errors:
                    self._panel_errors.add(name)
                    notify_safe(self.screen, f"the {name} panel failed: "
                                             f"{exc.__class__.__name__}: {exc}", severity="error")

    async def mount_panels(self, message: PanelsImported) -> None:
        """The side panels' classes are imported: each goes into its slot, fed at once."""
        from briefing.ui.panels import make_panel

        screen = self.screen
        for name, cls in message.classes.items():
            slot = screen.query_one(f"#{name}", PanelSlot)
            panel = make_panel(cls, name, id=f"{name}-panel")
            await slot.mount(panel)
            screen.arrangement.panel_arrived(name, panel)
            briefing = screen.briefing
            if briefing is not None:
                self.each_panel(partial(_show_in, briefing=briefing), only=name)
            if screen.session.briefings:
                self.each_panel(lambda p: p.set_corpus(screen.session.briefings), only=name)

    def feeds_fetched(self, message: FeedsFetched) -> None:
        """New articles from the feeds join the corpus: list, panels, then the index."""
        screen = self.screen
        if message.briefings or message.problems:
            from briefing.session.events import BriefingsLoaded

            count = len(screen.session.briefings)
            screen.session.add_fetched(message.briefings, message.problems)
            self.show_loaded(BriefingsLoaded(message.briefings, message.problems, 0), count)
            self.push_corpus()
            screen.update_status()
        notify_safe(screen, message.note, severity="warning" if message.failed else "information")


def _show_in(panel: SidePanelView, briefing: Briefing) -> None:
    panel.set_briefing(briefing)


def _header(briefing: Briefing) -> tuple[object, ...]:
    """What the reader's header shows of a document besides its text."""
    d = briefing.document
    return (d.title, d.published, d.source, d.url, d.dateline)


def reshow(reader: Reader, old: Briefing, new: Briefing) -> None:
    """Lay ``new`` (the file changed on disk) out again where ``old`` was being read: on the
    same text (:func:`same_place`), or on the header if the view was there."""
    offset = reader.current_offset()
    at_top = round(reader.scroll_y) == 0
    reader.show(new)  # laid out again, header included
    if not at_top:
        reader.scroll_to_offset(same_place(old.document.text, new.document.text, offset))


def same_place(old: str, new: str, offset: int) -> int:
    """Where the text at ``offset`` of ``old`` is in ``new`` (the file edited on disk: lines
    added above the place move it down), the nearest match; else ``offset`` (bounded)."""
    probe = old[offset:offset + 80]
    if len(probe.strip()) >= 8:
        after = new.find(probe, max(0, offset - 1))
        before = new.rfind(probe, 0, offset + len(probe))
        found = [i for i in (after, before) if i >= 0]
        if found:
            return min(found, key=lambda i: abs(i - offset))
    return min(offset, len(new))
