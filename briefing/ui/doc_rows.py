"""The document table's rows for the main screen, kept between openings of the table.

Kept apart from the table's screen (:mod:`briefing.ui.documents`) so that start-up does not
import it: the main screen makes rows as documents load, the table only when ``d`` is pressed.

Rows are made from the documents' own fields as documents load (cheap: no analysis decoded).
The status column needs each document's analysis, so a thread worker reads it (decoding each
briefing transiently, as the corpus panels do) and hands the statuses to the open table.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from briefing.ui.text import line_text

if TYPE_CHECKING:
    from textual.widget import Widget

    from briefing.ui.documents import DocumentsScreen


YIELD_EVERY = 50  # documents decoded between two short sleeps of the status worker (~14 ms)
YIELD_SECONDS = 0.010  # ...so the screen holds the interpreter lock ~40% of the time meanwhile
START_DELAY = 0.3  # seconds after the table opens: its first frames come first

PENDING = "…"  # the status column before the worker has read the analyses


class DocRow(NamedTuple):
    """One document as the table shows it."""

    doc: int  # index into the screen's briefings
    date: str
    source: str
    title: str
    status: str
    also: tuple[str, ...] = ()  # the paths of identical documents (same bytes), not listed
    twins: tuple[int, ...] = ()  # ...and their indices

    def haystack(self) -> str:
        also = "\n".join(self.also)
        return f"{self.title}\n{self.source}\n{self.date}\n{self.status}\n{also}".casefold()

    def shown_title(self) -> str:
        """The title, marked when identical documents are listed under it."""
        return f"{self.title}  (+{len(self.also)} identical)" if self.also else self.title


def _clean(value: object) -> str:
    """A field as one safe line (printable strings, most of them, pass as they are)."""
    text = value if isinstance(value, str) else ""
    return text if text.isprintable() else line_text(text)


def make_row(index: int, briefing: object, status: str = PENDING) -> DocRow:
    """A row from a briefing's document fields (no analysis is decoded here)."""
    document = getattr(briefing, "document", None)
    return DocRow(index, _clean(getattr(document, "published", None))[:10],
                  _clean(getattr(document, "source", None)),
                  _clean(getattr(document, "display_title", "")), status)


def primary_status(briefing: object) -> str:
    """The status of the document's primary negotiation ("" when it has none)."""
    negotiations = getattr(briefing, "negotiations", ()) or ()
    primary = next((n for n in negotiations if getattr(n, "primary", False)), None)
    return str(getattr(primary, "status", "") or "").replace("_", " ")


class Haystack(list[str]):
    """The rows' searchable text (``DocRow.haystack``), with the index of their words that the
    typo-forgiving filter needs, built once on first use rather than per key."""

    _words: dict[str, list[int]] | None = None

    def words(self) -> dict[str, list[int]]:
        """Each distinct word -> the positions of the rows that hold it."""
        if self._words is None:
            index: dict[str, list[int]] = {}
            for i, text in enumerate(self):
                for token in set(_TOKEN.findall(text)):
                    index.setdefault(token, []).append(i)
            self._words = index
        return self._words


def filter_rows(rows: Sequence[DocRow], hay: Sequence[str], query: str) -> list[int]:
    """Positions of the rows having every word of ``query`` in a column (case aside); when
    none has them all, the rows where each word is in a column or one typo from a word of one
    (two typos from 8 letters), as search forgives them (qa9: "kery" found none of 27).

    The typo pass compares each query word with the distinct words of the rows (one C-level
    scan of the vocabulary), not with every word of every row: ~150 ms a key on 21,901 titles
    became a few ms."""
    words = query.casefold().split()
    found: Sequence[int] = range(len(rows))
    for word in words:
        found = [i for i in found if word in hay[i]]
    if found or not words:
        return list(found)
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    vocabulary = (hay if isinstance(hay, Haystack) else Haystack(hay)).words()
    tokens = list(vocabulary)
    keep: set[int] | None = None
    for word in words:
        near = {i for i, text in enumerate(hay) if word in text}
        if len(word) >= 4:
            limit = 2 if len(word) >= 8 else 1
            for token, _score, _pos in process.extract(word, tokens, scorer=OSA.distance,
                                                       score_cutoff=limit, limit=None):
                near.update(vocabulary[token])
        keep = near if keep is None else keep & near
        if not keep:
            return []
    return sorted(keep or ())


