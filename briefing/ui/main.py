"""The main screen: the reader with its document list and side panels; it routes the keys.

What the reader works on (the corpus, its index, the saved state) is the
:class:`~briefing.session.Session`'s; the screen holds the view (current document, section,
selected actor, search hits) as reactives, turns the session's events into Textual messages
(its jobs run as thread workers and never touch widgets), which the
:class:`~briefing.ui.session_view.SessionView` applies to the widgets.
Moves through the text are the :class:`~briefing.ui.navigation.Navigator`'s, the panels'
arrangement by width the :class:`~briefing.ui.arrangement.PanelArrangement`'s, positions and
bookmarks the :class:`~briefing.ui.places.Places`'.  The first frame never waits for loading.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList

from briefing.ui.arrangement import MEDIUM, PanelArrangement
from briefing.ui.first_frame import SIDE_PANELS, compose_first_frame, mount_rest
from briefing.ui.keys import bindings
from briefing.ui.panel_slot import PanelSlot
from briefing.ui.screen_keys import KeyAction, ScreenKeys
from briefing.ui.status import StatusBar, where_text
from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.model import Briefing, Problem
    from briefing.session import Session
    from briefing.session.events import SessionEvent
    from briefing.ui.curation_request import CurationRequested
    from briefing.ui.doc_rows import DocRows
    from briefing.ui.feeds import FeedsFetched
    from briefing.ui.jumps import JumpList
    from briefing.ui.navigation import HitLike, Navigator
    from briefing.ui.panels import Contents, DocumentList
    from briefing.ui.parties import PartiesPanel
    from briefing.ui.places import Places
    from briefing.ui.reader import Reader
    from briefing.ui.session_view import PanelsImported, SessionMessage, SessionView
    from briefing.ui.side_panel import SidePanel
    from briefing.ui.tracker import TrackerPanel

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

    # The bindings' actions (Textual looks for ``action_<name>`` here): the ``keys``' methods.
    action_search = KeyAction(ScreenKeys.search)
    action_next_match = KeyAction(ScreenKeys.next_match)
    action_previous_match = KeyAction(ScreenKeys.previous_match)
    action_next_section = KeyAction(ScreenKeys.next_section)
    action_previous_section = KeyAction(ScreenKeys.previous_section)
    action_next_document = KeyAction(ScreenKeys.next_document)
    action_previous_document = KeyAction(ScreenKeys.previous_document)
    action_jump_back = KeyAction(ScreenKeys.jump_back)
    action_jump_forward = KeyAction(ScreenKeys.jump_forward)
    action_scroll_down = KeyAction(ScreenKeys.scroll_down)
    action_scroll_up = KeyAction(ScreenKeys.scroll_up)
    action_page_down = KeyAction(ScreenKeys.page_down)
    action_page_up = KeyAction(ScreenKeys.page_up)
    action_top = KeyAction(ScreenKeys.top)
    action_bottom = KeyAction(ScreenKeys.bottom)
    action_panel = KeyAction(ScreenKeys.panel)
    action_focus_next_panel = KeyAction(ScreenKeys.focus_next_panel)
    action_focus_previous_panel = KeyAction(ScreenKeys.focus_previous_panel)
    action_add_bookmark = KeyAction(ScreenKeys.add_bookmark)
    action_bookmarks = KeyAction(ScreenKeys.bookmarks)
    action_back = KeyAction(ScreenKeys.back)
    action_documents = KeyAction(ScreenKeys.documents)
    action_cycle_theme = KeyAction(ScreenKeys.cycle_theme)
    action_refresh_feeds = KeyAction(ScreenKeys.refresh_feeds)
    action_help = KeyAction(ScreenKeys.help)
    action_problems = KeyAction(ScreenKeys.problems)
    action_quit = KeyAction(ScreenKeys.quit)

    def __init__(self, paths: Sequence[str] = (), limits: dict[str, Any] | None = None) -> None:
        super().__init__()
        self._paths, self._limits = list(paths), limits
        self.startup_problems: list[Problem] = []  # the settings' and themes' (on_mount)
        self.arrangement = PanelArrangement(self)
        self._deferred_mounted = False  # (mount_deferred)
        self._resumed = False  # (_on_screen_resume)

    # What the first frame does not use is made (and its modules imported) when first needed,
    # after it: the session and its bridge, moves, places, the jump list, the table's rows.
    @cached_property
    def session(self) -> Session:
        """What the reader works on (made by :meth:`_start`, or sooner when needed)."""
        from briefing.session import Session
        from briefing.ui.session_view import ScreenJobs

        session = Session(self._paths, ScreenJobs(self), self._limits)
        session.subscribe(self._post_event)
        session.problems.extend(self.startup_problems)
        return session

    @property
    def started(self) -> bool:
        """Whether the session exists (it does from just after the first frame)."""
        return "session" in self.__dict__

    @cached_property
    def keys(self) -> ScreenKeys:
        """What each key of the screen's bindings does."""
        return ScreenKeys(self)

    @cached_property
    def view(self) -> SessionView:
        """The session's events -> the widgets."""
        from briefing.ui.session_view import SessionView

        return SessionView(self)

    @cached_property
    def navigator(self) -> Navigator:
        from briefing.ui.navigation import Navigator

        return Navigator(self)

    @cached_property
    def places(self) -> Places:
        from briefing.ui.places import Places

        return Places(self)

    @cached_property
    def jumps(self) -> JumpList:
        """ctrl+o / ctrl+f: the places before each jump."""
        from briefing.ui.jumps import JumpList

        return JumpList()

    @cached_property
    def doc_rows(self) -> DocRows:
        """The document table's rows, made once per document."""
        from briefing.ui.doc_rows import DocRows

        return DocRows()

    def _post_event(self, event: SessionEvent) -> None:
        """The session's subscriber: from a job's thread, a message to this screen."""
        from briefing.ui.session_view import SessionMessage

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
        """The reader (mounted at once if asked for before :meth:`_start` mounts it)."""
        self.mount_deferred()
        from briefing.ui.reader import Reader

        return self.query_one("#reader", Reader)

    @property
    def contents(self) -> Contents:
        self.mount_deferred()
        from briefing.ui.panels import Contents

        return self.query_one("#contents-list", Contents)

    @property
    def document_list(self) -> DocumentList:
        self.mount_deferred()
        from briefing.ui.panels import DocumentList

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
        if not self.started:
            return None
        briefings = self.session.briefings
        return briefings[self.current] if 0 <= self.current < len(briefings) else None

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume, right after the screen is mounted, restyles nothing: Textual
        restyles the whole screen then (~20 M instructions, a sixth of the first frame's
        cost over a bare app's) in case a stylesheet arrived after a widget was styled, but
        each widget of the first frame was styled when it was registered, after every rule
        that can match it had been added (widget CSS is scoped to its widget's subtree; the
        screen's own, main.tcss, is parsed before it).  Every later resume (a pushed screen
        popped) restyles as usual.  (Runs before Screen's own handler, which reads the flag.)"""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        if "view" in self.__dict__:  # back on top: what loading changed meanwhile, shown now
            self.view.resumed()

    def on_mount(self) -> None:
        startup: list[Problem] = list(getattr(self.app, "startup_problems", ()))
        self.startup_problems = startup  # the session's problems from the start (!)
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
        self.run_worker(_import_panels, thread=True, exclusive=True, group="panels")

    async def on_panels_imported(self, message: PanelsImported) -> None:
        await self.view.mount_panels(message)

    def on_session_message(self, message: SessionMessage) -> None:
        self.view.event(message.event)

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
        gone = ""
        if briefing.document.path in self.session.gone:  # its file went while it was open
            from briefing.session.changes import gone_notice

            gone = gone_notice(briefing.document.path)
        self.reader.show(briefing, gone)
        target = offset if offset is not None else self.places.target(briefing)
        if target:
            self.reader.scroll_to_offset(target)
        self.navigator.pinned_section = None
        self.section = self.navigator.section_at(target or 0)
        if changed:
            self.contents.set_briefing(briefing)
            self.view.each_panel(lambda p: p.set_briefing(briefing))
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

    def on_reader_position_changed(self, message: Reader.PositionChanged) -> None:
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

    def on_curation_requested(self, message: CurationRequested) -> None:
        """A panel's correction (an actor's, a thread's status or note) into the sidecar."""
        message.stop()
        self.session.curate(message.path, message.sidecar, message.op, dict(message.args))

    def on_feeds_fetched(self, message: FeedsFetched) -> None:
        self.view.feeds_fetched(message)

    def on_resize(self, event: events.Resize) -> None:
        self.arrangement.apply_mode(event.size.width)
        self.arrangement.apply_side_width()
        self.update_status()

    # ------------------------------------------------------------------ state
    def flush_state(self) -> str | None:
        """Save the current position now (on exit); what could not be saved, in words, for
        the terminal after the reader has closed."""
        if not self.started:  # quit before the first frame: nothing read, nothing to save
            return None
        self.places.note_position(save=False)
        return self.session.flush()

    def update_status(self) -> None:
        try:
            bar = self.query_one("#status", StatusBar)
        except NoMatches:
            return
        narrow = self.app.size.width < MEDIUM
        if not self.started:  # the first frame: nothing read yet
            bar.show("", loading="0", documents=0, problems=len(self.startup_problems),
                     narrow=narrow)
            return
        from briefing.session.progress import files_read, search_reach

        session = self.session
        bar.show(where_text(self), loading=files_read(session) if session.is_loading else None,
                 documents=len(session.briefings), problems=len(session.problems),
                 narrow=narrow, search=search_reach(session))

    def show_quotes(self, actor_id: str) -> None:
        """The parties panel, listing everything ``actor_id`` said across the corpus."""
        if not (self.arrangement.side_open and self.arrangement.side_page == "parties"):
            self.arrangement.toggle_page("parties")
        from briefing.ui.parties import PartiesPanel

        panel = self.panel("parties")
        if isinstance(panel, PartiesPanel):
            panel.show_quotes(actor_id)

    def correct_thread(self, action: str) -> None:
        """From the palette: the tracker's ``s`` / ``e`` on the thread it shows (the tracker
        is opened first; in its histories, a thread is corrected in its document)."""
        if not (self.arrangement.side_open and self.arrangement.side_page == "tracker"):
            self.arrangement.toggle_page("tracker")

        def run() -> None:
            from textual.actions import SkipAction

            call = getattr(self.panel("tracker"), f"action_{action}", None)
            try:
                if callable(call):
                    call()
            except SkipAction:
                self.notify("open a document's thread in the tracker first (a: back from the "
                            "histories)", markup=False, severity="warning", timeout=3)

        self.call_after_refresh(run)


def _import_panels() -> None:
    """The side panels' modules, imported in a worker's thread; their classes are posted."""
    from textual.worker import get_current_worker

    from briefing.ui.panels import import_panels
    from briefing.ui.session_view import PanelsImported

    screen = get_current_worker().node
    screen.post_message(PanelsImported(import_panels()))
