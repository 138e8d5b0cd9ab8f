"""The reader's state: reading positions, bookmarks with notes, recently opened corpora.

Stored as JSON in the user data directory.  Positions are keyed by the document's sha256, so a
moved or renamed file keeps its place.  Changes are kept as pending operations and applied under
a file lock to a fresh read of the file, then written atomically: two running instances never
lose each other's bookmarks, a crash or a full disk leaves the previous file intact, and a
corrupt file is set aside (kept) with a warning while the app starts clean.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.common.fileread import FileMissing, FileProblem, read_bytes
from briefing.common.storage import atomic_write, clean_stale_temporaries, locked, set_aside
from briefing.common.textsafe import display_safe, json_bytes
from briefing.model import Problem
from briefing.userdata.side_pages import SIDE_PAGES

STATE_VERSION = 1
MAX_RECENT = 20
MAX_QUERY = 2000  # characters of a saved search query (the search box keeps as many)
MAX_NOTE = 2000
MAX_STATE_BYTES = 64 << 20


@dataclass(frozen=True, slots=True)
class Bookmark:
    id: str
    sha256: str
    path: str
    offset: int
    note: str = ""
    created: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "path": self.path, "offset": self.offset,
                "note": self.note, "created": self.created}


@dataclass(frozen=True, slots=True)
class HitWalk:
    """The search whose hits ``n``/``N`` walk, and the hit the reader is at: ``query`` (as
    typed) and ``sort`` give the hits again; ``path`` and ``start`` name the current one;
    ``on`` says the view was on it (not moved off by ``ctrl+o``)."""

    query: str
    sort: str = "relevance"
    path: str = ""
    start: int = 0
    on: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query[:MAX_QUERY], "sort": self.sort, "path": self.path,
                "start": self.start, "on": self.on}

    @staticmethod
    def from_dict(data: object) -> HitWalk | None:
        """The walk saved as ``data``; ``None`` when it is not one (a hand edit: ignored)."""
        if not isinstance(data, dict) or not isinstance(data.get("query"), str) or \
                not data["query"].strip():
            return None
        start = data.get("start")
        return HitWalk(data["query"][:MAX_QUERY],
                       "date" if data.get("sort") == "date" else "relevance",
                       data["path"] if isinstance(data.get("path"), str) else "",
                       start if isinstance(start, int) and start >= 0 else 0,
                       data.get("on") is not False)


def default_path() -> Path:
    return paths.data_dir() / "state.json"


def _empty() -> dict[str, Any]:
    return {"version": STATE_VERSION, "positions": {}, "bookmarks": [], "recent": []}


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _bad_panels(state: dict[str, Any]) -> list[str]:
    """Drop a recent corpus's side panel that is not one the reader has (a hand edit, another
    version); what was dropped, in words.  (``{"page": one of SIDE_PAGES, "open": bool}``,
    either key may be missing.)"""
    said: list[str] = []
    for entry in state["recent"]:
        panel = entry.get("panel")
        if panel is None:
            continue
        page = panel.get("page") if isinstance(panel, dict) else None
        opened = panel.get("open") if isinstance(panel, dict) else None
        if not isinstance(panel, dict) or (page is not None and page not in SIDE_PAGES) or \
                (opened is not None and not isinstance(opened, bool)):
            shown = display_safe(json.dumps(panel, ensure_ascii=False), 80)
            said.append(f"the side panel saved for a folder ({shown}) is not one of "
                        f"{', '.join(SIDE_PAGES)} (open: true/false); ignored")
            del entry["panel"]
    return said


def _valid(data: object) -> dict[str, Any] | None:
    """The state if it has the expected shape (bad entries dropped), else None."""
    if not isinstance(data, dict):
        return None
    state = _empty()
    positions = data.get("positions", {})
    if isinstance(positions, dict):
        for sha, entry in positions.items():
            if isinstance(sha, str) and isinstance(entry, dict) and \
                    isinstance(entry.get("offset"), int) and entry["offset"] >= 0:
                state["positions"][sha] = entry
    bookmarks = data.get("bookmarks", [])
    if isinstance(bookmarks, list):
        for entry in bookmarks:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str) and \
                    isinstance(entry.get("sha256"), str) and isinstance(entry.get("offset"), int):
                # Text fields of another type (a hand edit, another version) become empty.
                state["bookmarks"].append({**entry, **{k: "" for k in ("path", "note", "created")
                                                       if not isinstance(entry.get(k, ""), str)}})
    recent = data.get("recent", [])
    if isinstance(recent, list):
        for r in recent:
            if not isinstance(r, dict) or not isinstance(r.get("paths"), list):
                continue
            paths = [p for p in r["paths"] if isinstance(p, str)]  # the reader joins them
            if paths:
                state["recent"].append({**r, "paths": paths})
        state["recent"] = state["recent"][:MAX_RECENT]
    return state


class ReaderState:
    """Load once, change in memory, :meth:`save` often (cheap, safe, merge-on-write)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.problems: list[Problem] = []
        self._data: dict[str, Any] = _empty()
        self._pending: list[Callable[[dict[str, Any]], None]] = []
        self._unsaved_marks: dict[str, Bookmark] = {}  # added since the last successful save

    # ------------------------------------------------------------------ reading
    def _read(self, for_update: bool = False) -> dict[str, Any]:
        """The file's state; a file that cannot be read is reported (and, ``for_update``,
        raised, so that :meth:`save` never replaces what it could not read)."""
        try:  # bounded, non-blocking: a FIFO or a link to /dev/zero is refused at once
            raw = read_bytes(self.path, MAX_STATE_BYTES, "the reader state's size limit")
        except FileMissing:
            return _empty()
        except FileProblem as exc:
            if for_update:
                raise
            self.problems.append(Problem(display_safe(str(self.path), 300),
                                         f"cannot read reader state: {exc}"))
            return _empty()
        line, why = None, ""
        try:
            data = _valid(json.loads(raw.decode("utf-8")))
        except json.JSONDecodeError as exc:  # where, for whoever looks at the kept copy
            data, line, why = None, exc.lineno, f" ({exc.msg.lower()})"
        except (UnicodeDecodeError, RecursionError):
            data = None
        if data is None:
            moved = set_aside(self.path)
            where = f"; kept as {moved.name}" if moved else ""
            self.problems.append(Problem(display_safe(str(self.path), 300),
                                         f"reader state was corrupt{why} and was reset{where}",
                                         line))
            return _empty()
        for said in _bad_panels(data):  # dropped from the file too at the next save
            if not for_update:
                self.problems.append(Problem(display_safe(str(self.path), 300), said))
        return data

    def load(self) -> ReaderState:
        with locked(self.path):
            clean_stale_temporaries(self.path.parent)
            self._data = self._read()
        return self

    # ------------------------------------------------------------------ queries
    def position(self, sha256: str) -> int | None:
        entry = self._data["positions"].get(sha256)
        return entry["offset"] if entry else None

    def bookmarks(self, sha256: str | None = None) -> list[Bookmark]:
        found = []
        for entry in self._data["bookmarks"]:
            if sha256 is None or entry["sha256"] == sha256:
                found.append(Bookmark(entry["id"], entry["sha256"], str(entry.get("path", "")),
                                      entry["offset"], str(entry.get("note", "")),
                                      str(entry.get("created", ""))))
        return sorted(found, key=lambda b: (b.path, b.offset))

    def recent(self) -> list[list[str]]:
        return [list(r["paths"]) for r in self._data["recent"]]

    # ------------------------------------------------------------------ changes
    def _change(self, op: Callable[[dict[str, Any]], None]) -> None:
        op(self._data)
        self._pending.append(op)

    def set_position(self, sha256: str, offset: int, path: str = "") -> None:
        offset = max(0, int(offset))
        if self.position(sha256) == offset:
            return

        def op(data: dict[str, Any]) -> None:
            data["positions"][sha256] = {"offset": offset, "path": path, "updated": _now()}
        self._change(op)

    def add_bookmark(self, sha256: str, path: str, offset: int, note: str = "") -> Bookmark:
        mark = Bookmark(uuid.uuid4().hex[:12], sha256, path, max(0, int(offset)),
                        note[:MAX_NOTE], _now())

        def op(data: dict[str, Any]) -> None:
            data["bookmarks"].append(mark.to_dict())
        self._change(op)
        self._unsaved_marks[mark.id] = mark
        return mark

    def remove_bookmark(self, bookmark_id: str) -> None:
        def op(data: dict[str, Any]) -> None:
            data["bookmarks"] = [b for b in data["bookmarks"] if b.get("id") != bookmark_id]
        self._change(op)
        self._unsaved_marks.pop(bookmark_id, None)

    def note_opened(self, opened: list[str]) -> None:
        entry: dict[str, Any] = {"paths": list(opened), "opened": _now()}

        def op(data: dict[str, Any]) -> None:
            before = [r for r in data["recent"] if r.get("paths") == entry["paths"]]
            rest = [r for r in data["recent"] if r.get("paths") != entry["paths"]]
            # reopening keeps the last document read, the panel's page, the last query and
            # the hits n/N walk
            for kept in ("reading", "panel", "query", "hits"):
                if before and isinstance(before[0].get(kept), dict | str):
                    entry[kept] = before[0][kept]
            data["recent"] = [entry, *rest][:MAX_RECENT]
        self._change(op)

    def _entry(self, opened: list[str]) -> dict[str, Any] | None:
        """The recent-corpus entry of ``opened`` (``None`` when it has none)."""
        return next((e for e in self._data["recent"] if e.get("paths") == list(opened)), None)

    def _set_for(self, opened: list[str], key: str, value: Any) -> None:
        """Set ``key`` of the corpus's recent entry (made, first, when it has none); ``None``
        removes it."""
        def op(data: dict[str, Any]) -> None:
            for entry in data["recent"]:
                if entry.get("paths") == list(opened):
                    if value is None:
                        entry.pop(key, None)
                    else:
                        entry[key] = value
                    return
            if value is not None:
                data["recent"] = [{"paths": list(opened), "opened": _now(), key: value},
                                  *data["recent"]][:MAX_RECENT]
        self._change(op)

    def reading(self, opened: list[str]) -> tuple[str, str] | None:
        """``(sha256, path)`` of the document last read in this corpus, if known."""
        reading = (self._entry(opened) or {}).get("reading")
        if isinstance(reading, dict) and isinstance(reading.get("sha256"), str):
            return reading["sha256"], str(reading.get("path", ""))
        return None

    def set_reading(self, opened: list[str], sha256: str, path: str) -> None:
        """Remember the document being read in this corpus (reopening it opens that one)."""
        if self.reading(opened) != (sha256, path):
            self._set_for(opened, "reading", {"sha256": sha256, "path": path})

    def panel(self, opened: list[str]) -> tuple[str | None, bool | None]:
        """``(page, open)`` of the side panel last shown with this corpus (``None``: not
        known): the page one of :data:`SIDE_PAGES`."""
        panel = (self._entry(opened) or {}).get("panel")
        if isinstance(panel, dict):
            page, is_open = panel.get("page"), panel.get("open")
            return (page if page in SIDE_PAGES else None,
                    is_open if isinstance(is_open, bool) else None)
        return None, None

    def set_panel(self, opened: list[str], page: str | None, is_open: bool | None) -> None:
        """Remember the side panel shown with this corpus (``None``: leave that part as it
        was); reopening the corpus shows it again."""
        old_page, old_open = self.panel(opened)
        page = page if page in SIDE_PAGES else old_page
        is_open = old_open if is_open is None else is_open
        if (page, is_open) != (old_page, old_open):
            self._set_for(opened, "panel", {k: v for k, v in (("page", page), ("open", is_open))
                                            if v is not None})

    def query(self, opened: list[str]) -> str:
        """The last search query typed with this corpus ("" if none)."""
        query = (self._entry(opened) or {}).get("query")
        return query[:MAX_QUERY] if isinstance(query, str) else ""

    def set_query(self, opened: list[str], query: str) -> None:
        """Remember the search query typed with this corpus (``/`` offers it again)."""
        query = query[:MAX_QUERY]
        if self.query(opened) != query:
            self._set_for(opened, "query", query)

    def hits(self, opened: list[str]) -> HitWalk | None:
        """The search whose hits ``n``/``N`` walked when this corpus was last read, if any."""
        return HitWalk.from_dict((self._entry(opened) or {}).get("hits"))

    def set_hits(self, opened: list[str], walk: HitWalk | None) -> None:
        """Remember the hits ``n``/``N`` walk (``None``: none any more, after ``escape``)."""
        if self.hits(opened) != walk:
            self._set_for(opened, "hits", None if walk is None else walk.to_dict())

    # ------------------------------------------------------------------ saving
    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    def unsaved_bookmarks(self) -> list[Bookmark]:
        """Bookmarks added in this run that are not in the file yet (a save failed)."""
        return list(self._unsaved_marks.values())

    def is_saved(self, bookmark_id: str) -> bool:
        return bookmark_id not in self._unsaved_marks

    def unsaved_summary(self) -> str:
        """What a failed save leaves only in memory, in words (for the message on quit)."""
        marks = self.unsaved_bookmarks()
        parts = [f"{len(marks)} new bookmark{'s' if len(marks) != 1 else ''}"] if marks else []
        if self._pending and len(self._pending) > len(marks):
            parts.append("the reading position and recent folders")
        lines = [" and ".join(parts) or "changes"]
        for mark in marks:
            note = f" ({mark.note})" if mark.note else ""
            lines.append(f"  {mark.path} at character {mark.offset}{note}")
        return "\n".join(lines)

    def save(self) -> Problem | None:
        """Apply pending changes to the file's current content; a Problem if it failed."""
        if not self._pending:
            return None
        try:
            with locked(self.path):
                data = self._read(for_update=True)
                for op in self._pending:
                    op(data)
                # json_bytes: a non-UTF-8 file name (a lone surrogate) is written escaped
                atomic_write(self.path, json_bytes(data, indent=1), mode=0o600)
        except OSError as exc:
            reason = str(exc) if isinstance(exc, FileProblem) else exc.strerror or str(exc)
            problem = Problem(display_safe(str(self.path), 300),
                              f"could not save the reader state ({reason}); kept in memory")
            self.problems.append(problem)
            return problem
        self._pending.clear()
        self._unsaved_marks.clear()
        self._data = data
        return None
