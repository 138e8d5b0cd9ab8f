"""The files a search index's freshness check stamps, and that scan started early.

:func:`files_to_stamp` walks the PATH arguments by the rules of ``corpus.files.discover``
(hidden entries skipped, folder symlinks not followed, document suffixes only inside folders)
and adds the sidecars; :func:`scan_stamped` is that walk and the ``stat`` of every file found,
with less work for the interpreter (names listed, files stat'ed from their folder).
:class:`EarlyScan` runs it from the moment ``briefing search`` starts, before the search
engine's modules are imported, so that the two overlap: in a forked child process (two, each
with half the files) where it can, so that neither waits for the other's interpreter lock,
else in a thread.  Light on purpose: no module of ``briefing.search`` is imported here (its
package imports the whole engine).
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import threading
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.common import freshness
from briefing.common.filetypes import (
    DOCUMENT_SUFFIXES,
    MAX_FOLDER_DEPTH,
    SIDECAR_SUFFIXES,
    is_page_assets,
)
from briefing.common.freshness import stamp_flat
from briefing.paths import bundled_seeds_prefix, user_sidecar_for

Flat = tuple[list[str], "array[int]"]  # stamp_flat's paths and stamps


_OTHER, _FILE, _FOLDER = 0, 1, 2


def _entry_kind(entry: os.DirEntry[str], plain: tuple[str, ...], wanted: frozenset[str]) -> int:
    """What the walks make of a folder entry: a file to stamp (a document or sidecar suffix,
    ``plain`` tested first: most names end so in lowercase), a folder to walk into (page
    assets are the caller's to skip: they need the siblings), or neither (hidden, other)."""
    name = entry.name
    if name[0] == ".":
        return _OTHER
    try:
        if name.endswith(plain) and not entry.is_dir(follow_symlinks=False):
            return _FILE
    except OSError:
        pass
    try:
        if entry.is_dir(follow_symlinks=False):
            return _FOLDER
    except OSError:
        pass
    dot = name.rfind(".")
    return _FILE if dot > 0 and name[dot:].lower() in wanted else _OTHER


def files_to_stamp(paths: Sequence[str]) -> list[str]:
    """The files ``briefing.search.listing.scan`` stamps, in the order found: the documents
    ``corpus.files.discover`` would yield and the sidecars beside them."""
    wanted = DOCUMENT_SUFFIXES | frozenset(SIDECAR_SUFFIXES)
    plain = tuple(sorted(wanted))  # lowercase: most names end so and need no other test
    files: list[str] = []
    add = files.append

    def walk(folder: str, depth: int) -> None:
        if depth > MAX_FOLDER_DEPTH:
            return
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        names: set[str] | None = None  # the siblings, read for a folder only
        for entry in entries:
            kind = _entry_kind(entry, plain, wanted)
            if kind == _FILE:
                add(entry.path)
            elif kind == _FOLDER:
                if names is None:
                    names = {e.name for e in entries}
                if not is_page_assets(entry.name, names):
                    walk(entry.path, depth + 1)

    for given in paths:
        path = str(Path(given))
        if os.path.isdir(path):
            walk(path, 0)
        elif os.path.lexists(path):
            files.append(path)
            stem = os.path.splitext(path)[0]
            files.extend(stem + suffix for suffix in SIDECAR_SUFFIXES
                         if os.path.lexists(stem + suffix))
    # The bundled seed's curated sidecars live in the data directory (a handful of files).
    seeds = bundled_seeds_prefix()
    if any(os.path.join(os.path.abspath(g), "").startswith(seeds) or
           seeds.startswith(os.path.join(os.path.abspath(g), "")) for g in paths):
        files.extend(user for user in map(user_sidecar_for, list(files))
                     if user is not None and os.path.lexists(user))
    return files


# Each folder opened once and its files stat'ed by name (``fstatat``): the kernel walks one
# path component a file instead of the whole path (~25 % of a ``stat``'s time on a VM).
_BY_DIR_FD = os.stat in os.supports_dir_fd and hasattr(os, "O_DIRECTORY")
_OPEN_DIR = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)

Segment = tuple[str, list[str]]  # a folder (with its separator) and names of files in it


class _Odd(Exception):
    """A tree the quick scan leaves to :func:`files_to_stamp` (a folder named like a
    document, a link to a folder)."""


