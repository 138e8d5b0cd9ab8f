"""The compiled knowledge base in the user cache directory (``kb-<digest>.marshal``).

Keyed by :func:`briefing.common.freshness.quick_fingerprint` of the data files and the
compiler's version; a stale or unreadable cache is rebuilt, never trusted.  A fresh process
loads the cached KB in a few milliseconds.
"""

from __future__ import annotations

import contextlib
import marshal
import os
from pathlib import Path
from typing import Any

from briefing.common.freshness import quick_fingerprint
from briefing.paths import cache_dir
from briefing.versions import COMPILER_VERSION


def data_digest(files: list[tuple[str, bytes]]) -> str:
    """The cache key of the data files (name, bytes)."""
    return quick_fingerprint(COMPILER_VERSION, files)


def read_files(data_dir: str) -> list[tuple[str, bytes]]:
    """Every ``*.yaml`` data file of ``data_dir``, by name, as bytes (unreadable ones skipped)."""
    out: list[tuple[str, bytes]] = []
    try:
        names = sorted(n for n in os.listdir(data_dir) if n.endswith(".yaml"))
    except OSError:
        return out
    from briefing.common.fileread import read_bytes

    for name in names:
        try:  # bounded and non-blocking, like every file briefing reads
            out.append((name, read_bytes(os.path.join(data_dir, name), 256 << 20)))
        except OSError:
            continue
    return out


def cache_path(digest: str) -> str | None:
    """Where the KB compiled from data of this digest is cached (``None``: nowhere)."""
    try:
        return os.path.join(str(cache_dir()), f"kb-{digest}.marshal")
    except Exception:  # noqa: BLE001 - no cache directory is never fatal
        return None


def read_cache(path: str, digest: str) -> dict[str, Any] | None:
    """The compiled KB at ``path`` if it is intact and made from data of ``digest``."""
    try:
        from briefing.common.fileread import read_bytes

        data = marshal.loads(read_bytes(path, 1 << 30))  # bounded: never a FIFO or /dev/zero
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("digest") != digest \
            or data.get("version") != COMPILER_VERSION:
        return None
    return data


def write_cache(path: str, data: dict[str, Any]) -> None:
    """Write atomically (:func:`briefing.common.storage.atomic_write`); failures are ignored."""
    from briefing.common.storage import atomic_write

    folder = os.path.dirname(path)
    try:
        atomic_write(Path(path), marshal.dumps(data))
    except (OSError, ValueError):
        return
    # compiled caches of older data are of no further use
    with contextlib.suppress(OSError):
        for name in os.listdir(folder):
            if name.startswith("kb-") and name.endswith(".marshal") \
                    and name != os.path.basename(path):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))
