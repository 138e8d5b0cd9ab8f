"""Names that are no actors: documents, programmes, works and currencies.

Facts of English naming: a name whose head noun is a document or a programme ("the Strategic
Defence Initiative", "a new International Natural Rubber Agreement (INRA)", "the PACT Act",
"UNSCR 1701", "the Grand Renaissance Dam (GERD)") names a thing the actors make, sign or
build, not one of them; a state's name or demonym before a currency ("Canadian dlrs",
"Malaysian/Singapore cents") names money, not the state; a region's adjective names a group of
states only before a noun of such a group ("European partners", not "European security"); a
building that stands for a government is a place, not the government, "at the White House" or
"welcomed to the White House", or alone on a line of its own (a remarks' location line, "Oval
Office" over the time it began: gold marks none of the 4 in the released sets).  A name
inside the proper name of a war, a built work, a law or a slogan ("the Ruritanian-Latverian
War", "the Grand Latverian Renaissance Dam", "the Imam Roe International Airport", "the Latveria
Supplemental Appropriations Act", "an America First agenda") names the thing, not the actor:
gold marks none of the 21 in the released sets (session 20), where a summit's, an agreement's
or a charter's name keeps its parties ("the U.S.-Japan Trade Agreement": gold marks them); a
name after a sea's or a strait's ("the Gulf of Latveria") is part of that place's name (2 of 2
unmarked).  Only names the extractor found by pattern are dropped as documents (a
knowledge-base organisation is an actor by fact); currency mentions are dropped for every
actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.model import Actor

# head nouns of documents, programmes and works
_DOC_HEAD = (r"(?:agreements?|arrangements?|accords?|act|acts|treaty|treaties|initiatives?|plans?|pacts?|"
             r"protocols?|charter|memorandum|programmes?|programs?|resolutions?|declarations?|"
             r"statements?|missions?|dam|pipeline|corridor|strategy|framework|roadmap|"
             r"understanding|reference)")
_ENDS_IN_DOC = re.compile(r"\b" + _DOC_HEAD + r"$", re.IGNORECASE)
# "the PACT Act", "UNSCR 1701": an acronym that names a document
_DOC_AFTER = re.compile(r"\s+(?:(?:" + _DOC_HEAD + r")\b|\d)", re.IGNORECASE)
# "… Rubber Agreement (INRA)": the acronym's expansion ends in a document noun
_EXPANSION = re.compile(r"\b" + _DOC_HEAD + r"\s*\(\s*$", re.IGNORECASE)
# a programme named by its head and its aim: "the Partnership for Global Growth", "an
# Initiative on Clean Water" (where the head noun opens the name, not ends it)
_AIM_HEADS = r"(?:Partnership|Initiative|Programme|Program|Plan|Strategy|Framework|Compact)"
_AIM_NAME = re.compile(r"^(?:[A-Z][\w’'-]*\s+)*" + _AIM_HEADS + r"\s+(?:for|on|to)\s+[A-Z]")
# its acronym right after it: "the Partnership for Global Growth (PGG)" or "..., PGG"
_AIM_EXPANSION = re.compile(r"\b" + _AIM_HEADS + r"\s+(?:for|on|to)\s+[A-Z][^.()\n]{0,80}?"
                            r"(?:\(|,)\s*$")
_CURRENCY = re.compile(r"(?:\s*/\s*[A-Z][\w.]*)?\s+(?:dlrs?|dollars?|cents?|cts|pounds|francs|marks|"
                       r"yen|currency|currencies|crowns|pesos|rupees|lire|guilders|rand|"
                       r"rupiah|ringgit|shekels|roubles|rubles|yuan|won|euros)\b", re.IGNORECASE)


# the rest of a thing's proper name after a mention: capitalised words (joined by spaces or
# hyphens, "-American War", "-Middle East Corridor", " Renaissance Dam") ending on the head
# noun of a war, a built work, a law or a slogan, no capitalised word after it on its line
# ("the Latverian War Machine" is the state's)
_THING_TAIL = re.compile(r"(?:[ \t-]+[A-Z][\w’']*){0,5}[ \t-]+(?:War|Wars|Dam|Airport|Corridor|"
                         r"Bridge|Act|First|Canal|Tunnel|Highway|Railway)(?![\w’'-]|[ \t]+[A-Z])")


# a sea's, a strait's or an island's proper name before a mention: "the Gulf of Latveria",
# "the Strait of Hormuz" (gold marks none, session 20)
_FEATURE_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Straits?|Isles?|Islands?) of (?:the )?$")


# "European partners", "Arab states": a region's adjective names a group of states only before
# a noun of such a group ("European security", "the European continent" name none)
_GROUP_AFTER = re.compile(r"\s+(?:states|countries|nations|powers|governments|allies|partners|"
                          r"leaders|members|neighbou?rs|capitals)\b", re.IGNORECASE)


def _names_document(actor: Actor, text: str) -> bool:
    """The actor's name or an alias ends in a document noun or opens with a programme's head
    and aim ("Partnership for ..."), an acronym of it is defined as a document's ("...
    Agreement (INRA)", "the Partnership for Global Growth, PGG"), or every mention is followed
    by a document noun or a number."""
    return any(_ENDS_IN_DOC.search(n) or _AIM_NAME.match(n)
               for n in (actor.name, *actor.aliases)) \
        or any(_EXPANSION.search(text, max(0, m.start - 40), m.start)
               or text[max(0, m.start - 2):m.start].strip() in ("(", ",")
               and _AIM_EXPANSION.search(text, max(0, m.start - 120), m.start)
               for m in actor.mentions) \
        or bool(actor.mentions) and all(_DOC_AFTER.match(text, m.end) for m in actor.mentions)


# "at the White House", "welcome back to the White House", "the White House East Room": a
# government's seat named as the place, not the government acting
_AT_SEAT = re.compile(r"\b(?:(?:at|in|inside|outside|from|into)|(?:welcom\w*|back|visit\w*|"
                      r"invit\w*|came|come|coming|travel\w*|trip|arriv\w*|host\w*|brought|"
                      r"walk\w*)\b[^.;:]{0,60}?\bto)\s+the\s+$", re.IGNORECASE)
_SEAT_ROOM = re.compile(r"\s+(?:East\s+Room|[Bb]riefing\s+[Rr]oom|Rose\s+Garden|[Ll]awn|"
                        r"[Gg]rounds|[Rr]esidence|[Ss]ituation\s+[Rr]oom|Cabinet\s+Room)\b")


def _at_seat(text: str, start: int, end: int) -> bool:
    return bool(_AT_SEAT.search(text, max(0, start - 90), start)
                or _SEAT_ROOM.match(text, end)) or _own_line(text, start, end)


def _own_line(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``..``end`` fill their line (a location line)."""
    return (start == 0 or text[start - 1] == "\n") \
        and (end == len(text) or text[end] in "\r\n")


def drop_non_actors(actors: tuple[Actor, ...], text: str,
                    seats: frozenset[str] = frozenset()) -> tuple[Actor, ...]:
    """``actors`` without documents and programmes the extractor took for organisations, and
    without the mentions that name a currency or, for the ``seats`` (buildings that stand for a
    government, ``seat: true`` in the knowledge base), the building as a place (see the module
    docstring)."""
    out: list[Actor] = []
    for a in actors:
        if a.origin != "kb" and a.kind in ("organization", "other", "person") \
                and _names_document(a, text):
            continue
        kept = tuple(m for m in a.mentions if not _CURRENCY.match(text, m.end)
                     and not _THING_TAIL.match(text, m.end)
                     and not _FEATURE_BEFORE.search(text, max(0, m.start - 16), m.start)
                     and not (a.kind == "state_group" and m.role == "modifier"
                              and not _GROUP_AFTER.match(text, m.end))
                     and not (a.id in seats and _at_seat(text, m.start, m.end)))
        if len(kept) != len(a.mentions):
            if not kept and not a.references:
                continue
            a = replace(a, mentions=kept)
        out.append(a)
    return tuple(out)
