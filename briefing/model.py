"""The data model every layer shares: documents, their layout, and what is extracted from them.

All spans are pairs of Python string indices (code points) into ``Document.text``, end-exclusive;
``text[start:end]`` is always the surface string.  Objects are frozen so that the UI and the
search index can share them across threads without copying.  ``to_dict()`` gives the JSON shape of
the ``briefing extract`` contract (see ``schema.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from briefing.quick_init import quick_init

SCHEMA = "briefing/1"

ACTOR_KINDS = (
    "state", "person", "armed_group", "igo", "organization", "government", "armed_forces",
    "population", "state_group", "other",
)
ACTOR_TIERS = ("party", "sub_actor", "mentioned")
NEGOTIATION_STATUSES = (
    "exploratory", "ongoing", "near_agreement", "agreed", "implementing", "stalled", "collapsed",
)
# An actor's or a thread's id as a sidecar's corrections name it (read by the extractor, written
# by the tracker): one pattern, so the app never writes an id its own reader refuses.
CURATION_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$")
ISSUE_STATUSES = ("agreed", "provisionally_agreed", "contested", "open", "objective")
# The end of the message of a problem that leaves a document with no analysis at all (too
# long, the whole extractor failed, or not analysed yet): the panels say why they are empty.
TEXT_ONLY = "showing the text only"
ANALYSIS_PENDING = f"being analysed; {TEXT_ONLY}"


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text; ``text`` is the surface string, kept for convenience."""

    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    sentences: tuple[Sentence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end,
                "sentences": [{"start": s.start, "end": s.end} for s in self.sentences]}


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker's turn in a transcript: from its label ("MS. JEAN-PIERRE:", "Q") to the next.

    ``speaker`` is the label in reading case ("Ms. Jean-Pierre", "The President", "Q");
    ``label_span`` covers the label's words (without the colon) and is ``None`` for the part
    of a turn continuing after a section break.  ``question``: a reporter's or interviewer's
    turn ("Q"), which asks rather than states.
    """

    speaker: str
    start: int
    end: int
    label_span: tuple[int, int] | None = None
    question: bool = False

    @property
    def who(self) -> str:
        """The speaker as a reader names them: "Question" and "Answer" for "Q" and "A"."""
        return {"Q": "Question", "A": "Answer"}.get(self.speaker, self.speaker)

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "start": self.start, "end": self.end,
                "label_start": self.label_span[0] if self.label_span else None,
                "label_end": self.label_span[1] if self.label_span else None,
                "question": self.question}


@dataclass(frozen=True, slots=True)
class Section:
    """A heading (``None`` for the lede section) and the paragraphs under it.

    ``start`` is the heading's start (or the first paragraph's for the lede), ``end`` the last
    paragraph's end.  In a transcript, ``turns`` are its speakers' turns; a transcript without
    headings is divided by topic (each new question, or each principal speaker before the
    questions), and ``label`` names such a section for the contents ("Q: is it your view…")
    -- it is not text of the document, so it is never shown as a heading.
    """

    heading: str | None
    heading_span: tuple[int, int] | None
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...] = ()
    level: int = 1
    turns: tuple[Turn, ...] = ()
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "heading_start": self.heading_span[0] if self.heading_span else None,
            "heading_end": self.heading_span[1] if self.heading_span else None,
            "start": self.start,
            "end": self.end,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "label": self.label,
            "turns": [t.to_dict() for t in self.turns],
        }


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire story's dateline ("PRETORIA, March 24 -", "WASHINGTON (Reuters) -").

    ``place`` in reading case ("Pretoria"); ``date`` as ``YYYY-MM-DD`` when the year is known
    (from the dateline or the publication date), else ``None`` with the words kept in ``text``.
    """

    start: int
    end: int
    text: str
    place: str | None = None
    date: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "place": self.place,
                "date": self.date, "agency": self.agency}


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the user's data, reported instead of raised."""

    path: str
    message: str
    line: int | None = None
    severity: str = "warning"  # "warning": loaded anyway; "error": skipped

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "severity": self.severity,
                "message": self.message}


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read: cleaned text (same length as decoded), metadata and layout."""

    path: str
    sha256: str
    text: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    sections: tuple[Section, ...] = ()
    encoding: str = "utf-8"
    curation: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    sidecar_path: str | None = None
    dateline: Dateline | None = None

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def turns(self) -> tuple[Turn, ...]:
        """A transcript's speaker turns in text order (none for other documents)."""
        return tuple(t for s in self.sections for t in s.turns)

    def turn_at(self, offset: int) -> Turn | None:
        """The turn containing ``offset`` (``None`` outside turns)."""
        return next((t for t in self.turns if t.start <= offset < t.end), None)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def display_title(self) -> str:
        """The title, else the file name: never empty."""
        if self.title:
            return self.title
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return name or "(untitled)"

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    role: str = "actor"  # actor | location | possessor | modifier | heading
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "role": self.role}


