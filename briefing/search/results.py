"""What a search returns: hits (paragraphs with highlight spans) and candidate actors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KIND_PARAGRAPH = 0
KIND_HEADING = 1
KIND_TITLE = 2
KIND_NAMES = ("paragraph", "heading", "title")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching paragraph (or heading, or title line).

    ``start``/``end`` are the paragraph's offsets and ``spans`` the matched words' offsets, all in
    the document text (``Document.text``).  ``snippet`` is ``text[snippet_start:...]`` with line
    breaks shown as spaces, so a span ``(s, e)`` inside it is ``snippet[s - snippet_start:
    e - snippet_start]``.
    """

    doc_index: int
    path: str
    title: str
    section: str | None
    start: int
    end: int
    score: float
    snippet: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    snippet_start: int = 0
    kind: str = "paragraph"
    date: str | None = None  # the document's publication date
    source: str | None = None  # the document's source ("Reuters", "The White House")
    also: tuple[str, ...] = ()  # other paths of the same document (identical bytes)

    def snippet_spans(self) -> list[tuple[int, int]]:
        """The spans that fall inside the snippet, relative to it."""
        lo, hi = self.snippet_start, self.snippet_start + len(self.snippet)
        return [(max(s, lo) - lo, min(e, hi) - lo) for s, e in self.spans if e > lo and s < hi]

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "title": self.title, "section": self.section,
                "start": self.start, "end": self.end, "score": round(self.score, 2),
                "snippet": self.snippet, "spans": [[s, e] for s, e in self.spans],
                "date": self.date, "source": self.source, "also": list(self.also)}


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """An actor that the name in an actor query may mean."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]
    matched: str  # the name, alias or former name that matched
    score: float
    paragraphs: int  # how many indexed units mention it

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "aliases": list(self.aliases), "former_names": list(self.former_names),
                "paragraphs": self.paragraphs}


@dataclass
class SearchResult:
    query: str
    hits: list[SearchHit] = field(default_factory=list)
    actors: list[ActorMatch] = field(default_factory=list)
    total: int = 0  # matching units (hits is the best ``limit`` of them)
    mode: str = "text"  # text | actor
    relaxed: bool = False  # not every word matched: the best partial matches are shown
    complete: int = 0  # when relaxed: how many of the ``total`` have every word
    near: bool = False  # no exact phrase: its inflections, or its words apart, are shown
    notes: list[str] = field(default_factory=list)  # filters not understood (and ignored)
