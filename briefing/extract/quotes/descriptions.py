"""Who a definite description of a person stands for: "the president" (the holder of that
title), "the striker" (the person last named as a clause's subject), "the lawyer" (nobody named,
when the text introduced "a lawyer" unnamed).

Used by :class:`~briefing.extract.quotes.resolve.Speakers` once an attribution's noun phrase is
found to be such a description.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.extract.person_nouns import PERSON_NOUNS
from briefing.extract.quotes.actor_index import ActorIndex, Hit
from briefing.extract.quotes.bodies import PRONOUN_WINDOW
from briefing.extract.quotes.officials import official_body
from briefing.extract.quotes.phrases import OUR
from briefing.extract.quotes.words import STAFF_NOUNS, title_fits
from briefing.model import Actor

if TYPE_CHECKING:
    from briefing.extract.quotes.resolve import Speakers


def introduced_unnamed(text: str, lo: int, hi: int, head: str) -> bool:
    """Whether ``text[lo:hi]`` introduces someone by an indefinite description with ``head``
    ("a Washington-based lawyer who …"): "the lawyer" then means that unnamed person."""
    return re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.-]+\s+){{0,3}}?{re.escape(head)}\b",
                     text[lo:hi]) is not None


# a definite description's head: "the (...) foreign minister" at the phrase's end
_THE_HEAD = re.compile(r"\b(?:the|The)\s+(?P<head>(?:[\w.-]+\s+){0,3}?[\w-]+)\s*$")


def title_holder(index: ActorIndex, region: str, states: set[str | None]) -> Actor | None:
    """"the president", "the foreign minister": the one person (of ``states`` when the
    description names one) whose title is the description's head."""
    m = _THE_HEAD.search(region)
    if m is None:
        return None
    head = " " + m.group("head").lower()
    holders = [a for a in index.actors if a.kind == "person" and a.title
               and head.endswith(" " + a.title.lower())
               and (not states or index.party_of(a) in states)]
    if not holders:
        return None
    return max(holders, key=lambda a: len(a.mentions) + len(a.references))


def described(speakers: Speakers, pos: int, parties: set[str | None],
              head: str) -> Actor | None:
    """Who "the striker", "the lawyer", "the Lions coach" is: no one when the text
    introduced such a person unnamed ("a Washington lawyer said"), else the closest person
    named as a clause's subject (not one named in passing after him: "Henry will captain
    the side in place of the suspended Vieira. And the striker said"), else the last
    person named."""
    # (a spokesperson speaks for a body, whom the description still names)
    if not head.startswith("spokes") and introduced_unnamed(
            speakers.text, max(0, pos - PRONOUN_WINDOW), pos, head):
        return None

    def fits(actor: Actor) -> bool:
        clash = bool(actor.title) and not title_fits(head, actor.title or "")
        if parties:  # ("the White House aide" is of the White House, and never the President)
            return speakers.index.party_of(actor) in parties and not (
                clash and head in STAFF_NOUNS)
        return not clash

    return speakers.subject_person_before(pos, "", None, fits) \
        or last_person(speakers, pos, parties, head)


def last_person(speakers: Speakers, pos: int, parties: set[str | None],
                head: str = "") -> Actor | None:
    """The person last mentioned before ``pos`` (standing for one of ``parties`` when
    given); with no party to go by, one whose known title does not clash with the
    description's head noun ("the Tory co-chairman" is not the Prime Minister)."""
    for hit in speakers.index.hits_before(pos, max(0, pos - 1500), persons=True):
        if speakers.bodies.in_quote(hit.start):
            pass  # a name inside a quote is no one the text describes
        elif parties:
            if speakers.index.party_of(hit.actor) in parties:
                return hit.actor
        elif not (head and hit.actor.title and not title_fits(head, hit.actor.title)):
            return hit.actor
    return None


# where the title a story puts before a person's name starts: after the last clause break (a
# sentence's full stop, not an initial's: "U.S. Ambassador")
_TITLE_START = re.compile(r"[,;:!?()\"“”\n]|(?<=[a-z\d])\.(?=\s)")
_DESCRIPTION_WORD = re.compile(r"[\w.’'&-]+")


def titled_before(speakers: Speakers, pos: int, description: str) -> Actor | None:
    """Who "the White House budget chief" or "the U.S. ambassador" is when the text titled
    someone so right before their name ("White House Budget Chief Jo Roe", "U.S. Ambassador
    to GATT Jo Roe"): the closest person before ``pos`` the title run before whose name holds
    every word of the description, whatever title or affiliation the actor pass recorded (a
    story titles someone once, at the first mention, however far back)."""
    words = [w.lower() for w in _DESCRIPTION_WORD.findall(description)]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return None
    for hit in speakers.index.hits_before(pos, persons=True):
        if hit.is_reference or hit.end > pos or speakers.bodies.in_quote(hit.start):
            continue
        before = speakers.text[max(0, hit.start - 80):hit.start]
        breaks = list(_TITLE_START.finditer(before))
        run = before[breaks[-1].end():] if breaks else before
        if not run.strip() or not run[-1].isspace():
            continue
        have = {w.lower() for w in _DESCRIPTION_WORD.findall(run)}
        if all(w in have for w in words):
            return hit.actor
    return None


def definite_holder(speakers: Speakers, lo: int, hi: int, others: list[Hit]) -> Actor | None:
    """Who the definite description ``text[lo:hi]`` of a person stands for ("the president
    replied", "the top U.S. diplomat said"): the holder of that title (of the states the phrase
    names, ``others``: its non-person hits), the person the text titled so before their name
    ("the budget chief" after "Budget Chief Jo Roe"), the person last named who stands for
    that state, or the body of "the ministry official".  "Our correspondent" is the paper's
    reporter only when the text named one as such, never whoever was named last: ``None``."""
    region = speakers.text[lo:hi]
    states = {speakers.index.party_of(h.actor) for h in others} - {None}
    noun = PERSON_NOUNS.findall(region)[-1].lower()
    held = title_holder(speakers.index, region, states) or titled_before(speakers, lo, region) \
        or described(speakers, lo, states, noun) or official_body(speakers.bodies, lo, hi)
    if held is not None and OUR.match(region) and not (
            held.title and title_fits(noun, held.title)):
        return None
    return held
