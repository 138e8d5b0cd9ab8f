"""The one bounded, non-blocking reader for every file briefing reads.

Articles, sidecars, settings, themes, the reader's state, backups and caches all come through
:func:`read_file` (or :func:`open_regular` for a file that is then mapped): the path is checked
with ``stat`` before it is opened, so a device is never opened at all (opening some devices has
side effects), opened with ``O_NONBLOCK``, so a FIFO swapped in meanwhile cannot make ``open``
hang, and checked again with ``fstat`` on the descriptor; reads are capped, so a link to
``/dev/zero`` or a sparse multi-GB file costs nothing.  Failures raise :class:`FileProblem` with
a reason for the user (:class:`FileMissing` when there is no file at all); the caller says
what follows ("skipped", "using the defaults").

Standard library only: the light entry points (the reader's start-up, ``briefing search``)
import it without the corpus package.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 32 << 20  # 32 MiB


class FileProblem(OSError):
    """A file that cannot be read; the message says why, for the user."""


class FileMissing(FileProblem):
    """There is no file (or folder on the way) at that path."""


@dataclass(frozen=True, slots=True)
class RawFile:
    path: str
    data: bytes
    size: int
    mtime_ns: int
    changed: bool = False  # the file changed while it was read (re-read once)


def describe_error(exc: OSError) -> str:
    return exc.strerror or str(exc) or exc.__class__.__name__


def _cannot(what: str, exc: OSError) -> FileProblem:
    cls = FileMissing if exc.errno in (errno.ENOENT, errno.ENOTDIR) else FileProblem
    return cls(f"cannot {what}: {describe_error(exc)}")


def _not_regular(mode: int) -> str:
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a folder" if stat.S_ISDIR(mode)
            else "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
    return f"{kind}, not a regular file"


def _too_big(size: int, max_bytes: int, limit_name: str) -> str:
    return f"{size:,} bytes, over the {max_bytes:,}-byte limit ({limit_name})"


def open_regular(path: str | os.PathLike[str], max_bytes: int | None = None,
                 limit_name: str = "") -> int:
    """A read-only descriptor on the regular file ``path``, or :class:`FileProblem`.

    The caller closes it.  ``max_bytes`` (when given) refuses a larger file."""
    try:
        first = os.stat(path)
    except (OSError, ValueError) as exc:
        raise _cannot("open", exc if isinstance(exc, OSError) else OSError(str(exc))) from None
    if not stat.S_ISREG(first.st_mode):
        raise FileProblem(_not_regular(first.st_mode))
    if max_bytes is not None and first.st_size > max_bytes:
        raise FileProblem(_too_big(first.st_size, max_bytes, limit_name))
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _cannot("open", exc) from None
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode):
            raise FileProblem(_not_regular(now.st_mode))
        if max_bytes is not None and now.st_size > max_bytes:
            raise FileProblem(_too_big(now.st_size, max_bytes, limit_name))
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_file(path: str, max_bytes: int = MAX_DOCUMENT_BYTES,
              limit_name: str = "limits.max_document_bytes") -> RawFile:
    """Read a regular file's bytes, or raise :class:`FileProblem` with a clear reason."""
    for attempt in range(2):
        fd = open_regular(path, max_bytes, limit_name)
        try:
            before = os.fstat(fd)
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
            raise FileProblem(f"cannot read: {describe_error(exc)}") from None
        finally:
            os.close(fd)
        if len(data) > max_bytes:
            raise FileProblem(f"grew past the {max_bytes:,}-byte limit while being read")
        changed = (after.st_size != before.st_size or after.st_mtime_ns != before.st_mtime_ns
                   or len(data) != after.st_size)
        if changed and attempt == 0:
            continue  # being written right now: read once more
        return RawFile(path, data, after.st_size, after.st_mtime_ns, changed)
    raise AssertionError("unreachable")  # pragma: no cover


def read_bytes(path: str | os.PathLike[str], max_bytes: int, limit_name: str = "") -> bytes:
    """Just the bytes of a small file briefing owns or the user edits (settings, a theme,
    state, a cache), through :func:`read_file`."""
    return read_file(os.fspath(path), max_bytes, limit_name or "its size limit").data
