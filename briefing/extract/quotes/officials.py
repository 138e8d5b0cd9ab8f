"""Whose words an unnamed official's quote is, and an unnamed onlooker's.

eval/CONVENTIONS.md ("Open", counted in sessions 15-17): the released gold gives an unnamed
official's words to the body he belongs to where the text names it ("the Bank of Japan official
said" is the central bank speaking, "an official of the ministry" the ministry, and after
"Indian officials responded …", "an official told Reuters" one of them: India), and an
anonymous analyst's, diplomat's or insider's words to nobody: such a person speaks for no side.
"A senior administration official" stays a person (a settled line: an unnamed principal); "a
Reagan administration official" names his body, the administration, and "a senior Norlish
government official" his state (counted in session 23: the state 8, nobody 2).
A bare "one" as the subject ('"…," said one') is one of the group the text named last: one of
the officials of a body or state it named ("U.S. officials see …"), else nobody's voice.
"""

from __future__ import annotations

import re

from briefing.extract.quotes.actor_index import Hit
from briefing.extract.quotes.bodies import AUTHOR_WINDOW, PRONOUN_WINDOW, Bodies
from briefing.extract.quotes.phrases import SPOKES_DESC
from briefing.model import Actor

# who an official may belong to, named in his description (a state named there alone is the
# state: see official_body)
OFFICIAL_BODY_KINDS = frozenset({"organization", "government", "igo", "armed_group"})
# the head of an official's description ("a senior Finance Ministry official")
OFFICIAL_HEAD = re.compile(r"\bofficials?\s*\Z", re.IGNORECASE)
# heads of onlookers: they speak for themselves, for no side ("one analyst said", "a Western
# diplomat said", "an insider in the talks"); a source only when the description names no one
# ("a USDA source" is someone of the department)
ONLOOKERS = frozenset({"analyst", "analysts", "diplomat", "diplomats", "insider", "insiders",
                       "economist", "economists", "observer", "observers"})
SOURCES = frozenset({"source", "sources"})
# "a U.S. banker told Reuters", "one Tokyo dealer said": an onlooker introduced by his nation
# or city is no voice of that state (the attribution's whole noun phrase)
ONLOOKER_PHRASE = re.compile(
    r"\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Ss]everal)\s+"
    r"(?:[\w.&’'-]+\s+){0,3}?(?:analyst|banker|dealer|trader|broker|economist|diplomat|observer|"
    r"insider)s?\s*", re.IGNORECASE)
# "a senior administration official": an unnamed principal, a person actor (CONVENTIONS.md)
_ADMINISTRATION = re.compile(r"\badministration\b", re.IGNORECASE)
# "Reagan administration", "Roe-Lee Administration": an administration named by its leader(s)
_LEADERS_ADMINISTRATION = re.compile(r"[A-Z][\w’'-]*\s+[Aa]dministration")
# "an official of the ministry", "a senior official at the IMF": where his body is named
_OF_BODY = re.compile(r"\s+(?:of|at|for|from|with)\s+(?:the\s+)?")
# a body's head noun as a modifier of "official" ("the senior ministry official")
_BODY_NOUN = re.compile(r"\b(?P<noun>ministry|department|bank|commission|agency|board|council|"
                        r"union|committee|authority|bureau|fund|embassy|office)\s+officials?\s*\Z",
                        re.IGNORECASE)
# the words between a description's determiner and its head: up to six, a bracketed
# abbreviation among them ("a senior Harbour Bank (HB) official")
_DESCRIPTION_WORDS = r"(?:(?:[\w.&’'-]+|\([A-Z][\w.&-]*\))\s+){0,6}?"
# an unnamed spokesperson's or official's description, from its determiner
_DESCRIBED = re.compile(rf"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+{_DESCRIPTION_WORDS}"
                        r"(?:spokes(?:man|woman|person)|officials?)\b")
# an official described ("a senior Harbour Bank (HB) official", "one official", "the ministry
# official")
_INTRODUCED = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+{_DESCRIPTION_WORDS}official\b")
# "the official", "the senior official": a description that names no body, only refers back
_BARE = re.compile(r"[Tt]he\s+(?:senior\s+|same\s+|top\s+|other\s+)?official", re.IGNORECASE)
# a description that refers back ("the official", "But the ministry official")
_DEFINITE = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?[Tt]he\b")
# between a person's name and the body he holds a post in: ", managing director of the "
_POST_OF = re.compile(r",\s+(?:[\w-]+\s+){0,5}?(?:of|at)\s+(?:the\s+)?")
# the officials of a body, plural ("EC Commission officials said", "Indian officials
# responded"): whom a later bare "an official" is one of
_PLURAL = re.compile(r"\bofficials\b")
# one lower-case word between the name and "officials" ("Indian government officials"), never
# a function word ("talks with Japan, the officials said")
_MODIFIER = re.compile(r"(?:\s+(?!(?:the|a|an|and|or|of|to|by|with|that|said|told)\b)[a-z]+)?"
                       r"\s+\Z")