_TOKEN = re.compile(r"\w+")


def sort_rows(rows: Sequence[DocRow], view: list[int], column: str, reverse: bool) -> list[int]:
    """``view`` sorted by ``column``; empty values (and pending statuses) always last."""
    def key(i: int) -> tuple[bool, str, int]:
        value = getattr(rows[i], column)
        empty = not value or value == PENDING
        return (empty != reverse, value.casefold(), i)

    return sorted(view, key=key, reverse=reverse)


def once(rows: Sequence[DocRow], briefings: Sequence[Any]) -> list[DocRow]:
    """``rows`` (row ``i`` for ``briefings[i]``) with each set of identical documents (same
    SHA-256) as its first row, whose ``also``/``twins`` name the others."""
    first: dict[str, int] = {}
    copies: dict[int, list[int]] = {}
    for row in rows:
        document = getattr(briefings[row.doc], "document", None)
        sha = getattr(document, "sha256", "") or ""
        if not sha:
            continue
        if sha in first:
            copies.setdefault(first[sha], []).append(row.doc)
        else:
            first[sha] = row.doc
    if not copies:
        return list(rows)
    hidden = {i for twins in copies.values() for i in twins}
    return [row._replace(also=tuple(_path(briefings[i]) for i in copies[row.doc]),
                         twins=tuple(copies[row.doc])) if row.doc in copies else row
            for row in rows if row.doc not in hidden]


def _path(briefing: Any) -> str:
    return str(getattr(getattr(briefing, "document", None), "path", "") or "")


class DocRows:
    """Rows by document index, the statuses found so far, the last sort chosen."""

    def __init__(self) -> None:
        self._rows: list[DocRow] = []
        self._status: dict[int, str] = {}
        self.sort: tuple[str, bool] = ("", False)
        self._filling = False
        self._dirty: set[int] = set()

    def rows(self, briefings: Sequence[Any]) -> list[DocRow]:
        """A row per document (new ones made now; statuses as far as known); identical
        documents (the same bytes under other paths) once, the first met, naming the others."""
        self._refresh(briefings)
        for index in range(len(self._rows), len(briefings)):
            self._rows.append(make_row(index, briefings[index],
                                       self._status.get(index, PENDING)))
        return once(self._rows[:len(briefings)], briefings)

    def forget(self, index: int) -> None:
        """Document ``index`` changed (analysed, curated): its row is made again."""
        self._status.pop(index, None)
        self._dirty.add(index)

    def _refresh(self, briefings: Sequence[Any]) -> None:
        for index in sorted(self._dirty):
            if index < len(self._rows) and index < len(briefings):
                self._rows[index] = make_row(index, briefings[index],
                                             self._status.get(index, PENDING))
        self._dirty.clear()

    def fill_statuses(self, owner: Widget, briefings: Sequence[Any],
                      screen: DocumentsScreen) -> None:
        """Read the missing statuses in a worker; the open table gets them when done."""
        missing = [i for i in range(len(briefings)) if i not in self._status]
        if not missing or self._filling:
            return
        self._filling = True
        snapshot = list(briefings)

        def work() -> None:
            from briefing.analysis.lazy import transient

            found: dict[int, str] = {}
            with transient():  # each analysis decoded, read and dropped: memory stays flat
                for n, i in enumerate(missing, 1):
                    try:
                        found[i] = primary_status(snapshot[i])
                    except Exception:  # noqa: BLE001 - a broken entry shows no status
                        found[i] = ""
                    if n % YIELD_EVERY == 0:
                        # Pure-Python decoding holds the interpreter lock; a short sleep lets
                        # the screen take it, so typing in the table stays quick meanwhile.
                        time.sleep(YIELD_SECONDS)
            owner.app.call_from_thread(self._filled, found, screen)

        # After the table's first frames: the rows are on screen before the worker starts.
        owner.set_timer(START_DELAY, lambda: owner.run_worker(
            work, thread=True, group="doc-status", exit_on_error=False,
            description="document statuses"))

    def _filled(self, found: dict[int, str], screen: DocumentsScreen) -> None:
        self._filling = False
        self._status.update(found)
        self._rows = [r._replace(status=self._status.get(r.doc, r.status))
                      for r in self._rows]
        if screen.is_attached:
            screen.set_statuses(found)
