"""The way back: a jump list like a browser's history (or vim's ctrl+o / ctrl+i).

Every jump -- a search hit, evidence, another document from the list, the palette, the
histories or a bookmark, a section from the contents -- first records where the reader was.
``back`` returns there (again and again, older each time), ``forward`` undoes a ``back``.  A new
jump after going back drops the places ahead, as a browser does.  Pure data, no Textual: the
main screen asks it for places and moves the reader itself.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

MAX_JUMPS = 100  # places kept each way (the oldest are dropped)
NEAR = 200  # characters: places this close in one document count as the same place


class Place(NamedTuple):
    """Where the reader was: a document (by path) and the character offset at the top."""

    path: str
    offset: int

    def near(self, other: Place) -> bool:
        return self.path == other.path and abs(self.offset - other.offset) < NEAR


class JumpList:
    """Places behind and ahead of the reader."""

    def __init__(self, limit: int = MAX_JUMPS) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []
        self._limit = limit

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def record(self, here: Place) -> None:
        """A jump is about to leave ``here``: remember it, forget the places ahead."""
        self._forward.clear()
        if self._back and self._back[-1].near(here):
            self._back[-1] = here
            return
        self._back.append(here)
        del self._back[:-self._limit]

    def back(self, here: Place) -> Place | None:
        """The place before ``here`` (``here`` is kept for :meth:`forward`); None: none."""
        while self._back:
            target = self._back.pop()
            if not target.near(here):
                self._forward.append(here)
                del self._forward[:-self._limit]
                return target
        return None

    def forward(self, here: Place) -> Place | None:
        """The place :meth:`back` left; None when there is none."""
        while self._forward:
            target = self._forward.pop()
            if not target.near(here):
                self._back.append(here)
                return target
        return None

    def forget(self, path: str) -> None:
        """Drop the places in a document that is gone."""
        self._back = [p for p in self._back if p.path != path]
        self._forward = [p for p in self._forward if p.path != path]


def reading_order(hits: list[Any], doc_index: Mapping[str, int]) -> list[Any]:
    """Search hits as one reads them: through a document, then the next, by document order
    (``doc_index``: path -> position); hits in documents not loaded go last.  ``n``/``N``
    walk this order; the search screen lists the hits by rank."""
    return sorted(hits, key=lambda hit: _reading_place(hit, doc_index))


def _reading_place(hit: Any, doc_index: Mapping[str, int]) -> tuple[int, int]:
    """(document position, start) of a hit: the key of :func:`reading_order`."""
    return (doc_index.get(getattr(hit, "path", None) or "", len(doc_index)),
            int(getattr(hit, "start", 0) or 0))


def hit_before(hits: Sequence[Any], doc_index: Mapping[str, int], index: int,
               offset: int) -> int:
    """The position in ``hits`` (in :func:`reading_order`) of the last hit at or before
    ``offset`` of document ``index`` (-1: none): where ``n`` / ``N`` go on from a place."""
    keys = [_reading_place(hit, doc_index) for hit in hits]
    return bisect_right(keys, (index, offset)) - 1
