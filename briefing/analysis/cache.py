"""The analysis cache: a warm start reads no article, only ``stat``s it.

Two levels, both in one SQLite file under :func:`briefing.paths.cache_dir` (never in the corpus):

* ``files``: absolute path + size + ``mtime_ns`` (and the same for the sidecar) → the sha256 of
  the article's bytes and of the sidecar's.  Looked up with two ``stat`` calls; a file whose
  mtime is too close to the moment it was read is not recorded
  (:func:`briefing.common.freshness.settled`), so such files are re-hashed.
* ``analyses``: the entry's key (:mod:`briefing.analysis.key`) → a small *card* (title, dates,
  source, curation, word count, the file's problems) and the serialised
  :class:`~briefing.model.Briefing` (:mod:`briefing.analysis.entry`), which is decoded only
  when first used (:mod:`briefing.analysis.lazy`).  A ``types`` table holds the type tables
  the entries refer to (:mod:`briefing.analysis.codec`), each stored once.

Why SQLite and not one file per document (measured with 21,901 entries of 3.3 KB on this
project's machine): one file each, written atomically by rename (no fsync), took 2.1 s to write and
0.31 s to read back; SQLite (WAL journal, 500 entries per transaction) took 1.0 s and 0.33 s.
Reads are alike while the page cache is warm; SQLite halves the writes, makes each batch atomic,
allows concurrent readers while another process writes, and is one file instead of 22,000 inodes.
Whole-corpus figures are in the README ("Performance on a large folder").

An entry whose classes or fields no longer match the model, that fails to decompress or
decode, or whose sha256 disagrees, is dropped and rebuilt.  Any SQLite error disables the
cache for the rest of the run; a database that cannot be opened is deleted and recreated.
Nothing here is ever fatal: the worst case is a cold start.

Set ``BRIEFING_NO_CACHE=1`` to bypass the cache entirely.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from briefing.analysis.cache_writes import BatchedWrites, from_db
from briefing.analysis.codec import StaleEntry, TypeTable, type_table_key
from briefing.analysis.entry import CACHE_SCHEMA, pack_entry, unpack_entry
from briefing.analysis.key import analysis_key, context_digest
from briefing.analysis.reread import EntryReader, HeldUntilCommit, Reanalysis
from briefing.common import sqlitefile
from briefing.common.freshness import Stamp, settled, stamp
from briefing.common.sqlbatch import select_in
from briefing.corpus import DEFAULT_LIMITS, Limits, LoadedFile
from briefing.corpus.files import find_sidecar
from briefing.model import Briefing, Problem

log = logging.getLogger("briefing.analysis.cache")

CACHE_FILE = "analysis.sqlite"  # the schema version lives inside (table meta)
PREFETCH_SECONDS = 1.0  # prefetched stat checks older than this are redone (files analysed
# in between on a partly cold start take seconds: a file changed meanwhile must be seen)
NO_CACHE_ENV = "BRIEFING_NO_CACHE"


def remove_old_files(folder: Path) -> list[str]:
    """Delete analysis caches left by earlier versions (``analysis-v1.sqlite`` and the like,
    with their WAL files) in ``folder``; returns their names.  Never fails."""
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    current = {CACHE_FILE + suffix for suffix in ("", "-wal", "-shm", "-journal")}
    for name in names:
        stem = name.split(".sqlite", 1)[0]
        if name in current or not stem.startswith("analysis") or ".sqlite" not in name:
            continue
        try:
            os.unlink(os.path.join(folder, name))
            removed.append(name)
        except OSError:
            continue
    return removed


def _sidecar_stamp(path: str) -> tuple[str | None, Stamp | None, bool]:
    """The sidecar the loader would read for ``path``, its stamp (``None`` when missing), and
    whether a sidecar beside it is refused (a link out of the folder: never cached)."""
    candidate, refused = find_sidecar(path)  # the loader's rule
    if candidate is None:
        return None, None, refused is not None
    return candidate, stamp(candidate), False


def _by_content(loaded: LoadedFile) -> bool:
    """Whether a file just read may be looked up or stored by its bytes: read, and no sidecar
    left unread (a link out of the folder, a FIFO, one too big: the analysis and its
    problems are this file's own, ``LoadedFile.sidecar_unread``)."""
    return loaded.document is not None and loaded.raw is not None and not loaded.sidecar_unread


# A recorded file: size, mtime_ns, sidecar path, its size and mtime_ns, sha256, sidecar sha256.
FileRow = tuple[int, int, str | None, int | None, int | None, str, str]
# An unchanged file: (analysis key, sidecar path, sha256, (card, data) when prefetched).
Ready = tuple[str, str | None, str, tuple[bytes, bytes] | None]


class AnalysisCache(BatchedWrites):
    """Cached briefings for files, looked up by ``stat`` or by content.

    Thread-safe (one lock around the connection); every method swallows cache failures.
    The connection, its lock and its batched writes are :class:`BatchedWrites`'.
    """

    def __init__(self, path: Path | str, limits: Limits = DEFAULT_LIMITS,
                 extra_key: Mapping[str, str] | None = None) -> None:
        self.path = Path(path)
        self.context = context_digest(limits, dict(extra_key or {}))
        self.hits = self.content_hits = self.misses = self.stores = self.rebuilt = 0
        super().__init__()
        self._files: dict[str, FileRow] = {}
        self._types: dict[str, TypeTable] = {}  # type-table key -> table
        self._ready: dict[str, Ready] = {}  # path -> what prefetch() found for get()
        self._ready_at = 0.0
        self._keys: dict[str, str] = {}  # path -> key of its entry handed out (key_of)
        self._stored: set[str] = set()  # keys of the entries stored in this run
        # Re-analyses a file whose entry turns out undecodable when first used (see lazy.py).
        self.fallback: Callable[[str], Briefing | None] | None = None
        self._db = sqlitefile.open_or_recreate(
            self.path, self._connect, "analysis cache", log, logging.WARNING)

    # -------------------------------------------------------------- opening
    @classmethod
    def open_default(cls, limits: Limits = DEFAULT_LIMITS) -> AnalysisCache | None:
        """The user's cache (``None`` when disabled with ``BRIEFING_NO_CACHE``)."""
        if os.environ.get(NO_CACHE_ENV, "").strip() not in ("", "0"):
            return None
        try:
            from briefing.paths import cache_dir

            folder = cache_dir()
            remove_old_files(folder)
            return cls(folder / CACHE_FILE, limits)
        except Exception as exc:  # noqa: BLE001 - no cache is never fatal
            log.warning("analysis cache disabled: %s", exc)
            return None

    def _connect(self) -> sqlite3.Connection:
        return sqlitefile.connect(self.path, self._setup, check_same_thread=False)

    def _setup(self, db: sqlite3.Connection) -> None:
        """The tables (dropped first when of another schema), and the recorded files and type
        tables read."""
        db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        row = db.execute("SELECT v FROM meta WHERE k='schema'").fetchone()
        if row is None or row[0] != CACHE_SCHEMA:
            db.execute("DROP TABLE IF EXISTS files")
            db.execute("DROP TABLE IF EXISTS analyses")
            db.execute("DROP TABLE IF EXISTS types")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (CACHE_SCHEMA,))
        db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER,"
                   " mtime INTEGER, side TEXT, side_size INTEGER, side_mtime INTEGER,"
                   " sha TEXT, side_sha TEXT)")
        db.execute("CREATE TABLE IF NOT EXISTS analyses (key TEXT PRIMARY KEY, card BLOB,"
                   " data BLOB)")
        db.execute("CREATE TABLE IF NOT EXISTS types (key TEXT PRIMARY KEY, data BLOB)")
        self._files = {from_db(row[0]): (*row[1:3], from_db(row[3]), *row[4:])
                       for row in db.execute("SELECT * FROM files")}
        for key, blob in db.execute("SELECT key, data FROM types"):
            try:
                table = marshal.loads(blob)
            except (EOFError, ValueError, TypeError):
                continue  # entries using it will be rebuilt
            if isinstance(table, tuple) and type_table_key(table) == key:
                self._types[key] = table

    # -------------------------------------------------------------- lookups
    def get(self, path: str) -> tuple[Briefing, list[Problem]] | None:
        """The cached analysis of ``path`` if its stat (and its sidecar's) is unchanged.

        Reads neither the article nor the sidecar.
        """
        if self._db is None:
            return None
        ready = self._ready.pop(path, None)
        if ready is None or time.monotonic() - self._ready_at > PREFETCH_SECONDS:
            ready = self._unchanged(path)
            if ready is None:
                return None
        key, side_path, sha, blob = ready
        found = self._fetch(key, path, side_path, sha, blob)
        if found is not None:
            self.hits += 1
            self._keys[path] = key
        return found

    def prefetch(self, paths: Iterable[str]) -> None:
        """Check ``paths`` and read the entries of the unchanged ones in one query.

        For :meth:`get`, which then uses them (once) instead of asking SQLite per file: one
        query per batch instead of 22,000.  Purely an optimisation; safe to skip.
        """
        if self._db is None:
            return
        self._ready.clear()  # what an abandoned batch left
        self._ready_at = time.monotonic()
        wanted: dict[str, list[str]] = {}
        for path in paths:
            found = self._unchanged(path)
            if found is not None:
                self._ready[path] = found
                wanted.setdefault(found[0], []).append(path)
        if not wanted:
            return
        keys = list(wanted)
        with self._lock:
            if self._db is None:
                return
            try:
                rows = select_in(self._db, "SELECT key, card, data FROM analyses WHERE key IN",
                                 keys)
            except sqlite3.Error as exc:
                self._fail(exc)
                return
        for key, card, blob in rows:
            for path in wanted.get(key, ()):
                k, side_path, sha, _none = self._ready[path]
                self._ready[path] = (k, side_path, sha, (card, blob))
        for key in set(keys).difference(row[0] for row in rows):
            for path in wanted[key]:
                self._ready.pop(path, None)  # not stored: get() finds out by itself

    def _unchanged(self, path: str) -> Ready | None:
        """``(analysis key, sidecar path, sha256, None)`` if ``path`` and its sidecar are
        unchanged since recorded (two or three ``stat`` calls, no read)."""
        row = self._files.get(os.path.abspath(path))
        if row is None:
            return None
        size, mtime, side, side_size, side_mtime, sha, side_sha = row
        if stamp(path, regular=True) != (size, mtime):
            return None
        side_path, side_stamp, refused = _sidecar_stamp(path)
        if refused or (side is not None if side_path is None else
                       side != os.path.abspath(side_path) or side_stamp is None
                       or side_stamp != (side_size, side_mtime)):
            return None
        return analysis_key(self.context, sha, side_sha, path), side_path, sha, None

    def key_of(self, path: str) -> str | None:
        """The analysis key of the entry the briefing of ``path`` handed out in this run came
        from (a hit, or an analysis stored), else ``None``: for caches derived from an
        analysis (:mod:`briefing.answers.digest`)."""
        return self._keys.get(path)

    def current_key(self, path: str, sha256: str) -> str | None:
        """The analysis key of ``path`` as it is now, if it and its sidecar are unchanged since
        hashed (``stat`` only) and its bytes are ``sha256``'s; else ``None`` (for briefings
        loaded by another cache object, e.g. the reader's)."""
        found = self._unchanged(path) if self._db is not None else None
        return found[0] if found is not None and found[2] == sha256 else None

    def get_loaded(self, loaded: LoadedFile) -> tuple[Briefing, list[Problem]] | None:
        """The cached analysis for a file just read (same bytes seen before, maybe elsewhere)."""
        doc = loaded.document
        if self._db is None or doc is None or not _by_content(loaded):
            return None
        key = self._key_for(loaded)
        found = self._fetch(key, doc.path, doc.sidecar_path, doc.sha256, None)
        if found is not None:
            self.content_hits += 1
            self._remember(loaded)
            self._keys[doc.path] = key
        return found

    def _key_for(self, loaded: LoadedFile) -> str:
        doc = loaded.document
        assert doc is not None
        side_sha = hashlib.sha256(loaded.sidecar.data).hexdigest() if loaded.sidecar else ""
        return analysis_key(self.context, doc.sha256, side_sha, doc.path)

    def _fetch(self, key: str, path: str, sidecar: str | None, sha: str,
               entry: tuple[bytes, bytes] | None) -> tuple[Briefing, list[Problem]] | None:
        if entry is None:
            with self._lock:
                if self._db is None:
                    return None
                try:
                    entry = self._db.execute("SELECT card, data FROM analyses WHERE key=?",
                                             (key,)).fetchone()
                except sqlite3.Error as exc:
                    self._fail(exc)
                    return None
            if entry is None:
                return None
        try:
            return unpack_entry(entry[0], entry[1], path, sidecar, sha, self._types,
                                self._fallback_for(path), self._reread(key, entry[1]))
        except (StaleEntry, RecursionError, MemoryError) as exc:
            log.info("dropping cache entry for %s: %s", path, exc)
            self.rebuilt += 1
            self._execute("DELETE FROM analyses WHERE key=?", (key,))
            return None

    def _reread(self, key: str, blob: bytes) -> Callable[[], bytes | None]:
        """How a briefing handed out for entry ``key`` reads its data again.  An entry stored
        in the transaction still open (the same bytes met again under another path, in this
        run) is not in the file for other connections yet: its data is held until the
        commit, as for the briefing stored with it (else: "unusable when decoded", and the
        copy analysed a second time, when it is read before the commit)."""
        with self._lock:
            if any(h.key == key and h.blob is not None for h in self._uncommitted):
                held = HeldUntilCommit(blob, self.path, key)
                self._uncommitted.append(held)
                return held
        return self._reader_of(key)

    def _reader_of(self, key: str) -> Callable[[], bytes | None]:
        """Reads entry ``key``'s data again (for a briefing decoded later, from any thread,
        after this cache may have been closed): a read-only connection per thread."""
        return EntryReader(self.path, key)

    def _fallback_for(self, path: str) -> Callable[[], Briefing | None] | None:
        reanalyse = self.fallback
        return Reanalysis(reanalyse, path) if reanalyse is not None else None

    # -------------------------------------------------------------- storing
    def put(self, loaded: LoadedFile, briefing: Briefing, problems: list[Problem]
            ) -> Briefing | None:
        """Remember ``briefing`` for the file ``loaded`` (skipped if it changed while read).

        Returns the stored entry as a lazily decoded briefing (``None`` if not stored): a
        caller that keeps many briefings keeps those instead, a fraction of the memory, and
        the fresh objects die young instead of burdening the garbage collector.
        """
        if not self._storable(loaded):
            return None
        try:
            card, blob = pack_entry(briefing, problems, self._table_key)
        except (TypeError, ValueError, RecursionError) as exc:  # something not cacheable
            log.info("not caching %s: %s", briefing.document.path, exc)
            return None
        held = self._insert(loaded, card, blob)
        if held is None:
            return None
        return self._handed_out(loaded, card, blob, held)

    def put_packed(self, loaded: LoadedFile, card: bytes, blob: bytes,
                   tables: Mapping[str, TypeTable],
                   store: bool = True) -> Briefing | None:
        """Like :meth:`put` for an entry packed elsewhere (a worker process,
        :mod:`briefing.analysis.pool`); ``loaded`` stands in for the file as read.  Returns the
        lazily decoded briefing even when it is not stored (``store`` false, or a busy cache)."""
        if loaded.document is None:
            return None
        for table in tables.values():
            self._table_key(table)
        held = self._insert(loaded, card, blob) if store and self._storable(loaded) else None
        return self._handed_out(loaded, card, blob, held)

    def _storable(self, loaded: LoadedFile) -> bool:
        return self._db is not None and self._writable and _by_content(loaded) \
            and not loaded.raw.changed  # type: ignore[union-attr] # _by_content checked it

    def _insert(self, loaded: LoadedFile, card: bytes, blob: bytes) -> HeldUntilCommit | None:
        """Store the entry; its data, held until the transaction commits (``None``: not
        stored)."""
        key = self._key_for(loaded)
        held = HeldUntilCommit(blob, self.path, key)
        if key in self._stored:
            # The same bytes under another path, analysed meanwhile (both were in flight):
            # the entry stays the first one, whose briefing may read it again; this one's
            # data (its card's checksum is of it) stays held.
            pass
        elif self._execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)",
                           (key, card, blob), held):
            self._stored.add(key)
            self.stores += 1
        else:
            return None
        self._remember(loaded)
        assert loaded.document is not None
        self._keys[loaded.document.path] = key
        return held

    def _handed_out(self, loaded: LoadedFile, card: bytes, blob: bytes,
                    held: HeldUntilCommit | None = None) -> Briefing | None:
        """The lazily decoded briefing of an entry just packed.  One stored (``held``: its
        data until the transaction commits) reads its data again from the file when decoded
        after that, instead of keeping it (~2 KB a document: 47 MB for a cold start on
        21,901 documents, for the whole session); one not stored keeps it."""
        doc = loaded.document
        assert doc is not None
        try:
            return unpack_entry(card, blob, doc.path, doc.sidecar_path, doc.sha256, self._types,
                                self._fallback_for(doc.path), held)[0]
        except StaleEntry as exc:  # only a bug gets here: the entry was just packed
            log.info("unusable packed entry for %s: %s", doc.path, exc)
            return None

    def _table_key(self, table: TypeTable) -> str:
        """Register a type table (in the database when it can be written, in memory always:
        an entry using it must decode in this run) and return its key."""
        key = type_table_key(table)
        if key not in self._types:
            self._execute("INSERT OR REPLACE INTO types VALUES (?, ?)",
                          (key, marshal.dumps(table)))
            self._types[key] = table
        return key

    def _remember(self, loaded: LoadedFile) -> None:
        raw, side, doc = loaded.raw, loaded.sidecar, loaded.document
        assert raw is not None and doc is not None
        now = time.time_ns()
        if not settled(raw.mtime_ns, now) or (side is not None and not settled(side.mtime_ns, now)):
            return  # could change again unseen within its mtime tick: re-hash next time
        if doc.sidecar_path is not None and side is None:
            return  # a sidecar that could not be read: look again next time
        row = (raw.size, raw.mtime_ns,
               os.path.abspath(side.path) if side else None,
               side.size if side else None, side.mtime_ns if side else None,
               doc.sha256, hashlib.sha256(side.data).hexdigest() if side else "")
        path = os.path.abspath(doc.path)
        if self._files.get(path) == row:
            return
        if self._execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (path, *row)):
            self._files[path] = row

    def prune(self) -> int:
        """Drop analyses no current file refers to, when they outnumber the files a lot."""
        with self._lock:
            if self._db is None or not self._writable:
                return 0
            try:
                count = self._db.execute("SELECT count(*) FROM analyses").fetchone()[0]
                if count <= 2 * len(self._files) + 1000:
                    return 0
                keep = {analysis_key(self.context, row[5], row[6], path)
                        for path, row in self._files.items()}
                stale = [k for (k,) in self._db.execute("SELECT key FROM analyses")
                         if k not in keep]
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("DELETE FROM analyses WHERE key=?", [(k,) for k in stale])
                self._commit()
                return len(stale)
            except sqlite3.Error as exc:
                self._rollback()
                log.info("could not prune the analysis cache: %s", exc)
                return 0

    def close(self) -> None:
        self.flush()
        self.prune()
        with self._lock:
            db, self._db = self._db, None
            sqlitefile.close_quietly(db)

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
