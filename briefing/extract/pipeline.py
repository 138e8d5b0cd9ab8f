"""The extraction pipeline: each stage reads the document and what earlier stages found.

Stages (each in its own module, each pure and testable alone):

1. ``actors.find_actors``      – parties, people, groups, with name mentions (knowledge base)
2. ``curation.apply_actor_curation`` – the user's sidecar corrections to actors
3. ``timex.find_times``        – time expressions resolved against ``published``
4. ``quotes.find_quotes``      – direct, continuation and mixed quotes with speakers
5. ``negotiations.find_negotiations`` – threads, status, agenda, rounds, and the timeline
6. ``actor_roles.revise_tiers`` – parties by role: who sits at the primary table stays a party
"""

from __future__ import annotations

from briefing.extract import actor_roles, actors, curation, negotiations, quotes, timex
from briefing.knowledge import KnowledgeBase, default_kb
from briefing.model import Briefing, Document
from briefing.versions import EXTRACTOR_VERSION  # bump it there: cached analyses are keyed by it

__all__ = ["EXTRACTOR_VERSION", "analyse"]


def analyse(document: Document, kb: object | None = None) -> Briefing:
    """Everything briefing extracts from ``document``."""
    found = actors.find_actors(document, kb)
    computed = {a.id: a.tier for a in found}
    found, problems = curation.apply_actor_curation(document, found)
    # tiers the user's curation set are the user's: the role pass leaves them alone
    curated = frozenset(a.id for a in found if computed.get(a.id) != a.tier)
    times = timex.find_times(document)
    found_quotes = quotes.find_quotes(document, found, times)
    threads, timeline = negotiations.find_negotiations(document, found, found_quotes, times)
    armed = (kb if isinstance(kb, KnowledgeBase) else default_kb()).words("armed_context")
    sentences = [(s.start, s.end) for s in document.sentences]
    if document.title_span:
        sentences.insert(0, document.title_span)
    found = actor_roles.revise_tiers(found, threads, found_quotes, document.text, curated, armed,
                                     sentences)
    return Briefing(document=document, actors=found, quotes=found_quotes, times=times,
                    negotiations=threads, timeline=timeline, problems=tuple(problems))
