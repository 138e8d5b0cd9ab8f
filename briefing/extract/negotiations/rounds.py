"""Rounds of talks: "talks/met ... in PLACE", one round per place, with a date and outcome."""

from __future__ import annotations

import re

from briefing.extract.gate import gated
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import INHERIT, Unit
from briefing.model import Round, Span, TimeExpression

_FROM_SINCE_NEXT = re.compile(r"\b(?:from|since|compared (?:with|to))\s+$", re.IGNORECASE)
# a trip somewhere ("a surprise visit to Iraq", "flew to Basra", "his trip to X")
# (gated: most sentences hold none of its words, and the case-insensitive search tried every
# position of every sentence of a thread with rounds)
_TRIP = gated(re.compile(r"\b(?:visit(?:s|ed|ing)?|trip|tour(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|"
                         r"flew|flies)\b", re.IGNORECASE))
_TO_BEFORE = re.compile(r"\b(?:to|visiting|visited|visit)\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_SPLIT = re.compile(r"[,;:—–()]|\s-\s")
_NOT_PLACE = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "It"])


def rounds(st: TrackerState, units: list[Unit], table: frozenset[str] = frozenset()
           ) -> list[tuple[Round, Span | None]]:
    """Rounds by place, each with the phrase to cite on the timeline (None: dated by a
    time expression, which is on the timeline already).  ``table``: the primary's sides and
    mediators (a trip to a state not at it is a visit, not a round)."""
    found: dict[str, tuple[Round, Span | None]] = {}
    for k, u in enumerate(units):
        if not u.negotiation or u.is_title or _visit_elsewhere(st, u, table):
            continue
        for m in lex.ROUND_PLACE.finditer(u.text):
            place = m.group("place") or m.group("place2")
            if not place or place.split()[0] in _NOT_PLACE:
                continue
            p_start = u.start + (m.start("place") if m.group("place") else m.start("place2"))
            if any(h.actor.kind in ("person", "state") for h in
                   st.index.within(p_start, p_start + len(place))):
                continue  # a person is no place; "talks … in Syria" names the theme
            clause_lo, clause_hi, prev_lo = _clause(u, p_start)
            date, precision = _round_date(st, u, clause_lo, clause_hi, prev_lo)
            clause_text = st.text[clause_lo:clause_hi]
            outcome = _outcome(clause_text)
            if outcome is None and k + 1 < len(units) and INHERIT.match(units[k + 1].text):
                outcome = _outcome(units[k + 1].text)
            ev = st.doc.span(u.start + m.start(), u.start + m.end())
            rnd = Round(place, date, outcome, (st.doc.span(u.start, u.end),))
            # a round dated by its own time expression is on the timeline already
            own = precision == "expression"
            old = found.get(place)
            if old is None:
                found[place] = (rnd, None if own else ev)
            else:
                merged = Round(place, old[0].date or date, old[0].outcome or outcome,
                               old[0].evidence + rnd.evidence)
                keep = old[1] if old[0].outcome or not outcome else (None if own else ev)
                found[place] = (merged, keep)
    return list(found.values())


def _visit_elsewhere(st: TrackerState, u: Unit, table: frozenset[str]) -> bool:
    """"Mr Blair made a surprise visit to Iraq, where he met leaders in Baghdad": a sentence
    of a trip to a state that is neither a side nor a mediator of the thread tells of a
    visit there, not of a round of its talks."""
    if not table or not _TRIP.search(u.text):
        return False
    for h in st.index.within(u.start, u.end):
        if h.actor.kind != "state" or not _TO_BEFORE.search(st.text, max(u.start, h.start - 12),
                                                             h.start):
            continue
        pid = st.index.party_of(h.actor)
        if pid and pid not in table:
            return True
    return False


def _clause(u: Unit, pos: int) -> tuple[int, int, int]:
    """The clause of ``u`` around ``pos`` and the start of the clause before it."""
    cuts = [u.start] + [u.start + m.end() for m in CLAUSE_SPLIT.finditer(u.text)] + [u.end]
    lo = max(c for c in cuts if c <= pos)
    hi = min(c for c in cuts if c > pos)
    earlier = [c for c in cuts if c < lo]
    return lo, hi, (earlier[-1] if earlier else lo)


def _round_date(st: TrackerState, u: Unit, lo: int, hi: int, prev_lo: int
                ) -> tuple[str | None, str | None]:
    """The date of a round in clause ``lo``-``hi`` of ``u`` and how it was found."""

    def usable(t: TimeExpression) -> bool:
        # "from a week ago" compares; "since their September 27 meeting" dates the meeting
        return t.value is not None and not _FROM_SINCE_NEXT.search(
            st.text[max(0, t.start - 20):t.start])
    inside = [t for t in u.times if lo <= t.start < hi and usable(t)]
    if not inside and re.match(r"\s*when\b", st.text[lo:hi]):
        # "… from a week ago, when they met in Geneva": the time of the clause before
        inside = [t for t in u.times if prev_lo <= t.start < lo and t.value]
    if inside:
        return inside[0].value, "expression"
    if not u.historical and st.ref is not None:
        return st.ref.isoformat(), "day"
    return None, None


def _outcome(text: str) -> str | None:
    """The outcome a round's clause states, if any."""
    for outcome, pattern in lex.ROUND_OUTCOME:
        if pattern.search(text):
            return outcome
    return None
