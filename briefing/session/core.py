"""The session: what the reader works on, without a screen.

A :class:`Session` owns the corpus (the briefings in load order, with lookups by path and by
SHA-256), the problems met, the loading, the search index's lifecycle
(:mod:`briefing.session.indexing`), the user's curation and the saving of the reader state
(positions, bookmarks, recent corpora).  Its background work runs as jobs handed to the owner's
:class:`~briefing.session.jobs.JobRunner`; each job reports by publishing an event
(:mod:`briefing.session.events`) to the subscribers, from its own thread.  The owner's thread
folds every event back in with :meth:`Session.apply`, which updates the state, starts whatever
the policy says comes next (an index build, a save) and returns what the view needs to know.
A document read again (a :class:`Curated` event) is folded in by :mod:`briefing.session.apply`.

All state changes happen on the owner's thread; jobs get snapshots.  The events (dataclasses)
are imported when the first one is applied, after the reader's first frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from time import time
from typing import TYPE_CHECKING, Any

from briefing.session.indexing import IndexLifecycle
from briefing.session.jobs import Cancelled, JobRunner
from briefing.session.state import SAVE_INTERVAL, StateKeeper

TEXT_FIRST_MAX = 120.0  # seconds the analysis waits at most for the text index

if TYPE_CHECKING:
    from briefing.corpus.limits import Limits
    from briefing.model import Briefing, Problem
    from briefing.search import SearchIndex
    from briefing.session.changes import ChangeWatch
    from briefing.session.events import (
        Applied,
        BriefingsLoaded,
        Curated,
        IndexReady,
        Notice,
        SessionEvent,
    )
    from briefing.userdata.state import Bookmark


class Session:
    """The corpus, its index and the reader state of one reading session."""

    def __init__(self, paths: Sequence[str], runner: JobRunner,
                 limits: dict[str, Any] | None = None) -> None:
        self.paths = [str(p) for p in paths]
        self.limits_settings = dict(limits or {})  # the settings' ``limits:``
        self.runner = runner
        self.briefings: list[Briefing] = []
        self.problems: list[Problem] = []
        self.gone: set[str] = set()  # documents whose file went while the reader was open
        self.by_path: dict[str, int] = {}
        self.by_sha: dict[str, int] = {}
        self.indexing = IndexLifecycle()
        self.is_loading = True
        self.seen = 0  # files read so far
        self.total_files: int | None = None  # counted in a job, for "1,234/21,901"
        self.keeper = StateKeeper()
        self.load_started = time()  # files changed after this are re-checked next start
        self._changes: ChangeWatch | None = None  # documents changed on disk (made on use)
        self._subscribers: list[Callable[[SessionEvent], None]] = []
        self._saving = False
        self._save_again = False
        self._announce: list[str] = []  # bookmarks added, confirmed once they are on disk
        # Clear while a big folder's text is being indexed by processes of its own: the
        # analysis waits (it would take half the cores), text search comes in seconds.
        self._analysis_free = threading.Event()
        self._analysis_free.set()

    # ------------------------------------------------------------------ events
    def subscribe(self, callback: Callable[[SessionEvent], None]) -> None:
        """Call ``callback`` with every event (from the publishing job's thread)."""
        self._subscribers.append(callback)

    def publish(self, event: SessionEvent) -> None:
        for callback in list(self._subscribers):
            callback(event)

    def apply(self, event: SessionEvent) -> Applied:
        """Fold ``event`` into the state (on the owner's thread) and run the policy."""
        from briefing.session.events import (
            Applied,
            BriefingsLoaded,
            Curated,
            DocumentAnalysed,
            FilesCounted,
            IndexCurated,
            IndexReady,
            ProblemsFound,
            StateLoaded,
            StateSaved,
        )

        applied = Applied()
        match event:
            case BriefingsLoaded():
                applied.first = self._loaded(event)
            case DocumentAnalysed(index=index) if 0 <= index < len(self.briefings):
                applied.position, applied.replaced = index, self.briefings[index]
                self.briefings[index] = event.briefing
                self._note(event.problems)
            case IndexReady():
                applied.index_changed = self._index_ready(event)
            case IndexCurated(before=before, after=after):
                applied.index_changed = self.indexing.curated(before, after)
            case ProblemsFound(problems=problems) | StateLoaded(problems=problems):
                self._note(problems)
            case FilesCounted(total=total):
                self.total_files = total
            case StateSaved(problem=problem):
                applied.notices = self._saved(problem)
            case Curated():
                if event.gone:  # until it is read again (put back): see the reader
                    self.gone.add(event.path)
                elif event.briefing is not None:
                    self.gone.discard(event.path)
                self._curated(event, applied)
        return applied

    # ------------------------------------------------------------------ the corpus
    @property
    def limits(self) -> Limits:
        from briefing.corpus import DEFAULT_LIMITS
        from briefing.corpus.limits import Limits

        if not self.limits_settings:
            return DEFAULT_LIMITS
        limits, _warnings = Limits.from_dict(self.limits_settings)  # reported by the settings
        return limits

    def corpus_key(self) -> list[str]:
        """The corpus as the reader state names it (the paths given, or the seeds)."""
        if self.paths:
            return list(self.paths)
        from briefing.corpus import bundled_seeds

        return [str(bundled_seeds())]

    def index_of_path(self, path: str) -> int | None:
        return self.by_path.get(path)

    def briefings_at(self, paths: Sequence[str]) -> list[Briefing]:
        """The loaded briefings of ``paths`` (those not loaded are left out)."""
        found = (self.by_path.get(p) for p in paths)
        return [self.briefings[i] for i in found if i is not None]

    def start(self) -> None:
        """Start loading, counting, reading the reader state and opening the saved index."""
        from briefing.session.loading import load_corpus

        run = self.runner.run
        run(lambda cancelled: load_corpus(self.paths, self.limits, self.publish, cancelled,
                                          self._hold_analysis),
            group="load", exclusive=True, description="load the corpus")
        run(self._count_files, group="count", exclusive=True, description="count files")
        run(self._load_state, group="state-load", exclusive=True,
            description="read the reader state")
        self.indexing.warm_checking = True
        run(lambda cancelled: self._build(cancelled, warm=True), group="index",
            description="warm search index")

    @property
    def text_first(self) -> bool:
        """A big folder's text is being indexed before its analysis goes on."""
        return not self._analysis_free.is_set()

    def _text_first(self, building: bool) -> None:
        """(From the index job) the text index is being built (``True``) or is done."""
        if building:
            self._analysis_free.clear()
        else:
            self._analysis_free.set()

    def _hold_analysis(self) -> None:
        """(In the loading job) wait while the text is indexed first, at most a while."""
        self._analysis_free.wait(TEXT_FIRST_MAX)

    def close(self) -> None:
        """Stop the corpus's jobs and let go of it and its index (another corpus opens)."""
        for group in ("load", "index", "count"):
            self.runner.cancel(group)
        self._analysis_free.set()
        self.briefings, self.by_path, self.by_sha = [], {}, {}
        self.indexing.index = None

    def add_fetched(self, briefings: list[Briefing], problems: list[Problem]) -> Applied:
        """Articles fetched from the feeds join the corpus (and then the index)."""
        from briefing.session.events import BriefingsLoaded

        applied = self.apply(BriefingsLoaded(briefings, problems, self.seen + len(briefings)))
        if briefings:
            self.start_index_build()
        return applied

    def _note(self, problems: list[Problem]) -> None:
        """Add ``problems``, each once: a sidecar read by ``a.txt`` and ``a.md`` is one
        problem, met when each of them loads (the same path and words)."""
        if problems:
            from briefing.corpus.problems import ProblemsOnce

            once = ProblemsOnce(self.problems)
            self.problems.extend(p for p in problems if once.first_time(p))

    def _loaded(self, event: BriefingsLoaded) -> int:
        first = len(self.briefings)
        for i, briefing in enumerate(event.briefings, first):
            self.by_path.setdefault(briefing.document.path, i)
            self.by_sha.setdefault(briefing.document.sha256, i)
        self.briefings.extend(event.briefings)
        self._note(event.problems)
        self.seen = event.seen
        if event.done:
            self.is_loading = False
            if self.indexing.wants_full():
                self.start_index_build()
        elif self.indexing.wants_partial(len(self.briefings)):
            self.start_index_build(partial=True)
        return first

    def _count_files(self, cancelled: Cancelled) -> None:
        from briefing.corpus import count_files
        from briefing.session.events import FilesCounted

        try:
            total = count_files(self.paths or None, self.limits)
        except Exception:  # noqa: BLE001 - the count is only for the progress display
            return
        self.publish(FilesCounted(total))

    # ------------------------------------------------------------------ the search index
    @property
    def index(self) -> SearchIndex | None:
        return self.indexing.index

    @property
    def index_covers(self) -> int | None:
        return self.indexing.covers

    def search_index(self) -> SearchIndex | None:
        """The index ``/`` and ``@`` search in (``None`` while there is none)."""
        return self.indexing.index

    def index_cache_dir(self) -> Path | None:
        """Where the index for these settings' limits is kept (see ``cache_dir_for``)."""
        from dataclasses import asdict

        from briefing.search.cache import cache_dir_for

        limits = asdict(self.limits)
        defaults = asdict(type(self.limits)())
        return cache_dir_for({k: v for k, v in limits.items() if defaults.get(k) != v})

    def start_index_build(self, partial: bool = False) -> None:
        """Build the index over the briefings loaded so far (``partial``: not saved)."""
        generation = self.indexing.begin_build()
        briefings = list(self.briefings)  # a snapshot: the list grows while loading
        self.runner.run(lambda cancelled: self._build(cancelled, generation=generation,
                                                      briefings=briefings, partial=partial),
                        group="index", description="search index")

    def _build(self, cancelled: Cancelled, *, warm: bool = False, generation: int = 0,
               briefings: Sequence[Briefing] = (), partial: bool = False) -> None:
        from briefing.session.indexing import build_index

        build_index(self.paths, self.limits, self.index_cache_dir(), self.publish, cancelled,
                    warm=warm, generation=generation, briefings=briefings, partial=partial,
                    started=self.load_started, text_first=self._text_first if warm else None)

    def _index_ready(self, event: IndexReady) -> bool:
        changed, follow = self.indexing.receive(event, self.is_loading, len(self.briefings))
        if follow:
            self.start_index_build(partial=follow == "partial")
        return changed

    # ------------------------------------------------------------------ curation
    def curate(self, path: str, sidecar: str | None, op: str, args: dict[str, str]) -> None:
        """Apply a correction to the sidecar of ``path`` (published as :class:`Curated`)."""
        from briefing.session.curation import curate

        limits, watch = self.limits, self._watch()

        def job(_cancelled: Cancelled) -> None:
            # No "changed on disk" check of this file while briefing writes its sidecar and
            # analyses it again: one that ran in between said "reloaded: the file changed
            # on disk" after the user's own rename.
            claimed = watch.claim(path)
            try:
                curate(path, sidecar, op, dict(args), limits, self.publish)
            finally:
                if claimed:
                    watch.seen_now(path)  # what briefing wrote is no news
                    watch.release(path)

        self.runner.run(job, group="curate", description="curation")

    def _watch(self) -> ChangeWatch:
        """What was seen of the documents on disk (made on first use)."""
        from briefing.session.changes import ChangeWatch

        if self._changes is None:
            self._changes = ChangeWatch(int(self.load_started * 1e9))
        return self._changes

    def reload_if_changed(self, path: str) -> None:
        """Read ``path`` again if it or its sidecar changed on disk since it was read (a
        job: the check is a ``stat`` or two); the new version comes as a ``Curated`` event."""
        from briefing.session.changes import reload_changed

        if path not in self.by_path:
            return
        watch, limits = self._watch(), self.limits
        if not watch.claim(path):
            return
        sha = self.briefings[self.by_path[path]].document.sha256

        def job(_cancelled: Cancelled) -> None:
            changed = watch.changed(path)
            if changed:
                reload_changed(path, limits, self.publish,
                               same_unless=None if "sidecar" in changed else sha)

        self.runner.run(job, group="changed-on-disk", description="a file changed on disk")

    def _curated(self, event: Curated, applied: Applied) -> None:
        from briefing.session.apply import CuratedIndexUpdate, fold_curated

        folded = fold_curated(event, applied, self.briefings, self.by_path, self.problems)
        if folded is None:
            return
        old, new, self.problems = folded
        if self._changes is not None:  # the sidecar briefing just wrote is no news
            self._changes.seen_now(event.path)
        if new.document.sha256 != old.document.sha256:
            self.start_index_build()  # the text changed on disk too: index it again
            return
        CuratedIndexUpdate(self.search_index, self.publish, event.path, old, new,
                           list(self.briefings), self.paths, self.index_cache_dir()
                           ).start(self.runner)

    # ------------------------------------------------------------------ the reader state
    def _load_state(self, cancelled: Cancelled) -> None:
        from briefing.session.events import StateLoaded

        problems = self.keeper.load()
        self.keeper.note_opened(self.corpus_key())
        self.publish(StateLoaded(problems))

    def note_position(self, briefing: Briefing | None, offset: int, save: bool = True) -> None:
        """Remember where the reader is in ``briefing``; save in a job if anything changed."""
        if briefing is not None and self.keeper.loaded:
            document = briefing.document
            self.keeper.note_position(document.sha256, offset, document.path)
            self.keeper.note_reading(self.corpus_key(), document.sha256, document.path)
        if save and (self.keeper.dirty or self.keeper.failing):
            self.start_save()

    def start_save(self) -> None:
        """Save the reader state in a job (one at a time; a running one saves again after)."""
        if self._saving:
            self._save_again = True
            return
        self._saving = True

        def save(_cancelled: Cancelled) -> None:
            from briefing.session.events import StateSaved

            self.publish(StateSaved(self.keeper.save()))

        self.runner.run(save, group="state-save", description="save the reader state")

    def flush(self) -> str | None:
        """Save now (on exit; a short synchronous write); what could not be saved, in words."""
        problem = self.keeper.save()
        if problem is None:
            return None
        return f"briefing: {problem}\nnot saved: {self.keeper.unsaved_summary()}"

    def add_bookmark(self, briefing: Briefing, offset: int, note: str) -> None:
        """Bookmark ``offset`` in ``briefing``; confirmed once saved (:class:`StateSaved`)."""
        document = briefing.document
        mark = self.keeper.add_bookmark(document.sha256, document.path, offset, note)
        if mark is not None:
            self._announce.append(mark.id)
        self.start_save()

    def remove_bookmark(self, bookmark_id: str) -> None:
        self.keeper.remove_bookmark(bookmark_id)
        self.start_save()

    def bookmark_index(self, mark: Bookmark) -> int | None:
        """The loaded document a bookmark is in (by text, else by path)."""
        index = self.by_sha.get(mark.sha256)
        return self.by_path.get(mark.path) if index is None else index

    def _saved(self, problem: Problem | None) -> list[Notice]:
        from briefing.session.events import Notice

        self._saving = False
        notices = self._confirm_bookmarks(problem)
        retry = f"retrying every {SAVE_INTERVAL:.0f} s"
        if problem is not None:
            if not self.keeper.failing and not notices:  # once per run of failures
                notices.append(Notice(f"{problem} ({retry})", "warning"))  # names the file
            self.keeper.failing = True
            return notices
        if self.keeper.failing:
            self.keeper.failing = False
            notices.append(Notice("reader state saved again"))
        if self._save_again:
            self._save_again = False
            if self.keeper.dirty:
                self.start_save()
        return notices

    def _confirm_bookmarks(self, problem: Problem | None) -> list[Notice]:
        """"bookmark added" only once it is saved, or that it could not be."""
        from briefing.session.events import Notice

        notices = []
        for mark_id in list(self._announce):
            if self.keeper.is_saved(mark_id):
                self._announce.remove(mark_id)
                notices.append(Notice("bookmark added (' lists them)"))
            elif problem is not None:
                self._announce.remove(mark_id)
                notices.append(Notice(f"bookmark kept for this session only: {problem} "
                                      f"(retrying every {SAVE_INTERVAL:.0f} s)", "warning"))
        return notices