@quick_init
@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str
    tier: str = "mentioned"
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    affiliation: str | None = None
    title: str | None = None
    mentions: tuple[Mention, ...] = ()
    references: tuple[Mention, ...] = ()  # descriptions and pronouns: never in ``mentions``
    former_names: tuple[str, ...] = ()
    origin: str = "extracted"  # extracted | kb | user
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "tier": self.tier,
            "aliases": list(self.aliases), "part_of": self.part_of,
            "affiliation": self.affiliation, "title": self.title,
            "mentions": [m.to_dict() for m in self.mentions],
            "references": [m.to_dict() for m in self.references],
            "former_names": list(self.former_names), "origin": self.origin,
        }


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None = None
    date: str | None = None
    kind: str = "direct"  # direct | continuation | mixed
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "speaker": self.speaker, "date": self.date, "kind": self.kind,
                "cue": self.cue.to_dict() if self.cue else None}


@quick_init
@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY, None when unresolved
    precision: str | None = None  # day | month | year
    resolved: bool = True
    note: str = ""
    kind: str = "date"  # date | duration (a length of time, never a timeline event)
    tolerance_days: int = 0  # how approximate a day value is ("a week ago": 3)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "precision": self.precision, "resolved": self.resolved, "note": self.note,
                "kind": self.kind, "tolerance_days": self.tolerance_days}


# Topics finer than the exchange format's fixed keys (``briefing-gold/1``: ceasefire, ...,
# trade, territorial_control, normalisation, other) are exported under the key they belong to.
ISSUE_FAMILY: dict[str, str] = {
    "quotas": "trade", "subsidies": "trade", "tariffs": "trade", "energy": "trade",
    "sanctions_relief": "sanctions", "accession": "other", "merger": "other", "debt": "other",
    "wages": "other", "working_hours": "other", "migration": "other", "de_escalation": "other",
    # the files of debt, labour, takeover, commodity and budget negotiations
    "interest": "other", "rescheduling": "other", "new_money": "other", "arrears": "other",
    "cost_of_living": "other", "benefits": "other", "contract": "other", "jobs": "other",
    "work_rules": "other", "offer_price": "other", "stake": "other", "governance": "other",
    "prices": "other", "buffer_stock": "other", "taxes": "other", "spending": "other",
    "quota_shares": "other", "output": "other", "settlement": "other", "budget": "other", "payment": "other", "punitive_tariffs": "sanctions",
}


@quick_init
@dataclass(frozen=True, slots=True)
class Issue:
    key: str
    label: str
    status: str
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": ISSUE_FAMILY.get(self.key, self.key), "label": self.label,
                               "status": self.status,
                               "evidence": [e.to_dict() for e in self.evidence]}
        if out["key"] != self.key:
            out["topic"] = self.key  # the finer topic, for readers that want it
        return out


@quick_init
@dataclass(frozen=True, slots=True)
class Round:
    place: str | None
    date: str | None
    outcome: str | None
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": self.date, "outcome": self.outcome,
                "evidence": [e.to_dict() for e in self.evidence]}


@quick_init
@dataclass(frozen=True, slots=True)
class Negotiation:
    id: str
    label: str
    primary: bool
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    status: str = "ongoing"
    status_evidence: tuple[Span, ...] = ()
    trend: str | None = None
    issues: tuple[Issue, ...] = ()
    rounds: tuple[Round, ...] = ()
    open_questions: tuple[Span, ...] = ()
    origin: str = "extracted"
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "primary": self.primary,
            "parties": list(self.parties), "mediators": list(self.mediators),
            "status": {"label": self.status,
                       "evidence": [e.to_dict() for e in self.status_evidence],
                       "trend": self.trend},
            "issues": [i.to_dict() for i in self.issues],
            "rounds": [r.to_dict() for r in self.rounds],
            "open_questions": [q.to_dict() for q in self.open_questions],
            "origin": self.origin, "note": self.note,
        }


@quick_init
@dataclass(frozen=True, slots=True)
class TimelineEvent:
    date: str
    label: str
    evidence: Span
    precision: str = "day"
    tolerance_days: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "precision": self.precision, "label": self.label,
                "tolerance_days": self.tolerance_days, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything extracted from one document."""

    document: Document
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    negotiations: tuple[Negotiation, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    problems: tuple[Problem, ...] = ()

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def failed(self, stage: str) -> bool:
        """Whether the extraction pass ``stage`` ("actors", "quotes", "negotiations"…) failed
        for this document, or the whole analysis did: its output is missing, not empty (the
        problems say so in the pipeline's words, ``"<stage>: extraction failed (…)"``)."""
        return any(p.message.startswith((f"{stage}: extraction failed", "extraction failed"))
                   for p in self.problems)

    def unanalysed(self) -> str | None:
        """Why this document has no analysis at all (``ANALYSIS_PENDING`` while it is being
        analysed, the limit it exceeds, the extractor's failure), or ``None``: an empty
        panel then means the text has nothing of the kind, not that it was not read."""
        return next((p.message for p in self.problems if p.message.endswith(TEXT_ONLY)), None)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "path": d.path, "sha256": d.sha256, "title": d.title, "published": d.published,
            "source": d.source, "url": d.url, "encoding": d.encoding,
            "dateline": d.dateline.to_dict() if d.dateline else None,
            "words": d.word_count,
            "sections": [s.to_dict() for s in d.sections],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "negotiations": [n.to_dict() for n in self.negotiations],
            "timeline": [t.to_dict() for t in self.timeline],
            "times": [t.to_dict() for t in self.times],
            "problems": [p.to_dict() for p in self.problems],
        }
