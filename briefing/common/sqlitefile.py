"""The caches' SQLite files (the analysis cache, the answers' digests): opened in WAL mode
once no FIFO or device stands at their paths, set up by their owner, recreated once when
unusable, closed without a word when closing fails."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

SUFFIXES = ("", "-wal", "-shm")  # the database, and SQLite's two files beside it


def connect(path: Path, setup: Callable[[sqlite3.Connection], None], *,
            check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection to ``path`` (its folder made) in WAL mode, ``setup`` run on it (its
    tables), closed again when that raises.  ``OSError`` when the file or one beside it is not
    a regular file: SQLite would block on a FIFO or read a device for ever (the caller's
    :func:`open_or_recreate` removes it and makes the file afresh)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in SUFFIXES:
        try:
            mode = os.stat(str(path) + suffix).st_mode
        except FileNotFoundError:
            continue
        if not stat.S_ISREG(mode):
            raise OSError(f"{path}{suffix} is not a regular file")
    db = sqlite3.connect(str(path), timeout=2.0, isolation_level=None,
                         check_same_thread=check_same_thread)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        setup(db)
    except BaseException:
        db.close()
        raise
    return db


def remove(path: Path) -> None:
    """Remove the database's files, those that are there."""
    for suffix in SUFFIXES:
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)


def open_or_recreate(path: Path, open_db: Callable[[], sqlite3.Connection], what: str,
                     log: logging.Logger, level: int) -> sqlite3.Connection | None:
    """``open_db()``; when the file is unusable (corrupt, not a regular file) its files are
    removed and ``open_db()`` tried again; ``None`` when that fails too.  Each failure is
    logged at ``level`` as ``what``'s ("analysis cache")."""
    try:
        return open_db()
    except (sqlite3.Error, OSError) as exc:
        log.log(level, "%s %s unusable (%s); recreating it", what, path, exc)
        remove(path)
        try:
            return open_db()
        except (sqlite3.Error, OSError) as exc2:
            log.log(level, "%s disabled: %s", what, exc2)
            return None


def close_quietly(db: sqlite3.Connection | None) -> None:
    """Close ``db`` (when there is one), whatever SQLite says."""
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()
