"""Finding and reading the user's files without ever hanging, crashing or following a trap.

Files are opened non-blocking and checked with ``fstat`` on the descriptor, so a FIFO, a device
or a link to ``/dev/zero`` is refused at once; reads are capped, so a sparse multi-GB file costs
nothing; directory symlinks are not followed (no loops); hidden files are skipped.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
MAX_DOCUMENT_BYTES = 32 << 20  # 32 MiB
MAX_DEPTH = 32


class FileProblem(OSError):
    """A file that cannot be read as a document; the message says why, for the user."""


@dataclass(frozen=True, slots=True)
class RawFile:
    path: str
    data: bytes
    size: int
    mtime_ns: int
    changed: bool = False  # the file changed while it was read (re-read once)


@dataclass(frozen=True, slots=True)
class Found:
    path: str
    error: str | None = None  # why it cannot be used (dangling link, loop, permission…)


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc) or exc.__class__.__name__


def discover(paths: list[str], max_depth: int = MAX_DEPTH) -> Iterator[Found]:
    """Document files under ``paths`` (files or folders), sorted, hidden ones skipped.

    A file named explicitly is used whatever its suffix; in folders only ``.txt``/``.md`` count.
    """
    for given in paths:
        path = Path(given)
        try:
            st = path.lstat()
        except OSError as exc:
            yield Found(str(path), _describe(exc))
            continue
        if stat.S_ISLNK(st.st_mode):
            try:
                st = path.stat()
            except OSError as exc:
                yield Found(str(path), f"broken or looping symbolic link: {_describe(exc)}")
                continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, 0, max_depth)
        else:
            yield Found(str(path))


def _walk(folder: Path, depth: int, max_depth: int) -> Iterator[Found]:
    if depth > max_depth:
        yield Found(str(folder), f"folder nested more than {max_depth} levels deep; skipped")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Found(str(folder), f"cannot list folder: {_describe(exc)}")
        return
    subfolders = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            subfolders.append(entry)
            continue
        if Path(entry.name).suffix.lower() not in TEXT_SUFFIXES:
            continue
        if entry.is_symlink():
            try:
                os.stat(entry.path)
            except OSError as exc:
                yield Found(entry.path, f"broken or looping symbolic link: {_describe(exc)}")
                continue
        yield Found(entry.path)
    for entry in subfolders:
        yield from _walk(Path(entry.path), depth + 1, max_depth)


def read_file(path: str, max_bytes: int = MAX_DOCUMENT_BYTES) -> RawFile:
    """Read a regular file's bytes, or raise :class:`FileProblem` with a clear reason."""
    for attempt in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise FileProblem(f"cannot open: {_describe(exc)}") from None
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(before.st_mode) else
                        "a device" if stat.S_ISCHR(before.st_mode) or stat.S_ISBLK(before.st_mode)
                        else "a socket" if stat.S_ISSOCK(before.st_mode) else "not a regular file")
                raise FileProblem(f"{kind}, not a text file; skipped")
            if before.st_size > max_bytes:
                raise FileProblem(f"{before.st_size:,} bytes, over the {max_bytes:,}-byte "
                                  "limit (documents.max_bytes); skipped")
            chunks = []
            remaining = max_bytes + 1
            while remaining > 0:
                chunk = os.read(fd, min(remaining, 1 << 20))
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
            data = b"".join(chunks)
            after = os.fstat(fd)
        except OSError as exc:
            raise FileProblem(f"cannot read: {_describe(exc)}") from None
        finally:
            os.close(fd)
        if len(data) > max_bytes:
            raise FileProblem(f"grew past the {max_bytes:,}-byte limit while being read; skipped")
        changed = (after.st_size != before.st_size or after.st_mtime_ns != before.st_mtime_ns
                   or len(data) != after.st_size)
        if changed and attempt == 0:
            continue  # being written right now: read once more
        return RawFile(path, data, after.st_size, after.st_mtime_ns, changed)
    raise AssertionError("unreachable")  # pragma: no cover


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sidecar_for(path: str) -> str | None:
    """``<stem>.yaml`` (or ``.yml``) beside ``path``, if present."""
    base = Path(path)
    for suffix in (".yaml", ".yml"):
        candidate = base.with_suffix(suffix)
        if candidate != base and candidate.exists():
            return str(candidate)
    return None
