"""Reading a cached entry's data again when its briefing is first decoded.

The analysis cache hands out lazily decoded briefings (:mod:`briefing.analysis.lazy`); these
small callables are what each keeps instead of its compressed data: a reader of the entry
(any thread, after the cache may have been closed), the data of an entry stored in this run
until its transaction commits, and a fresh analysis for an entry found unusable.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Briefing

_readers = threading.local()  # .connections: cache path -> read-only connection


def read_data(location: Path, key: str) -> bytes | None:
    """The data of entry ``key`` in the cache at ``location`` (``None``: not there, or the
    cache cannot be read), through this thread's read-only connection to it."""
    connections: dict[Path, sqlite3.Connection] | None = getattr(_readers, "connections", None)
    if connections is None:
        connections = _readers.connections = {}
    try:
        db = connections.get(location)
        if db is None:
            from urllib.parse import quote

            db = connections[location] = sqlite3.connect(
                f"file:{quote(str(location))}?mode=ro", uri=True, timeout=2.0,
                check_same_thread=False)
        row = db.execute("SELECT data FROM analyses WHERE key=?", (key,)).fetchone()
    except sqlite3.Error:
        connections.pop(location, None)
        return None
    return row[0] if row is not None and isinstance(row[0], bytes) else None


# One of each per cached document held by the reader (22,000 on a big folder): slotted objects
# of two references instead of closures (a function, its closure tuple and cells), ~0.4 KB less
# a document.
class EntryReader:
    """``read_data(location, key)`` when called: one entry's data, read again."""

    __slots__ = ("key", "location")

    def __init__(self, location: Path, key: str) -> None:
        self.location = location
        self.key = key

    def __call__(self) -> bytes | None:
        return read_data(self.location, self.key)


class HeldUntilCommit:
    """The data of an entry just stored: held until its transaction commits
    (:meth:`release`), then read again from the cache file (``read_data``) when called."""

    __slots__ = ("blob", "key", "location")

    def __init__(self, blob: bytes, location: Path, key: str) -> None:
        self.blob: bytes | None = blob
        self.location = location
        self.key = key

    def release(self) -> None:
        self.blob = None

    def __call__(self) -> bytes | None:
        blob = self.blob  # one read: release() may run meanwhile in another thread
        return blob if blob is not None else read_data(self.location, self.key)


class Reanalysis:
    """``reanalyse(path)`` when called: a fresh analysis of a document whose entry failed."""

    __slots__ = ("path", "reanalyse")

    def __init__(self, reanalyse: Callable[[str], Briefing | None], path: str) -> None:
        self.reanalyse = reanalyse
        self.path = path

    def __call__(self) -> Briefing | None:
        return self.reanalyse(self.path)
