"""Backups of the user's files before briefing edits them, kept in the user data directory.

One pool per folder (``backups/<folder name>-<hash of its path>/``, with a ``FOLDER`` file naming
the folder), so same-named sidecars in different folders never share or prune each other's
backups.  A backup is ``<stem>.<YYYYmmdd-HHMMSS-micro>.<n><suffix>``: unique even for two edits
in the same second, and in time order when sorted.  It is written atomically (a full disk leaves
no truncated backup that looks valid), and the newest :data:`MAX_BACKUPS` of a file are kept;
old ones are found by parsing names, never by a glob (a file named ``*.yaml`` is a name).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
from pathlib import Path

from briefing import paths
from briefing.common.storage import atomic_write, clean_stale_temporaries

MAX_BACKUPS = 20


def pool_for(path: Path) -> Path:
    """The backup folder for the files in ``path``'s folder."""
    folder = os.path.realpath(Path(path).parent)
    digest = hashlib.sha256(os.fsencode(folder)).hexdigest()[:12]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", os.path.basename(folder))[:40].lstrip(".") or "root"
    return paths.data_dir() / "backups" / f"{name}-{digest}"


def _pattern(path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(path.stem)}\.(\d{{8}}-\d{{6}}-\d{{6}})\.(\d+)"
                      rf"{re.escape(path.suffix)}$")


def backups_of(path: Path) -> list[Path]:
    """The backups of ``path``, oldest first."""
    pool = pool_for(path)
    pattern = _pattern(Path(path))
    found: list[tuple[str, int, str]] = []
    try:
        entries = list(os.scandir(pool))
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match:
            found.append((match.group(1), int(match.group(2)), entry.name))
    return [pool / name for _stamp, _n, name in sorted(found)]


def keep_backup(path: Path, data: bytes) -> Path:
    """Save ``data`` (the file's current bytes) as a new backup of ``path``; prune old ones.

    Raises :class:`~briefing.common.storage.WriteError` naming the backup when it cannot be written
    completely; the caller then leaves the file alone."""
    path = Path(path)
    pool = pool_for(path)
    pool.mkdir(parents=True, exist_ok=True)
    clean_stale_temporaries(pool)
    marker = pool / "FOLDER"
    if not marker.exists():
        atomic_write(marker, os.fsencode(os.path.realpath(path.parent)) + b"\n")
    stamp, n = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f"), 0
    olds = backups_of(path)
    if olds:  # the same microsecond, or a clock set back: still after the newest one
        last_stamp, last_n = _key(olds[-1], path)
        if stamp <= last_stamp:
            stamp, n = last_stamp, last_n + 1
    target = pool / f"{path.stem}.{stamp}.{n:03d}{path.suffix}"
    while target.exists():
        n += 1
        target = pool / f"{path.stem}.{stamp}.{n:03d}{path.suffix}"
    atomic_write(target, data)
    for old in [*olds, target][:-MAX_BACKUPS]:
        try:
            old.unlink()
        except OSError:
            continue
    return target


def _key(backup: Path, path: Path) -> tuple[str, int]:
    match = _pattern(path).match(backup.name)
    return (match.group(1), int(match.group(2))) if match else ("", 0)
