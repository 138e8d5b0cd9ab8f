"""Negotiation histories across a corpus: the same talks, followed from article to article.

Each article's extractor output holds negotiation *threads* (``Negotiation``) as of that article's
publication date.  A reader of a folder wants to see how one negotiation moved: threads whose
parties are the same set of actor ids are merged into one :class:`History`, whose steps are
ordered by date, each step citing the document it comes from.

Pure layer: no Textual import; linear in the number of threads, so 20,000 documents are cheap.

Rules:

* The merge key is the *set* of party ids (order and mediators do not matter: "U.S. and Russia"
  and "Russia and the U.S." are the same talks; a mediator joining does not start new talks).
* A thread without parties cannot be matched safely with anything, so it stays a history of its
  own (one step).  Merging by label would join unrelated "cease-fire talks" of different wars.
* A step's date is the document's publication date (the status is "as of" that article); without
  one, the latest dated round of the thread; without either, the step sorts last.
* Dates of mixed precision (``2016``, ``2016-02``, ``2016-02-15``) sort as strings, which puts a
  coarser date before the finer dates inside it.
* Within one document and date, non-primary threads come first, so the primary (current) thread
  is the latest word of that article.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.model import Briefing, Negotiation, Round, Span


@dataclass(frozen=True, slots=True)
class HistoryStep:
    """One thread of one document: where those talks stood according to that article."""

    path: str
    title: str
    published: str | None
    date: str | None
    negotiation_id: str
    label: str
    status: str
    trend: str | None
    primary: bool
    evidence: Span | None = None  # the first status evidence sentence, if any
    rounds: tuple[Round, ...] = ()


@dataclass(frozen=True, slots=True)
class History:
    """All the steps of one negotiation (one set of parties) across the corpus."""

    key: tuple[str, ...]  # sorted party ids; ("?", path, thread id) for a thread without parties
    parties: tuple[str, ...]  # party ids in the order first seen
    names: tuple[str, ...]  # display names of ``parties`` (the actor's name, else the id)
    steps: tuple[HistoryStep, ...]

    @property
    def latest(self) -> HistoryStep:
        return self.steps[-1]

    @property
    def status(self) -> str:
        """The status in the most recent step."""
        return self.latest.status

    @property
    def label(self) -> str:
        return self.latest.label

    @property
    def document_count(self) -> int:
        return len({s.path for s in self.steps})

    @property
    def first_date(self) -> str | None:
        return next((s.date for s in self.steps if s.date), None)

    @property
    def last_date(self) -> str | None:
        return next((s.date for s in reversed(self.steps) if s.date), None)


def _step_date(briefing: Briefing, thread: Negotiation) -> str | None:
    if briefing.document.published:
        return briefing.document.published
    dated = [r.date for r in thread.rounds if r.date]
    return max(dated) if dated else None


def _step_order(step: HistoryStep) -> tuple[int, str, str, int, str]:
    # Undated steps last; then date, document, non-primary before primary, thread id.
    return (step.date is None, step.date or "", step.path, step.primary, step.negotiation_id)


def merge_histories(briefings: Iterable[Briefing]) -> list[History]:
    """Merge the negotiation threads of ``briefings`` into histories, most documented first.

    Histories are ordered by the number of documents they cite (descending), then by their latest
    date (most recent first), then by key, so the order is deterministic.
    """
    steps_by_key: dict[tuple[str, ...], list[HistoryStep]] = {}
    parties_by_key: dict[tuple[str, ...], tuple[str, ...]] = {}
    names: dict[str, str] = {}
    for briefing in briefings:
        if not briefing.negotiations:
            continue
        document = briefing.document
        local_names = {a.id: a.name for a in briefing.actors}
        for thread in briefing.negotiations:
            parties = tuple(dict.fromkeys(p for p in thread.parties if p))
            key = tuple(sorted(parties)) if parties else ("?", document.path, thread.id)
            for party in parties:
                if party not in names and party in local_names:
                    names[party] = local_names[party]
            parties_by_key.setdefault(key, parties)
            steps_by_key.setdefault(key, []).append(HistoryStep(
                path=document.path,
                title=document.display_title,
                published=document.published,
                date=_step_date(briefing, thread),
                negotiation_id=thread.id,
                label=thread.label,
                status=thread.status,
                trend=thread.trend,
                primary=thread.primary,
                evidence=thread.status_evidence[0] if thread.status_evidence else None,
                rounds=thread.rounds,
            ))
    histories = []
    for key, steps in steps_by_key.items():
        steps.sort(key=_step_order)
        parties = parties_by_key[key]
        histories.append(History(
            key=key, parties=parties, names=tuple(names.get(p, p) for p in parties),
            steps=tuple(steps),
        ))
    # Most documented first; then the most recent; the key breaks ties deterministically.
    histories.sort(key=lambda h: h.key)
    histories.sort(key=lambda h: h.last_date or "", reverse=True)
    histories.sort(key=lambda h: h.document_count, reverse=True)
    return histories