def scan_stamped(paths: Sequence[str], child: bool = False) -> Flat:
    """``stamp_flat(files_to_stamp(paths))``, with less work for the interpreter: a folder
    whose names all end in a lowercase document or sidecar suffix (the usual corpus folder)
    is read by ``os.listdir`` (names only: no entry object a file) and its files stat'ed by
    name from the folder (:data:`_BY_DIR_FD`); the ``stat`` tells a folder named ``x.txt``
    from a file, and any such oddity (rare) sends the whole scan to the general walk.  The
    same paths in the same order, the same stamps (tested).  ``child``: this is
    :class:`EarlyScan`'s child process (no threads: a second process stats half the files)."""
    given = [str(Path(p)) for p in paths]
    seeds = bundled_seeds_prefix()
    if not _BY_DIR_FD or not all(os.path.isdir(p) for p in given) or any(
            os.path.join(os.path.abspath(g), "").startswith(seeds)
            or seeds.startswith(os.path.join(os.path.abspath(g), "")) for g in given):
        return stamp_flat(files_to_stamp(paths))
    segments: list[Segment] = []
    for folder in given:
        _segments(folder, 0, segments)
    try:
        return _stamp_segments(segments, child)
    except _Odd:
        return stamp_flat(files_to_stamp(paths))


_PLAIN = tuple(sorted(DOCUMENT_SUFFIXES | frozenset(SIDECAR_SUFFIXES)))


def _segments(folder: str, depth: int, out: list[Segment]) -> None:
    """The files of ``folder`` (and below) :func:`files_to_stamp` would list, as runs of
    names in the order found; a name that ends like a document may still be a folder: the
    ``stat`` tells (:class:`_Odd`)."""
    if depth > MAX_FOLDER_DEPTH:
        return
    try:
        names = os.listdir(folder)
    except OSError:
        return
    prefix = os.path.join(folder, "")
    plain = _PLAIN
    for name in names:
        if name[0] != "." and not name.endswith(plain):
            break
    else:  # no folder here but one named like a document
        out.append((prefix, [name for name in names if name[0] != "."]))
        return
    # Folders or other files among the names: told apart by their entries, as the walk does.
    wanted = DOCUMENT_SUFFIXES | frozenset(SIDECAR_SUFFIXES)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    run: list[str] = []
    siblings: set[str] | None = None
    for entry in entries:
        kind = _entry_kind(entry, plain, wanted)
        if kind == _FILE:
            run.append(entry.name)
        elif kind == _FOLDER:
            if siblings is None:
                siblings = {e.name for e in entries}
            if not is_page_assets(entry.name, siblings):
                if run:
                    out.append((prefix, run))
                    run = []
                _segments(entry.path, depth + 1, out)
    if run:
        out.append((prefix, run))


Job = tuple[int, str, list[str]]  # a folder's descriptor, its path with separator, names


