"""The extraction pipeline: each stage reads the document and what earlier stages found.

Stages (each in its own module, each pure and testable alone):

1. ``actors.finder.find_actors`` – parties, people, groups, with name mentions (knowledge base),
   ``actors.unknown_people.discover_people`` – people the knowledge base does not know, and
   ``quotes.discover.unnamed_speakers`` – the people quoted whom both missed (the two
   finders of unknown people build them with one routine, ``actors.new_people``)
2. ``curation.apply_actor_curation`` – the user's sidecar corrections to actors
3. ``time.timex.find_times`` – time expressions resolved against ``published``
4. ``quotes.finder.find_quotes`` – direct, continuation and mixed quotes with speakers
5. ``negotiations.tracker.find_negotiations`` – threads, status, agenda, rounds, and the
   timeline (``time.timeline.build_timeline``); then
   ``thread_curation.apply_negotiation_curation`` – the sidecar's corrections to the threads
6. ``actors.roles.revise_tiers`` – parties by role: who sits at the primary table stays a party
7. ``actors.labels.label_mentions_to_references`` – a transcript's speaker labels are layout,
   not name mentions

Fault isolation: a stage that raises loses only its own output (later stages see it as empty;
a failed role pass leaves the tiers as found) and becomes a :class:`~briefing.model.Problem`
naming the file and the stage -- never a traceback, never the loss of the document's other
panels.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import TypeVar

from briefing.extract import curation, thread_curation
from briefing.extract.actors import finder as actors
from briefing.extract.actors import labels as actor_labels
from briefing.extract.actors import reporting, side_officials, unions, unknown_people
from briefing.extract.actors import roles as actor_roles
from briefing.extract.negotiations import sides as neg_sides
from briefing.extract.negotiations import tracker as negotiations
from briefing.extract.quotes import discover as speakers
from briefing.extract.quotes import finder as quotes
from briefing.extract.time import timex
from briefing.knowledge import KnowledgeBase, default_kb
from briefing.model import (
    Actor,
    Briefing,
    Document,
    Negotiation,
    Problem,
    Quote,
    TimeExpression,
    TimelineEvent,
)
from briefing.versions import EXTRACTOR_VERSION  # bump it there: cached analyses are keyed by it

__all__ = ["EXTRACTOR_VERSION", "analyse", "analyse_reporting"]

log = logging.getLogger("briefing.extract")

T = TypeVar("T")


class _Stages:
    """Runs stages, turning an exception in one into a problem and its fallback output."""

    def __init__(self, document: Document) -> None:
        self.path = document.path  # made display-safe where it is shown
        self.failures: list[Problem] = []

    def run(self, stage: str, lost: str, call: Callable[[], T], fallback: T) -> T:
        try:
            return call()
        except Exception as exc:  # noqa: BLE001 - one failing pass must not cost the others
            # the traceback goes to the log (debug level), never to the user's screen
            log.debug("%s: %s stage failed", self.path, stage, exc_info=True)
            self.failures.append(Problem(
                self.path, f"{stage}: extraction failed ({exc.__class__.__name__}); "
                           f"{lost} not shown, the rest is"))
            return fallback


def _kb(kb: object | None) -> KnowledgeBase:
    return kb if isinstance(kb, KnowledgeBase) else default_kb()


def analyse_reporting(document: Document,
                      kb: object | None = None) -> tuple[Briefing, list[Problem]]:
    """Everything briefing extracts from ``document``, and the stages that failed.

    The failures are also in ``Briefing.problems`` (after the curation's problems).
    """
    # The collector's young passes find almost nothing to free while a document is analysed
    # (its objects live until the briefing is built; ~30 objects in cycles per article), yet
    # ran ~20 times per article, ~4.5 % of extraction: it is paused meanwhile and its next
    # pass, right after, frees what the analysis left.  A collector the caller had turned off
    # stays off; one paused by another thread's analysis is turned on by that analysis.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _analyse(document, kb)
    finally:
        if paused:
            gc.enable()


def _analyse(document: Document, kb: object | None) -> tuple[Briefing, list[Problem]]:
    stages = _Stages(document)
    no_actors: tuple[Actor, ...] = ()
    found = stages.run("actors", "parties", lambda: actors.find_actors(document, kb), no_actors)
    known = found
    if not stages.failures:  # the people pass completes the actors found, never replaces them
        found = stages.run("people", "people the knowledge base does not know",
                           lambda: unknown_people.discover_people(document, known, _kb(kb)),
                           known)
    # people quoted whom the actor passes missed ("…," said Jo Roe, an analyst); like the
    # people pass, only to complete actors that were found
    if not stages.failures:
        found = found + stages.run("speakers", "speakers the parties missed",
                                   lambda: speakers.unnamed_speakers(document, found), no_actors)
    computed = {a.id: a.tier for a in found}
    uncurated: tuple[tuple[Actor, ...], list[Problem]] = (found, [])
    found, problems = stages.run(
        "curation", "your corrections to the parties",
        lambda: curation.apply_actor_curation(document, found), uncurated)
    # tiers the user's curation set are the user's: the role pass leaves them alone
    curated = frozenset(a.id for a in found if computed.get(a.id) != a.tier)
    no_times: tuple[TimeExpression, ...] = ()
    times = stages.run("time", "dates", lambda: timex.find_times(document), no_times)
    no_quotes: tuple[Quote, ...] = ()
    found_quotes = stages.run("quotes", "quotes",
                              lambda: quotes.find_quotes(document, found, times,
                                                         _genders(found, _kb(kb))), no_quotes)
    no_threads: tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]] = ((), ())
    threads, timeline = stages.run(
        "negotiations", "the tracker and the timeline",
        lambda: negotiations.find_negotiations(document, found, found_quotes, times), no_threads)
    # the user's corrections to the threads (before the roles: a chosen primary sets the table)
    extracted = threads
    as_found: tuple[tuple[Negotiation, ...], list[Problem]] = (extracted, [])
    threads, thread_problems = stages.run(
        "thread curation", "your corrections to the negotiations",
        lambda: thread_curation.apply_negotiation_curation(document, extracted), as_found)
    problems = [*problems, *thread_problems]

    def roles() -> tuple[Actor, ...]:
        armed = _kb(kb).words("armed_context")
        sentences = [(s.start, s.end) for s in document.sentences]
        if document.title_span:
            sentences.insert(0, document.title_span)
        places = [(document.dateline.start, document.dateline.end)] if document.dateline \
            else []
        title_end = document.title_span[1] if document.title_span else 0
        verbs = _kb(kb).words("speech_verbs") | _kb(kb).words("table_verbs")
        reporters = frozenset(a.id for a in found
                              if reporting.reports(a, _kb(kb), document.text, document.source))
        labour = frozenset(a.id for a in found if unions.is_union(a, _kb(kb)))
        # a news feature: no dateline (a wire report has one) and no government's own text
        government = neg_sides.publisher_state(document.source, _kb(kb)) is not None
        feature = document.dateline is None and not government
        ranked = side_officials.ranks(found, _kb(kb))
        heads = side_officials.heads(found, _kb(kb), ranked)
        former = frozenset(a.id for a in found if a.kind == "person" and a.origin == "kb"
                           and _kb(kb).out_of_office(a.id, document.published))
        return actor_roles.revise_tiers(found, threads, found_quotes, actor_roles.Reading(
            document.text, curated, armed, sentences, places, title_end, verbs, reporters,
            labour, feature, former, heads, government,
            principals=side_officials.office_holders(found, _kb(kb), ranked)))

    found = stages.run("roles", "the parties' roles at the table", roles, found)
    labelled = found
    found = stages.run("speaker labels", "the speaker labels' separation from name mentions",
                       lambda: actor_labels.label_mentions_to_references(
                           labelled, document.turns, document.text),
                       labelled)
    briefing = Briefing(document=document, actors=found, quotes=found_quotes, times=times,
                        negotiations=threads, timeline=timeline,
                        problems=(*problems, *stages.failures))
    return briefing, stages.failures


def _genders(found: tuple[Actor, ...], kb: KnowledgeBase) -> dict[str, str]:
    """The gender the knowledge base records for each person found (for "he" and "she"); a
    person it lacks, named in full or by a given name alone ("Kamala", "Karine": a transcript's
    first-name address), takes the gender of the KB's people of that first name (a surname
    alone is rarely one: none then)."""
    out = {}
    for a in found:
        if a.kind != "person":
            continue
        entry = kb.get(a.id)
        gender = entry.get("gender") if entry else None
        if entry is None:
            gender = kb.first_name_gender(a.name.split()[0])
        if gender in ("m", "f"):
            out[a.id] = gender
    return out


def analyse(document: Document, kb: object | None = None) -> Briefing:
    """Everything briefing extracts from ``document`` (failed stages: see ``problems``)."""
    return analyse_reporting(document, kb)[0]
