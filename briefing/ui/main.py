"""The main screen: it owns the reading state and wires the panels to the reader.

State (current document, section, selected actor, search hits) lives here; the panels get it
through method calls and answer with messages.  Documents load in a thread worker that only
posts messages (workers never touch widgets), so the first frame never waits for loading.

Layout by width: *wide* (>= 120 columns) shows the document list, the reader and the side
panel; *medium* (>= 70) the reader and one panel; *narrow* the reader alone, a panel replacing
it while open.  Resizing keeps the reading position (the reader re-wraps around it).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from time import monotonic, time
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, OptionList, Static
from textual.worker import get_current_worker

from briefing.ui.doc_rows import DocRows
from briefing.ui.footer import FittingFooter
from briefing.ui.jumps import JumpList, Place, reading_order
from briefing.ui.keys import bindings
from briefing.ui.memory import Freezer, prompt_switching
from briefing.ui.panels import Contents, DocumentList, PanelSlot, load_panel, panel_class
from briefing.ui.reader import Reader
from briefing.ui.reading import SAVE_INTERVAL, StateKeeper
from briefing.ui.text import notify_safe, safe_str

if TYPE_CHECKING:
    from briefing.model import Briefing, Problem

WIDE = 120
MEDIUM = 70
SIDE_PAGES = ("contents", "parties", "tracker")
SIDE_TITLES = {"contents": "Contents", "parties": "Parties", "tracker": "Tracker"}
PANELS = {"parties": "PartiesPanel", "tracker": "TrackerPanel"}  # module -> class
CORPUS_PUSH_INTERVAL = 1.0  # seconds between set_corpus calls while a big folder loads
BACKGROUND_NICE = 5  # analysis workers yield the CPU to the screen and the text index
PARTIAL_INDEX_FIRST = 500  # documents loaded before search works on a partial index


class Loaded(Message):
    """A batch of analysed documents (posted by the loading worker)."""

    def __init__(self, briefings: list[Briefing], problems: list[Problem], seen: int,
                 done: bool = False) -> None:
        super().__init__()
        self.briefings = briefings
        self.problems = problems
        self.seen = seen
        self.done = done


class Analysed(Message):
    """The analysis of a document that was first shown as text only."""

    def __init__(self, index: int, briefing: Briefing, problems: list[Problem]) -> None:
        super().__init__()
        self.index = index
        self.briefing = briefing
        self.problems = problems


class PanelsImported(Message):
    """The side-panel classes, imported off the UI thread (``None``: not available)."""

    def __init__(self, classes: dict[str, type[Widget] | None]) -> None:
        super().__init__()
        self.classes = classes


class IndexReady(Message):
    """The search index for the loaded corpus (posted by the index worker).

    ``covered`` is how many documents a *partial* index (built while loading) holds; ``None``
    for the index over the whole corpus.
    """

    def __init__(self, index: object, generation: int = 0, covered: int | None = None) -> None:
        super().__init__()
        self.index = index
        self.generation = generation
        self.covered = covered


class FileCount(Message):
    """How many files the corpus has (for the loading progress)."""

    def __init__(self, total: int) -> None:
        super().__init__()
        self.total = total


class StateLoaded(Message):
    """The reader state was read (positions, bookmarks); its problems, if any."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__()
        self.problems = problems


class StateSaved(Message):
    """A background save finished (``problem`` is None on success)."""

    def __init__(self, problem: Problem | None) -> None:
        super().__init__()
        self.problem = problem


class Curated(Message):
    """A sidecar edit was written and the document re-analysed (or ``error`` says why not)."""

    def __init__(self, path: str, briefing: Briefing | None, problems: list[Problem],
                 error: str | None = None, what: str = "") -> None:
        super().__init__()
        self.path = path
        self.briefing = briefing
        self.problems = problems
        self.error = error
        self.what = what


def binding_sources() -> list[list[Any]]:
    """The bindings of the reader, each side panel and the document table (the help screen
    lists them all)."""
    from briefing.ui.documents import DocumentsScreen

    sources: list[list[Any]] = [list(MainScreen.BINDINGS)]
    for name, cls_name in PANELS.items():
        cls = panel_class(name, cls_name)
        if cls is not None:
            sources.append(list(cls.BINDINGS))
    sources.append(list(DocumentsScreen.BINDINGS))
    return sources


