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

from briefing.filetypes import DOCUMENT_SUFFIXES, MARKDOWN_SUFFIXES, is_page_assets  # noqa: F401

TEXT_SUFFIXES = DOCUMENT_SUFFIXES  # the name other modules know
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

    A file named explicitly is used whatever its suffix; in folders only ``.txt``/``.md`` and
    saved pages (``.html``) count, and a saved page's ``X_files`` folder of assets is skipped.
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
            yield from _walk(path, 0, max_depth, os.path.realpath(path))
        else:
            yield Found(str(path))


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _walk(folder: Path, depth: int, max_depth: int, root: str) -> Iterator[Found]:
    if depth > max_depth:
        yield Found(str(folder), f"folder nested more than {max_depth} levels deep; skipped")
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Found(str(folder), f"cannot list folder: {_describe(exc)}")
        return
    subfolders = []
    names = {entry.name for entry in entries}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            if not is_page_assets(entry.name, names):
                subfolders.append(entry)
            continue
        if os.path.splitext(entry.name)[1].lower() not in TEXT_SUFFIXES:
            continue
        if entry.is_symlink():
            try:
                os.stat(entry.path)
            except OSError as exc:
                yield Found(entry.path, f"broken or looping symbolic link: {_describe(exc)}")
                continue
            # A link out of the folder (to /etc/passwd, ~/.ssh, a device) is not read as part
            # of it: a downloaded corpus must not pull in the user's own files.  Naming the
            # file itself on the command line still opens it.
            if not _inside(os.path.realpath(entry.path), root):
                yield Found(entry.path, "symbolic link to a file outside the folder; skipped "
                                        "(open that file directly to read it)")
                continue
        yield Found(entry.path)
    for entry in subfolders:
        yield from _walk(Path(entry.path), depth + 1, max_depth, root)


def _not_regular(mode: int) -> str:
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a folder" if stat.S_ISDIR(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{kind}, not a text file; skipped"


def _too_big(size: int, max_bytes: int, limit_name: str) -> str:
    return f"{size:,} bytes, over the {max_bytes:,}-byte limit ({limit_name}); skipped"


def read_file(path: str, max_bytes: int = MAX_DOCUMENT_BYTES,
              limit_name: str = "limits.max_document_bytes") -> RawFile:
    """Read a regular file's bytes, or raise :class:`FileProblem` with a clear reason.

    The path is checked with ``stat`` before it is opened, so a device is never opened at all
    (opening some devices has side effects), and again with ``fstat`` on the descriptor, so a
    file swapped for a FIFO in between is still refused.  ``O_NONBLOCK`` means even that swap
    cannot make ``open`` hang.
    """
    try:
        first = os.stat(path)
    except OSError as exc:
        raise FileProblem(f"cannot open: {_describe(exc)}") from None
    if not stat.S_ISREG(first.st_mode):
        raise FileProblem(_not_regular(first.st_mode))
    if first.st_size > max_bytes:
        raise FileProblem(_too_big(first.st_size, max_bytes, limit_name))
    for attempt in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise FileProblem(f"cannot open: {_describe(exc)}") from None
        try:
            before = os.fstat(fd)
            if not stat.S_ISREG(before.st_mode):
                raise FileProblem(_not_regular(before.st_mode))
            if before.st_size > max_bytes:
                raise FileProblem(_too_big(before.st_size, max_bytes, limit_name))
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
        except FileProblem:
            raise
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
