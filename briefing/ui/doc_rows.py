"""The document table's rows for the main screen, kept between openings of the table.

Rows are made from the documents' own fields as documents load (cheap: no analysis decoded).
The status column needs each document's analysis, so a thread worker reads it (decoding each
briefing transiently, as the corpus panels do) and hands the statuses to the open table.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from briefing.ui.documents import PENDING, DocRow, make_row, primary_status

if TYPE_CHECKING:
    from textual.widget import Widget

    from briefing.ui.documents import DocumentsScreen


YIELD_EVERY = 50  # documents decoded between two short sleeps of the status worker (~14 ms)
YIELD_SECONDS = 0.010  # ...so the screen holds the interpreter lock ~40% of the time meanwhile
START_DELAY = 0.3  # seconds after the table opens: its first frames come first


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
