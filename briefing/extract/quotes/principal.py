"""Whose words an anonymous spokesperson's quote is: the person or organisation they speak for.

GOLD_FORMAT's convention, and news style's: "a spokesman for Mr Blair said" is Blair speaking,
"a BaFin spokeswoman said" is BaFin, "The Association of Chief Police Officers has issued
guidance … A spokesman said" is the association.  An unnamed official stays the official, who
is someone in their own right; a state's spokesman stays unresolved (a state has many voices).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from briefing.extract.quotes.officials import OFFICIAL_BODY_KINDS, official_body, onlooker
from briefing.extract.quotes.phrases import SPOKES_DESC
from briefing.extract.quotes.resolve import Speakers
from briefing.model import Actor, Quote

# "a BaFin spokeswoman": someone whose words are an organisation's
SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person|men|women|people)\b", re.IGNORECASE)
# "… for Montreal-based Dominion": where the body a spokesperson is of is named
SPOKESPERSON_OF = re.compile(r"\s+(?:for|of|at|from)\s+(?:the\s+)?(?:[\w.]+-based\s+)?")
# a body's capitalised name, with the small words inside one ("Ministry of Trade and Industry")
_NAME_RUN = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w.&’'-]*)*")
# who a spokesperson may speak for (not a state: a state has many voices): the bodies an
# official may belong to
BODY_KINDS = OFFICIAL_BODY_KINDS


def for_principal(quote: Quote, speakers: Speakers,
                  sentence_of: Callable[[int], tuple[int, int]]) -> Quote:
    """``quote`` with its speaker moved from an anonymous spokesperson (an ``anon_`` actor) to
    the person they speak for, or the organisation (see :func:`_spokes_body`)."""
    who = speakers.index.by_id.get(quote.speaker or "")
    if who is None or not who.id.startswith("anon_"):
        return quote
    intro = min(who.references, key=lambda r: r.start, default=None)
    if intro is not None and onlooker(intro.text, any(
            h.actor is not who for h in speakers.index.within(intro.start, intro.end))):
        # "one analyst said", "a Western diplomat said": an onlooker speaks for no side
        return dataclasses.replace(quote, speaker=None)
    principal = speakers.index.by_id.get(who.affiliation or "")
    spokes = any(SPOKESPERSON.search(r.text) for r in who.references)
    if principal is None or principal.kind != "person":
        principal = _spokes_body(who, speakers, sentence_of) if spokes else None
    if principal is None and intro is not None and not spokes:
        # "the Bank of Japan official said": the body he belongs to
        principal = official_body(speakers.bodies, intro.start, intro.end)
    if principal is None:
        # (a spokesperson speaks for someone else: when the text does not say whom -- "one
        # U.S. spokesman", a state's many voices -- the words are no one's the reader knows)
        return dataclasses.replace(quote, speaker=None) if spokes else quote
    return dataclasses.replace(quote, speaker=principal.id)


def _spokes_body(who: Actor, speakers: Speakers,
                 sentence_of: Callable[[int], tuple[int, int]]) -> Actor | None:
    """Whom an anonymous spokesperson speaks for: the person or body named in the description
    ("A San Miguel spokesman", "Mr Blair's spokesman"), else the body they were said to be of
    ("a spokesman for …", their affiliation), else -- "A spokesman said:" with nothing named --
    the body that is the subject of the sentence before.  Never a state."""
    intro = min(who.references, key=lambda r: r.start, default=None)
    if intro is None:
        return None
    text = speakers.text
    index = speakers.index
    named = [h.actor for h in index.within(intro.start, intro.end)
             if (h.actor.kind in BODY_KINDS or h.actor.kind == "person" and h.actor is not who)
             and h.role != "location"]
    if named:
        return named[-1]
    described = SPOKES_DESC.match(text[intro.start:intro.end])
    if described is not None and (described["noun"] or described["det"].lower() == "the"):
        # "a company spokesman": the firm last named; "the spokesman": the body the last such
        # spokesperson spoke for
        body = speakers.bodies.spokes_body(intro.start, described["noun"],
                                    described["det"].lower() == "the")
        if body is not None:
            return body
    patron = index.by_id.get(who.affiliation or "")
    of = SPOKESPERSON_OF.match(text, intro.end)
    if patron is None and of is not None:  # "a spokesman for Montreal-based Dominion"
        hit = next(iter(index.within(of.end(), of.end() + 1)), None)
        if hit is None:
            # "a spokesman for the International Trade and Industry Ministry" where only "Industry
            # Ministry" is a mention: the body whose name ends the capitalised name run
            run = _NAME_RUN.match(text, of.end())
            hit = next((h for h in index.within(of.end(), run.end()) if h.end == run.end()),
                       None) if run is not None else None
        patron = hit.actor if hit is not None else None
    if patron is not None:
        return patron if patron.kind in BODY_KINDS else None
    s_start, _ = sentence_of(intro.start)
    if s_start == 0 or text[s_start:intro.start].strip():
        return None  # the description does not open its sentence
    p_start, p_end = sentence_of(s_start - 1)
    for h in index.within(p_start, min(p_end, s_start)):
        if h.actor.kind == "person" or h.role == "location":
            continue
        if h.actor.kind in BODY_KINDS and speakers.subject_position(h) \
                and not speakers.possessive(h):
            return h.actor
        break  # the first actor of the sentence is its subject, or there is none
    return None
