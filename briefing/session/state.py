"""The reader state as the session uses it: positions, bookmarks, recent corpora (each with
its last document, panel, query and search hits walked), saved safely.

:class:`StateKeeper` wraps :class:`briefing.userdata.state.ReaderState` for the session.  The
file is read and written only in jobs (never on the UI thread's hot path): the screen notes
the current position in memory on every tick of a timer and a save runs only when something
changed (debounced, every :data:`SAVE_INTERVAL` seconds).  A lock guards the in-memory state
because the UI thread adds bookmarks while a worker may be saving; the UI thread takes it only
for in-memory changes (never while scrolling).  A failed save keeps the pending changes (the
state module keeps them) and is retried on the next tick; the user gets one notification per
run of failures.  On quit the last position is saved synchronously.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Problem
    from briefing.userdata.state import Bookmark, HitWalk, ReaderState

SAVE_INTERVAL = 3.0  # seconds between checks for a changed position


class StateKeeper:
    """Thread-safe access to the reader state (load and save from worker threads only)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state: ReaderState | None = None
        self._saved_positions: dict[str, int] = {}  # what the file has (or is about to have)
        self.failing = False  # the last save failed (the UI notifies once per run)

    @property
    def loaded(self) -> bool:
        return self._state is not None

    def load(self) -> list[Problem]:
        """Read the state file (worker thread); the problems (a corrupt file set aside…)."""
        from briefing.userdata.state import ReaderState

        state = ReaderState()
        try:
            state.load()
        except OSError as exc:  # the lock file cannot be created: run without saved state
            from briefing.model import Problem

            state.problems.append(Problem(str(state.path), f"cannot open the reader state: "
                                                            f"{exc.strerror or exc}"))
        with self._lock:
            self._state = state
        return list(state.problems)

    # ------------------------------------------------------------------ queries (UI thread)
    def position(self, sha256: str) -> int | None:
        with self._lock:
            return self._state.position(sha256) if self._state else None

    def bookmarks(self) -> list[Bookmark]:
        with self._lock:
            return self._state.bookmarks() if self._state else []

    # ------------------------------------------------------------------ changes
    def note_position(self, sha256: str, offset: int, path: str) -> bool:
        """Remember a position; True if it differs from what was saved (a save is due)."""
        if not sha256 or self._saved_positions.get(sha256) == offset:
            return False
        with self._lock:
            if self._state is None:
                return False
            self._state.set_position(sha256, offset, path)
            self._saved_positions[sha256] = offset
            return self._state.dirty

    def add_bookmark(self, sha256: str, path: str, offset: int, note: str) -> Bookmark | None:
        with self._lock:
            if self._state is None:
                return None
            return self._state.add_bookmark(sha256, path, offset, note)

    def remove_bookmark(self, bookmark_id: str) -> None:
        with self._lock:
            if self._state is not None:
                self._state.remove_bookmark(bookmark_id)

    def note_opened(self, paths: Sequence[str]) -> None:
        with self._lock:
            if self._state is not None:
                self._state.note_opened([str(p) for p in paths])

    def recent(self) -> list[list[str]]:
        """The corpora opened lately (each a list of paths), newest first."""
        with self._lock:
            return self._state.recent() if self._state else []

    def reading(self, paths: Sequence[str]) -> tuple[str, str] | None:
        with self._lock:
            return self._state.reading([str(p) for p in paths]) if self._state else None

    def note_reading(self, paths: Sequence[str], sha256: str, path: str) -> None:
        with self._lock:
            if self._state is not None and sha256:
                self._state.set_reading([str(p) for p in paths], sha256, path)

    def panel(self, paths: Sequence[str]) -> tuple[str | None, bool | None]:
        with self._lock:
            return self._state.panel([str(p) for p in paths]) if self._state else (None, None)

    def note_panel(self, paths: Sequence[str], page: str | None, is_open: bool | None) -> None:
        with self._lock:
            if self._state is not None:
                self._state.set_panel([str(p) for p in paths], page, is_open)

    def query(self, paths: Sequence[str]) -> str:
        with self._lock:
            return self._state.query([str(p) for p in paths]) if self._state else ""

    def note_query(self, paths: Sequence[str], query: str) -> None:
        with self._lock:
            if self._state is not None:
                self._state.set_query([str(p) for p in paths], query)

    def hits(self, paths: Sequence[str]) -> HitWalk | None:
        """The search whose hits ``n``/``N`` walked in this corpus, saved (or ``None``)."""
        with self._lock:
            return self._state.hits([str(p) for p in paths]) if self._state else None

    def note_hits(self, paths: Sequence[str], walk: HitWalk | None) -> None:
        with self._lock:
            if self._state is not None:
                self._state.set_hits([str(p) for p in paths], walk)

    @property
    def dirty(self) -> bool:
        with self._lock:
            return bool(self._state and self._state.dirty)

    def is_saved(self, bookmark_id: str) -> bool:
        with self._lock:
            return self._state is None or self._state.is_saved(bookmark_id)

    def unsaved_summary(self) -> str:
        with self._lock:
            return self._state.unsaved_summary() if self._state else ""

    def save(self) -> Problem | None:
        """Write pending changes (worker thread, or on quit); a Problem if it failed."""
        with self._lock:
            if self._state is None or not self._state.dirty:
                return None
            problem = self._state.save()
            if problem is not None:
                # The state module collects problems for the start-up list; here they are
                # reported as notifications instead, so keep its list from growing.
                self._state.problems.clear()
            return problem
