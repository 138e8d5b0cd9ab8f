"""What was on disk when an index was built: the warm path of the search index cache.

``files-<hash of the PATH arguments>.list`` in the index folder holds the key of the index
built for those paths and one ``(path, size, mtime_ns, sha256)`` per discovered file.
Comparing it with a fresh :func:`scan` (a directory listing and a ``stat`` per file, see
:mod:`briefing.common.freshness`) tells whether the index is still the right one without
opening a single document; a file whose stamp changed is hashed, and only a real change in its
bytes (or a file added or removed) sends the corpus back through the analysis.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.common.fileread import read_bytes
from briefing.common.filescan import EarlyScan, scan_stamped
from briefing.common.filetypes import SIDECAR_SUFFIXES
from briefing.common.freshness import (
    Stamp,
    by_path,
    fingerprint_lines,
    settled,
    stamp_all,
)
from briefing.search.index import INDEX_VERSION
from briefing.search.keys import index_key, search_folder
from briefing.versions import EXTRACTOR_VERSION

FileRow = tuple[str, int, int, str]  # path, size, mtime_ns, sha256 ("" when not a document)
MAX_LIST_BYTES = 1 << 30  # the saved file list (about 100 bytes a document)


def list_path(paths: Sequence[str], cache_dir: Path | str | None) -> Path:
    """The file list of the index for these PATH arguments."""
    roots = "\0".join(os.path.abspath(p) for p in paths)
    name = fingerprint_lines(roots, ())[:32]
    return search_folder(cache_dir) / f"files-{name}.list"


def read_list(path: Path) -> tuple[str, list[FileRow]] | None:
    """``(index key, rows)`` of a file list of this index and extractor version, or ``None``."""
    saved = _read(path)
    return None if saved is None else (saved.key, saved.rows())


class _Saved:
    """A file list as saved: its paths and hashes each one string joined by NUL (no file
    name holds one) and the stamps one array of 64-bit integers (``size0, mtime0, …``), so
    that a warm start compares it with a scan as two strings (:meth:`matches`), without
    making a tuple a file."""

    __slots__ = ("key", "paths", "stamps", "shas", "count")

    def __init__(self, key: str, paths: str, stamps: bytes, shas: str, count: int) -> None:
        self.key, self.paths, self.stamps, self.shas, self.count = key, paths, stamps, shas, count

    def matches(self, names: list[str], stamps: array[int]) -> bool:
        """Whether a scan (:func:`scan_flat`) found these very files, in this order, with
        these stamps."""
        return (len(names) == self.count and stamps.tobytes() == self.stamps
                and "\0".join(names) == self.paths)

    def rows(self) -> list[FileRow]:
        values = array("q")
        values.frombytes(self.stamps)
        names = self.paths.split("\0") if self.count else []
        shas = self.shas.split("\0") if self.count else []
        pairs = iter(values)  # the counts agree (checked when read)
        return [(p, size, mtime, sha) for p, (size, mtime), sha
                in zip(names, zip(pairs, pairs, strict=True), shas, strict=True)]


def _read(path: Path) -> _Saved | None:
    try:
        data = marshal.loads(read_bytes(path, MAX_LIST_BYTES))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (not isinstance(data, dict) or data.get("version") != INDEX_VERSION
            or data.get("extractor") != EXTRACTOR_VERSION or not isinstance(data.get("key"), str)):
        return None
    if isinstance(data.get("files"), list):  # a list written before session 13: one tuple a file
        try:
            return _packed(data["key"], data["files"])
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    paths, stamps, shas, count = (data.get("paths"), data.get("stamps"), data.get("shas"),
                                  data.get("count"))
    if not (isinstance(paths, str) and isinstance(stamps, bytes) and isinstance(shas, str)
            and isinstance(count, int)):
        return None
    if count < 0 or len(stamps) != 16 * count:  # two 8-byte integers a file
        return None
    if (paths != "" or shas != "") if count == 0 else (
            paths.count("\0") != count - 1 or shas.count("\0") != count - 1):
        return None
    return _Saved(data["key"], paths, stamps, shas, count)


def _packed(key: str, rows: Sequence[FileRow]) -> _Saved:
    stamps = array("q", [v for row in rows for v in row[1:3]])
    if len(stamps) != 2 * len(rows):
        raise ValueError("bad row")
    return _Saved(key, "\0".join(row[0] for row in rows), stamps.tobytes(),
                  "\0".join(row[3] for row in rows), len(rows))


def write_list(path: Path, key: str, rows: list[FileRow]) -> None:
    """Save a file list (best effort: without it the next start takes the cold path)."""
    # imported here: storage needs tempfile (and shutil, bz2, lzma), which a warm search never does
    from briefing.common.storage import atomic_write

    with contextlib.suppress(OSError, ValueError, TypeError, OverflowError):
        saved = _packed(key, rows)
        atomic_write(path, marshal.dumps({
            "version": INDEX_VERSION, "extractor": EXTRACTOR_VERSION, "key": key,
            "paths": saved.paths, "stamps": saved.stamps, "shas": saved.shas,
            "count": saved.count}))


def sha256_of(path: str) -> str | None:
    """The SHA-256 of the file's bytes (``None``: unreadable)."""
    try:
        from briefing.corpus.files import read_file, sha256_hex

        return sha256_hex(read_file(path).data)
    except OSError:
        return None


