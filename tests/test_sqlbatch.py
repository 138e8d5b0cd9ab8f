"""``briefing.common.sqlbatch.select_in``: rows by key, batch by batch."""

from __future__ import annotations

import sqlite3

import pytest

from briefing.common import sqlbatch
from briefing.common.sqlbatch import select_in


def _db(n: int) -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (key TEXT PRIMARY KEY, v INTEGER)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(f"k{i}", i) for i in range(n)])
    return db


def test_rows_of_every_batch_and_none_for_missing_keys() -> None:
    db = _db(10)
    keys = ["k1", "k9", "nope", "k3", "k4"]
    queries: list[str] = []
    db.set_trace_callback(queries.append)
    rows = select_in(db, "SELECT key, v FROM t WHERE key IN", keys, batch=2)
    assert sorted(rows) == [("k1", 1), ("k3", 3), ("k4", 4), ("k9", 9)]
    assert len(queries) == 3  # 2 + 2 + 1 keys


def test_no_keys_no_query() -> None:
    db = _db(3)
    queries: list[str] = []
    db.set_trace_callback(queries.append)
    assert select_in(db, "SELECT key FROM t WHERE key IN", []) == []
    assert queries == []


def test_more_keys_than_sqlite_takes_in_one_query() -> None:
    db = _db(3000)
    keys = [f"k{i}" for i in range(3000)]
    rows = select_in(db, "SELECT v FROM t WHERE key IN", keys)
    assert sorted(v for (v,) in rows) == list(range(3000))
    assert sqlbatch.MAX_PARAMETERS < 999


def test_errors_go_to_the_caller() -> None:
    db = _db(1)
    with pytest.raises(sqlite3.OperationalError):
        select_in(db, "SELECT key FROM missing WHERE key IN", ["k0"])
    with pytest.raises(ValueError):
        select_in(db, "SELECT key FROM t WHERE key IN", ["k0"], batch=0)