# '"…," said one', '"…," another added', "But one of them said": elliptic for one of a group
# named before
ELLIPTIC_ONE = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?(?:[Oo]ne|[Aa]nother)(?:\s+of\s+them)?\s*")


def one_of_them(bodies: Bodies, lo: int) -> Actor | None:
    """Whom the elliptic "one" (``ELLIPTIC_ONE``, an attribution's subject at ``lo``) speaks
    for: the body or state whose officials the text named last ("U.S. officials see signs …"),
    as an official of theirs would; None for one of anyone else (dealers, diplomats, workers)."""
    return _officials_of(bodies, lo)


def head_noun(description: str) -> str:
    """The last word of a description, lower-cased ("senior Bank of Japan official")."""
    words = description.split()
    return words[-1].lower() if words else ""


def onlooker(description: str, names_someone: bool) -> bool:
    """Whether the description is of an onlooker whose words are nobody's ("one analyst",
    "a Western diplomat"; "a source close to the talks", unless it names someone)."""
    head = head_noun(description)
    return head in ONLOOKERS or (head in SOURCES and not names_someone)


def official_body(bodies: Bodies, lo: int, hi: int) -> Actor | None:
    """The body the unnamed official described by ``text[lo:hi]`` belongs to: one named in the
    description ("the Bank of Japan official") or right after it ("an official of the
    ministry"), the body its head noun names ("the senior ministry official": the ministry
    last named), or -- a bare "an official" -- the body or state whose officials the text
    spoke of last ("Indian officials said …"); else None."""
    text = bodies.text
    region = text[lo:hi]
    if not OFFICIAL_HEAD.search(region):
        return None
    hits = [h for h in bodies.index.within(lo, hi) if h.end <= hi and h.role != "location"
            and not h.is_reference]
    if _ADMINISTRATION.search(region) and not any(
            h.actor.kind == "government" and _LEADERS_ADMINISTRATION.fullmatch(text, h.start, h.end)
            for h in hits):
        # ("a senior administration official": an unnamed principal; "a Reagan
        # administration official" names the administration he speaks for)
        return None
    definite = _DEFINITE.match(region) is not None
    named = [h.actor for h in hits if h.actor.kind in OFFICIAL_BODY_KINDS]
    body = named[-1] if named else _after(bodies, hi)
    noun = _BODY_NOUN.search(region)
    if body is None and noun is not None and not hits:
        # (a ministry an official was said to be of stays the story's ministry: a wire story
        # names it once, at its head)
        body = bodies.last_named_body(lo, noun["noun"], AUTHOR_WINDOW)
    if body is not None:
        # ("the State Bank official" after "Jo Roe, director of the State Bank": him)
        return (_member_named(bodies, body, lo) if definite else None) or body
    states = {h.actor.id: h.actor for h in hits if h.actor.kind == "state"}
    if len(states) == 1 and len(states) == len({h.actor.id for h in hits}) and noun is None:
        # "a senior Japanese government official", "one U.S. official": the state his
        # description names, whose government he speaks for (released gold, dev-blind21:
        # the state 8 quotes, nobody 2, an anonymous person 3 in one file)
        return next(iter(states.values()))
    if definite and not hits and noun is None and len(region.split()) <= 3:
        # "the official said", "the senior official added": the one introduced before ("a
        # senior Harbour Bank official said …"), whose body he still speaks for
        return _introduced_body(bodies, lo)
    if hits or definite or len(region.split()) > 3:
        # (a state or person named; "the senior official" is the one introduced before, not
        # one of the officials a plural named; more description than "a senior official")
        return None
    return _officials_of(bodies, lo)


# "a Senate source", "a Venezuelan energy ministry source": an anonymous source whose
# description names the body he is of (the head last, the body before it, no preposition)
_SOURCE_HEAD = re.compile(r"\bsources?\s*\Z", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:close|near|in|at|to|from|with|of|for|on|familiar)\b", re.IGNORECASE)
# a government's own noun after a state's name ("a Japanese government source")
_GOVERNMENT_NOUN = re.compile(r"\b(?:government|ministry|department|embassy)\b", re.IGNORECASE)


def source_body(bodies: Bodies, lo: int, hi: int) -> Actor | None:
    """The body an anonymous source described by ``text[lo:hi]`` is of, when the description
    names it before its head ("a Senate source" the Senate, "a Venezuelan energy ministry
    source" Venezuela): CONVENTIONS.md, an unnamed voice whose body the description names
    speaks for it.  None for a source named by a nation alone ("Japanese sources", split in
    the gold), by what he is close to ("a source close to the talks": an onlooker) or by
    nothing ("one banking source")."""
    text = bodies.text
    region = text[lo:hi]
    if not _SOURCE_HEAD.search(region) or _PREPOSITION.search(region):
        return None
    for h in reversed(bodies.index.within(lo, hi)):
        if h.end > hi or h.is_reference or h.role == "location" or h.actor.kind == "person":
            continue
        if h.actor.kind in OFFICIAL_BODY_KINDS:
            return h.actor
        if h.actor.kind == "state" and _GOVERNMENT_NOUN.search(text, h.end, hi):
            return h.actor
        return None
    return None