class MainScreen(Screen[None]):
    """The reader with its document list, contents and side panels."""

    BINDINGS = bindings("screen")

    # The reading state (reactive so panels may ``data_bind`` to it).
    current: var[int] = var(-1)                 # index into ``briefings``
    section: var[int] = var(0)                  # section index in the current document
    actor: var[str | None] = var(None)          # selected actor id
    search_hits: var[list[Any]] = var(list)     # hits of the last search (n/N walk them)

    DEFAULT_CSS = """
    MainScreen { layout: vertical; background: $surface; }
    MainScreen #body { height: 1fr; }
    MainScreen #documents { width: 32; display: none; border-right: vkey $panel-lighten-2; }
    MainScreen #reader-column { width: 1fr; }
    MainScreen #side { width: 34; display: none; border-left: vkey $panel-lighten-2; }
    MainScreen #side-title { height: 1; background: $panel; color: $text-muted; padding: 0 1; }
    MainScreen #side:focus-within > #side-title { background: $accent 30%; color: $text; }
    MainScreen #side-switcher { height: 1fr; }
    MainScreen #side-switcher > * { height: 1fr; }
    MainScreen.-docs-open #documents { display: block; }
    MainScreen.-side-open #side { display: block; }
    MainScreen.-medium #side { width: 30; }
    MainScreen.-narrow #documents, MainScreen.-narrow #side { width: 1fr; border: none; }
    MainScreen.-narrow.-panel-open #reader-column { display: none; }
    MainScreen #status { height: 1; background: $panel; }
    MainScreen #status-where { width: 1fr; color: $text-muted; padding: 0 1; }
    MainScreen #status-load { width: auto; color: $briefing-status-busy; padding: 0 1; }
    MainScreen #status-problems { width: auto; color: $briefing-status-warning; padding: 0 1; }
    MainScreen #status-load.-done { color: $briefing-status-ok; }
    /* Toasts above the status line and the footer, never half over the status line. */
    MainScreen > ToastRack { margin-bottom: 2; }
    """

    def __init__(self, paths: Sequence[str] = (), limits: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        self.limits = dict(limits or {})  # the settings' ``limits:`` (briefing.corpus.limits)
        self.briefings: list[Briefing] = []
        self.problems: list[Problem] = []
        self.index: object | None = None
        self.index_covers: int | None = None  # documents in a partial index (None: all)
        self._index_generation = 0  # a newer build's result replaces an older one, never back
        self._index_building = False
        self._warm_checking = False  # the saved index is being checked (first half second)
        self.is_loading = True
        self._by_path: dict[str, int] = {}
        self._positions: dict[str, int] = {}   # path -> offset, to come back where one left
        self._hit_pos = -1
        self._on_hit = False  # the view is at search_hits[_hit_pos] (not moved off by ctrl+o)
        self._nav = ""               # "search" | "actor": what n/N walk
        self._mention_pos = -1
        self._pinned_section: int | None = None
        self._mode = ""
        self._docs_open = False
        self._side_open = False
        self._side_page = "contents"
        self._page_chosen = False  # the user has picked a side page (c, p, t): keep it
        self._seen = 0
        self._last_corpus_push = 0.0
        self._panel_errors: set[str] = set()
        self.keeper = StateKeeper()    # positions, bookmarks, recent corpora (saved in workers)
        self._by_sha: dict[str, int] = {}
        self._saving = False
        self._save_again = False
        self._announce: list[str] = []  # bookmarks added, to confirm once they are on disk
        self.total_files: int | None = None  # counted in a worker, for "Loading… n/N"
        self.jumps = JumpList()  # ctrl+o / ctrl+f: the places before each jump
        self.doc_rows = DocRows()  # the document table's rows, made once per document
        self._replaying = False  # moving back or forward: not a new jump
        self._restore: str | None = None  # sha256 of the document to reopen once it loads
        self._restore_offset: int | None = None  # ...and where (a bookmark's place)
        self._load_started = time()  # files changed after this are re-checked next start

    # ------------------------------------------------------------------ composition
    def compose(self) -> ComposeResult:
        self._apply_mode(self.app.size.width)  # classes before the children: one styling pass
        with Horizontal(id="body"):
            yield DocumentList(id="documents")
            with Vertical(id="reader-column"):
                yield Reader(id="reader")
            with Vertical(id="side"):
                yield Static(id="side-title")
                with ContentSwitcher(initial="contents", id="side-switcher"):
                    yield Contents(id="contents")
                    # Filled after the first frame: the panel modules import the extractor.
                    yield PanelSlot(id="parties")
                    yield PanelSlot(id="tracker")
        with Horizontal(id="status"):
            yield Static(id="status-where")
            yield Static(Content("Loading…"), id="status-load")
            yield Static(id="status-problems")
        yield FittingFooter()

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    @property
    def contents(self) -> Contents:
        return self.query_one("#contents", Contents)

    @property
    def document_list(self) -> DocumentList:
        return self.query_one("#documents", DocumentList)

    def panel(self, name: str) -> Widget:
        """The widget of a side page (for parties/tracker: the panel inside its slot)."""
        widget = self.query_one(f"#{name}", Widget)
        if isinstance(widget, PanelSlot):
            return widget.panel or widget
        return widget

    @property
    def briefing(self) -> Briefing | None:
        return self.briefings[self.current] if 0 <= self.current < len(self.briefings) else None

    def _layout(self) -> dict:
        return getattr(self.app, "layout", None) or {}

    def on_mount(self) -> None:
        startup = list(getattr(self.app, "startup_problems", ()))
        self.problems.extend(startup)
        if startup:  # settings and themes: said once, here; ! lists them all
            more = f" (and {len(startup) - 1} more: press !)" if len(startup) > 1 else ""
            notify_safe(self, f"{startup[0]}{more}", severity="warning", timeout=8)
        layout = self._layout()
        if layout.get("panel") in SIDE_PAGES:
            self._side_page = layout["panel"]
            self.query_one("#side-switcher", ContentSwitcher).current = self._side_page
        self._apply_mode(self.app.size.width)
        self._apply_side_width()
        self._update_side_title()
        self._update_status()
        self.reader.focus()
        # Start loading after the first frame is on screen: it must never wait for the corpus.
        self.call_after_refresh(self._start_workers)

    def _start_workers(self) -> None:
        self._load()
        self._count_files()
        self._load_state()
        self._import_panels()
        self._warm_checking = True
        self.run_worker(lambda: self._build_index(warm=True), thread=True, group="index",
                        description="warm search index")

    @work(thread=True, exclusive=True, group="panels")
    def _import_panels(self) -> None:
        classes = {name: panel_class(name, cls) for name, cls in PANELS.items()}
        self.post_message(PanelsImported(classes))

    @on(PanelsImported)
    async def _mount_panels(self, message: PanelsImported) -> None:
        for name, cls in message.classes.items():
            slot = self.query_one(f"#{name}", PanelSlot)
            await slot.mount(load_panel(name, PANELS[name], name, id=f"{name}-panel", cls=cls))
            if self.briefing is not None:
                self._call_panel(name, "set_briefing", self.briefing)
            if self.briefings:
                self._call_panel(name, "set_corpus", self.briefings)

    # ------------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="load")
    def _load(self) -> None:
        from briefing.model import Problem

        worker = get_current_worker()
        freezer = Freezer()
        freezer.freeze()  # what start-up imported lives as long as the app
        prompt_switching()
        batch: list[Briefing] = []
        problems: list[Problem] = []
        folders: set[str] = set()  # where documents (and so sidecars) live
        seen = 0
        try:
            limits = self._limits()
            provisional = self._show_first_text(limits)
            # The analysis layer (with its cache: a warm start only stats unchanged files).
            from briefing.analysis.runner import iter_analyse

            last = monotonic()
            from briefing.analysis.pool import default_workers

            # Worker processes for what needs analysing: the extractor is pure Python and
            # would otherwise share this process's interpreter lock with the screen.
            workers = default_workers()
            for briefing, more in iter_analyse(self.paths or None, limits, workers=workers,
                                               nice=BACKGROUND_NICE):
                if worker.is_cancelled:
                    return
                seen += 1
                if briefing is not None and briefing.document.path == provisional:
                    provisional = None
                    self.post_message(Analysed(0, briefing, more))
                    continue
                if briefing is not None:
                    batch.append(briefing)
                    folders.add(os.path.dirname(briefing.document.path))
                problems.extend(more)
                now = monotonic()
                if (batch or problems) and (now - last > 0.25 or len(batch) >= 500):
                    self.post_message(Loaded(batch, problems, seen))
                    freezer.loaded(len(batch))
                    batch, problems, last = [], [], now
        except Exception as exc:  # noqa: BLE001 - report, keep what was loaded
            problems.append(Problem("(loading)", f"loading stopped: {exc.__class__.__name__}: "
                                                 f"{safe_str(exc, 200)}", severity="error"))
        self.post_message(Loaded(batch, problems, seen, done=True))
        freezer.freeze()
        self._clean_temporaries(folders)

    @staticmethod
    def _clean_temporaries(folders: set[str]) -> None:
        """Remove what a killed briefing left half-written beside sidecars and in its own
        folders (its writer is dead); a write in progress elsewhere is left alone."""
        from briefing import paths
        from briefing.common.storage import clean_stale_temporaries

        own = [paths.config_dir(), paths.data_dir() / "seeds", paths.cache_dir(),
               paths.cache_dir() / "search"]
        for folder in [*map(Path, sorted(folders)), *own]:
            clean_stale_temporaries(folder)

    def _index_cache_dir(self) -> Any:
        """Where the search index for these settings' limits is kept (see cache_dir_for)."""
        from dataclasses import asdict

        from briefing.search.cache import cache_dir_for

        limits = asdict(self._limits())
        defaults = asdict(type(self._limits())())
        return cache_dir_for({k: v for k, v in limits.items() if defaults.get(k) != v})

    def _limits(self) -> Any:
        from briefing.corpus import DEFAULT_LIMITS
        from briefing.corpus.limits import Limits

        if not self.limits:
            return DEFAULT_LIMITS
        limits, _warnings = Limits.from_dict(self.limits)  # the settings loader reported them
        return limits

    def _show_first_text(self, limits: Any) -> str | None:
        """Post the first document as text only, before the extractor is even imported.

        Its analysis replaces it when :func:`iter_analyse` reaches it; returns its path.
        """
        from briefing.corpus import bundled_seeds, load_file
        from briefing.corpus.files import discover
        from briefing.model import Briefing

        for found in discover(self.paths or [bundled_seeds()], limits.max_folder_depth):
            if found.error:
                continue
            loaded = load_file(found.path, limits)
            if loaded.document is not None:
                self.post_message(Loaded([Briefing(document=loaded.document)], [], 0))
                return loaded.document.path
            return None  # the first file is unusable: iter_analyse reports it
        return None

    @on(Loaded)
    def _on_loaded(self, message: Loaded) -> None:
        first = len(self.briefings)
        for i, briefing in enumerate(message.briefings, first):
            self._by_path.setdefault(briefing.document.path, i)
            self._by_sha.setdefault(briefing.document.sha256, i)
        self.briefings.extend(message.briefings)
        self.problems.extend(message.problems)
        self._seen = message.seen
        if message.briefings:
            self.document_list.add_briefings(message.briefings, first)
            self._apply_docs_visibility()
        if self.current < 0 and self.briefings:
            self.show_document(0)
        if self._restore is not None:
            if not self._untouched():
                self._restore = None  # the user has moved meanwhile: leave them there
            else:
                self._restore_reading()
        if message.done:
            self.is_loading = False
            if not self.briefings:
                self.reader.set_message(self._empty_message())
            self._push_corpus()
            if (self.index is None or self.index_covers is not None or getattr(
                    self.index, "actors_pending", False)  # text only: add the actors
                    ) and not self._warm_checking:  # else the warm check's answer decides
                self._start_index_build()  # a warm index from the cache is valid: keep it
        else:
            if monotonic() - self._last_corpus_push > CORPUS_PUSH_INTERVAL:
                self._push_corpus()
            self._maybe_partial_index()
        self._update_status()

    def _empty_message(self) -> str:
        """What the reader says when nothing could be shown (only true things)."""
        where = ", ".join(safe_str(p, 80) for p in self.paths) or "the bundled seeds"
        if self.problems:
            n = len(self.problems)
            return (f"No documents to show from {where}: {n:,} problem{'s' if n != 1 else ''}"
                    " (press ! to list them).")
        return f"No documents to show: {where} has no .txt or .md files."

    def _maybe_partial_index(self) -> None:
        """While a big folder loads, search what has arrived: an index over the documents
        loaded so far, rebuilt each time their number has doubled (about 1.4 times the work
        of one full build in all), so search is usable long before loading ends."""
        if self._index_building or self._warm_checking or (
                self.index is not None and self.index_covers is None):
            return  # (the saved index, or a big folder's text index, is on its way)
        covered = self.index_covers or 0
        if len(self.briefings) >= max(PARTIAL_INDEX_FIRST, 2 * covered):
            self._start_index_build(partial=True)

    def _start_index_build(self, partial: bool = False) -> None:
        self._index_generation += 1
        self._index_building = True
        # A snapshot (the list grows while loading), given through a closure: ``@work`` would
        # ``repr`` its arguments for the worker's description, decoding every briefing.
        briefings, generation = list(self.briefings), self._index_generation
        self.run_worker(lambda: self._build_index(False, generation, briefings, partial),
                        thread=True, group="index", description="search index")

    @on(Analysed)
    def _on_analysed(self, message: Analysed) -> None:
        if not 0 <= message.index < len(self.briefings):
            return
        self.briefings[message.index] = message.briefing
        self.doc_rows.forget(message.index)
        self.problems.extend(message.problems)
        if message.index == self.current:
            self.reader.briefing = message.briefing  # same text: no re-layout needed
            for name in ("parties", "tracker"):
                self._call_panel(name, "set_briefing", message.briefing)
            if self.actor is not None:
                self._highlight_actor(self.actor, scroll=False)
        self._update_status()

    def _push_corpus(self) -> None:
        self._last_corpus_push = monotonic()
        for name in ("parties", "tracker"):
            self._call_panel(name, "set_corpus", self.briefings)

    def _build_index(self, warm: bool = False, generation: int = 0,
                     briefings: list[Briefing] | None = None, partial: bool = False) -> None:
        """The search index: a warm cached one at start, else built (partial while loading).

        The search layer is optional for the reader: if it is missing or fails, ``/`` still
        opens (the search screen reports that there is no index) and nothing else breaks.
        """
        index = None
        try:
            from briefing.analysis.lazy import transient
            from briefing.corpus import bundled_seeds
            from briefing.search import SearchIndex, load_or_build, remember_index, warm_index
            from briefing.search.coldopen import quick_index

            paths = self.paths or [bundled_seeds()]
            folder = self._index_cache_dir()
            if warm:
                index = warm_index(paths, folder)
                if index is None:  # a sub-folder of an indexed folder: its index, scoped
                    from briefing.search.cache import enclosing_index

                    index = enclosing_index(paths, folder, exact=True)
                if index is None:  # a big folder: its text indexed before its analysis
                    worker = get_current_worker()
                    index = quick_index(paths, self._limits(), folder,
                                        cancelled=lambda: worker.is_cancelled,
                                        improved=lambda better: self.post_message(
                                            IndexReady(better, 0, None)))
            else:
                with transient():  # each briefing decoded, indexed and dropped
                    if partial:
                        index = SearchIndex.build(briefings or [])  # not saved: loading goes on
                    else:
                        index = load_or_build(briefings or [], folder)
                if not partial:  # so the next start finds it at once
                    remember_index(paths, briefings or [], self._load_started, folder)
        except Exception as exc:  # noqa: BLE001
            from briefing.model import Problem

            problem = Problem("(search index)", f"{exc.__class__.__name__}: {safe_str(exc, 200)}")
            self.post_message(Loaded([], [problem], self._seen))
        self.post_message(IndexReady(index, generation,
                                     len(briefings or []) if partial else None))

    @on(IndexReady)
    def _on_index_ready(self, message: IndexReady) -> None:
        if message.generation == 0:
            self._warm_checking = False
            if message.index is None and not self.is_loading and not self._index_building \
                    and (self.index is None or self.index_covers is not None):
                self._start_index_build()  # no saved index, and the corpus is all loaded
                return
        if message.generation == self._index_generation:
            self._index_building = False
        if message.index is None or message.generation < self._index_generation and \
                message.covered is not None:
            return  # an older partial index: a newer build is coming
        if self.index is not None and self.index_covers is None and (
                message.covered is not None or getattr(message.index, "actors_pending", False)
                and not getattr(self.index, "actors_pending", False)):
            return  # never go back from the whole corpus to part of it (or to its text only)
        self.index = message.index
        self.index_covers = message.covered
        if self.is_loading:
            self._maybe_partial_index()
        elif getattr(self.index, "actors_pending", False) and not self._index_building:
            self._start_index_build()  # the text came after the loading: add the actors
        refresh = getattr(self.app.screen, "index_changed", None)  # an open search screen
        if callable(refresh):
            refresh()

    def set_search_index(self, index: object | None) -> None:
        """For the search layer: the index ``/`` and ``@`` search in."""
        self.index = index

    def search_index(self) -> object | None:
        return self.index

    # ------------------------------------------------------------------ documents
    def show_document(self, index: int, offset: int | None = None) -> None:
        """Switch to document ``index``; back where the reader left it unless ``offset``."""
        if not 0 <= index < len(self.briefings):
            return
        old = self.briefing
        if old is not None and index != self.current:
            self.note_jump()  # another document: ctrl+o comes back here
            self._restore = None  # the user chose: do not reopen the last-read one later
        if old is not None:
            self._positions[old.document.path] = self.reader.current_offset()
            if old is not self.briefings[index]:
                self._note_position(save=True)  # a switch saves where one left the old one
        briefing = self.briefings[index]
        changed = index != self.current
        self.current = index
        self.reader.show(briefing)
        target = offset if offset is not None else self._positions.get(briefing.document.path)
        if target is None:
            target = self.keeper.position(briefing.document.sha256) or 0
        if target:
            self.reader.scroll_to_offset(target)
        self.section = self._section_at(target or 0)
        self._pinned_section = None
        if changed:
            self.contents.set_briefing(briefing)
            for name in ("parties", "tracker"):
                self._call_panel(name, "set_briefing", briefing)
            if not self._page_chosen:
                self._auto_side_page(briefing)
        self.contents.follow(self.section)
        self.document_list.follow(index)
        if self.actor is not None:
            # The selection is per document: one it does not mention leaves no "mention 0".
            keep = self.actor if briefing.actor(self.actor) is not None else None
            if keep is None and self._nav == "actor":
                self._nav = ""
            self._highlight_actor(keep, scroll=False)
        self._update_status()

    # ------------------------------------------------------------------ the way back
    def _here(self) -> Place | None:
        b = self.briefing
        return Place(b.document.path, self.reader.current_offset()) if b is not None else None

    def note_jump(self) -> None:
        """A jump is about to leave the current place: ctrl+o will come back to it."""
        here = self._here()
        if here is not None and not self._replaying:
            self.jumps.record(here)

    def action_jump_back(self) -> None:
        here = self._here()
        self._go_to_place(self.jumps.back(here) if here else None, "back")

    def action_jump_forward(self) -> None:
        here = self._here()
        self._go_to_place(self.jumps.forward(here) if here else None, "forward")

    def _go_to_place(self, place: Place | None, way: str) -> None:
        if place is None:
            self.app.bell()
            notify_safe(self, f"nothing to go {way} to", timeout=2)
            return
        index = self._by_path.get(place.path)
        if index is None:
            self.jumps.forget(place.path)
            notify_safe(self, "that document is not loaded", severity="warning")
            return
        self._replaying = True
        try:
            self._move_to(index, place.offset)
        finally:
            self._replaying = False
        if self.search_hits:  # n/N go on from here; the status no longer names a hit
            self._on_hit = False
            here = (index, place.offset)
            keys = [(self._by_path.get(getattr(h, "path", ""), len(self.briefings)),
                     int(getattr(h, "start", 0) or 0)) for h in self.search_hits]
            self._hit_pos = bisect_right(keys, here) - 1
        self._update_status()

    def _move_to(self, index: int, offset: int) -> None:
        """Show document ``index`` with ``offset`` at the top (the filter revealing it)."""
        if index != self.current:
            self.show_document(index, offset=offset)
        self._reveal(offset)
        self.reader.scroll_to_offset(offset)
        self._pinned_section = None
        self.section = self._section_at(offset)
        self.contents.follow(self.section)

    def _index_of_path(self, path: str) -> int | None:
        return self._by_path.get(path)

    def _switch_to_path(self, path: str) -> bool:
        index = self._index_of_path(path)
        if index is None:
            return False
        if index != self.current:
            self.show_document(index)
        return True

    def action_next_document(self) -> None:
        if self.current + 1 < len(self.briefings):
            self.show_document(self.current + 1)
        else:
            self.app.bell()

    def action_previous_document(self) -> None:
        if self.current > 0:
            self.show_document(self.current - 1)
        else:
            self.app.bell()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """``enter`` in the document list or the contents (other lists handle their own)."""
        if event.option_list.id == "documents":
            event.stop()
            self.show_document(event.option_index)
        elif event.option_list.id == "contents":
            event.stop()
            self.note_jump()
            self.go_to_section(event.option_index)
        else:
            return
        if self._mode == "narrow":
            self._close_panels()

    # ------------------------------------------------------------------ sections
    def _section_starts(self) -> list[int]:
        b = self.briefing
        return [s.start for s in b.document.sections] if b else []

    def _section_at(self, offset: int) -> int:
        starts = self._section_starts()
        return max(0, bisect_right(starts, offset) - 1) if starts else 0

    def _visible_sections(self) -> list[int]:
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
        section = b.document.sections[index]
        self.reader.scroll_to_offset(section.start)
        self.section = index
        self._pinned_section = index
        self.contents.follow(index)
        self._update_status()

    def action_next_section(self) -> None:
        later = [i for i in self._visible_sections() if i > self.section]
        if later:
            self.go_to_section(later[0])
        else:
            self.app.bell()

    def action_previous_section(self) -> None:
        b = self.briefing
        if b is None:
            return
        here = self.reader.current_offset()
        start = b.document.sections[self.section].start if b.document.sections else 0
        if here > start and self._pinned_section is None and self.section in self._visible_sections():
            self.go_to_section(self.section)  # first back to the start of this section
            return
        earlier = [i for i in self._visible_sections() if i < self.section]
        if earlier:
            self.go_to_section(earlier[-1])
        else:
            self.app.bell()

    @on(Reader.PositionChanged)
    def _position_changed(self, message: Reader.PositionChanged) -> None:
        section = self._section_at(message.offset)
        reader = self.reader
        if reader.max_scroll_y > 0 and round(reader.scroll_y) >= reader.max_scroll_y:
            # At the very end the last sections cannot reach the top: the last one whose
            # start is on screen is the one being read.
            bottom = reader.offset_at_row(round(reader.scroll_y)
                                          + reader.scrollable_content_region.height - 1)
            section = max(section, self._section_at(bottom))
        pinned = self._pinned_section
        if pinned is not None:
            b = self.briefing
            if b is not None and pinned < len(b.document.sections):
                start = b.document.sections[pinned].start
                # Keep the jumped-to section while its start is still on screen (at the end of
                # a document the view cannot scroll a short last section to the top).
                rows = self.reader.scrollable_content_region.height
                if message.offset <= start and self._row_distance(message.offset, start) < rows:
                    section = pinned
                else:
                    self._pinned_section = None
        if section != self.section:
            self.section = section
            self.contents.follow(section)
            self._update_status()

    def _row_distance(self, top_offset: int, offset: int) -> int:
        lines = self.reader._lines  # noqa: SLF001 - same package, read-only
        if lines is None:
            return 0
        return lines.row_for_offset(offset) - lines.row_for_offset(top_offset)

    # ------------------------------------------------------------------ scrolling
    def action_scroll_down(self) -> None:
        self.reader.scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.reader.scroll_up(animate=False)

    def action_page_down(self) -> None:
        self.reader.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.reader.scroll_page_up(animate=False)

    def action_top(self) -> None:
        self.note_jump()
        self._pinned_section = None
        self.reader.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.note_jump()
        self._pinned_section = None
        self.reader.scroll_end(animate=False)

    # ------------------------------------------------------------------ search and n/N
    def action_search(self, mode: str = "text") -> None:
        try:
            from briefing.ui.search import SearchScreen
        except Exception:  # noqa: BLE001 - the search screen is optional
            self.notify("search is not available yet", severity="warning", markup=False)
            return
        screen = SearchScreen(self.search_index, mode=mode)
        screen.progress = self.loading_note
        screen.coverage = self.search_coverage
        screen.briefings_for = self.briefings_at
        self.app.push_screen(screen, lambda hit: self._search_done(screen, hit))

    def briefings_at(self, paths: list[str]) -> list[Briefing]:
        """The loaded briefings of ``paths`` (those not loaded are left out)."""
        found = (self._index_of_path(p) for p in paths)
        return [self.briefings[i] for i in found if i is not None]

    def show_quotes(self, actor_id: str) -> None:
        """The parties panel, listing everything ``actor_id`` said across the corpus."""
        if not (self._side_open and self._side_page == "parties"):
            self.action_panel("parties")
        panel = self.panel("parties")
        show = getattr(panel, "show_quotes", None)
        if show is not None:
            show(actor_id)

    def _search_done(self, screen: object, hit: object | None) -> None:
        if hit is None:
            return
        hits = reading_order(list(getattr(screen, "result_hits", None) or [hit]), self._by_path)
        position = next((i for i, h in enumerate(hits) if h is hit), None)
        if position is None:
            hits.insert(0, hit)
            position = 0
        self.search_hits = hits
        self._hit_pos = position
        self._nav = "search"
        self._go_to_hit(hit)

    def _go_to_hit(self, hit: object) -> None:
        path = getattr(hit, "path", None)
        self.note_jump()  # before a switch of document, which would record it too
        if not isinstance(path, str) or not self._switch_to_path(path):
            notify_safe(self, "that document is not loaded", severity="warning")
            return
        start = int(getattr(hit, "start", 0) or 0)
        spans = [(int(s), int(e)) for s, e in (getattr(hit, "spans", None) or [])]
        self._reveal(start)
        self.reader.scroll_to_offset(start, top=False)
        self.reader.set_highlights("search", spans)
        self._on_hit = True
        self._update_status()

    def _reveal(self, offset: int) -> None:
        """Drop the paragraph filter if it hides ``offset``."""
        keep = self.reader.paragraph_filter
        b = self.briefing
        if keep is None or b is None:
            return
        if not any(p.start <= offset < max(p.end, p.start + 1) and p.start in keep
                   for p in b.document.paragraphs):
            self.reader.set_paragraph_filter(None)

    def action_next_match(self) -> None:
        self._step(+1)

    def action_previous_match(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._nav == "search" and self.search_hits:
            if self._on_hit or direction > 0:
                self._hit_pos = (self._hit_pos + direction) % len(self.search_hits)
            else:  # off the hits (ctrl+o): N is the last hit before here
                self._hit_pos %= len(self.search_hits)
            self._go_to_hit(self.search_hits[self._hit_pos])
            return
        mentions = self._actor_mentions()
        if mentions:
            if self._mention_pos < 0:
                here = self.reader.current_offset()
                after = bisect_right([m[0] for m in mentions], here)
                self._mention_pos = after if direction > 0 else after - 1
            else:
                self._mention_pos += direction
            self._mention_pos %= len(mentions)
            start = mentions[self._mention_pos][0]
            self._reveal(start)
            self.reader.scroll_to_offset(start, top=False)
            self._update_status()
            return
        notify_safe(self, "Nothing to step through: search with / or pick an actor (p).")

    # ------------------------------------------------------------------ actors and evidence
    def _actor_mentions(self) -> list[tuple[int, int]]:
        b = self.briefing
        if b is None or self.actor is None:
            return []
        actor = b.actor(self.actor)
        return sorted((m.start, m.end) for m in actor.mentions) if actor else []

    def _highlight_actor(self, actor_id: str | None, scroll: bool) -> None:
        self.actor = actor_id
        self._mention_pos = -1
        mentions = self._actor_mentions()
        self.reader.set_highlights("mention", mentions)
        if scroll and mentions:
            self._reveal(mentions[0][0])
            self.reader.scroll_to_offset(mentions[0][0], top=False)
        self._update_status()

    def on_parties_panel_actor_selected(self, message: Any) -> None:
        if not self._switch_to_path(message.path):
            return
        self._highlight_actor(message.actor_id, scroll=False)
        self._nav = "actor" if message.actor_id else ""

    def on_parties_panel_filter_toggled(self, message: Any) -> None:
        if not self._switch_to_path(message.path):
            return
        if message.actor_id:
            self._highlight_actor(message.actor_id, scroll=False)
            self._nav = "actor"
        b = self.briefing
        if not message.only or b is None or self.actor is None:
            self.reader.set_paragraph_filter(None)
            self._update_status()  # "filtered" goes with the filter
            return
        starts = set()
        mention_starts = [m[0] for m in self._actor_mentions()]
        for para in b.document.paragraphs:
            i = bisect_right(mention_starts, para.start - 1)
            if i < len(mention_starts) and mention_starts[i] < para.end:
                starts.add(para.start)
        self.reader.set_paragraph_filter(starts)
        self._update_status()

    def on_parties_panel_open_document(self, message: Any) -> None:
        if not self._switch_to_path(message.path):
            notify_safe(self, "that document is not loaded", severity="warning")
            return
        if message.actor_id:
            self._highlight_actor(message.actor_id, scroll=True)
            self._nav = "actor"

    def on_side_panel_chosen(self, message: Message) -> None:
        """Below 70 columns a panel stands in the reader's place: ``enter`` gives it back."""
        message.stop()
        if self._mode == "narrow" and (self._side_open or self._docs_open):
            self.call_after_refresh(self._close_panels)

    def on_parties_panel_quote_selected(self, message: Any) -> None:
        self.on_tracker_panel_evidence_selected(message)  # the same: a span in a document

    def on_tracker_panel_evidence_selected(self, message: Any) -> None:
        self.note_jump()
        if not self._switch_to_path(message.path):
            return
        start, end = int(message.start), int(message.end)
        self._reveal(start)
        self.reader.scroll_to_offset(start, top=False)
        self.reader.set_highlights("evidence", [(start, end)])

    # ------------------------------------------------------------------ panels and layout
    def on_resize(self, event: events.Resize) -> None:
        self._apply_mode(event.size.width)
        self._apply_side_width()
        self._update_status()

    def _apply_mode(self, width: int) -> None:
        mode = "wide" if width >= WIDE else "medium" if width >= MEDIUM else "narrow"
        if mode == self._mode:
            return
        self._mode = mode
        # Each width starts from its natural layout (the settings may keep the side panel
        # closed); the reading position is kept by the reader.
        self._side_open = mode != "narrow" and self._layout().get("sidebar", True) is not False
        self._docs_open = mode == "wide"
        self._apply_docs_visibility()
        if self.focused is not None and not self.focused.display:
            self.reader.focus()

    def _apply_side_width(self) -> None:
        """The settings' sidebar width, in the wide layout only (narrower ones fit the screen)."""
        width = self._layout().get("sidebar_width")
        if not isinstance(width, int) or isinstance(width, bool) or not 20 <= width <= 80:
            return
        try:
            side = self.query_one("#side")
        except NoMatches:  # called from compose, before the children exist
            return
        side.styles.width = width if self._mode == "wide" else None

    def _multi(self) -> bool:
        return len(self.briefings) > 1

    def _apply_docs_visibility(self) -> None:
        """Set every layout class at once (each class change restyles the whole screen)."""
        docs = self._docs_open and self._multi()
        wanted = {f"-{self._mode}"} if self._mode else set()
        if docs:
            wanted.add("-docs-open")
        if self._side_open:
            wanted.add("-side-open")
        if docs or self._side_open:
            wanted.add("-panel-open")
        ours = {"-wide", "-medium", "-narrow", "-docs-open", "-side-open", "-panel-open"}
        current = set(self.classes)
        if current & ours != wanted:
            self.set_classes((current - ours) | wanted)

    def _close_panels(self) -> None:
        self._docs_open = self._side_open = False
        self._apply_docs_visibility()
        self.reader.focus()

    def _update_side_title(self) -> None:
        parts: list[Content | tuple[str, str] | str] = []
        for page in SIDE_PAGES:
            name = SIDE_TITLES[page]
            if parts:
                parts.append(" ")
            parts.append((f" {name} ", "reverse bold") if page == self._side_page else name)
        self.query_one("#side-title", Static).update(Content.assemble(*parts))

    def _auto_side_page(self, briefing: Briefing) -> None:
        """Until the user picks a side page, show one with something in it: the contents of a
        one-section document (most news items) would only say "Opening", so its parties show
        instead; a document with sections brings the configured page back."""
        configured = self._layout().get("panel")
        default = configured if configured in SIDE_PAGES else "contents"
        page = default
        if default == "contents" and len(briefing.document.sections) <= 1:
            page = "parties"
        if page != self._side_page:
            self._side_page = page
            self.query_one("#side-switcher", ContentSwitcher).current = page
            self._update_side_title()

    def action_panel(self, page: str) -> None:
        if page not in SIDE_PAGES:
            return
        self._page_chosen = True  # from now on the side page is the user's choice
        widget = self.panel(page)
        if self._side_open and self._side_page == page and self._focus_within(self.query_one("#side")):
            self._side_open = False
            self._apply_docs_visibility()
            self.reader.focus()
            return
        self._side_page = page
        self.query_one("#side-switcher", ContentSwitcher).current = page
        self._side_open = True
        if self._mode != "wide":
            self._docs_open = False
        self._apply_docs_visibility()
        self._update_side_title()
        self.call_after_refresh(self._focus_panel, widget)

    def _focus_panel(self, widget: Widget) -> None:
        if widget.focusable:
            widget.focus()
            return
        for child in widget.query("*"):
            if child.focusable:
                child.focus()
                return

    def _focus_within(self, widget: Widget) -> bool:
        focused = self.focused
        while focused is not None:
            if focused is widget:
                return True
            focused = focused.parent  # type: ignore[assignment]
        return False

    def action_documents(self) -> None:
        """The document table (date, source, title, status): filter, sort, enter opens."""
        if not self._multi():
            notify_safe(self, "Only one document is open.")
            return
        from briefing.ui.documents import DocumentsScreen

        rows = self.doc_rows.rows(self.briefings)
        screen = DocumentsScreen(rows, self.current, *self.doc_rows.sort)

        def done(index: int | None) -> None:
            self.doc_rows.sort = (screen.sort_column, screen.reverse)
            if index is not None and 0 <= index < len(self.briefings):
                self.show_document(index)  # records the jump: ctrl+o comes back
            self.reader.focus()

        self.app.push_screen(screen, done)
        self.doc_rows.fill_statuses(self, self.briefings, screen)

    def action_focus_next_panel(self) -> None:
        self.focus_next()

    def action_focus_previous_panel(self) -> None:
        self.focus_previous()

    def action_back(self) -> None:
        reader = self.reader
        if self._mode == "narrow" and (self._side_open or self._docs_open):
            self._close_panels()
        elif reader.paragraph_filter is not None:
            reader.set_paragraph_filter(None)
        elif reader.highlights("search") or reader.highlights("evidence") or self.actor:
            reader.set_highlights("search", [])
            reader.set_highlights("evidence", [])
            self._highlight_actor(None, scroll=False)
            self._nav = ""
            self.search_hits = []
        elif self.focused is not reader:
            reader.focus()
        self._update_status()

    # ------------------------------------------------------------------ other screens
    def action_refresh_feeds(self) -> None:
        from briefing.ui.feeds import start_refresh

        start_refresh(self)

    def on_feeds_fetched(self, message: Any) -> None:
        """New articles from the feeds join the corpus: list, panels, then the index."""
        if message.briefings or message.problems:
            seen = self._seen + len(message.briefings)
            self._on_loaded(Loaded(message.briefings, message.problems, seen))
            self._push_corpus()
            if message.briefings:
                self._start_index_build()
        notify_safe(self, message.note, severity="warning" if message.failed else "information")

    def action_help(self) -> None:
        from briefing.ui.help import HelpScreen

        self.app.push_screen(HelpScreen(getattr(self.app, "keymap", None)))

    def action_problems(self) -> None:
        from briefing.ui.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems))

    def action_quit(self) -> None:
        self.app.exit(return_code=0)  # the app saves the reading state (flush_state) on exit

    def loading_note(self) -> str:
        """What the search screen says while there is no index yet."""
        if not self.is_loading:
            return "indexing… (building the search index)"
        if self._warm_checking:
            return "opening the saved search index…"
        if self._index_building:
            return f"indexing the documents read so far… {self._files_read()} files read"
        return (f"indexing… search starts after {PARTIAL_INDEX_FIRST:,} documents: "
                f"{self._files_read()} files read")

    def _files_read(self) -> str:
        """"1,234/21,901" while loading (the total once it is counted)."""
        return f"{self._seen:,}" + (f"/{self.total_files:,}" if self.total_files else "")

    def search_coverage(self) -> str | None:
        """What a partial index covers, for the search screen (``None``: everything)."""
        if self.index_covers is None:
            if getattr(self.index, "actors_pending", False):
                return "actors still being analysed"
            return None
        total = self.total_files or len(self.briefings)
        return f"in the first {self.index_covers:,}/{total:,} documents (loading)"

    @work(thread=True, exclusive=True, group="count")
    def _count_files(self) -> None:
        from briefing.corpus import count_files

        try:
            total = count_files(self.paths or None, self._limits())
        except Exception:  # noqa: BLE001 - the count is only for the progress display
            return
        self.post_message(FileCount(total))

    def on_file_count(self, message: FileCount) -> None:
        self.total_files = message.total
        self._update_status()

    # ------------------------------------------------------------------ reader state
    @work(thread=True, exclusive=True, group="state-load")
    def _load_state(self) -> None:
        problems = self.keeper.load()
        self.keeper.note_opened(self._corpus_key())
        self.post_message(StateLoaded(problems))

    def _corpus_key(self) -> list[str]:
        """The corpus as the reader state names it (the paths given, or the seeds)."""
        if self.paths:
            return [str(p) for p in self.paths]
        from briefing.corpus import bundled_seeds

        return [str(bundled_seeds())]

    @on(StateLoaded)
    def _on_state_loaded(self, message: StateLoaded) -> None:
        if message.problems:
            self.problems.extend(message.problems)
            self._update_status()
        last = self.keeper.reading(self._corpus_key())
        if last is not None and self._restore is None and not self.jumps.can_go_back and \
                self.current <= 0 and self.reader.current_offset() == 0:
            self._restore = last[0]  # reopen the document one was reading, once it is here
            self._restore_reading()
        b = self.briefing
        # Restore the saved place unless the user has already moved in this document.
        if b is not None and b.document.path not in self._positions and \
                self.reader.current_offset() == 0:
            saved = self.keeper.position(b.document.sha256)
            if saved:
                self.reader.scroll_to_offset(saved)
                self.section = self._section_at(saved)
                self.contents.follow(self.section)
                self._update_status()
        self._start_save()
        self.set_interval(SAVE_INTERVAL, self._note_position, name="state-save")

    def _untouched(self) -> bool:
        """Still at the start (or the saved place) of the first document: the user has not
        moved, so the document last read may still be reopened when it arrives."""
        b = self.briefing
        if b is None:
            return True
        offset = self.reader.current_offset()
        return self.current == 0 and offset in (0, self.keeper.position(b.document.sha256))

    def _restore_reading(self) -> None:
        """Open the document last read in this corpus (when it has loaded), at its place."""
        index = self._by_sha.get(self._restore or "")
        if index is None:
            return
        self._restore, offset, self._restore_offset = None, self._restore_offset, None
        if index != self.current or offset is not None:
            self._replaying = True  # not a jump the user made
            try:
                self.show_document(index, offset=offset)
            finally:
                self._replaying = False

    def _note_position(self, save: bool = True) -> None:
        """Remember the current position; save in a worker when anything changed."""
        b = self.briefing
        if b is not None and self.keeper.loaded:
            self.keeper.note_position(b.document.sha256, self.reader.current_offset(),
                                      b.document.path)
            self.keeper.note_reading(self._corpus_key(), b.document.sha256, b.document.path)
        if save and (self.keeper.dirty or self.keeper.failing):
            self._start_save()

    def _start_save(self) -> None:
        if self._saving:  # one save at a time; the one running picks up the new changes
            self._save_again = True
            return
        self._saving = True
        self._save_state()

    @work(thread=True, group="state-save")
    def _save_state(self) -> None:
        self.post_message(StateSaved(self.keeper.save()))

    def _confirm_bookmarks(self, problem: Problem | None) -> bool:
        """Say "bookmark added" only once it is saved, or that it could not be; True if said."""
        said = False
        for mark_id in list(self._announce):
            if self.keeper.is_saved(mark_id):
                self._announce.remove(mark_id)
                notify_safe(self, "bookmark added (' lists them)")
                said = True
            elif problem is not None:
                self._announce.remove(mark_id)
                notify_safe(self, f"bookmark kept for this session only: {problem} (retrying "
                                  f"every {SAVE_INTERVAL:.0f} s)", severity="warning")
                said = True
        return said

    @on(StateSaved)
    def _on_state_saved(self, message: StateSaved) -> None:
        self._saving = False
        said = self._confirm_bookmarks(message.problem)
        if message.problem is not None:
            if said:
                self.keeper.failing = True
            if not self.keeper.failing:  # once per run of failures; the timer retries
                notify_safe(self, f"{message.problem.message} (retrying every "
                                  f"{SAVE_INTERVAL:.0f} s)", severity="warning")
            self.keeper.failing = True
            return
        if self.keeper.failing:
            self.keeper.failing = False
            notify_safe(self, "reader state saved again")
        if self._save_again:
            self._save_again = False
            if self.keeper.dirty:
                self._start_save()

    def flush_state(self) -> str | None:
        """Save the current position now (on exit; a short synchronous write); what could not
        be saved, in words, for the terminal after the reader has closed."""
        self._note_position(save=False)
        problem = self.keeper.save()
        if problem is None:
            return None
        return f"briefing: {problem}\nnot saved: {self.keeper.unsaved_summary()}"

    def action_add_bookmark(self) -> None:
        b = self.briefing
        if b is None:
            return
        if not self.keeper.loaded:
            notify_safe(self, "the reader state is still loading; try again", severity="warning")
            return
        from briefing.ui.dialogs import PromptScreen

        offset = self.reader.current_offset()
        path, sha = b.document.path, b.document.sha256

        def done(note: str | None) -> None:
            if note is None:
                return
            mark = self.keeper.add_bookmark(sha, path, offset, note.strip())
            if mark is not None:
                self._announce.append(mark.id)  # confirmed by _on_state_saved
            self._start_save()

        self.app.push_screen(PromptScreen("Bookmark this place", placeholder="note (optional)",
                                          hint="enter: add · escape: cancel"), done)

    def _describe_bookmark(self, mark: Any) -> tuple[str, str]:
        index = self._by_sha.get(mark.sha256)
        if index is None:
            return f"{Path(mark.path).name} (not loaded)", ""
        document = self.briefings[index].document
        text = document.text[mark.offset:mark.offset + 200]
        return document.display_title, " ".join(text.split())[:100]

    def action_bookmarks(self) -> None:
        from briefing.ui.bookmarks import BookmarksScreen

        def remove(bookmark_id: str) -> None:
            self.keeper.remove_bookmark(bookmark_id)
            self._start_save()

        screen = BookmarksScreen(self.keeper.bookmarks(), self._describe_bookmark, remove)
        self.app.push_screen(screen, self._go_to_bookmark)

    def _go_to_bookmark(self, mark: Any) -> None:
        if mark is None:
            return
        index = self._by_sha.get(mark.sha256)
        if index is None:
            index = self._by_path.get(mark.path)
        if index is None:
            self._offer_corpus_of(mark)
            return
        self.note_jump()
        self._move_to(index, mark.offset)
        self._update_status()

    def _offer_corpus_of(self, mark: Any) -> None:
        from briefing.ui.bookmarks import offer_corpus_of

        offer_corpus_of(self, mark, self.keeper.recent())

    def open_corpus(self, paths: list[str], sha256: str | None = None,
                    offset: int | None = None) -> None:
        """Replace this corpus by another (saving the place here first), optionally opening
        the document ``sha256`` at ``offset`` once it has loaded."""
        self.flush_state()
        screen = MainScreen(paths, self.limits)
        screen._restore, screen._restore_offset = sha256, offset  # noqa: SLF001 - same class
        if hasattr(self.app, "paths"):
            self.app.paths = list(paths)
        # The first screen cannot be switched away (it has no result callback): the new one
        # goes on top and this one lets go of its corpus and index.
        self.app.push_screen(screen)
        for group in ("load", "index", "count"):
            self.workers.cancel_group(self, group)
        self.briefings, self.index, self._by_path, self._by_sha = [], None, {}, {}

    # ------------------------------------------------------------------ themes
    def action_cycle_theme(self) -> None:
        names = self.app.theme_cycle() if hasattr(self.app, "theme_cycle") else \
            sorted(self.app.available_themes)
        if not names:
            return
        current = self.app.theme
        following = names[(names.index(current) + 1) % len(names)] if current in names \
            else names[0]
        self.app.theme = following
        notify_safe(self, f"theme: {following}", timeout=2)

    # ------------------------------------------------------------------ curation
    def on_parties_panel_curation_requested(self, message: Any) -> None:
        message.stop()
        self._curate(message.path, message.sidecar, message.op, dict(message.args))

    @work(thread=True, group="curate")
    def _curate(self, path: str, sidecar: str | None, op: str, args: dict[str, str]) -> None:
        from briefing.userdata.sidecar import CurationError, curate

        what = {"rename": "renamed", "merge": "merged", "drop": "dropped", "add": "added"}
        try:
            result = curate(path, op, sidecar=sidecar, **args)
        except CurationError as exc:
            self.post_message(Curated(path, None, [], str(exc)))
            return
        except (OSError, UnicodeDecodeError, KeyError, TypeError) as exc:
            from briefing.common.storage import describe

            self.post_message(Curated(path, None, [], f"the sidecar was not changed: "
                                                      f"{describe(exc)}"))
            return
        from briefing.analysis.runner import safe_analyse
        from briefing.corpus import load_document

        limits = self._limits()
        document, problems = load_document(path, limits)
        if document is None:
            self.post_message(Curated(path, None, problems, "the document could not be "
                                                            "read again"))
            return
        briefing, more = safe_analyse(document, limits)
        beside = result.sidecar.parent == Path(path).parent
        where = result.sidecar.name if beside else str(result.sidecar)  # the seed: data dir
        self.post_message(Curated(path, briefing, problems + more,
                                  what=f"{what.get(op, op)}; saved in {where}"))

    @on(Curated)
    def _on_curated(self, message: Curated) -> None:
        if message.error is not None or message.briefing is None:
            notify_safe(self, message.error or "the change was not made", severity="error")
            return
        index = self._by_path.get(message.path)
        if index is None:
            return
        old = self.briefings[index]
        self.briefings[index] = message.briefing
        self.doc_rows.forget(index)
        self.problems.extend(message.problems)
        # The curated briefing comes from the file as it is now: if it changed on disk since
        # it was opened, its text (and layout, header, contents, search units) are new too.
        new_text = message.briefing.document.sha256 != old.document.sha256
        if index == self.current:
            if new_text:
                offset = self.reader.current_offset()
                self.reader.show(message.briefing)  # laid out again, header included
                self.reader.scroll_to_offset(min(offset, len(message.briefing.document.text)))
                self.contents.set_briefing(message.briefing)
            else:
                self.reader.briefing = message.briefing  # the same text: no re-layout
            for name in ("parties", "tracker"):
                self._call_panel(name, "set_briefing", message.briefing)
            if self.actor is not None:
                if message.briefing.actor(self.actor) is None:
                    self._highlight_actor(None, scroll=False)
                    self._nav = ""
                else:
                    self._highlight_actor(self.actor, scroll=False)
        self._push_corpus()
        if new_text:  # the index's texts are stale, not only its actors: build it again
            self._start_index_build()
            notify_safe(self, message.what)
            self._update_status()
            return
        # The search index's actors for this document (not a rebuild), in a thread.
        # Through a closure: ``@work`` would ``repr`` the arguments (every briefing, decoded).
        path, new, briefings = message.path, message.briefing, list(self.briefings)
        self.run_worker(lambda: self._curate_search(path, old, new, briefings), thread=True,
                        group="search-curation", exit_on_error=False,
                        description="search index: curated actors")
        notify_safe(self, message.what)
        self._update_status()

    def _curate_search(self, path: str, old: Briefing, new: Briefing,
                       briefings: list[Briefing]) -> None:
        """Update the index's actors for one curated document, swap it in, save it."""
        try:
            from briefing.search.cache import apply_curation
        except Exception:  # noqa: BLE001 - the search layer is optional
            return

        def publish(before: object, after: object) -> None:
            def swap() -> None:
                if self.index is before:  # not replaced meanwhile by a full build
                    self.set_search_index(after)

            self.app.call_from_thread(swap)

        worker = get_current_worker()  # an index still being built is waited for (bounded)
        apply_curation(self.search_index, publish, path, old, new, briefings, self.paths,
                       self._index_cache_dir(), wait=600.0,
                       cancelled=lambda: worker.is_cancelled)

    # ------------------------------------------------------------------ status
    def _update_status(self) -> None:
        try:
            where = self.query_one("#status-where", Static)
            load = self.query_one("#status-load", Static)
            problems = self.query_one("#status-problems", Static)
        except NoMatches:
            return
        parts: list[str] = []
        b = self.briefing
        if b is not None:
            if len(self.briefings) > 1:
                parts.append(f"{self.current + 1:,}/{len(self.briefings):,}")
            sections = b.document.sections
            if sections:
                where_in = f"§{self.section + 1:,}/{len(sections):,}"
                # a heading, or what a transcript's topic section is called
                name = sections[self.section].heading or sections[self.section].label \
                    if self.section < len(sections) else None
                if name:
                    where_in += " " + safe_str(name, 60)
                parts.append(where_in)
            if self._nav == "search" and self.search_hits:
                n = len(self.search_hits)
                parts.append(f"hit {self._hit_pos + 1:,}/{n:,}" if self._on_hit
                             else f"{n:,} hit{'s' if n != 1 else ''}")
            elif self.actor is not None:
                n = len(self._actor_mentions())
                pos = f"{self._mention_pos + 1:,}/" if self._mention_pos >= 0 else ""
                if n:
                    parts.append(f"mention {pos}{n:,}")
                elif b.actor(self.actor) is not None:  # listed, but no mention was located
                    parts.append("no mention located")
            if self.reader.paragraph_filter is not None:
                parts.append("filtered")
        where.update(Content(" · ".join(parts)))  # parts are display-safe (safe_str)
        # Narrow terminals: short forms, so the position is not what gets cut.
        narrow = self.app.size.width < MEDIUM
        if self.is_loading:
            load.update(Content(f"{'…' if narrow else 'Loading… '}{self._files_read()}"))
            load.remove_class("-done")
            load.display = True
        else:
            n = len(self.briefings)
            load.update(Content(f"{n:,} document{'s' if n != 1 else ''}"))
            load.add_class("-done")
            load.display = not (narrow and n > 1)  # "17061/21901" already says it
        count = len(self.problems)
        problems.update(Content(f"⚠ {count:,}" if narrow else
                                f"⚠ {count:,} problem{'s' if count != 1 else ''} (!)")
                        if count else "")
        problems.display = bool(count)

    # ------------------------------------------------------------------ helpers
    def _call_panel(self, name: str, method: str, *args: object) -> None:
        """Call another developer's panel without letting its failure stop the reader."""
        try:
            fn: Callable[..., object] | None = getattr(self.panel(name), method, None)
            if callable(fn):
                fn(*args)
        except Exception as exc:  # noqa: BLE001
            if name not in self._panel_errors:
                self._panel_errors.add(name)
                notify_safe(self, f"the {name} panel failed: {exc.__class__.__name__}: {exc}",
                            severity="error")
