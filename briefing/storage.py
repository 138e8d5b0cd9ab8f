"""Writing files so that nothing is ever lost: atomic replace, fsync, a lock, corrupt files kept.

* :func:`atomic_write` writes a temporary file in the same folder, fsyncs it, ``os.replace``\\ s it
  over the target and fsyncs the folder: a crash or a full disk leaves the old file intact.
* :func:`locked` is an exclusive ``flock`` on a side file, so two running instances never lose
  each other's read-modify-write updates; the kernel drops it when a process dies.
* :func:`set_aside` moves a corrupt file out of the way (kept as evidence) so the app starts clean.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, atomic writes still hold
    fcntl = None  # type: ignore[assignment]

TMP_PREFIX = ".briefing-tmp-"
STALE_TMP_SECONDS = 3600


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Replace ``path`` with ``data`` atomically (raises OSError; the old file then survives)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


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


def clean_stale_temporaries(folder: Path, max_age: float = STALE_TMP_SECONDS) -> int:
    """Delete temporary files left by a crash in the middle of a write; returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if entry.name.startswith(TMP_PREFIX):
            try:
                if now - entry.stat().st_mtime > max_age:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock tied to ``path`` (a ``.lock`` file beside it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        if fcntl is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


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
