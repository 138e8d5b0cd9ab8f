"""When a cache may be trusted: the one freshness rule of every cache briefing keeps.

The caches -- the analysis cache (:mod:`briefing.analysis.cache`), the search index and its
file listing (:mod:`briefing.search.cache`, :mod:`briefing.search.listing`), the compiled
knowledge base (:mod:`briefing.knowledge.store`) and the reader's start-up preferences
(``briefing.ui.prefs``) -- all answer two questions the same way:

* *Was it made from these inputs?*  A **fingerprint** of the inputs and of the versions that
  shape the result: :func:`fingerprint` (named parts), :func:`fingerprint_lines` (a header and
  a long list of lines), :func:`quick_fingerprint` (briefing's own data files, where zlib's
  checksums are enough), :func:`code_fingerprint` (the code the analysis depends on).
* *Did a file change since?*  Its **stamp**, ``(size, mtime_ns)``, compared without reading it
  (:func:`stamp`, :func:`stamp_all`).  A stamp recorded within :data:`RACY_SECONDS` of the
  file's mtime is not trusted (:func:`settled`): a file rewritten within the same clock tick
  keeps its size and mtime, so such a file is looked at again next time.

Standard library only, and hashlib only when a SHA-256 is asked for (the compiled knowledge
base is checked on every start).
"""

from __future__ import annotations

import os
import stat
import threading
import zlib
from array import array
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

RACY_SECONDS = 2.0  # a file modified this recently may change again within its mtime tick
CODE_FINGERPRINT_ENV = "BRIEFING_CODE_FINGERPRINT"
# What an analysis depends on, under briefing/: the reader (ui/), search and the rest do not
# change it.
ANALYSIS_CODE = ("analysis", "common", "corpus", "extract", "knowledge", "model.py",
                 "versions.py")
_CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json")
_PACKAGE = Path(__file__).resolve().parents[1]
# One thread: each ``stat`` releases and takes back the interpreter lock, and with idle cores
# every hand-off between threads is a futex wake-up on another core: 4 threads stat'ed the
# 43,802 files of ../shared/corpora in 0.73-0.90 s (CPU 1.3 s, mostly the kernel's) against
# 0.24 s for one (session 14, search14); only on a saturated machine do threads win a little
# (a bigger share of the cores).  The threaded path stays for a caller that sets this.
STAT_THREADS = 1
THREADED_FROM = 2000  # fewer files are stat'ed in the calling thread

Stamp = tuple[int, int]  # (size, mtime_ns)


def stamp(path: str, regular: bool = False) -> Stamp | None:
    """``(size, mtime_ns)`` of ``path`` (a file or folder; with ``regular``, only a regular
    file), or ``None`` when it is missing or unreadable."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if regular and not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns


def stamp_all(paths: list[str]) -> dict[str, Stamp]:
    """:func:`stamp` of each path that has one, in the order of ``paths``.  Many paths are
    stat'ed in a few threads (``os.stat`` releases the GIL; 10 µs each on a VM, and a big
    corpus has 44,000)."""
    return by_path(*stamp_flat(paths))


def by_path(paths: list[str], stamps: array[int]) -> dict[str, Stamp]:
    """``path -> (size, mtime_ns)`` from :func:`stamp_flat`'s two parts."""
    pairs = iter(stamps)
    return dict(zip(paths, zip(pairs, pairs, strict=True), strict=True))


