"""The reading session without a screen: loading, the index lifecycle, curation, saving.

Plain pytest: the session's jobs run inline (:class:`InlineJobs`) and its events are applied in
the order they were published, as the screen does on its thread.
"""

from __future__ import annotations

import os
import sys
import time
from collections import deque
from pathlib import Path
from types import SimpleNamespace

import pytest

from briefing.session import Session
from briefing.session.events import (
    BriefingsLoaded,
    DocumentAnalysed,
    IndexReady,
    SessionEvent,
    StateSaved,
)
from briefing.session.indexing import IndexLifecycle
from briefing.session.jobs import Job
from briefing.session.progress import (
    empty_message,
    files_read,
    loading_note,
    search_coverage,
    search_reach,
)


class InlineJobs:
    """A job runner for tests: jobs wait in a queue; :func:`drive` runs them one by one."""

    def __init__(self) -> None:
        self.queue: deque[tuple[str, str, Job]] = deque()
        self.started: list[tuple[str, str]] = []  # (group, description) of every job
        self.cancelled: list[str] = []

    def run(self, job: Job, *, group: str, description: str, exclusive: bool = False) -> None:
        self.queue.append((group, description, job))
        self.started.append((group, description))

    def cancel(self, group: str) -> None:
        self.cancelled.append(group)


def _session(paths: list[str], **limits: int) -> tuple[Session, InlineJobs, list[SessionEvent]]:
    jobs = InlineJobs()
    session = Session(paths, jobs, dict(limits) or None)
    events: list[SessionEvent] = []
    session.subscribe(events.append)
    return session, jobs, events


def drive(session: Session, jobs: InlineJobs, events: list[SessionEvent],
          skip: tuple[str, ...] = ()) -> list[SessionEvent]:
    """Run the queued jobs (except groups in ``skip``) and apply their events until idle;
    every event applied, in order."""
    applied: list[SessionEvent] = []
    while jobs.queue or events:
        while events:
            event = events.pop(0)
            session.apply(event)
            applied.append(event)
        if jobs.queue:
            group, _description, job = jobs.queue.popleft()
            if group not in skip:
                job(lambda: False)
    return applied


@pytest.fixture(autouse=True)
def _no_process_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """Analyse in this process (worker processes are the analysis layer's business)."""
    from briefing.analysis import pool

    monkeypatch.setattr(pool, "default_workers", lambda: 0)


