"""The speaker an attribution's noun phrase names outright, and the pronoun that is its subject.

:meth:`~briefing.extract.quotes.resolve.Speakers.in_region` tries the readings of a noun phrase
in turn; these are the ones that need no antecedent search: an anonymous source ("a source
close to the talks"), a possessor whose spokesperson or paper speaks ("Oxfam's spokeswoman",
"United's statement"), an office's spokesperson ("the prime minister's official spokesman"),
a body a spokesperson is "for", a person's description or name -- and, for the pronoun
reading, which "he" or "she" of the phrase is the subject of the speech verb.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.quotes.actor_index import Hit
from briefing.extract.quotes.bodies import Bodies
from briefing.extract.quotes.coordinated import first_of_pair
from briefing.extract.quotes.descriptions import title_holder
from briefing.extract.quotes.officials import OFFICIAL_BODY_KINDS
from briefing.extract.quotes.phrases import (
    LEAD,
    POSSESSED_PAPER,
    POSSESSED_SPOKESPERSON,
    WORD_PAPER,
)
from briefing.extract.quotes.words import PRONOUN_ANY, SPOKESMAN_FOR
from briefing.model import Actor

# the kinds of actor a spokesperson or a paper speaks for: a person, or a body an official may
# belong to
SPOKEN_FOR = OFFICIAL_BODY_KINDS | {"person"}
# "a source close to the talks", "diplomatic sources": an anonymous source is nobody the
# reader can follow; a quote it speaks has no speaker (unless the phrase names a person:
# "Jo Roe, a source close to the talks")
ANONYMOUS_SOURCE = re.compile(r"\bsources?\b", re.IGNORECASE)
# "the prime minister's official spokesman": a spokesperson of an office's holder
TITLED_SPOKESPERSON = re.compile(r"\s*" + LEAD + r"(?P<owner>[Tt]he\s+(?:[\w-]+\s+){0,3}?[\w-]+)"
                                 r"[’']s\s+(?:(?:official|chief|own)\s+)?spokes(?:man|woman|"
                                 r"person)\s*")
# "<subject>, <a parenthesis>, " before a speech verb (a sentence's opening words and no more)
PARENTHESIS_BEFORE_VERB = re.compile(r"\s*(?P<head>[^,;:\"“”]{2,80}),\s+[^,;:\"“”]{2,120},\s*")
# the first "he"/"she" of an attribution's noun phrase (compiled once: in_region reads every
# attribution)
_HE_SHE = re.compile(r"\b(?P<p>he|she|He|She)\b")
# "…, he " right before the speech verb
LAST_PRONOUN = re.compile(r"(?<![\w’'-])(?P<p>he|she|He|She)(?=\s+(?:\w+ly\s+|also\s+|then\s+)?$)")
# What may come before a pronoun that is its clause's subject: nothing, a conjunction, or an
# opening phrase closed by a comma ("At another point, he …").
CLAUSE_OPENING = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Tt]hen|[Yy]et)\s+)?(?:[^,;:\"“”]{1,60},\s*)?")
NAME_WORD = re.compile(r"\b[A-Z][a-z]")  # "he — George Roe said": a name corrects the pronoun


def body_named(actors: Iterable[Actor], word: str) -> Actor | None:
    """The one organisation, government or group (not a person, not a state) with ``word``
    among the words of its name ("United" for Manchester United), else None."""
    owners = [a for a in actors if a.kind in SPOKEN_FOR and a.kind != "person"
              and word in re.split(r"[\s-]+", a.name)]
    return owners[0] if len(owners) == 1 else None


def anonymous_source(bodies: Bodies, lo: int, hi: int, hits: list[Hit]) -> bool:
    """Whether ``text[lo:hi]`` (whose actor mentions are ``hits``) describes an anonymous
    source ("a source close to the talks") and names no person as the one speaking."""
    return ANONYMOUS_SOURCE.search(bodies.text, lo, hi) is not None and not any(
        h.actor.kind == "person" and not h.is_reference and not bodies.prepositional(h, lo)
        for h in hits)


def paper_owner_in(bodies: Bodies, lo: int, hi: int, subject_first: bool,
                   hits: list[Hit]) -> Actor | None:
    """The possessor whose spokesperson or paper ``text[lo:hi]`` is ("Mr Blair's spokesman",
    "Oxfam's statement", "United's statement to the stock exchange"), else None.
    ``subject_first``: the region is a clause ending at the speech verb."""
    text = bodies.text
    for h in hits:
        if bodies.possessive(h) and h.actor.kind in SPOKEN_FOR and (
                POSSESSED_SPOKESPERSON.match(text, h.end, hi)
                or POSSESSED_PAPER.match(text, h.end, hi)):
            # "Mr Blair's spokesman", "Oxfam's spokeswoman", "Mr Crosby's statement": the
            # one they speak for, whose paper it is
            return h.actor
    # (most regions hold no apostrophe: the pattern is not run on them)
    owned = WORD_PAPER.search(text, lo, hi) if subject_first and (
        "'" in text[lo:hi] or "’" in text[lo:hi]) else None
    if owned is not None and not any(h.start < owned.end("owner") and owned.start() < h.end
                                     for h in hits):
        # "United's statement to the stock exchange said": the one body whose name holds
        # the word (Manchester United), whose paper it is
        return body_named(bodies.index.actors, owned["owner"])
    return None


def office_spokesperson(bodies: Bodies, lo: int, hi: int) -> Actor | None:
    """The holder of the office whose spokesperson ``text[lo:hi]`` is ("the prime minister's
    official spokesman"): the holder speaks.  None when it is no such phrase, or nobody known
    holds the office."""
    owner = TITLED_SPOKESPERSON.fullmatch(bodies.text, lo, hi)
    return title_holder(bodies.index, owner["owner"], set()) if owner is not None else None


def named_in_region(bodies: Bodies, lo: int, hi: int, subject_first: bool,
                    hits: list[Hit]) -> Actor | None:
    """The speaker ``text[lo:hi]`` names outright (``hits``: its actor mentions): the body a
    spokesperson is "for", else a person's description, else a person named (never a
    possessor, nor a person after a preposition); None when it names none."""
    text = bodies.text
    for h in hits:
        # "a spokesman for Unison": the organisation speaks (a person after "for" does not)
        if h.actor.kind != "person" and SPOKESMAN_FOR.search(text[max(lo, h.start - 40):h.start]):
            return h.actor
    # ("After the President's comments, the foreign minister said": a possessor is never
    # the speaker)
    refs = [h for h in hits if h.is_reference and h.actor.kind == "person"
            and not PRONOUN_ANY.fullmatch(text[h.start:h.end]) and not bodies.possessive(h)]
    if refs:  # "a senior State Department official who …": the description wins
        return max(refs, key=lambda h: (h.end - h.start, h.end)).actor
    persons = [h for h in hits if h.actor.kind == "person" and not h.is_reference
               and not bodies.prepositional(h, lo) and not bodies.possessive(h)]
    if not persons:
        return None
    if subject_first:
        # "Nazer, in his first interview since succeeding Yamani, said": the clause's subject
        # comes before a parenthesis set off by commas, whoever it names
        framed = PARENTHESIS_BEFORE_VERB.fullmatch(text, lo, hi)
        head = [h for h in persons if framed is not None and h.end <= framed.end("head")]
        return first_of_pair(text, head or persons).actor
    return persons[0].actor


def subject_pronoun(region: str, subject_first: bool) -> re.Match[str] | None:
    """The "he" or "she" of ``region`` that is the subject of the clause the speech verb
    belongs to ("he said"; "At one point, he laughed it off, saying"), else None.
    ``subject_first``: the region is a clause ending at the speech verb, so a pronoun
    followed by more than two words and a name is no subject ("he met Jo Roe, who said")."""
    pron = _HE_SHE.search(region)
    if pron is None:
        return None
    # "He said that, based on talks with Brazilian officials, he believed …": the clause opens
    # with the pronoun and repeats it right before the verb, so both are its subject, whatever
    # names come between them
    last = LAST_PRONOUN.search(region) if subject_first else None
    again = last is not None and last.start() > pron.start() \
        and last["p"].lower() == pron["p"].lower()
    if not subject_first or not region[pron.end():].strip(" ,").strip() \
            or len(region[pron.end():].split()) <= 2 \
            or (CLAUSE_OPENING.fullmatch(region[:pron.start()])
                and (again or not NAME_WORD.search(region, pron.end()))):
        return pron
    return None
