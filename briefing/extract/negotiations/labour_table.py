"""Who sits at a labour dispute's table beside the named sides (the side scorer's labour
passes, :mod:`.parties`): every trade union a text about a labour dispute names, a body named in
apposition to a union or an employers' body, and the working side described by its calling
("the miners", :mod:`..actors.workforce`) where a sentence of the negotiation names it.

Each sits beside the strongest side, at :data:`.parties.SIDE_BAR` of its score: a description
is never the side that outweighs the named ones."""

from __future__ import annotations

from collections.abc import Iterable

from briefing.extract.actors.unions import APPOSED_AFTER, APPOSED_BEFORE, is_union, labour_text
from briefing.extract.negotiations.units import Unit
from briefing.extract.quotes.actor_index import ActorIndex
from briefing.knowledge import KnowledgeBase
from briefing.model import Actor


def _seat(pids: Iterable[str], party: dict[str, float], mediator: dict[str, float],
          side_bar: float) -> None:
    top = max((w for pid, w in party.items() if mediator.get(pid, 0.0) < 1.0), default=0.0)
    bar = side_bar * top if top > 0.0 else 1.0
    for pid in pids:
        party[pid] = max(party.get(pid, 0.0), bar)


def unions_at_the_table(actors: Iterable[Actor], text: str, kb: KnowledgeBase,
                        reporters: frozenset[str] | set[str], party: dict[str, float],
                        mediator: dict[str, float], side_bar: float) -> None:
    """In a text about a labour dispute (:func:`..actors.unions.labour_text`), every trade union
    it names is a side of the negotiation, for its members (:mod:`..actors.roles` makes it a
    party for the same reason).  So is a body the text names in apposition to a union or an
    employers' body (:func:`apposed_body`)."""
    named = [a for a in actors if a.mentions and a.id not in reporters
             and mediator.get(a.id, 0.0) < 1.0 and a.kind == "organization"]
    # the cheap tests first: the labour words are searched at every position of the text,
    # and an apposition needs the word "union" or "employers" (:data:`..actors.unions._BODY`)
    known = [a.id for a in named if is_union(a, kb)]
    if not known:
        low = text.lower()
        if "union" not in low and "employer" not in low:
            return
    if not named or not labour_text(text):
        return
    _seat(known + [a.id for a in named if a.id not in known and apposed_body(a, text, kb)],
          party, mediator, side_bar)


def apposed_body(actor: Actor, text: str, kb: KnowledgeBase) -> bool:
    """Whether the organisation ``actor``, unknown to the knowledge base, is named in
    apposition to a trade union or an employers' body (:data:`APPOSED_BEFORE`)."""
    if actor.kind != "organization" or kb.get(actor.id) is not None:
        return False
    return any(APPOSED_BEFORE.search(text, max(0, m.start - 40), m.start)
               or APPOSED_AFTER.match(text, m.end, m.end + 80) for m in actor.mentions)


def workforce_at_the_table(units: Iterable[Unit], index: ActorIndex, workforce: frozenset[str],
                           party: dict[str, float], mediator: dict[str, float],
                           side_bar: float) -> None:
    """The working side described by its calling, named in a sentence of the negotiation."""
    if not workforce:
        return
    _seat({h.actor.id for u in units if u.negotiation for h in index.within(u.start, u.end)
           if h.actor.id in workforce}, party, mediator, side_bar)
