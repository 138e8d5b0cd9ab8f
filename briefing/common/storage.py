"""Writing files so that nothing is ever lost: atomic replace, fsync, a lock, corrupt files kept.

* :func:`atomic_write` is the one way briefing writes a file: a temporary file in the target's
  folder, fsynced, ``os.replace``\\ d over the target (through a symlink), the folder fsynced; a
  crash or a full disk leaves the old file intact, and errors name the user's file.
* :func:`locked` is an exclusive ``flock`` on a side file, so two running instances never lose
  each other's read-modify-write updates; the kernel drops it when a process dies.  Where no
  lock file can be made (a read-only folder) it lets reads go on; the write then fails clearly.
* :func:`clean_stale_temporaries` removes what a killed writer left behind, at the next start.
* :func:`set_aside` moves a corrupt file out of the way (kept as evidence) so the app starts clean.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

if sys.platform == "win32":  # pragma: no cover - no lock there, atomic writes still hold
    fcntl = None
else:
    import fcntl

TMP_PREFIX = ".briefing-tmp-"
STALE_TMP_SECONDS = 3600
# ``.briefing-tmp-<name>.<pid>.<random>``: the writer's pid lets the next start tell a temporary
# left by a killed process (remove it at once) from one being written right now (keep it).
_TMP_PID = re.compile(r"\.(\d+)\.[A-Za-z0-9_]+$")


def shown_path(path: object) -> str:
    """A file as a message names it: its name, then the folder it is in, the home folder
    written ``~`` (``config.yaml in ~/.config/briefing``).

    A toast wraps at spaces only: a full path was one word wider than the toast, cut inside a
    name ("/home/ana/.local/share/briefin / g/state.json").  The folder stays whole, to find
    the file by."""
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, (str, Path)):
        return str(path)  # (an OSError's filename may be a descriptor)
    text = str(path)
    folder, name = os.path.split(text.rstrip(os.sep) or text)
    if not name or not folder:
        return text
    home = os.path.expanduser("~")
    if home not in ("~", os.sep) and (folder == home or folder.startswith(home + os.sep)):
        folder = "~" + folder[len(home):]
    return f"{name} in {folder}"


class WriteError(OSError):
    """A file the user owns could not be written; ``filename`` is that file, never a temporary.

    ``str()`` gives a sentence for the user: ``cannot save config.yaml in ~/.config/briefing:
    No space left on device``.  The previous content of the file is intact whenever this is
    raised."""

    def __str__(self) -> str:
        return f"cannot save {shown_path(self.filename)}: {self.strerror or 'write failed'}"


def write_target(path: Path) -> Path:
    """Where writing ``path`` really lands: a symlink (dotfile managers) is written through to
    its target, so the link survives; a dangling link creates its target."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def atomic_write(path: Path, data: bytes | Callable[[BinaryIO], object],
                 mode: int | None = None, *, make_folders: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically, through a symlink; raise :class:`WriteError`.

    ``data`` is the bytes, or a function that writes them to the open temporary (large files).
    A temporary in the target's folder is written, flushed and fsynced, then renamed over the
    target, and the folder is fsynced: a kill or a crash at any point leaves the old file or the
    new one, never a mix.  On any failure (a full disk, a read-only folder) the temporary is
    removed and the error names ``path``, the user's file.  The file keeps its permissions and
    owner; a file without any write permission is refused (a rename would bypass that).
    Missing folders on the way are created (briefing's own files), unless ``make_folders`` is
    false (a file the user named: a mistyped folder is an error, as for ``cp`` or ``>``).
    """
    path = Path(path)
    target = write_target(path)
    try:
        if make_folders:
            target.parent.mkdir(parents=True, exist_ok=True)
        owner: tuple[int, int] | None = None
        try:
            st = target.stat()
            _refuse_read_only(st)
            owner = (st.st_uid, st.st_gid)
            if mode is None:
                mode = st.st_mode & 0o7777
        except FileNotFoundError:
            if mode is None:
                mode = 0o666 & ~_umask()  # like any new file, not mkstemp's 0600
        fd, tmp = _temporary(target)
    except OSError as exc:
        raise _error(exc, path) from None
    try:
        _fill(fd, tmp, data, mode)
        if owner is not None and hasattr(os, "geteuid") and owner != (os.geteuid(), os.getegid()):
            with contextlib.suppress(OSError):  # keep the owner when we may (run as root)
                os.chown(tmp, *owner)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise _error(exc, path) from None
        raise
    _fsync_dir(target.parent)


def write_new(path: Path, data: bytes, tries: int = 1000) -> Path:
    """Write ``data`` as a new file: ``path``, or ``<stem>-2<suffix>``, ``-3``… when that name
    is taken; an existing file is never replaced (a user's own ``briefing-memo.md``, the memo
    written a minute ago).  Atomic like :func:`atomic_write` (a temporary, fsynced, then
    hard-linked to the free name, which fails rather than replaces); returns the name used."""
    path = Path(path)
    try:
        fd, tmp = _temporary(path)
    except OSError as exc:
        raise _error(exc, path) from None
    try:
        _fill(fd, tmp, data, 0o666 & ~_umask())
        for n in range(1, tries + 1):
            candidate = path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
            try:
                _publish_new(tmp, candidate)
            except FileExistsError:
                continue
            _fsync_dir(path.parent)
            return candidate
        raise FileExistsError(errno.EEXIST, f"{tries:,} files of that name already exist")
    except OSError as exc:
        raise _error(exc, path) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _temporary(target: Path) -> tuple[int, str]:
    """A new temporary beside ``target``, named so the next start knows whose it is."""
    return tempfile.mkstemp(prefix=f"{TMP_PREFIX}{target.name}.{os.getpid()}.",
                            dir=target.parent)


def _fill(fd: int, tmp: str, data: bytes | Callable[[BinaryIO], object], mode: int) -> None:
    """Write ``data`` (bytes, or a function writing to the file) to the temporary ``fd``,
    flushed and fsynced, and give it ``mode``."""
    with os.fdopen(fd, "wb") as handle:
        if isinstance(data, (bytes, bytearray, memoryview)):
            handle.write(data)
        else:
            data(handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(tmp, mode)


def _publish_new(tmp: str, target: Path) -> None:
    """Give the written temporary the name ``target`` unless it exists (FileExistsError)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        # No hard links here (FAT, some network shares): claim the name, then replace the
        # empty claim, ours, by the whole file.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(tmp, target)


def _refuse_read_only(st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        # Written through a symlink, a rename would replace whatever the link points at: a
        # device (/dev/zero, as root), a FIFO.  Only a regular file is ever replaced.
        raise OSError(errno.EINVAL, "not a regular file (a device, named pipe or "
                                    "folder is never replaced)")
    if not st.st_mode & 0o222:  # made read-only by its owner: a rename would ignore that
        raise PermissionError(errno.EACCES, "the file is read-only (chmod u+w to allow changes)")


def check_writable(path: Path) -> None:
    """Raise :class:`WriteError` now if :func:`atomic_write` would refuse ``path`` because its
    owner made it read-only (before a backup or other work is done for nothing)."""
    try:
        _refuse_read_only(write_target(Path(path)).stat())
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _error(exc, Path(path)) from None


def _umask() -> int:
    """The process umask, read without setting it (``os.umask`` would change it for a moment
    for every thread of the reader)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _error(exc: OSError, path: Path) -> WriteError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        # A file where a folder of the path should be: "File exists" named nothing to fix.
        blocker = _file_in_the_way(Path(path).parent)
        if blocker is not None:
            reason = f"{shown_path(blocker)} is a file, not a folder"
    return WriteError(exc.errno or 0, reason, str(path))


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing ancestor of ``folder`` (itself included), if it is not a folder."""
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            return None if os.path.isdir(candidate) else candidate
    return None


def describe(exc: BaseException, path: Path | str | None = None) -> str:
    """One sentence for the user about a failed write or read, naming their file."""
    if isinstance(exc, WriteError):
        return str(exc)
    if isinstance(exc, OSError):
        where = path if path is not None else exc.filename
        reason = exc.strerror or str(exc) or type(exc).__name__
        return f"cannot save {shown_path(where)}: {reason}" if where else reason
    return str(exc) or type(exc).__name__


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _writer_gone(name: str) -> bool:
    """Whether the process that wrote this temporary has died (so it will never finish)."""
    match = _TMP_PID.search(name)
    if not match:
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, owned by someone else
        return False
    return False


def clean_stale_temporaries(folder: Path, max_age: float = STALE_TMP_SECONDS) -> int:
    """Delete temporaries a killed process left in ``folder`` (its writer is dead, or the file
    is older than ``max_age``); returns how many.  A write in progress is left alone."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(TMP_PREFIX):
            try:
                if not entry.is_file(follow_symlinks=False):
                    continue
                if _writer_gone(entry.name) or now - entry.stat().st_mtime > max_age:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock tied to ``path`` (a ``.lock`` file beside it)."""
    path = write_target(Path(path))
    lock_path = path.with_name(path.name + ".lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError:
        # A read-only or full folder: reading must still work, and a write will fail on its own
        # with a message naming the file, so go on without the lock.
        yield
        return
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextlib.contextmanager
def locked_file(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on an existing regular file itself (no side file), e.g. the
    article whose sidecar is edited: users with different data directories sharing a corpus
    folder then still take turns.  Nothing is locked when the file is not a regular file or
    cannot be opened; the caller's other lock still holds."""
    fd = -1
    for _attempt in range(5):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            break
        try:
            st = os.fstat(fd)
            if fcntl is None or not stat.S_ISREG(st.st_mode):
                break
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.stat(path).st_ino == st.st_ino:  # still the file at that path: locked
                break
        except OSError:
            break
        os.close(fd)  # replaced while we waited: lock the new one
        fd = -1
    try:
        yield
    finally:
        if fd >= 0:
            os.close(fd)  # closing drops the flock


def set_aside(path: Path) -> Path | None:
    """Rename a corrupt file to ``<name>.corrupt-<timestamp>``; returns the new path."""
    path = Path(path)
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
        n += 1
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target