def scan(paths: Sequence[str]) -> dict[str, Stamp]:
    """``path -> (size, mtime_ns)`` for the documents ``corpus.files.discover`` would yield and
    for the sidecars (``.yaml``/``.yml``) beside them, whose edits change titles and actors.

    The same rules as ``discover`` (hidden entries skipped, folder symlinks not followed,
    document suffixes only inside folders).  The directory scan costs little; the ``stat`` of
    every file is the warm path's main cost (10 µs each on a VM, 44,000 files for the test
    corpus), so :func:`~briefing.common.freshness.stamp_all` runs it in a few threads.
    """
    return by_path(*scan_flat(paths))


def scan_flat(paths: Sequence[str]) -> tuple[list[str], array[int]]:
    """:func:`scan` as two flat parts, in the order found
    (:func:`~briefing.common.freshness.stamp_flat`)."""
    return scan_stamped(paths)


def unchanged(paths: Sequence[str], cache_dir: Path | str | None = None,
              early: EarlyScan | None = None,
              meanwhile: Callable[[str], object] | None = None
              ) -> tuple[str, bool, list[FileRow]] | None:
    """``(index key, touched, rows)`` when no document under ``paths`` changed since the
    listing was written, else ``None``.  Reads no document unless its size or mtime changed
    (then it is hashed); ``touched``: some did, with the same bytes, and ``rows`` has their new
    stamps (to write back, so they are not hashed again; empty when nothing was touched).
    ``early``: a scan of these paths started when the process did, used instead of a new one;
    ``meanwhile(key)`` is called (with the listed index's key) before it is waited for, for
    work that does not need the answer (loading that index)."""
    saved = _read(list_path(paths, cache_dir))
    if saved is None:
        return None
    found = None
    if early is not None and early.paths == list(paths):
        if meanwhile is not None:
            meanwhile(saved.key)
        found = early.result()
    names, stamps = found if found is not None else scan_flat(paths)
    if saved.matches(names, stamps):  # the usual case: two comparisons of strings, in C
        return saved.key, False, []
    current = by_path(names, stamps)
    if len(current) != saved.count:
        return None
    touched = False
    fresh: list[FileRow] = []
    for path, size, mtime, sha in saved.rows():
        now = current.get(path)
        if now is None:
            return None
        if now != (size, mtime):
            if not sha or sha256_of(path) != sha:
                return None
            touched = True  # same bytes, new mtime: remember it so it is not hashed again
        fresh.append((path, now[0], now[1], sha))
    return saved.key, touched, fresh