def stamp_flat(paths: list[str]) -> tuple[list[str], array[int]]:
    """:func:`stamp_all` as two flat parts: the paths that have a stamp, in the order of
    ``paths``, and their sizes and mtimes one after the other (``size0, mtime0, size1, …``):
    no tuple a file, and two scans compare as two lists (what a warm search start does)."""
    parts: list[tuple[list[str], array[int]]] = []

    def work(chunk: list[str], slot: int) -> None:
        kept: list[str] = []
        stamps = array("q")
        keep, push, stat_of = kept.append, stamps.append, os.stat
        for path in chunk:
            try:
                st = stat_of(path)
            except (OSError, ValueError):  # a broken link: its reader reports it
                continue
            keep(path)
            push(st.st_size)
            push(st.st_mtime_ns)
        parts[slot] = (kept, stamps)

    if len(paths) < THREADED_FROM or STAT_THREADS < 2:
        parts.append(([], array("q")))
        work(paths, 0)
    else:
        step = -(-len(paths) // STAT_THREADS)
        chunks = [paths[i:i + step] for i in range(0, len(paths), step)]
        parts.extend(([], array("q")) for _ in chunks)
        threads = [threading.Thread(target=work, args=(c, i), daemon=True)
                   for i, c in enumerate(chunks)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if len(parts) == 1:
        return parts[0]
    kept: list[str] = []
    stamps = array("q")
    for names, values in parts:
        kept.extend(names)
        stamps.extend(values)
    return kept, stamps


def settled(mtime_ns: int, seen_ns: int) -> bool:
    """Whether a file with this mtime, read at ``seen_ns`` (``time.time_ns()``), can be
    recorded as unchanged: not modified within :data:`RACY_SECONDS` before it was read."""
    return seen_ns - mtime_ns >= RACY_SECONDS * 1e9


def fingerprint_lines(header: str, lines: Iterable[str]) -> str:
    """The SHA-256 (hex) of ``header`` followed by ``lines``; text that is not valid UTF-8
    (undecodable file names, PEP 383) is hashed by its surrogates."""
    import hashlib

    digest = hashlib.sha256(header.encode("utf-8", "surrogatepass"))
    for line in lines:
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def fingerprint(parts: Mapping[str, str]) -> str:
    """The SHA-256 (hex) of named parts, in name order (so adding a part changes it)."""
    return fingerprint_lines("", (f"{name}={parts[name]}\0" for name in sorted(parts)))


def quick_fingerprint(version: str, files: Iterable[tuple[str, bytes]]) -> str:
    """A content key for briefing's own data files: CRC-32 and Adler-32 of each file and its
    length (zlib is cheap to import; this guards a cache of our own files, not against an
    attacker)."""
    parts = [version]
    for name, raw in files:
        parts.append(f"{name}:{len(raw)}:{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}")
    joined = "|".join(parts).encode()
    return f"{zlib.crc32(joined):08x}{zlib.adler32(joined):08x}{len(joined):06x}"


def analysis_sources(package: Path = _PACKAGE) -> list[Path]:
    """The source and data files under ``package`` the analysis depends on
    (:data:`ANALYSIS_CODE`), sorted."""
    found = []
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if rel.parts[0] not in ANALYSIS_CODE or "__pycache__" in rel.parts:
            continue
        if path.suffix in _CODE_SUFFIXES and path.is_file():
            found.append(path)
    return found


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of :func:`analysis_sources`.

    So a developer who changes an extraction rule without bumping ``EXTRACTOR_VERSION`` never
    sees stale cached results, while editing the reader or the search code keeps the cache.
    About a megabyte to hash, once per process.  ``BRIEFING_CODE_FINGERPRINT`` pins it (for
    benchmarks run while the code is being edited).
    """
    pinned = os.environ.get(CODE_FINGERPRINT_ENV, "").strip()
    if pinned:
        return pinned
    return sources_fingerprint(analysis_sources())


def sources_fingerprint(paths: Iterable[Path], package: Path = _PACKAGE) -> str:
    """A digest of briefing's own files ``paths`` (each named relative to ``package``, so a
    moved file changes it; an unreadable one is left out)."""
    import hashlib

    digest = hashlib.sha256()
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        rel = path.relative_to(package)
        digest.update(str(rel).encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def fingerprint_pinned() -> bool:
    """Whether ``BRIEFING_CODE_FINGERPRINT`` stands for all of briefing's code and data."""
    return bool(os.environ.get(CODE_FINGERPRINT_ENV, "").strip())
