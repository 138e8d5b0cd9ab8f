"""The negotiation tracker's state for one document, and the queries every stage shares.

:class:`TrackerState` holds the document, its actors (as an index), quotes, dates and sentences,
and the spans claimed by secondary threads; the stages (:mod:`.parties`, :mod:`.status`,
:mod:`.agenda`, :mod:`.rounds`, :mod:`.threads`, :mod:`.timeline`) are functions over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.gate import gated
from briefing.extract.negotiations.enumerations import enumerated
from briefing.extract.negotiations.lexicon import OFFER_WORDS
from briefing.extract.negotiations.units import (
    Unit,
    is_past,
    iso_date,
    read_units,
    undated_past_before,
)
from briefing.extract.quotes.actor_index import Hit, index_of
from briefing.knowledge import default_kb
from briefing.model import Actor, Document, Issue, Quote, TimeExpression

# (gated for its case-sensitive twin on the window's lowercase form: no word to gate on, but
# the twin fails at each position at about half the cost of re.IGNORECASE)
PREP_BEFORE = gated(re.compile(r"\b(?:in|at|into|across|inside|near|to|toward|towards|from|"
                               r"through|throughout|over)\s+(?:the\s+|northern\s+|southern\s+|"
                               r"eastern\s+|western\s+|north\s+|south\s+|east\s+|west\s+)?$",
                               re.IGNORECASE))


# the head of a title or an institution's name after a capitalised agenda word ("Trade
# Commissioner", "Coffee Trade Association"): the word is part of the name
_TITLE_HEAD = re.compile(r"\s+(?:[A-Z]\w+\s+){0,2}(?:Minister|Ministry|Commissioner|Secretary|"
                         r"Representative|Organi[sz]ation|Association|Federation|Council|"
                         r"Committee|Department|Office|Union|Agency|Board|Chamber|Commission|"
                         r"Adviser|Envoy|Talks\s+Office)\b")
# a capitalised word (not opening a sentence), maybe with "on", "of", "and", "for" after it
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][\w.’'-]*\s+(?:(?:on|of|and|for)\s+)?$")
# an institution named by its field: "the trade body", "the energy agency"
_BODY_AFTER = re.compile(r"\s+(?:body|bodies|bloc|organi[sz]ations?|agency|agencies|ministry|"
                         r"ministers?|commissioner|representatives?|watchdog|regulator|"
                         r"officials?|negotiators?|envoys?)\b",
                         re.IGNORECASE)


# an office named by its portfolio: "undersecretary for external debt", "minister of trade"
_TITLE_FOR = gated(re.compile(
    r"\b(?:under-?secretary|secretary|minister|ministry|commissioner|"
    r"director|envoy|representative|department|office|czar|tsar)\s+(?:of|for)"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE))


# a place naming a round of talks ("the Uruguay round", "the Doha Round")
_ROUND_AFTER = re.compile(r"\s+[Rr]ound\b")


@dataclass(slots=True)
class SecondaryThread:
    """A thread other than the primary one, before it becomes a :class:`Negotiation`."""

    parties: list[str]
    mediators: list[str]
    label: str
    primary: bool
    status: str = "ongoing"
    evidence: list[Unit] = field(default_factory=list)
    note: str | None = None
    issues: list[Issue] = field(default_factory=list)


# What lies between an offer and the party it is made to or by: nothing ("offered Ruritania
# a loan", "offer Moscow a subsidy"), a few words and "to" or "from" right before the party
# ("offer subsidized wheat to the Soviet Union", "an offer of a loan from Ruritania"), or "by"
# right after the offer ("the freeze offered by the creditors"; not "offered via a syndicate
# managed by": the agent of another verb)
_OFFER_END = re.compile(r"\s+(?:by\s+)?(?:the\s+)?|(?:\s+[\w,’'-]+){0,6}?\s+(?:to|from)\s+"
                        r"(?:the\s+)?", re.IGNORECASE)


class TrackerState:
    """One document as the tracker reads it: text, actors, quotes, dates, sentences."""

    def __init__(self, document: Document, actors: tuple[Actor, ...],
                 quotes: tuple[Quote, ...], times: tuple[TimeExpression, ...],
                 whole: bool = True) -> None:
        """``whole`` False: a document without a negotiation word is read no further
        (:func:`.units.read_units`; ``self.whole`` says which)."""
        self.doc = document
        self.text = document.text
        self.index = index_of(actors)
        self.quotes = quotes
        self.times = [t for t in times if t.kind == "date"]
        self.ref = iso_date(document.published)
        self.undated_before = undated_past_before(self.ref, self.times)
        reading = read_units(document, self.times, self.ref, whole)
        if any(self._offer_between(u) for u in reading.units
               if any(u.start <= at < u.end for at in reading.offers)):
            # no negotiation word, but an offer between two parties: read whole (below)
            reading = read_units(document, self.times, self.ref)
        self.whole = reading.whole
        self.units = reading.units
        self.issue_matches = reading.issue_matches
        self.issue_cue_matches = reading.issue_cue_matches
        self.claimed: list[tuple[int, int]] = []  # spans owned by secondary threads
        self._hits: dict[tuple[int, int], list[tuple[Hit, str]]] = {}  # per unit span
        self.title_end = document.title_span[1] if document.title_span else 0
        if not any(u.negotiation for u in self.units):
            # no negotiation word: an offer with a party named on either side of it ("the U.S.
            # offered Ruritania a loan", "the freeze offered by the creditors") opens talks
            # between the two (:func:`_offer_between`).  Only here: where the text has
            # negotiation sentences, their reading stands (a takeover's offers are in them).
            for u in self.units:
                if "offer" in u.flags and self._offer_between(u):
                    u.negotiation = True

    def _offer_between(self, u: Unit) -> bool:
        """Whether an offer in ``u`` is made to a party or by one (:data:`_OFFER_END`), and
        the sentence names another party: the two ends of the offer.  An offer to nobody
        named is a price, a share sale, a product, a post ("offers unchanged at 330 dlrs",
        "a party which offers a vision of Britain", "offer the post to a member of his
        party"); the agency an official tells of it is no end of it."""
        # (every party named, "to the Soviet Union" included, which :meth:`hits` reads as a
        # place gone to; the gap to the party read first, the parties only for a candidate)
        text = self.text
        named = [h for h in self.index.within(u.start, u.end) if h.role != "location"]
        for m in OFFER_WORDS.finditer(text, u.start, u.end):
            for h in named:
                if not (m.end() <= h.start <= m.end() + 80) \
                        or not _OFFER_END.fullmatch(text, m.end(), h.start):
                    continue
                ends = {p for o in named for p in (self.index.party_of(o.actor),)
                        if p and (default_kb().get(p) or {}).get("sector") != "media"}
                p = self.index.party_of(h.actor)
                if p in ends and ends - {p}:
                    return True
        return False

    def is_past(self, t: TimeExpression) -> bool:
        """Whether ``t`` dates something well before publication."""
        return is_past(self.text, self.ref, t, self.undated_before)

    def hits(self, u: Unit) -> list[tuple[Hit, str]]:
        """The parties named in ``u``, each with the hit naming it (read once per sentence:
        sides, segments and the agenda all ask)."""
        known = self._hits.get((u.start, u.end))
        if known is None:
            known = self._hits[(u.start, u.end)] = self._read_hits(u)
        return known

    def _read_hits(self, u: Unit) -> list[tuple[Hit, str]]:
        out: list[tuple[Hit, str]] = []
        hits = self.index.within(u.start, u.end)
        # "Russian" inside "Russian warplanes": the outer actor counts
        outer = [h for h in hits if h.role != "location" and not any(
            o is not h and o.start <= h.start and h.end <= o.end
            and (o.end - o.start) > (h.end - h.start) for o in hits)]
        # "brokered peace between A and B, C and D, E and F": other cases, not sides
        listed = enumerated(self.text, u.start, outer)
        dateline = self.doc.dateline
        for h in outer:
            if id(h) in listed or self.speaker_label(h):
                continue
            if dateline is not None and dateline.start <= h.start < dateline.end:
                continue  # "NECKARWESTHEIM, West Germany, April 8 -": where it was filed
            if _ROUND_AFTER.match(self.text, h.end):
                continue  # "the Uruguay round of trade talks": a round's name, not a side
            if PREP_BEFORE.search(self.text[max(u.start, h.start - 20):h.start]):
                continue
            party = self.index.party_of(h.actor)
            if party:
                out.append((h, party))
        return out

    def speaker_label(self, h: Hit) -> bool:
        """Whether ``h`` is an organisation's speaker label in an interview ("Wikinews: Do
        you ...?"): the publication asks, it does not negotiate (a person's label still speaks
        for their side)."""
        text = self.text
        return h.actor.kind != "person" and (h.start == 0 or text[h.start - 1] == "\n") \
            and text.startswith(":", h.end)

    def in_name(self, s: int, e: int) -> bool:
        """An agenda word inside a name or a title ("World Trade Organisation", "Trade
        Commissioner X", "the Coffee Trade Association") is no agenda item."""
        if any(h.start <= s and e <= h.end for h in self.index.within(max(0, s - 80), e)
               if not h.is_reference):
            return True
        if _TITLE_FOR.search(self.text, max(0, s - 50), s) or _BODY_AFTER.match(self.text, e):
            return True  # "undersecretary for external debt", "the trade body": who, not what
        if not self.text[s:s + 1].isupper():
            return False
        # "General Agreement on Tariffs and Trade", "Palo Verde Nuclear Generating Station": a
        # capitalised agenda word after a capitalised word (not a sentence's first) is a name's
        return _TITLE_HEAD.match(self.text, e) is not None or (
            _NAME_BEFORE.search(self.text, max(0, s - 40), s) is not None)

    def claimed_at(self, s: int, e: int) -> bool:
        """Whether ``s``-``e`` overlaps a span a secondary thread owns."""
        return any(a < e and s < b for a, b in self.claimed)

    def name(self, actor_id: str) -> str:
        """The display name of a side."""
        actor = self.index.by_id.get(actor_id)
        if actor is not None:
            return actor.name
        # a side known only through its people ("Secretary Blinken" for "usa"): its KB name,
        # never the internal id
        entry = default_kb().get(actor_id)
        return str(entry.get("name") or actor_id) if entry else actor_id.replace("_", " ")
