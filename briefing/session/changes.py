"""A document changed on disk while the reader is open: read it again.

The reader checks the document it shows (when it is opened, and every few seconds while it
is read): if the file or its sidecar was modified after it was read (:class:`ChangeWatch`)
-- the article edited in another window, the sidecar's title fixed by hand -- :func:`reload_changed` reads and
analyses it again and publishes it as a :class:`~briefing.session.events.Curated` event
("reloaded"), which the session folds in like a curation (the index follows).  A file that
can no longer be read is said once; what was shown stays.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.session.events import Curated, SessionEvent

if TYPE_CHECKING:
    from briefing.corpus.limits import Limits

RELOADED = "reloaded: the file changed on disk"


def gone_notice(path: str) -> str:
    """What the reader says of a document whose file went while it was open."""
    from briefing.common.textsafe import display_safe

    return (f"{display_safe(os.path.basename(path), 120)} is no longer on disk (deleted or "
            "moved away): the text shown is the one read before")


Signature = tuple[tuple[int, int, int] | None, ...]


def signature(path: str) -> Signature:
    """What says a file changed: (mtime, size, inode) of ``path`` and of its sidecar (``None``
    for one that is missing): an edit, a replacement by rename, ``rsync -t`` keeping an old
    mtime, a sidecar added or removed."""
    from briefing.corpus.files import sidecar_for

    def stamp(name: str | None) -> tuple[int, int, int] | None:
        if name is None:
            return None
        try:
            st = os.stat(name)
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    return (stamp(path), stamp(sidecar_for(path)))


class ChangeWatch:
    """The signatures of the documents checked so far (thread-safe: checks run as jobs).

    The first check of a document compares its modification times with the start of the
    loading that read it; later checks compare signatures."""

    def __init__(self, loaded_at_ns: int) -> None:
        self.loaded_at_ns = loaded_at_ns
        self._seen: dict[str, Signature] = {}
        self._busy: set[str] = set()
        self._lock = threading.Lock()

    def claim(self, path: str) -> bool:
        """Whether a check of ``path`` may start (none is running)."""
        with self._lock:
            if path in self._busy:
                return False
            self._busy.add(path)
            return True

    def release(self, path: str) -> None:
        """Let checks of ``path`` run again (after :meth:`claim` without :meth:`changed`)."""
        with self._lock:
            self._busy.discard(path)

    def seen_now(self, path: str) -> None:
        """``path`` was just written by briefing itself (a curation of its sidecar): not a
        change to read again."""
        now = signature(path)
        with self._lock:
            self._seen[path] = now

    def changed(self, path: str) -> frozenset[str]:
        """Check ``path`` (claimed) now, its new signature kept: what changed, of ``"file"``
        and ``"sidecar"`` (empty: nothing)."""
        try:
            now = signature(path)
        finally:  # whatever happens, the next check of this file may run
            with self._lock:
                self._busy.discard(path)
        with self._lock:
            before = self._seen.get(path)
            self._seen[path] = now
        parts = ("file", "sidecar")
        if before is None:
            return frozenset(part for part, stamp in zip(parts, now, strict=True)
                             if stamp is not None and stamp[0] > self.loaded_at_ns
                             or part == "file" and stamp is None)
        return frozenset(part for part, a, b in zip(parts, now, before, strict=True) if a != b)


def reload_changed(path: str, limits: Limits, publish: Callable[[SessionEvent], None],
                   same_unless: str | None = None) -> None:
    """Read and analyse ``path`` again, published as a :class:`Curated` event; not when its
    text's SHA-256 is still ``same_unless`` (a file only touched, its sidecar unchanged: the
    analysis of a long document is not redone for nothing)."""
    from briefing.analysis.document import reported
    from briefing.analysis.runner import safe_analyse
    from briefing.common.textsafe import display_safe
    from briefing.corpus import load_document

    document, problems = load_document(path, limits)
    if document is None and not os.path.lexists(path):
        # Deleted or moved away: said as such (not "could not be read again (cannot open:
        # No such file…; skipped)"), and the reader keeps saying it while it is shown.
        publish(Curated(path, None, [], gone_notice(path), gone=True))
        return
    if document is None:
        why = f" ({problems[0].message})" if problems else ""
        publish(Curated(path, None, problems,
                        f"{display_safe(os.path.basename(path), 120)} changed on disk and "
                        f"could not be read again{why}; the text shown is the old one"))
        return
    if document.sha256 == same_unless:
        return
    briefing, more = safe_analyse(document, limits)
    publish(Curated(path, briefing, problems + reported(briefing, more), what=RELOADED))
