"""Analysing files in worker processes, for a cold start on a big folder.

The extractor is pure Python: in one process it uses one core, and in the reader it shares the
interpreter lock with the user interface.  :class:`AnalysisPool` runs it in ``spawn``\\ ed
worker processes instead (``fork``\\ ed ones for the text index's own process).  A worker
reads the file, lays it out, analyses it and packs the result the way the cache stores it
(:func:`briefing.analysis.entry.pack_entry`); only those few kilobytes come back.  The
parent stores them (it is the cache's only writer) and keeps a lazily decoded briefing,
exactly what a warm start would hand out.

Workers never touch the terminal: their standard streams are ``/dev/null``.  Anything that goes
wrong in a worker (or a worker that dies) is reported to the caller, which analyses that file
itself; nothing here is fatal.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.corpus import DEFAULT_LIMITS, Limits, LoadedFile, load_file
from briefing.corpus.files import RawFile
from briefing.model import Document, Problem

if TYPE_CHECKING:
    from briefing.analysis.codec import TypeTable


@dataclass(frozen=True)
class Packed:
    """A worker's answer for one file (picklable, small)."""

    problems: list[Problem]
    raw: RawFile | None = None  # the article's stat (its ``data`` is left out)
    sidecar: RawFile | None = None  # the sidecar with its bytes (they are in its cache key)
    sidecar_path: str | None = None
    sha256: str = ""
    card: bytes = b""
    blob: bytes = b""
    tables: dict[str, TypeTable] | None = None
    cacheable: bool = False  # False: an extraction failure, retried next time
    sidecar_unread: bool = False  # see LoadedFile.sidecar_unread

    @property
    def usable(self) -> bool:
        return bool(self.card)

    def loaded(self, path: str) -> LoadedFile:
        """A stand-in for :func:`load_file`'s result, with what the cache keys on."""
        doc = Document(path=path, sha256=self.sha256, text="", sidecar_path=self.sidecar_path)
        return LoadedFile(doc, list(self.problems), self.raw, self.sidecar,
                          sidecar_unread=self.sidecar_unread)


def read_only(path: str, limits: Limits = DEFAULT_LIMITS) -> LoadedFile | None:
    """The file's and its sidecar's bytes and stat, not decoded nor laid out: enough to look
    its analysis up by content (a renamed or copied file).  ``None`` if it cannot be read."""
    from briefing.corpus.files import FileProblem, find_sidecar, read_file, sha256_hex

    try:
        raw = read_file(path, limits.max_document_bytes)
        sidecar, refused = find_sidecar(path)
        if refused is not None:
            return None  # its analysis is its own (LoadedFile.sidecar_unread)
        side = read_file(sidecar, limits.max_yaml_bytes, "limits.max_yaml_bytes") \
            if sidecar is not None else None
    except FileProblem:
        return None
    doc = Document(path=path, sha256=sha256_hex(raw.data), text="", sidecar_path=sidecar)
    return LoadedFile(doc, [], raw, side)


def _quiet_worker(nice: int = 0) -> None:
    """Worker start-up: no terminal output, and Ctrl+C is the parent's business; ``nice``
    lowers the worker's CPU priority (background work)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(nice)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)


def analyse_packed(path: str, limits: dict[str, Any]) -> Packed:
    """In a worker: read, analyse and pack one file."""
    from briefing.analysis.codec import type_table_key
    from briefing.analysis.document import cacheable, reported, safe_analyse
    from briefing.analysis.entry import pack_entry

    lim, _warnings = Limits.from_dict(limits) if limits else (DEFAULT_LIMITS, [])
    loaded = load_file(path, lim)
    if loaded.document is None or loaded.raw is None:
        return Packed(loaded.problems)
    doc = loaded.document
    briefing, more = safe_analyse(doc, lim)
    problems = loaded.problems + reported(briefing, more)
    tables: dict[str, TypeTable] = {}

    def table_key(table: TypeTable) -> str:
        key = type_table_key(table)
        tables[key] = table
        return key

    card, blob = pack_entry(briefing, problems, table_key)
    raw = loaded.raw
    return Packed(problems, RawFile(raw.path, b"", raw.size, raw.mtime_ns, raw.changed),
                  loaded.sidecar, doc.sidecar_path, doc.sha256, card, blob, tables,
                  cacheable=cacheable(doc, more, lim), sidecar_unread=loaded.sidecar_unread)


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while worker processes start, when this is the main thread.

    Ctrl+C in a terminal sends SIGINT to the whole process group.  A worker used to ignore
    it only from its initializer on: one still importing (``spawn`` starts a fresh
    interpreter) died with a KeyboardInterrupt traceback on the user's terminal and broke the
    pool.  An ignored signal stays ignored through ``exec`` (the signal mask does not:
    ``_posixsubprocess`` resets it), and Python keeps it so, so each worker is deaf to
    Ctrl+C from its first instruction.  Only the main thread may change a handler; the
    reader starts its pool from a thread, but there Ctrl+C is a key, not a signal.  A Ctrl+C
    in these few milliseconds is lost (press it again)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


@contextlib.contextmanager
def _plain_std_streams() -> Iterator[None]:
    """``sys.stdout``/``sys.stderr`` as real files (``/dev/null``) for a moment."""
    saved = sys.stdout, sys.stderr
    with open(os.devnull, "w") as null:
        sys.stdout = sys.stderr = null
        try:
            yield
        finally:
            sys.stdout, sys.stderr = saved


class AnalysisPool:
    """A few worker processes analysing files; :meth:`submit` returns a future of Packed."""

    def __init__(self, workers: int, limits: Limits = DEFAULT_LIMITS, nice: int = 0,
                 fork: bool = False) -> None:
        self.workers = workers
        self._limits = limits.to_dict() if limits is not DEFAULT_LIMITS else {}
        with _plain_std_streams(), _sigint_ignored():
            # Start multiprocessing's helper process and every worker now: starting a process
            # asks for ``sys.stderr.fileno()``, which a TUI's captured stream does not have.
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context(_start_method(fork)),
                initializer=_quiet_worker, initargs=(nice,))
            try:
                for _ in range(workers):
                    self._pool.submit(int)
            except BaseException:
                self._pool.shutdown(wait=False, cancel_futures=True)
                raise

    def submit(self, path: str) -> Future[Packed]:
        return self._pool.submit(analyse_packed, path, self._limits)

    def run(self, fn: Any, *args: Any) -> Future[Any]:
        """Any picklable task on the workers (e.g. ``search.textfirst.chunk_text``)."""
        return self._pool.submit(fn, *args)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def _start_method(fork: bool) -> str:
    """``spawn`` (a fresh interpreter), or ``fork`` when asked for and safe: a process with
    no other thread (the text index's own process, see ``search.textfirst``), whose workers
    then start with its modules already imported instead of importing them again."""
    import threading

    if fork and threading.active_count() == 1 and \
            "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def default_workers() -> int:
    """Worker processes for a cold start: the cores there are (0 or 1: do not use a pool)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores if cores > 1 else 0
