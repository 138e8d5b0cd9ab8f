"""Pairs of sides the text names together: a pair's war or talks, a title's pair, a war's country.

"The A-B war/talks" and "appealed to A and B" make both sides (whoever works to end their war
in the same sentence is a mediator: :func:`pair_cues`); a title "Meeting Between President A
and President B" names the primary's sides (:func:`title_pair`), and so does a headline naming
two parties, one acting on the other ("Acme rejects Bolt bid": :func:`headline_pair`); a truce
"in Yemen" makes the country at war a side when its other side goes unnamed
(:func:`war_country`).
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.extract.gate import lower_short
from briefing.extract.negotiations.side_cues import AND_TITLE_GAP, BETWEEN, COORD_GAP
from briefing.extract.negotiations.state import PREP_BEFORE, TrackerState
from briefing.extract.negotiations.units import HISTORICAL_FACTOR, Unit

# "the Iraq-Iran war", "Armenia–Azerbaijan talks": both named states are sides.
PAIR_GAP = re.compile(r"^\s*(?:-|–|/)\s*$")
PAIR_NOUN = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:war|conflict|peace|talks|negotiations|dialogue|"
                       r"dispute|truce|cease-?fire|summit|deal|accord|"
                       r"hostilities|fighting)\b", re.IGNORECASE)


PEACE_WORDS = re.compile(r"\b(?:peace|war|fighting|bloodshed|hostilities|truce|cease-?fire|talks|"
                         r"negotiat\w*|violence|conflict)\b", re.IGNORECASE)


WAR_NOUN = re.compile(r"\s*(?:'s\s+|’s\s+)?(?:war|conflict|dispute|hostilities|fighting)\b",
                      re.IGNORECASE)


# A third party's peace effort: its subject mediates between the pair.
THIRD_PARTY_EFFORT = re.compile(r"\b(?:efforts?|appeal\w*|mediat\w*|peace\s+(?:calls?|"
                                r"initiatives?|plan)|good offices)\b", re.IGNORECASE)


# "the truce in Yemen", "a ceasefire in eastern Congo", "the war in X": the country at war
WAR_IN = re.compile(r"\b(?:truce|cease-?fire|ceasefire|war|conflict|hostilities|fighting)\s+in\s+"
                     r"(?:the\s+)?(?:eastern\s+|western\s+|northern\s+|southern\s+)?$",
                     re.IGNORECASE)


# "appealed to the brothers in A and B", "urged A and B": both are sides.
APPEAL_BEFORE = re.compile(r"\bappeal(?:ed|s|ing)?\s+to\s+(?:(?:the|both|our|their|[a-z]+)\s+){0,3}"
                           r"(?:in\s+|of\s+)?$", re.IGNORECASE)


def title_pair(st: TrackerState, title: Unit) -> tuple[str, str] | None:
    """The two sides a title names after "between" ("Meeting Between President A and
    President B", "Truce Between A and B"), else None."""
    if "between" not in title.text.lower():
        return None
    hits = st.hits(title)
    for (a, pa), (b, pb) in zip(hits, hits[1:], strict=False):
        if pa != pb and BETWEEN.search(st.text, max(title.start, a.start - 45), a.start) \
                and AND_TITLE_GAP.match(st.text[a.end:b.start]):
            return pa, pb
    return None


def joint_title_pair(st: TrackerState, title: Unit, own: str | None) -> tuple[str, str] | None:
    """The publisher and the one state a government's title coordinates it with ("Remarks by
    President A and Prime Minister B of X", "U.S.-X Joint Statement"): two governments
    appearing or stating together sit at the table of their own agenda, whatever talks
    between others they also speak of (which the publisher's habitual mediations would
    otherwise seat).  A call or meeting "with" someone is no such pair: a readout names whom
    the publisher spoke with about a third party's talks as often as about its own."""
    if own is None:
        return None
    hits = [(h, p) for h, p in st.hits(title) if h.role != "location"]
    for (a, pa), (b, pb) in zip(hits, hits[1:], strict=False):
        if pa == pb or own not in (pa, pb):
            continue
        gap = st.text[a.end:b.start]
        if AND_TITLE_GAP.match(gap) or PAIR_GAP.match(gap):
            return (pa, pb) if pa == own else (pb, pa)
    return None


# a headline's source, not its actor: "OECD says Japan ...", "Acme sees Bolt deal"
_REPORTS_AFTER = re.compile(r"\s+(?:says|said|sees|saw|reports|reported|tells|told|predicts|"
                            r"forecasts|expects|believes|thinks)\b", re.IGNORECASE)


def headline_pair(st: TrackerState, title: Unit, own: str | None) -> list[str]:
    """The two parties a news headline names, one acting on the other ("Acme rejects Bolt bid",
    "Euronext poised to make LSE bid", "Banner completes tender for Rexnord"): a headline says
    who does what to whom, so in a text about a negotiation they are its sides.  Only when it
    names exactly two parties (places and modifiers such as "German bidder" aside), neither is
    the publisher's own government (a statement's title names its author) and the first is
    not a source ("OECD says Japan ..."); else empty."""
    named: list[str] = []
    for h, pid in st.hits(title):
        if h.role in ("location", "modifier") or pid in named:
            continue
        if not named and _REPORTS_AFTER.match(st.text, h.end, title.end):
            return []
        named.append(pid)
    if len(named) != 2 or own in named:
        return []
    return named


def pair_cues(st: TrackerState, u: Unit, party: dict[str, float],
          mediator: dict[str, float]) -> None:
    """"the A-B war", "appealed to A and B": both are sides; whoever appeals or works to end
    their war in the same sentence is a mediator."""
    if u.asked:
        return  # a question asserts nobody's war or talks
    hits = [h for h in st.index.within(u.start, u.end) if h.role != "location"]
    for a, b in zip(hits, hits[1:], strict=False):
        pa, pb = st.index.party_of(a.actor), st.index.party_of(b.actor)
        if not pa or not pb or pa == pb or b.start < a.end:
            continue
        gap = st.text[a.end:b.start]
        pair = PAIR_GAP.match(gap) and PAIR_NOUN.match(st.text, b.end, u.end)
        appeal = COORD_GAP.match(gap) and APPEAL_BEFORE.search(
            st.text, max(u.start, a.start - 60), a.start) and PEACE_WORDS.search(u.text)
        if not (pair or appeal):
            continue
        w = u.weight * (HISTORICAL_FACTOR if u.historical else 1.0)
        # "the A-B war" names the belligerents, weaker evidence of a table than "A-B talks"
        war = bool(pair) and WAR_NOUN.match(st.text, b.end, u.end) is not None
        party[pa] += (0.5 if war else 2.0) * w
        party[pb] += (0.5 if war else 2.0) * w
        if not THIRD_PARTY_EFFORT.search(u.text):
            continue
        for x in hits:
            if x.start >= a.start:
                break
            px = st.index.party_of(x.actor)
            if px and px not in (pa, pb) and not PREP_BEFORE.search(
                    st.text[max(u.start, x.start - 20):x.start]):
                mediator[px] += w
                break


def war_country(st: TrackerState, taken: list[str]) -> str | None:
    """The state a truce or war is said to be "in" ("the UN-mediated truce in Yemen", "the
    ceasefire in eastern Congo") most often in the negotiation sentences, not in ``taken``: a
    side of that war (its government, or the country standing for its unnamed parties), though
    named as a place."""
    counts: dict[str, int] = defaultdict(int)
    for u in st.units:
        if not u.negotiation or u.asked or u.historical or " in " not in lower_short(u.text):
            continue
        for h in st.index.within(u.start, u.end):
            if h.actor.kind != "state" or h.is_reference:
                continue
            if WAR_IN.search(st.text, max(u.start, h.start - 40), h.start):
                pid = st.index.party_of(h.actor)
                if pid and pid not in taken:
                    counts[pid] += 1
    return max(counts, key=lambda p: counts[p]) if counts else None