def unchanged_inside(spellings: Sequence[str], current: dict[str, Stamp],
                     cache_dir: Path | str | None, exact: bool = False
                     ) -> tuple[str, list[FileRow]] | None:
    """``(index key, rows)`` of the files of ``current`` (a :func:`scan` of some paths) in
    the listing of an enclosing folder (as typed: one of ``spellings``), when that listing
    holds exactly these files, unchanged; with ``exact``, spelled as ``current`` spells them."""
    saved = None
    for spelled in spellings:
        saved = read_list(list_path([spelled], cache_dir))
        if saved is not None:
            break
    if saved is None:
        return None
    key, rows = saved
    # "/c/copies/a.txt" (listed under "/c") is "copies/a.txt" (listed now, in /c).
    now = {os.path.abspath(p): st for p, st in current.items()}
    inside = [r for r in rows if os.path.abspath(r[0]) in now]
    if {os.path.abspath(r[0]) for r in inside} != set(now):
        return None  # a file added, removed or spelled otherwise
    if exact and {r[0] for r in inside} != set(current):
        return None  # the same files, spelled otherwise
    for path, size, mtime, sha in inside:
        if now[os.path.abspath(path)] != (size, mtime) and (
                not sha or sha256_of(path) != sha):
            return None
    return key, inside


def sidecars_of(document: Any) -> list[str]:
    """Where the document's sidecar may be (what a curation writes)."""
    stem = os.path.splitext(document.path)[0]
    found = [stem + suffix for suffix in SIDECAR_SUFFIXES]
    given = getattr(document, "sidecar_path", None)
    if given and given not in found:
        found.append(str(given))
    return found


def advance_listing(paths: list[str], old_key: str, key: str, changed: list[str],
                    cache_dir: Path | str | None) -> None:
    """Move the file list written for ``old_key`` on to ``key``, with ``changed`` re-read.

    Only the sidecar changed (a curation leaves the document as it is).  Any doubt (the list
    is for another index, a file vanished) leaves the list alone: the next run then takes the
    cold path, which is slower but never wrong.
    """
    if not paths:
        from briefing.corpus import bundled_seeds

        paths = [bundled_seeds()]
    listing = list_path(paths, cache_dir)
    saved = read_list(listing)
    if saved is None or saved[0] != old_key:
        return
    rows = list(saved[1])
    where = {row[0]: i for i, row in enumerate(rows)}
    now = stamp_all(changed)
    for name in changed:
        st = now.get(name)
        i = where.get(name)
        if i is not None:
            if st is None:
                return  # a sidecar was removed meanwhile
            rows[i] = (name, st[0], st[1], rows[i][3])
        elif st is not None:
            # A new sidecar: if the scan would not list it under this name, the counts differ
            # next time and the cold path runs (never a stale index).
            rows.append((name, st[0], st[1], ""))
    write_list(listing, key, rows)


def remember_listing(paths: Sequence[str], briefings: Sequence[Any],
                     listed: dict[str, Stamp], started: float | None,
                     cache_dir: Path | str | None) -> None:
    """:func:`write_listing` for the index over ``briefings``."""
    shas = {getattr(b, "document", b).path: getattr(b, "document", b).sha256 for b in briefings}
    write_listing(paths, shas, index_key(briefings), listed, started, cache_dir)


def write_listing(paths: Sequence[str], shas: dict[str, str], key: str,
                  listed: dict[str, Stamp], started: float | None,
                  cache_dir: Path | str | None) -> None:
    """Record ``listed`` (a :func:`scan` made before the documents were read) as the files
    of the index ``key``, whose documents have the SHA-256 ``shas``.  A file modified too
    close to ``started`` (a ``time.time()``, when the reading began) may have changed after it
    was read: it is recorded as unknown, and hashed next time."""
    if not all(p in listed for p in shas):  # else a document would escape the freshness check
        return
    seen = None if started is None else int(started * 1e9)
    rows = [(p, -1, -1, "") if seen is not None and not settled(st[1], seen)
            else (p, st[0], st[1], shas.get(p, "")) for p, st in listed.items()]
    write_list(list_path(paths, cache_dir), key, rows)
