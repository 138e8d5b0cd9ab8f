"""The analysis cache's connection and writes (:class:`BatchedWrites`, the base of
:class:`~briefing.analysis.cache.AnalysisCache`): one SQLite connection behind one lock, its
writes batched into transactions (one fsync per batch, not per document), the data of the
entries written held by their briefings until the transaction commits.

A database another briefing is writing makes this run read-only (it never waits on it); any
other SQLite error closes the connection for the rest of the run.  Never fatal.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from typing import Any

from briefing.analysis.reread import HeldUntilCommit
from briefing.common import sqlitefile

log = logging.getLogger("briefing.analysis.cache")

COMMIT_EVERY = 500  # stores per transaction (one fsync per batch, not per document)
COMMIT_SECONDS = 2.0  # …or this often, so an interrupted cold start keeps most of its work


def to_db(value: Any) -> Any:
    """A value SQLite can store: text it cannot encode (a file name with an undecodable byte,
    carried as a lone surrogate, PEP 383) goes in as a BLOB of its ``surrogatepass`` bytes."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    return value


def from_db(value: Any) -> Any:
    """The inverse of :func:`to_db` for a text column."""
    return value.decode("utf-8", "surrogatepass") if isinstance(value, bytes) else value


class BatchedWrites:
    """A SQLite connection (``_db``: opened by the subclass, ``None`` once failed or closed)
    behind one lock, whose writes go into batched transactions."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = 0
        self._last_commit = time.monotonic()
        self._writable = True
        # The data of entries stored in the open transaction, held by the briefings handed
        # out for them until it commits (then read again from the file when decoded).
        self._uncommitted: list[HeldUntilCommit] = []
        self._db: sqlite3.Connection | None = None

    def _fail(self, exc: BaseException) -> None:
        """Close the connection for the rest of the run after ``exc`` (logged)."""
        log.warning("analysis cache error (%s); continuing without it", exc)
        self._uncommitted = []  # perhaps never written: those briefings keep their data
        db, self._db = self._db, None
        sqlitefile.close_quietly(db)

    @property
    def enabled(self) -> bool:
        """Whether the connection is open (not failed, not closed)."""
        return self._db is not None

    def _execute(self, sql: str, args: tuple[Any, ...],
                 held: HeldUntilCommit | None = None) -> bool:
        """Run a write in the open transaction (begun if need be; committed every
        :data:`COMMIT_EVERY` writes or :data:`COMMIT_SECONDS`).  ``held``: the data written,
        released when (if) this transaction commits."""
        with self._lock:
            if self._db is None or not self._writable:
                return False
            try:
                if not self._db.in_transaction:
                    self._db.execute("BEGIN IMMEDIATE")
                self._db.execute(sql, tuple(to_db(a) for a in args))
                if held is not None:
                    self._uncommitted.append(held)
                self._pending += 1
                if self._pending >= COMMIT_EVERY or \
                        time.monotonic() - self._last_commit > COMMIT_SECONDS:
                    self._commit()
                return True
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    # Another briefing is writing: read-only for this run, never wait on it.
                    log.info("analysis cache busy; not writing to it in this run")
                    self._writable = False
                    self._rollback()
                    return False
                self._fail(exc)
                return False
            except sqlite3.Error as exc:
                self._fail(exc)
                return False

    def _commit(self) -> None:
        """Commit the open transaction (under the lock) and release the data it held."""
        assert self._db is not None
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._pending = 0
        self._last_commit = time.monotonic()
        held, self._uncommitted = self._uncommitted, []
        for entry in held:  # in the file now: read again from there when decoded
            entry.release()

    def _rollback(self) -> None:
        """Roll the open transaction back (under the lock); its briefings keep their data."""
        self._uncommitted = []  # never written: those briefings keep their data
        try:
            if self._db is not None and self._db.in_transaction:
                self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def flush(self) -> None:
        """Commit what is written so far."""
        with self._lock:
            if self._db is None:
                return
            try:
                self._commit()
            except sqlite3.Error as exc:
                self._fail(exc)