def _stamp_segments(segments: list[Segment], child: bool = False) -> Flat:
    """``stamp_flat`` of the segments' files, each folder opened once; :class:`_Odd` when a
    name stands for a folder (or a link to one).  Many files are stat'ed in a few threads, or
    (``child``: in :class:`EarlyScan`'s child process) half by a second forked process."""
    fds: list[int] = []
    jobs: list[Job] = []
    try:
        for prefix, names in segments:
            try:
                fd = os.open(prefix, _OPEN_DIR)
            except OSError:  # the folder went meanwhile: its files have no stamp
                continue
            fds.append(fd)
            jobs.append((fd, prefix, names))
        total = sum(len(names) for _fd, _prefix, names in jobs)
        if total < freshness.THREADED_FROM:
            return _stamp_jobs(jobs)
        if child:
            return _stamp_in_two_processes(*_split(jobs, total, 2))
        if freshness.STAT_THREADS < 2:
            return _stamp_jobs(jobs)
        chunks = _split(jobs, total, freshness.STAT_THREADS)
        parts: list[Flat | BaseException | None] = [None] * len(chunks)

        def work(slot: int) -> None:
            try:
                parts[slot] = _stamp_jobs(chunks[slot])
            except BaseException as err:  # noqa: BLE001 - raised again by the caller
                parts[slot] = err

        threads = [threading.Thread(target=work, args=(i,), daemon=True)
                   for i in range(len(chunks))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for fd in fds:
            os.close(fd)
    kept: list[str] = []
    stamps = array("q")
    for done in parts:
        if not isinstance(done, tuple):
            raise done if isinstance(done, BaseException) else _Odd()
        kept.extend(done[0])
        stamps.extend(done[1])
    return kept, stamps


def _split(jobs: list[Job], total: int, count: int) -> list[list[Job]]:
    """``jobs`` cut into ``count`` runs of about as many files, in order."""
    step = -(-total // count)
    chunks: list[list[Job]] = [[]]
    room = step
    for fd, prefix, names in jobs:
        at = 0
        while at < len(names):
            if room == 0:
                chunks.append([])
                room = step
            part = names[at:at + room]
            chunks[-1].append((fd, prefix, part))
            at += len(part)
            room -= len(part)
    return chunks


def _stamp_in_two_processes(first: list[Job], *rest: list[Job]) -> Flat:
    """The first run stat'ed here, the others by a forked process meanwhile (no interpreter
    lock between the two: each ``stat`` of either runs at once, on both cores)."""
    later = [job for run in rest for job in run]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.close(read_end)
            _send(write_end, _stamp_jobs(later))
            status = 0
        except _Odd:
            status = 2
        except BaseException:  # noqa: BLE001, S110 - the parent fails too, and scans again
            pass
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        kept, stamps = _stamp_jobs(first)
        data = _read_all(read_end)
    finally:
        os.close(read_end)
        _pid, status = os.waitpid(pid, 0)
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 2:
        raise _Odd()
    other = _received(data) if status == 0 else None
    if other is None:
        raise OSError("the second scanning process failed")
    kept.extend(other[0])
    stamps.extend(other[1])
    return kept, stamps


def _send(fd: int, flat: Flat) -> None:
    """Write a scan to ``fd`` (read back by :func:`_received`)."""
    names, stamps = flat
    data = memoryview(marshal.dumps(("\0".join(names), len(names), stamps.tobytes())))
    while data:
        data = data[os.write(fd, data):]


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _stamp_jobs(jobs: list[tuple[int, str, list[str]]]) -> Flat:
    kept: list[str] = []
    stamps = array("q")
    push, stat_of, folder = stamps.append, os.stat, stat.S_IFDIR
    for fd, prefix, names in jobs:
        found: list[str] = []
        keep = found.append
        for name in names:
            try:
                st = stat_of(name, dir_fd=fd)
            except (OSError, ValueError):  # a broken link: its reader reports it
                continue
            if st.st_mode & 0o170000 == folder:
                raise _Odd(prefix + name)
            keep(name)
            push(st.st_size)
            push(st.st_mtime_ns)
        kept.extend([prefix + name for name in found])
    return kept, stamps


class EarlyScan:
    """:func:`scan_stamped` of ``paths``, started now; :meth:`result` waits for it.

    On Linux, when the process runs no other thread (the CLI at its start), the scan runs in a
    forked child process, which sends its result back through a pipe (drained by a thread
    here): the child's interpreter has its own lock, so its ``stat`` calls never wait for the
    engine's imports here, nor these for them, and the two use both cores.  Elsewhere (or when
    the fork fails) a thread of this process does it, as the child would."""

    def __init__(self, paths: list[str]) -> None:
        self.paths = paths
        self._found: Flat | None = None
        target = self._run
        if _can_fork():
            try:
                target = self._forked()
            except OSError:
                target = self._run
        self._thread = threading.Thread(target=target, name="early scan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._found = scan_stamped(self.paths)
        except Exception:  # noqa: BLE001 - the caller scans again itself
            self._found = None

    def _forked(self) -> Callable[[], None]:
        """Fork the scanning child; the function that reads what it sends (in a thread)."""
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            raise
        if pid == 0:  # the child: scan, send, and leave without any of the parent's clean-up
            status = 1
            try:
                os.close(read_end)
                _send(write_end, scan_stamped(self.paths, child=True))
                status = 0
            except BaseException:  # noqa: BLE001, S110 - the parent scans again itself
                pass
            finally:
                os._exit(status)
        os.close(write_end)

        def receive() -> None:
            data = b""
            try:
                data = _read_all(read_end)
            except OSError:
                data = b""
            finally:
                os.close(read_end)
                _pid, status = os.waitpid(pid, 0)
            if status == 0 and data:
                self._found = _received(data)

        return receive

    def result(self) -> Flat | None:
        """The scan's paths and stamps (``None``: it failed; scan again)."""
        self._thread.join()
        return self._found


def _can_fork() -> bool:
    """Whether :class:`EarlyScan` may fork: Linux, and no other thread (a thread holding a
    lock at the fork would leave it held in the child)."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and threading.active_count() == 1)


def _received(data: bytes) -> Flat | None:
    """The scan a child sent (``None``: not what it sends)."""
    try:
        joined, count, raw = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(joined, str) and isinstance(count, int) and isinstance(raw, bytes)):
        return None
    names = joined.split("\0") if count else []
    stamps = array("q")
    if len(names) != count or len(raw) != 16 * count:
        return None
    stamps.frombytes(raw)
    return names, stamps


_VALUED = ("--limit", "--sort")  # the options of ``briefing search`` that take a value


def start_early(argv: Sequence[str]) -> EarlyScan | None:
    """The scan of the paths ``briefing search`` is given, started now; ``None`` when ``argv``
    names none, or one that does not exist (the command then checks and scans them itself).
    Read without the command's parser, which comes with the engine's imports: the command
    uses the scan only if it parsed the same paths (``EarlyScan.paths``)."""
    words: list[str] = []
    rest: list[str] = []
    argv = list(argv)
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1:]
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in _VALUED
        else:
            words.append(word)
    paths = (words + rest)[1:]
    if not paths or not all(os.path.lexists(p) for p in paths):
        return None
    return EarlyScan(paths)
