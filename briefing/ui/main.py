"""The main screen: the reader with its document list and side panels; it routes the keys.

What the reader works on (the corpus, its index, the saved state) is the
:class:`~briefing.session.Session`'s; the screen holds the view (current document, section,
selected actor, search hits) as reactives, turns the session's events into Textual messages
(its jobs run as thread workers and never touch widgets) and updates the widgets from them.
Moves through the text are the :class:`~briefing.ui.navigation.Navigator`'s, the panels'
arrangement by width the :class:`~briefing.ui.arrangement.PanelArrangement`'s, positions and
bookmarks the :class:`~briefing.ui.places.Places`'.  The first frame never waits for loading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from time import monotonic
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList
from textual.worker import get_current_worker

from briefing.session import Session
from briefing.session.jobs import Job
from briefing.session.state import SAVE_INTERVAL
from briefing.ui.actions import (
    check_on_disk,
    cycle_theme,
    documents_grew,
    open_documents,
    open_problems,
)
from briefing.ui.arrangement import MEDIUM, PanelArrangement
from briefing.ui.doc_rows import DocRows
from briefing.ui.first_frame import compose_first_frame, mount_rest
from briefing.ui.jumps import JumpList
from briefing.ui.keys import bindings
from briefing.ui.navigation import HitLike, Navigator
from briefing.ui.panels import Contents, DocumentList, PanelSlot, SidePanelView, import_panels
from briefing.ui.places import Places
from briefing.ui.reader import Reader
from briefing.ui.status import StatusBar, where_text
from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.model import Briefing, Problem
    from briefing.session.events import BriefingsLoaded, SessionEvent
    from briefing.ui.feeds import FeedsFetched
    from briefing.ui.parties import PartiesPanel
    from briefing.ui.side_panel import SidePanel
    from briefing.ui.tracker import TrackerPanel

CORPUS_PUSH_INTERVAL = 1.0  # seconds between set_corpus calls while a big folder loads
SIDE_PANELS = ("parties", "tracker")


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


class MainScreen(Screen[None]):
    """The reader with its document list, contents and side panels."""

    BINDINGS = bindings("screen")
    AUTO_FOCUS = ""  # focus restyles: the reader takes it after the first frame (_start)
    # Its CSS is main.tcss, read by the app (Textual reads no CSS_PATH of a default screen).

    # The view (reactive so panels may ``data_bind`` to it).
    current: var[int] = var(-1)                 # index into the session's briefings
    section: var[int] = var(0)                  # section index in the current document
    actor: var[str | None] = var(None)          # selected actor id
    search_hits: var[list[HitLike]] = var(list)  # hits of the last search (n/N walk them)

    def __init__(self, paths: Sequence[str] = (), limits: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.session = Session(paths, ScreenJobs(self), limits)
        self.session.subscribe(self._post_event)
        self.arrangement = PanelArrangement(self)
        self.navigator = Navigator(self)
        self.places = Places(self)
        self.jumps = JumpList()  # ctrl+o / ctrl+f: the places before each jump
        self.doc_rows = DocRows()  # the document table's rows, made once per document
        self._last_corpus_push = 0.0
        # While another screen (search, the document table, help...) is on top, what loading
        # changes here waits: each repaint under it makes the top screen render its tinted
        # background again (10-20 ms a time, 4 times a second while a big folder loads: the
        # keys typed in search answered late).  Caught up when this screen is back on top.
        self._unlisted_from: int | None = None  # first document not in the list yet
        self._behind_stale = False  # the status line and the panels' corpus
        self._panel_errors: set[str] = set()
        self._deferred_mounted = False  # (mount_deferred)

    def _post_event(self, event: SessionEvent) -> None:
        """The session's subscriber: from a job's thread, a message to this screen."""
        self.post_message(SessionMessage(event))

    # ------------------------------------------------------------------ composition
    def compose(self) -> ComposeResult:
        arrangement = self.arrangement
        arrangement.configure(getattr(self.app, "layout_settings", None) or {})
        arrangement.apply_mode(self.app.size.width)  # classes first: one styling pass
        yield from compose_first_frame(arrangement.side_page, SIDE_PANELS)

    def mount_deferred(self) -> None:
        """Mount what the first frame leaves out (once): after it, or sooner when needed."""
        self._deferred_mounted = self._deferred_mounted or mount_rest(self, SIDE_PANELS)

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    @property
    def contents(self) -> Contents:
        self.mount_deferred()
        return self.query_one("#contents-list", Contents)

    @property
    def document_list(self) -> DocumentList:
        self.mount_deferred()
        return self.query_one("#documents", DocumentList)

    def panel(self, name: str) -> Widget:
        """The widget of a side page (for parties/tracker: the panel inside its slot)."""
        self.mount_deferred()
        widget = self.query_one(f"#{name}", Widget)
        if isinstance(widget, PanelSlot):
            return widget.panel or widget
        return widget

    @property
    def briefing(self) -> Briefing | None:
        briefings = self.session.briefings
        return briefings[self.current] if 0 <= self.current < len(briefings) else None

    def on_mount(self) -> None:
        startup: list[Problem] = list(getattr(self.app, "startup_problems", ()))
        self.session.problems.extend(startup)
        if startup:  # settings and themes: said once, here; ! lists them all
            more = f" (and {len(startup) - 1} more: press !)" if len(startup) > 1 else ""
            notify_safe(self, f"{startup[0]}{more}", severity="warning", timeout=8)
        arrangement = self.arrangement
        arrangement.apply_mode(self.app.size.width)
        arrangement.apply_side_width()
        arrangement.show_page(arrangement.side_page)
        self.update_status()
        # Start loading after the first frame is on screen: it must never wait for the corpus.
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        if self.focused is None:  # (a key pressed at once may have focused a panel)
            self.reader.focus()
        self.mount_deferred()
        self.session.start()
        self.run_worker(lambda: self.post_message(PanelsImported(import_panels())),
                        thread=True, exclusive=True, group="panels")

    @on(PanelsImported)
    async def _mount_panels(self, message: PanelsImported) -> None:
        from briefing.ui.panels import make_panel

        for name, cls in message.classes.items():
            slot = self.query_one(f"#{name}", PanelSlot)
            panel = make_panel(cls, name, id=f"{name}-panel")
            await slot.mount(panel)
            self.arrangement.panel_arrived(name, panel)
            if self.briefing is not None:
                self._each_panel(lambda p: p.set_briefing(self.briefing), only=name)
            if self.session.briefings:
                self._each_panel(lambda p: p.set_corpus(self.session.briefings), only=name)

    # ------------------------------------------------------------------ session events
    @on(SessionMessage)
    def _session_event(self, message: SessionMessage) -> None:
        # Imported with the first event, after the first frame (dataclasses cost start-up).
        from briefing.session.events import (
            BriefingsLoaded,
            Curated,
            DocumentAnalysed,
            IndexReady,
            StateLoaded,
        )

        event = message.event
        applied = self.session.apply(event)
        if isinstance(event, BriefingsLoaded):
            self._show_loaded(event, applied.first)
        elif isinstance(event, DocumentAnalysed | Curated) and applied.position is not None \
                and applied.replaced is not None:
            self._replaced(applied.position, applied.replaced, isinstance(event, Curated))
        elif isinstance(event, IndexReady) and applied.index_changed:
            refresh = getattr(self.app.screen, "index_changed", None)  # an open search screen
            if callable(refresh):
                refresh()
        elif isinstance(event, StateLoaded):
            self.places.state_loaded()
            self.set_interval(SAVE_INTERVAL, self.places.note_position,
                              name="state-save")
            self.set_interval(SAVE_INTERVAL, lambda: check_on_disk(self), name="changed-on-disk")
        for notice in applied.notices:
            notify_safe(self, notice.text, severity=notice.severity)
        if self._covered(event):
            self._behind_stale = True
        else:
            self.update_status()

    def _covered(self, event: SessionEvent) -> bool:
        """Loading goes on while another screen is on top: this screen's view waits."""
        from briefing.session.events import BriefingsLoaded

        return (isinstance(event, BriefingsLoaded) and self.current >= 0
                and self.app.screen is not self)

    def on_screen_resume(self) -> None:
        """Back on top: show what loading changed meanwhile."""
        self._list_unlisted()
        if self._behind_stale:
            self._behind_stale = False
            self._push_corpus()
            self.update_status()

    def _list_unlisted(self) -> None:
        """The documents loaded while covered join the document list (in order)."""
        if self._unlisted_from is not None:
            first, self._unlisted_from = self._unlisted_from, None
            self.document_list.add_briefings(self.session.briefings[first:], first)
            self.arrangement.apply_classes()
            self.document_list.follow(self.current)

    def _show_loaded(self, event: BriefingsLoaded, first: int) -> None:
        covered = self._covered(event)
        if event.briefings:
            if covered:
                if self._unlisted_from is None:
                    self._unlisted_from = first
            elif self._unlisted_from is not None:
                self._list_unlisted()  # (these included)
            else:
                self.document_list.add_briefings(event.briefings, first)
                self.arrangement.apply_classes()
        if self.current < 0 and self.session.briefings:
            self.show_document(0)
        self.places.loaded_more()
        if event.briefings or event.done:
            documents_grew(self)  # an open document table takes them in
        if event.done:
            if not self.session.briefings:
                self.reader.set_message(self.session.empty_message())
            if covered:
                self._behind_stale = True
            else:
                self._push_corpus()
        elif monotonic() - self._last_corpus_push > CORPUS_PUSH_INTERVAL:
            if covered:
                self._behind_stale = True
            else:
                self._push_corpus()

    def _replaced(self, position: int, old: Briefing, curated: bool) -> None:
        """The briefing at ``position`` was analysed (or curated): show the new one."""
        new = self.session.briefings[position]
        self.doc_rows.forget(position)
        if position == self.current:
            if new.document.sha256 != old.document.sha256 or _header(new) != _header(old):
                reshow(self.reader, old, new)  # changed on disk (or its sidecar's header)
                self.contents.set_briefing(new)
            else:
                self.reader.briefing = new  # the same text: no re-layout
            self._each_panel(lambda p: p.set_briefing(new))
            if self.actor is not None:
                if new.actor(self.actor) is None:
                    self.navigator.highlight_actor(None)
                    self.navigator.walking = ""
                else:
                    self.navigator.highlight_actor(self.actor)
        if curated:
            self._push_corpus()

    def _push_corpus(self) -> None:
        self._last_corpus_push = monotonic()
        session = self.session
        total = (session.total_files or 0) if session.is_loading else None
        self._each_panel(lambda p: _set_loading(p, total))  # (said by the corpus lists)
        self._each_panel(lambda p: p.set_corpus(session.briefings))

    def _each_panel(self, call: Callable[[SidePanelView], object], only: str = "") -> None:
        """Call every side panel (or ``only`` one); a failing panel is reported once."""
        for name in (only,) if only else SIDE_PANELS:
            widget = self.panel(name)
            if not isinstance(widget, SidePanelView):
                continue
            try:
                call(widget)
            except Exception as exc:  # noqa: BLE001 - a panel's failure must not stop the reader
                if name not in self._panel_errors:
                    self._panel_errors.add(name)
                    notify_safe(self, f"the {name} panel failed: {exc.__class__.__name__}: "
                                      f"{exc}", severity="error")

    # ------------------------------------------------------------------ documents
    def show_document(self, index: int, offset: int | None = None) -> None:
        """Switch to document ``index``; back where the reader left it unless ``offset``."""
        briefings = self.session.briefings
        if not 0 <= index < len(briefings):
            return
        old, briefing = self.briefing, briefings[index]
        if old is not None and index != self.current:
            self.navigator.note_jump()  # another document: ctrl+o comes back here
            self.places.restore = None  # the user chose: do not reopen the last-read one
        if old is not None:
            self.places.leave(old, switching=old is not briefing)
        changed = index != self.current
        self.current = index
        self.reader.show(briefing)
        target = offset if offset is not None else self.places.target(briefing)
        if target:
            self.reader.scroll_to_offset(target)
        self.navigator.pinned_section = None
        self.section = self.navigator.section_at(target or 0)
        if changed:
            self.contents.set_briefing(briefing)
            self._each_panel(lambda p: p.set_briefing(briefing))
            self.arrangement.follow_document(briefing)
            self.session.reload_if_changed(briefing.document.path)
        self.contents.follow(self.section)
        self.document_list.follow(index)
        self.navigator.keep_actor(briefing)
        self.update_status()

    def switch_to_path(self, path: str) -> bool:
        """Show the document at ``path`` if it is loaded; False if it is not."""
        index = self.session.index_of_path(path)
        if index is None:
            return False
        if index != self.current:
            self.show_document(index)
        return True

    def set_section(self, index: int) -> None:
        """The section being read is ``index``: the contents and the status follow."""
        self.section = index
        self.contents.follow(index)
        self.update_status()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """``enter`` in the document list or the contents (other lists handle their own)."""
        if event.option_list.id == "documents":
            event.stop()
            self.show_document(event.option_index)
        elif event.option_list.id == "contents-list":
            event.stop()
            self.navigator.note_jump()
            self.navigator.go_to_section(event.option_index)
        else:
            return
        if self.arrangement.narrow:
            self.arrangement.close_panels()

    @on(Reader.PositionChanged)
    def _position_changed(self, message: Reader.PositionChanged) -> None:
        self.navigator.position_changed(message.offset)

    # ------------------------------------------------------------------ the panels' messages
    def on_parties_panel_actor_selected(self, message: PartiesPanel.ActorSelected) -> None:
        if self.switch_to_path(message.path):
            self.navigator.select_actor(message.actor_id)
            self.update_status()

    def on_parties_panel_filter_toggled(self, message: PartiesPanel.FilterToggled) -> None:
        if not self.switch_to_path(message.path):
            return
        if message.actor_id:
            self.navigator.select_actor(message.actor_id)
        self.navigator.filter_to_actor(message.only)
        self.update_status()  # "filtered" goes with the filter

    def on_parties_panel_open_document(self, message: PartiesPanel.OpenDocument) -> None:
        if not self.switch_to_path(message.path):
            notify_safe(self, "that document is not loaded", severity="warning")
            return
        if message.actor_id:
            self.navigator.select_actor(message.actor_id, scroll=True)
            self.update_status()

    def on_side_panel_chosen(self, message: SidePanel.Chosen) -> None:
        """Below 70 columns a panel stands in the reader's place: ``enter`` gives it back."""
        message.stop()
        if self.arrangement.narrow and self.arrangement.panel_open:
            self.call_after_refresh(self.arrangement.close_panels)

    def on_parties_panel_quote_selected(self, message: PartiesPanel.QuoteSelected) -> None:
        self.navigator.show_evidence(message.path, int(message.start), int(message.end))

    def on_tracker_panel_evidence_selected(self,
                                           message: TrackerPanel.EvidenceSelected) -> None:
        self.navigator.show_evidence(message.path, int(message.start), int(message.end))

    def on_parties_panel_curation_requested(self,
                                            message: PartiesPanel.CurationRequested) -> None:
        message.stop()
        self.session.curate(message.path, message.sidecar, message.op, dict(message.args))

    def on_feeds_fetched(self, message: FeedsFetched) -> None:
        """New articles from the feeds join the corpus: list, panels, then the index."""
        if message.briefings or message.problems:
            from briefing.session.events import BriefingsLoaded

            count = len(self.session.briefings)
            self.session.add_fetched(message.briefings, message.problems)
            self._show_loaded(BriefingsLoaded(message.briefings, message.problems, 0), count)
            self._push_corpus()
            self.update_status()
        notify_safe(self, message.note, severity="warning" if message.failed else "information")

    def on_resize(self, event: events.Resize) -> None:
        self.arrangement.apply_mode(event.size.width)
        self.arrangement.apply_side_width()
        self.update_status()

    # ------------------------------------------------------------------ state
    def flush_state(self) -> str | None:
        """Save the current position now (on exit); what could not be saved, in words, for
        the terminal after the reader has closed."""
        self.places.note_position(save=False)
        return self.session.flush()

    def update_status(self) -> None:
        try:
            bar = self.query_one("#status", StatusBar)
        except NoMatches:
            return
        session = self.session
        bar.show(where_text(self), loading=session.files_read() if session.is_loading else None,
                 documents=len(session.briefings), problems=len(session.problems),
                 narrow=self.app.size.width < MEDIUM, search=session.search_reach())

    # ------------------------------------------------------------------ keys
    def action_search(self, mode: str = "text") -> None:
        from briefing.ui.actions import open_search

        open_search(self, mode)

    def action_next_match(self) -> None:
        self.navigator.step(+1)
        self.update_status()

    def action_previous_match(self) -> None:
        self.navigator.step(-1)
        self.update_status()

    def action_next_section(self) -> None:
        self.navigator.next_section()

    def action_previous_section(self) -> None:
        self.navigator.previous_section()

    def action_next_document(self) -> None:
        if self.current + 1 < len(self.session.briefings):
            self.show_document(self.current + 1)
        else:
            self.app.bell()

    def action_previous_document(self) -> None:
        if self.current > 0:
            self.show_document(self.current - 1)
        else:
            self.app.bell()

    def action_jump_back(self) -> None:
        self.navigator.jump("back")
        self.update_status()

    def action_jump_forward(self) -> None:
        self.navigator.jump("forward")
        self.update_status()

    def action_scroll_down(self) -> None:
        self.reader.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.reader.scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.reader.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.reader.scroll_page_up(animate=False)

    def action_top(self) -> None:
        self.navigator.top()

    def action_bottom(self) -> None:
        self.navigator.bottom()

    def action_panel(self, page: str) -> None:
        self.arrangement.toggle_page(page)

    def action_focus_next_panel(self) -> None:
        self.focus_next()

    def action_focus_previous_panel(self) -> None:
        self.focus_previous()

    def action_add_bookmark(self) -> None:
        self.places.add_bookmark()

    def action_bookmarks(self) -> None:
        self.places.list_bookmarks()

    def action_back(self) -> None:
        reader = self.reader
        if self.arrangement.narrow and self.arrangement.panel_open:
            self.arrangement.close_panels()
        elif reader.paragraph_filter is not None:
            reader.set_paragraph_filter(None)
        elif reader.highlights("search") or reader.highlights("evidence") or self.actor:
            self.navigator.clear()
        elif self.focused is not reader:
            reader.focus()
        self.update_status()

    def action_documents(self) -> None:
        open_documents(self)

    def action_cycle_theme(self) -> None:
        cycle_theme(self)

    def action_refresh_feeds(self) -> None:
        from briefing.ui.feeds import start_refresh

        start_refresh(self)

    def action_help(self) -> None:
        from briefing.ui.help import HelpScreen

        self.app.push_screen(HelpScreen(getattr(self.app, "keymap", None)))

    def action_problems(self) -> None:
        open_problems(self)

    def action_quit(self) -> None:
        self.app.exit(return_code=0)  # the app saves the reading state (flush_state) on exit

    def show_quotes(self, actor_id: str) -> None:
        """The parties panel, listing everything ``actor_id`` said across the corpus."""
        if not (self.arrangement.side_open and self.arrangement.side_page == "parties"):
            self.arrangement.toggle_page("parties")
        from briefing.ui.parties import PartiesPanel

        panel = self.panel("parties")
        if isinstance(panel, PartiesPanel):
            panel.show_quotes(actor_id)


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
