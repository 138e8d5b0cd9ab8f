"""Reading many rows by key from SQLite: ``SELECT … WHERE key IN (?, ?, …)`` in batches.

The caches (the analysis cache's prefetch, the answers' digests) read hundreds of entries at a
time by key.  One query per batch instead of one per key; the batch stays under SQLite's limit
on host parameters (999 in builds before 3.32, which some systems still ship).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

MAX_PARAMETERS = 500  # keys per query: well under the oldest SQLite's 999


def select_in(db: sqlite3.Connection, select: str, keys: Sequence[Any],
              batch: int = MAX_PARAMETERS) -> list[Any]:
    """Every row of ``select`` (a query ending with ``IN``, e.g. ``"SELECT key, data FROM t
    WHERE key IN"``; the parenthesised placeholders are added) for ``keys``, a batch of at
    most ``batch`` keys per query.  Rows come batch after batch, in SQLite's order within a
    batch; a key with no row gives none.  ``sqlite3.Error`` goes to the caller."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    rows: list[Any] = []
    for start in range(0, len(keys), batch):
        chunk = list(keys[start:start + batch])
        marks = ",".join("?" * len(chunk))
        rows.extend(db.execute(f"{select} ({marks})", chunk).fetchall())
    return rows
