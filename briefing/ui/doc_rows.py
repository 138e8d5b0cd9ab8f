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


class DocRows:
    """Rows by document index, the statuses found so far, the last sort chosen."""

    def __init__(self) -> None:
        self._rows: list[DocRow] = []
        self._status: dict[int, str] = {}
        self.sort: tuple[str, bool] = ("", False)
        self._filling = False
        self._dirty: set[int] = set()

    def rows(self, briefings: Sequence[Any]) -> list[DocRow]:
        """A row per briefing (new ones made now; statuses as far as known)."""
        self._refresh(briefings)
        for index in range(len(self._rows), len(briefings)):
            self._rows.append(make_row(index, briefings[index],
                                       self._status.get(index, PENDING)))
        return self._rows[:len(briefings)]

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
