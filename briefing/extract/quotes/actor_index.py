"""Where actors are mentioned, as a position index the quote and negotiation stages share.

Every name mention and every reference (descriptions such as "the official", pronouns) of every
actor becomes one entry sorted by offset, so "who is named between offsets a and b" and "which
person was mentioned last before offset p" are a bisect away.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.model import Actor

# Kinds that can sit at a negotiating table (a person stands for the state/org they act for).
PARTY_KINDS = frozenset({"state", "armed_group", "igo", "organization", "government",
                         "state_group"})


@dataclass(slots=True, init=False, unsafe_hash=True)
class Hit:
    start: int
    end: int
    actor: Actor
    is_reference: bool  # a description or pronoun, not a name
    role: str  # the mention's role: actor | location | possessor | modifier | heading

    # written out: mypyc compiles this one (a dataclass's generated __init__ is Python that
    # a compiled caller runs interpreted, ~0.5 us a hit for a frozen one); equality and hash
    # are the dataclass's as before (unsafe_hash: those a frozen one had); no code sets a field
    def __init__(self, start: int, end: int, actor: Actor, is_reference: bool,
                 role: str) -> None:
        self.start = start
        self.end = end
        self.actor = actor
        self.is_reference = is_reference
        self.role = role


class ActorIndex:
    """Mentions and references of ``actors`` by position."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.actors = actors
        self.by_id = {a.id: a for a in actors}
        hits: list[Hit] = []
        for actor in actors:
            for m in actor.mentions:
                hits.append(Hit(m.start, m.end, actor, False, m.role))
            for m in actor.references:
                hits.append(Hit(m.start, m.end, actor, True, m.role))
        hits.sort(key=lambda h: (h.start, -h.end))
        self.hits = hits
        self.starts = [h.start for h in hits]
        persons = [h for h in hits if h.actor.kind == "person"]
        self.person_hits = persons
        self.person_starts = [h.start for h in persons]

    def within(self, lo: int, hi: int) -> list[Hit]:
        """Hits that start in ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        return self.hits[i:j]

    def hits_before(self, pos: int, floor: int = 0, persons: bool = False) -> Iterator[Hit]:
        """Hits (only persons' with ``persons``) that start before ``pos`` and not before
        ``floor``, the closest first: the walk back every antecedent search makes."""
        hits, starts = (self.person_hits, self.person_starts) if persons else (self.hits,
                                                                               self.starts)
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and starts[i] >= floor:
            yield hits[i]
            i -= 1

    def last_person_before(self, pos: int, floor: int = 0) -> Actor | None:
        """The person mentioned (named or referred to) most recently before ``pos``."""
        return next((hit.actor for hit in self.hits_before(pos, floor, persons=True)
                     if hit.end <= pos), None)

    def party_of(self, actor: Actor) -> str | None:
        """The id of the state/organisation an actor stands for at a table.

        A person maps to their affiliation; a sub-actor (a ministry, an army) to what it is part
        of; a state or organisation to itself.
        """
        seen: set[str] = set()
        current: Actor | None = actor
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.kind == "person":
                nxt = current.affiliation
            elif current.part_of and current.kind in ("government", "armed_forces"):
                nxt = current.part_of
            else:
                return current.id if current.kind in PARTY_KINDS else None
            if nxt is None:
                return None
            follow = self.by_id.get(nxt)
            if follow is None:
                return nxt
            current = follow
        return None


# the last document's index: the quote finder and the tracker read the same actors (one
# tuple) in turn, and an index is never changed once built, so the second asks for the first's
_LAST: tuple[tuple[Actor, ...], ActorIndex] | None = None


def index_of(actors: tuple[Actor, ...]) -> ActorIndex:
    """The :class:`ActorIndex` of ``actors``, shared with the last caller that passed the
    same tuple (the tuple is kept with it, so its identity cannot be reused meanwhile)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is actors:
        return last[1]
    index = ActorIndex(actors)
    _LAST = (actors, index)
    return index