def _introduced_body(bodies: Bodies, lo: int) -> Actor | None:
    """The body of the unnamed official the text described last before ``lo`` (within the
    pronoun's window, outside quotes, a bare "the official" aside): "a senior Harbour Bank
    official", "the ministry official", "one official" after "Indian officials said"; None
    when that one has none (someone new: "an official who took part")."""
    text = bodies.text
    floor = max(0, lo - PRONOUN_WINDOW)
    if "fficial" not in text[floor:lo]:
        return None  # (the cheap test first: most documents name no official)
    for m in reversed(list(_INTRODUCED.finditer(text, floor, lo))):
        if bodies.in_quote(m.start()) or _BARE.fullmatch(m.group(0)):
            continue
        return official_body(bodies, m.start(), m.end())
    return None


def described_body(bodies: Bodies, at: int) -> Actor | None:
    """Whom the unnamed spokesperson or official described at ``at`` speaks for ("a company
    spokesman said …" then ""…," he told Reuters": the company), else None (a doctor, a
    witness: someone in their own right)."""
    m = _DESCRIBED.match(bodies.text, at)
    if m is None:
        return None
    spokes = SPOKES_DESC.match(m.group(0))
    if spokes is not None:
        return bodies.spokes_body(at, spokes["noun"], spokes["det"].lower() == "the")
    if m.group(0).lower().endswith(("man", "woman", "person")):
        # "a Harbour Bank (HB) spokesman said" then ""…," he told Reuters": the body the
        # description names speaks, as it does when the spokesman's own words follow
        named = [h.actor for h in bodies.index.within(at, m.end()) if h.end <= m.end()
                 and not h.is_reference and h.role != "location"
                 and h.actor.kind in OFFICIAL_BODY_KINDS]
        return named[-1] if named else None
    return official_body(bodies, at, m.end())


def _member_named(bodies: Bodies, body: Actor, pos: int) -> Actor | None:
    """The person the text introduced as holding a post in ``body`` before ``pos`` ("Jo Roe,
    managing director of the State Bank"), whom "the State Bank official" refers back to."""
    for h in bodies.index.hits_before(pos, max(0, pos - PRONOUN_WINDOW)):
        if h.actor is not body or h.is_reference or bodies.in_quote(h.start):
            continue
        for p in bodies.index.within(max(0, h.start - 100), h.start):
            if p.actor.kind == "person" and not p.is_reference \
                    and _POST_OF.fullmatch(bodies.text, p.end, h.start):
                return p.actor
    return None


def _after(bodies: Bodies, hi: int) -> Actor | None:
    """The body named right after "of / at / for" following the description ("a senior
    official at the department's Foreign Service": the last of a chain of possessors)."""
    of = _OF_BODY.match(bodies.text, hi)
    if of is None:
        return None
    at = of.end()
    for _ in range(3):
        hit = next((h for h in bodies.index.within(at, at + 1) if h.start == at
                    and not h.is_reference), None)
        if hit is None:
            return None
        if bodies.possessive(hit):
            at = bodies.text.index(" ", hit.end) + 1 if " " in bodies.text[hit.end:hit.end + 4] \
                else hit.end
            continue
        return hit.actor if hit.actor.kind in OFFICIAL_BODY_KINDS | {"state"} else None
    return None


def _officials_of(bodies: Bodies, lo: int) -> Actor | None:
    """The actor (a state or a body) named right before the last plural "officials" before
    ``lo``, outside quotes ("EC Commission officials said", "Indian officials responded")."""
    text = bodies.text
    floor = max(0, lo - PRONOUN_WINDOW)
    for m in reversed(list(_PLURAL.finditer(text, floor, lo))):
        if bodies.in_quote(m.start()):
            continue
        before = _hit_ending(bodies, m.start())
        if before is not None and before.actor.kind != "person":
            return before.actor
    return None


def _hit_ending(bodies: Bodies, pos: int) -> Hit | None:
    """A name mention that ends right before ``pos`` (one space or a lower-case word between:
    "Indian government officials")."""
    window = bodies.text[max(0, pos - 30):pos]
    m = _MODIFIER.search(window)
    end = pos - (len(m.group(0)) if m else 0)
    for h in bodies.index.within(max(0, end - 60), end):
        if h.end == end and not h.is_reference and h.role != "location":
            return h
    return None
