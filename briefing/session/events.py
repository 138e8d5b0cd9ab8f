"""What a :class:`~briefing.session.Session` reports: one frozen dataclass per kind of change.

Events are published from worker threads (loading, counting, indexing, saving, curation) to the
session's subscribers, which hand them to the thread that owns the session (the screen posts
them as Textual messages).  That thread folds each one into the session with
:meth:`Session.apply`, then updates its view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from briefing.model import Briefing, Problem
    from briefing.search import SearchIndex


@dataclass(frozen=True)
class BriefingsLoaded:
    """A batch of documents read (and analysed, or shown as text first); ``seen`` counts the
    files read so far, ``done`` says the loading has finished."""

    briefings: list[Briefing]
    problems: list[Problem]
    seen: int
    done: bool = False


@dataclass(frozen=True)
class DocumentAnalysed:
    """The analysis of document ``index``, which was first shown as text only."""

    index: int
    briefing: Briefing
    problems: list[Problem]


@dataclass(frozen=True)
class IndexReady:
    """A search index: ``generation`` 0 is the saved (warm) one, others are builds numbered in
    order; ``covered`` is how many documents a partial index holds (``None``: all of them)."""

    index: SearchIndex | None
    generation: int = 0
    covered: int | None = None


@dataclass(frozen=True)
class IndexCurated:
    """The index with one document's curated actors, replacing ``before`` if still current."""

    before: SearchIndex | None
    after: SearchIndex


@dataclass(frozen=True)
class ProblemsFound:
    """Problems met outside the loading (building the search index)."""

    problems: list[Problem]


@dataclass(frozen=True)
class FilesCounted:
    """How many files the corpus has (for the loading progress)."""

    total: int


@dataclass(frozen=True)
class StateLoaded:
    """The reader state (positions, bookmarks, recent corpora) was read; its problems."""

    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class StateSaved:
    """A background save of the reader state finished (``problem`` is None on success)."""

    problem: Problem | None


@dataclass(frozen=True)
class Curated:
    """A sidecar edit was written and its document analysed again, or ``error`` says why not."""

    path: str
    briefing: Briefing | None
    problems: list[Problem]
    error: str | None = None
    what: str = ""
    warning: str = ""  # said beside ``what`` (comments of the user's that went)
    gone: bool = False  # the file is no longer on disk (deleted or moved away)


SessionEvent: TypeAlias = (BriefingsLoaded | DocumentAnalysed | IndexReady | IndexCurated
                           | ProblemsFound | FilesCounted | StateLoaded | StateSaved | Curated)


@dataclass(frozen=True)
class Notice:
    """Something to tell the user (``severity`` as Textual's ``notify`` takes it)."""

    text: str
    severity: Literal["information", "warning", "error"] = "information"


@dataclass
class Applied:
    """What :meth:`Session.apply` changed, for the view."""

    first: int = 0  # BriefingsLoaded: the position of the first new briefing
    position: int | None = None  # DocumentAnalysed, Curated: the briefing replaced
    replaced: Briefing | None = None  # ...and what it was
    index_changed: bool = False  # IndexReady, IndexCurated: a new current index
    notices: list[Notice] = field(default_factory=list)