def _corpus(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "talks"
    folder.mkdir()
    for n in range(count):
        (folder / f"doc{n:02}.txt").write_text(
            f"Round {n} of talks\n\nEnvoys from Russia and Ukraine met in Geneva on Tuesday, the Kremlin said. "
            f"Marker{n:02} was agreed.\n", encoding="utf-8")
        # Written an hour ago: a file changed while the reader reads it is checked again.
        os.utime(folder / f"doc{n:02}.txt", (time.time() - 3600, time.time() - 3600))
    return folder


# ------------------------------------------------------------------ loading
def test_loading_a_folder_publishes_its_documents_then_the_full_index(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, 3)
    (folder / "zz-broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    session, jobs, events = _session([str(folder)])
    session.start()
    assert {group for group, _ in jobs.started} == {"load", "count", "state-load", "index"}
    applied = drive(session, jobs, events)

    assert not session.is_loading and session.seen == 4 and session.total_files == 4
    paths = [b.document.path for b in session.briefings]
    assert sorted(Path(p).name for p in paths) == ["doc00.txt", "doc01.txt", "doc02.txt"]
    assert session.by_path == {p: i for i, p in enumerate(paths)}
    assert session.briefings_at([paths[2], "nowhere.txt"]) == [session.briefings[2]]
    assert any("zz-broken.txt" in str(p) for p in session.problems)
    # The first document came as text first, then its analysis replaced it in place.
    first = next(e for e in applied if isinstance(e, BriefingsLoaded))
    assert first.seen == 0 and not first.briefings[0].actors
    assert any(isinstance(e, DocumentAnalysed) and e.index == 0 for e in applied)
    assert session.briefings[0].actors
    # No saved index (a cold start), so the whole corpus was indexed once loading ended.
    assert session.indexing.phase == "full" and search_coverage(session) is None
    assert session.index is not None and session.index.search("marker01").hits
    assert isinstance(applied[-1], IndexReady | StateSaved)


def test_a_second_start_opens_the_saved_index_without_building(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, 2)
    session, jobs, events = _session([str(folder)])
    session.start()
    drive(session, jobs, events)

    again, jobs, events = _session([str(folder)])
    again.start()
    drive(again, jobs, events)
    assert [d for g, d in jobs.started if g == "index"] == ["warm search index"]
    assert again.indexing.phase == "full" and again.index.search("marker00").hits


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    session, jobs, events = _session([str(empty)])
    session.start()
    drive(session, jobs, events)
    assert not session.is_loading and session.briefings == []
    # Saved web pages open too: the message names them (it said ".txt or .md").
    assert empty_message(session) == \
        f"No documents to show: {empty} has no .txt, .md or .html files."


def test_a_failing_loader_keeps_what_it_loaded(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.analysis import runner

    real = runner.iter_analyse

    def breaks(*args, **kwargs):
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 2:
                raise RuntimeError("disk on fire")
            yield item

    monkeypatch.setattr(runner, "iter_analyse", breaks)
    session, jobs, events = _session([str(_corpus(tmp_path, 4))])
    session.start()
    drive(session, jobs, events)
    assert len(session.briefings) == 2 and not session.is_loading
    assert any("loading stopped: RuntimeError: disk on fire" in str(p)
               for p in session.problems)


def test_a_cancelled_load_stops_publishing(tmp_path: Path) -> None:
    session, jobs, events = _session([str(_corpus(tmp_path, 3))])
    session.start()
    group, _description, job = jobs.queue.popleft()
    assert group == "load"
    job(lambda: True)  # cancelled at once: only the first text is published
    assert [type(e) for e in events] == [BriefingsLoaded]
    session.close()
    assert {"load", "index", "count"} <= set(jobs.cancelled) and session.briefings == []


# ------------------------------------------------------------------ the index lifecycle
def _loaded(count: int, done: bool = False) -> BriefingsLoaded:
    from briefing.model import Briefing, Document

    docs = [Briefing(document=Document(path=f"d{n}.txt", text=f"text {n}", sha256=f"{n:064x}"))
            for n in range(count)]
    return BriefingsLoaded(docs, [], count, done)


def test_partial_indexes_while_loading_each_after_the_count_doubles() -> None:
    session, jobs, _events = _session(["somewhere"])
    session.indexing.partial_first = 5
    session.apply(IndexReady(None, 0))  # the warm check found nothing
    session.apply(_loaded(3))
    assert jobs.started == []  # under the threshold
    session.apply(_loaded(3))  # 6 loaded
    assert jobs.started == [("index", "search index")] and session.indexing.building
    session.apply(_loaded(10))  # a build is running: no second one
    assert len(jobs.started) == 1
    session.apply(IndexReady(SimpleNamespace(actors_pending=False), 1, covered=6))
    assert session.indexing.phase == "partial" and session.index_covers == 6
    assert search_coverage(session) == "in the first 6/16 documents (loading)"
    assert len(jobs.started) == 2  # 16 >= 2 * 6: a bigger partial index at once
    session.apply(IndexReady(SimpleNamespace(actors_pending=False), 2, covered=16))
    session.apply(_loaded(1, done=True))
    assert len(jobs.started) == 3  # loading done: the full index
    whole = SimpleNamespace(actors_pending=False)
    session.apply(IndexReady(whole, 3))
    assert session.index is whole and session.indexing.phase == "full"


def test_the_whole_corpus_is_never_replaced_by_part_of_it_or_by_an_older_build() -> None:
    life = IndexLifecycle(partial_first=5)
    whole = SimpleNamespace(actors_pending=False)
    life.begin_build()
    life.begin_build()
    assert life.receive(IndexReady(whole, 2), loading=False, loaded=10) == (True, "")
    stale = SimpleNamespace(actors_pending=False)
    assert life.receive(IndexReady(stale, 0, covered=1), False, 10) == (False, "")
    assert life.receive(IndexReady(stale, 1, covered=4), False, 10) == (False, "")
    text_only = SimpleNamespace(actors_pending=True)
    assert life.receive(IndexReady(text_only, 0), False, 10) == (False, "")
    assert life.index is whole and life.covers is None


def test_a_text_only_index_is_completed_with_the_actors_once_loading_ends() -> None:
    session, jobs, _events = _session(["big"])
    text_only = SimpleNamespace(actors_pending=True)
    session.apply(IndexReady(text_only, 0))  # the big folder's text, before its analysis
    assert session.indexing.phase == "text"
    assert search_coverage(session) == "actors still being analysed"
    session.apply(_loaded(600))
    assert jobs.started == []  # no partial index: the whole text is searchable already
    session.apply(_loaded(0, done=True))
    assert jobs.started == [("index", "search index")]


def test_no_saved_index_after_loading_starts_the_full_build() -> None:
    session, jobs, _events = _session(["x"])
    session.indexing.warm_checking = True
    session.apply(_loaded(2, done=True))
    assert jobs.started == []  # the warm check's answer decides
    assert loading_note(session) == "indexing… (building the search index)"
    session.apply(IndexReady(None, 0))
    assert jobs.started == [("index", "search index")]


def test_loading_notes_for_the_search_screen() -> None:
    session, _jobs, _events = _session(["x"])
    session.indexing.warm_checking = True
    assert loading_note(session) == "opening the saved search index…"
    session.indexing.warm_checking = False
    session.apply(BriefingsLoaded([], [], 1234))
    session.total_files = 21901
    assert loading_note(session) == ("indexing… search starts after 500 documents: "
                                      "1,234/21,901 files read")


def test_the_status_line_says_what_search_covers_while_loading() -> None:
    """While a big folder loads, the status line says that search already works, and on
    what; once the loading is done it counts documents again (``search_reach`` is None)."""
    session, _jobs, _events = _session(["big"])
    session.apply(BriefingsLoaded([], [], 40))
    assert search_reach(session) is None  # nothing to search yet
    session.apply(IndexReady(SimpleNamespace(actors_pending=True), 0))  # the text, first
    assert search_reach(session) == "search: all text"
    session.apply(BriefingsLoaded([], [], 41, done=True))
    assert search_reach(session) is None


def test_an_index_failure_is_a_problem_not_a_crash(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.search as search

    def broken(*args, **kwargs):
        raise ValueError("no room")

    monkeypatch.setattr(search, "load_or_build", broken)
    session, jobs, events = _session([str(_corpus(tmp_path, 2))])
    session.start()
    drive(session, jobs, events)
    assert session.index is None and not session.is_loading
    assert any("(search index)" in str(p) and "no room" in str(p) for p in session.problems)


# ------------------------------------------------------------------ curation and saving
def test_curation_reanalyses_the_document_and_updates_the_index(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, 2)
    session, jobs, events = _session([str(folder)])
    session.start()
    drive(session, jobs, events)
    path = session.briefings[1].document.path
    actor = session.briefings[1].actors[0]
    index_before = session.index

    session.curate(path, None, "rename", {"actor_id": actor.id, "name": "Renamed Party"})
    applied = []
    while jobs.queue or events:
        while events:
            applied.append(session.apply(events.pop(0)))
        if jobs.queue:
            jobs.queue.popleft()[2](lambda: False)
    renamed = session.briefings[1].actor(actor.id)
    assert renamed is not None and renamed.name == "Renamed Party"
    assert (folder / "doc01.yaml").exists()
    notices = [n.text for a in applied for n in a.notices]
    assert notices == ["renamed; saved in doc01.yaml"]
    assert session.index is not index_before  # the index's actors were updated, not rebuilt
    assert ("search-curation", "search index: curated actors") in jobs.started


def test_a_refused_curation_is_an_error_notice(tmp_path: Path) -> None:
    session, jobs, events = _session([str(_corpus(tmp_path, 1))])
    session.start()
    drive(session, jobs, events)
    session.curate(session.briefings[0].document.path, None, "rename",
                   {"actor_id": "nobody_here", "name": "  "})
    jobs.queue.popleft()[2](lambda: False)
    applied = session.apply(events.pop())
    assert [n.severity for n in applied.notices] == ["error"]


def test_a_bookmark_is_confirmed_once_saved_and_failures_are_said_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session, jobs, events = _session([str(_corpus(tmp_path, 1))])
    session.start()
    drive(session, jobs, events)
    session.add_bookmark(session.briefings[0], 10, "note")
    jobs.queue.popleft()[2](lambda: False)
    assert [n.text for n in session.apply(events.pop()).notices] == \
        ["bookmark added (' lists them)"]

    from briefing.model import Problem

    problem = Problem("state.json", "disk full")
    first = session.apply(StateSaved(problem))
    again = session.apply(StateSaved(problem))
    assert [n.severity for n in first.notices] == ["warning"] and again.notices == []
    assert [n.text for n in session.apply(StateSaved(None)).notices] == \
        ["reader state saved again"]


def test_the_session_never_imports_textual() -> None:
    import subprocess

    code = ("import sys, briefing.session, briefing.session.loading, briefing.session.curation; "
            "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_a_failing_index_update_after_curation_is_a_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.search import cache

    def broken(*args, **kwargs):
        raise KeyError("postings")

    monkeypatch.setattr(cache, "apply_curation", broken)
    folder = _corpus(tmp_path, 1)
    session, jobs, events = _session([str(folder)])
    session.start()
    drive(session, jobs, events)
    actor = session.briefings[0].actors[0]
    session.curate(session.briefings[0].document.path, None, "drop", {"actor_id": actor.id})
    drive(session, jobs, events)
    assert session.briefings[0].actor(actor.id) is None  # the document itself is curated
    assert any("curated actors not indexed: KeyError" in str(p) for p in session.problems)


def test_positions_are_saved_and_read_back_by_the_next_session(tmp_path: Path) -> None:
    folder = _corpus(tmp_path, 2)
    session, jobs, events = _session([str(folder)])
    session.start()
    drive(session, jobs, events)
    second = session.briefings[1]
    session.note_position(second, 42, save=False)
    assert session.flush() is None  # written synchronously, as on quit

    again, jobs, events = _session([str(folder)])
    again.start()
    drive(again, jobs, events)
    assert again.keeper.position(second.document.sha256) == 42
    assert again.keeper.reading(again.corpus_key())[0] == second.document.sha256


def test_the_analysis_waits_while_the_text_is_indexed_first(tmp_path: Path) -> None:
    import threading

    from briefing.analysis.runner import iter_analyse

    folder = _corpus(tmp_path, 4)
    # The runner: the first file is analysed at once, each later one only after ``hold()``.
    order: list[str] = []
    for briefing, _problems in iter_analyse([str(folder)], cache=None,
                                            hold=lambda: order.append("hold")):
        order.append("doc" if briefing is not None else "none")
    assert order == ["doc", "hold", "doc", "hold", "doc", "hold", "doc"]
    # The session holds it while the index job says a child is indexing the text.
    session, _jobs, _events = _session([str(folder)])
    assert not session.text_first
    session.indexing.warm_checking = True  # as start() sets it
    session._text_first(True)
    assert session.text_first and files_read(session).startswith("text first, ")
    assert loading_note(session).startswith("indexing the text of every document first")
    waiter = threading.Thread(target=session._hold_analysis)
    waiter.start()
    waiter.join(0.3)
    assert waiter.is_alive()  # held
    session._text_first(False)
    waiter.join(5)
    assert not waiter.is_alive() and not session.text_first


def test_every_index_published_has_its_first_search_worked_out(tmp_path: Path) -> None:
    """The facets, identical documents and headings a first search needs are worked out in
    the build's job for an index built (not on the first keystroke)."""
    folder = _corpus(tmp_path, 3)
    (folder / "zz-copy.txt").write_bytes((folder / "doc01.txt").read_bytes())
    os.utime(folder / "zz-copy.txt", (time.time() - 3600, time.time() - 3600))
    for _run in ("cold", "warm"):
        session, jobs, events = _session([str(folder)])
        session.start()
        applied = drive(session, jobs, events)
        ready = [e.index for e in applied if isinstance(e, IndexReady) and e.index is not None]
        primed = [i.memo.copies is not None and i.memo.headings is not None for i in ready]
        # Built: primed in its job.  Read from its file (warm): left to the first search,
        # which keeps the warm reader's memory as it was.
        assert ready and primed == [_run == "cold"] * len(ready)
        session.index.search("marker01")
        assert len(session.index.memo.copies) == 2  # the later copy's title and paragraph
        assert [h.path for h in session.index.search("marker01").hits] == \
            [str(folder / "doc01.txt")]


def test_what_the_first_analysis_imported_is_frozen_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor and knowledge base the loading imports for the first document (a cold
    start) are moved out of the collector's full passes as soon as it is analysed."""
    from briefing.session import loading
    from briefing.session.memory import Freezer

    folder = _corpus(tmp_path, 3)
    published: list[SessionEvent] = []
    frozen_after: list[str] = []

    def freeze(self: Freezer) -> None:
        frozen_after.append(type(published[-1]).__name__ if published else "start")

    monkeypatch.setattr(Freezer, "freeze", freeze)
    from briefing.corpus import DEFAULT_LIMITS

    loading.load_corpus([str(folder)], DEFAULT_LIMITS, published.append, lambda: False)
    assert frozen_after[:2] == ["start", "DocumentAnalysed"]
    assert isinstance(published[-1], BriefingsLoaded) and published[-1].done
    # Nothing analysed here (the knowledge base not loaded, as on a warm start): no freeze
    # there (what it would move out is the loading's own objects).
    import briefing.knowledge

    monkeypatch.setattr(briefing.knowledge, "default_kb_loaded", lambda: False)
    published.clear()
    frozen_after.clear()
    loading.load_corpus([str(folder)], DEFAULT_LIMITS, published.append, lambda: False)
    assert "DocumentAnalysed" not in frozen_after
