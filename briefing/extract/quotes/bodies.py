"""Which body a description, a paper or a pronoun "it" stands for.

:class:`Bodies` answers the questions an attribution asks about organisations, governments and
states, from the position index of every actor's mentions: the government of "ministers
believe", the state behind a person, who issued "the report", the firm of "a company
spokesman", the body of "the council", the non-person antecedent of "it", the body a definite
description refers back to ("An investor partnership …" then "the partnership said").  Names
inside quotes, possessors ("Syria's") and places after a preposition are never the body meant.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from briefing.extract.quotes.actor_index import ActorIndex, Hit
from briefing.extract.quotes.words import REPORT_VERBS
from briefing.model import Actor

# "told Reuters", "informed the board": the one spoken to, never who "it" or "the company" is
_ADDRESSEE_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|informed|informs|asked|asks)\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|to|from|with|into|on|of|for|by|near|across|against|toward|towards|than|"
    r"inside|over|about|between|under|through|via|like)\s+(?:the\s+)?$", re.IGNORECASE)
AUTHOR_WINDOW = 3000  # how far back "the report" looks for the report's author
# the kinds a firm is
FIRM_KINDS = frozenset({"organization"})
# the nouns of "a company spokesman" that stand for a firm; what no body is
_FIRM_NOUNS = frozenset({"company", "firm", "group", "corporation"})
_NOT_A_BODY = frozenset({"person", "state", "state_group", "population"})
# Bodies a head noun stands for whose names seldom hold that noun: "the union" is the United
# Auto Workers, the Teamsters, Unison, the Air Line Pilots Association as much as a "... Union"
_NAMED_AS = {"union": r"union|workers|teamsters|unison|brotherhood|guild|steelworkers|"
                      r"machinists|mineworkers|employees|pilots|afl-cio"}
# Between a body and the person it qualifies: capitalised title words ("President", "Chief
# Executive") or nothing ("Renault President Raymond Levy", "AMC spokesman Jo Roe")
TITLE_WORDS = re.compile(r"(?:\s+(?:[A-Z][\w.-]*|spokes(?:man|woman|person)|chairman|president))"
                         r"{0,4}\s+")
# A body opening its sentence, after a conjunction or "the" at most: the sentence's subject
_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:And|But|However|Meanwhile|Separately),?\s+)?"
                               r"(?:[Tt]he\s+)?")
# A speech verb right after a body's name: the body reports ("Acme said", "the EC also said")
_REPORTS = re.compile(rf"\s*(?:also\s+|\w+ly\s+)?(?:{REPORT_VERBS})\b")
# The verbs of a paper that reports ("the statement said", "Acme's letter added")
_PAPER_VERBS = r"said|says|added|stated"
# "'s statement said": a body's paper reports, its owner speaking
_PAPER_REPORTS = re.compile(r"[’']s?\s+(?:[\w-]+\s+)?(?:statement|letter|communique|report|"
                            rf"announcement|release)\s+(?:also\s+)?(?:{_PAPER_VERBS})\b")
# "The statement said", "the communique added": a paper as the subject of a speech verb
_PAPER_SUBJECT = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>statement|communiqu[eé]|letter|"
                            rf"report|declaration)\s+(?:also\s+)?(?:{_PAPER_VERBS})\b")
# A sentence opening with the paper as its subject ("The communique, …, said", "The statement
# said"): it cites the paper, it does not say who issued it
_CITED_PAPER = re.compile(r"\s*(?:(?:And|But|However|Meanwhile),?\s+)?[Tt]he\s+(?:[\w-]+\s+)?")
PRONOUN_WINDOW = 1500  # how far back a pronoun looks for the person it stands for
# "the partnership said", "but the club added": a definite description by one common noun
_THE_NOUN = re.compile(r"\s*(?:(?:[Aa]nd|[Bb]ut)\s+)?[Tt]he\s+(?P<noun>[a-z]{4,})\s*")


@lru_cache(maxsize=256)
def _noun_used(noun: str) -> re.Pattern[str]:
    """The text using ``noun`` of something: "a/the/its/one <noun>", up to two words
    between (compiled once per noun, not once per call)."""
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{noun}\b")


class Bodies:
    """Finds the non-person actor a description, a paper or "it" stands for."""

    def __init__(self, text: str, index: ActorIndex, sent_starts: list[int],
                 quoted: list[tuple[int, int]]) -> None:
        self.text = text
        self.index = index
        self.sent_starts = sent_starts
        self.quoted = quoted  # the insides of every quote: names there are not speakers
        self.quoted_starts = [a for a, _b in quoted]
        # the body the last spokesperson described by its kind spoke for, and where: "the
        # spokesman" after "a company spokesman" speaks for the same body
        self._spoken_for: tuple[Actor, int] | None = None

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation (names there speak for no one outside it)."""
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def not_quoting(self, lo: int) -> Callable[[Actor], bool]:
        """Whether a person may be the speaker of the quotation that closes right before
        ``lo`` (an attribution's start): not when its words name them ('"I had a word with
        Olof," he said' is no words of Olof's)."""
        i = bisect.bisect_right(self.quoted_starts, lo) - 1
        named = frozenset() if i < 0 or not 0 <= lo - self.quoted[i][1] <= 3 else frozenset(
            h.actor.id for h in self.index.within(*self.quoted[i])
            if h.actor.kind == "person" and not h.is_reference)
        return lambda actor: actor.id not in named

    def possessive(self, hit: Hit) -> bool:
        """"Syria's main opposition group said": Syria is not the speaker."""
        return self.text.startswith(("'s ", "’s ", "' ", "’ "), hit.end)

    def prepositional(self, hit: Hit, lo: int) -> bool:
        """Whether ``hit`` follows a preposition (after ``lo``) or is a place: no subject."""
        before = self.text[max(lo, hit.start - 16):hit.start]
        return bool(PREPOSITION_BEFORE.search(before)) or hit.role == "location"

    def government(self) -> Actor | None:
        """The government actor of the document, for "ministers believe …"."""
        govs = [a for a in self.index.actors if a.kind == "government"
                and "government" in (a.id + " " + a.name).lower()]
        if not govs:
            return None
        return max(govs, key=lambda a: len(a.mentions) + len(a.references))

    def ministers_of(self, hits: list[Hit], pos: int) -> Actor | None:
        """Whom a collective subject at ``pos`` that stands for a government ("ministers", "the
        administration") speaks for: the body (not a state) of ``hits`` named right before it
        ("the EC ministers"), else the document's government ("Norland ministers believe"),
        else the state the clause names."""
        whose = [h.actor for h in hits if h.actor.kind != "state" and h.end <= pos
                 and not self.text[h.end:pos].strip()]
        return (whose[-1] if whose else None) or self.government() or self.state_of(hits)

    def state_of(self, hits: list[Hit]) -> Actor | None:
        """The state or organisation the last of ``hits`` stands for."""
        for h in reversed(hits):
            party = self.index.party_of(h.actor)
            if party is not None and party in self.index.by_id:
                return self.index.by_id[party]
        return None

    def author_of(self, noun: str, pos: int) -> Actor | None:
        """Who issued the report (statement, letter …) last mentioned before ``pos``: the
        first actor of the latest sentence before that names such a paper and an actor
        ("Oxfam says in a report", "a statement by the ministry"), names in quotes aside."""
        floor = max(0, pos - AUTHOR_WINDOW)
        spots = [m.start() for m in re.finditer(rf"\b{noun}s?\b", self.text[floor:pos],
                                                re.IGNORECASE)]
        for spot in reversed(spots):
            at = floor + spot
            if self.in_quote(at):
                continue
            i = bisect.bisect_right(self.sent_starts, at) - 1
            s_lo = self.sent_starts[i] if i >= 0 else 0
            s_hi = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
            hits = [h for h in self.index.within(s_lo, min(s_hi, pos))
                    if not self.in_quote(h.start) and h.role != "location"
                    and not self.possessive(h)]
            if _CITED_PAPER.fullmatch(self.text, s_lo, at) and not any(h.start < at for h in hits):
                # "The communique, released at the meetings of the IMF and the World Bank,
                # said": a sentence citing the paper as its subject names no issuer
                continue
            if hits:
                # ("Renault President Raymond Levy said in a statement": the firm modifies the
                # person named right after it, who speaks)
                first, after = hits[0], hits[1:2]
                if after and first.actor.kind != "person" and after[0].actor.kind == "person" \
                        and TITLE_WORDS.fullmatch(self.text, first.end, after[0].start):
                    return after[0].actor
                return first.actor
        return None

    def spokes_body(self, pos: int, noun: str | None, definite: bool) -> Actor | None:
        """Whom a spokesperson described by a body's kind speaks for: "a company spokesman"
        the firm last named, "a bank spokeswoman" the body last named with "bank" in its name;
        "the spokesman" with no kind the body the last such spokesperson spoke for."""
        body: Actor | None = None
        if noun is None:
            if definite and self._spoken_for is not None \
                    and pos - self._spoken_for[1] <= PRONOUN_WINDOW:
                body = self._spoken_for[0]
        elif noun.lower() in _FIRM_NOUNS:
            body = self.last_non_person(pos, FIRM_KINDS, PRONOUN_WINDOW)
        else:
            body = self.last_named_body(pos, noun)
        if body is not None:
            self._spoken_for = (body, pos)
        return body

    def last_named_body(self, pos: int, noun: str, window: int = PRONOUN_WINDOW) -> Actor | None:
        """The non-person actor named last before ``pos`` (within ``window``, the pronoun's)
        whose mention or name holds ``noun`` ("Atlantic Council" for "the council"); names
        inside quotes and possessors aside."""
        stem = "organi" if noun.lower().startswith("organi") else noun  # (either spelling)
        word = re.compile(rf"\b(?:{_NAMED_AS.get(stem.lower()) or re.escape(stem)})",
                          re.IGNORECASE)
        for hit in self.index.hits_before(pos, max(0, pos - window)):
            # (never a state or a group of states: "the union said" is no Soviet Union, "the
            # community said" no European Community of member states)
            if hit.actor.kind in _NOT_A_BODY or hit.end > pos or self.in_quote(hit.start) \
                    or hit.is_reference:
                continue
            if word.search(self.text, hit.start, hit.end) or word.search(hit.actor.name):
                return hit.actor
        return None

    def described_as(self, region: str, pos: int) -> Actor | None:
        """The body "the <noun>" (``region``, an attribution's subject at ``pos``) refers back
        to, when the text described something by that noun before ("An investor partnership,
        seeking …", "an offer to buy the football club"): the firm an "it" there would stand
        for (see ``it_speaker``).  (A person's role, "the striker", is the caller's to rule out; a
        noun the text never used of anything introduces no one it could mean.)"""
        m = _THE_NOUN.fullmatch(region)
        if m is None:
            return None
        floor = max(0, pos - AUTHOR_WINDOW)
        if m["noun"] not in self.text[floor:pos]:
            return None  # (the cheap test first)
        used = _noun_used(m["noun"])
        if not any(not self.in_quote(u.start()) for u in used.finditer(self.text, floor, pos)):
            return None
        found = self.it_speaker(pos)
        # (a firm: "the measure", "the editorial" said are papers, whose issuer is no firm
        # named near them)
        return found if found is not None and found.kind in FIRM_KINDS else None

    def last_non_person(self, pos: int, kinds: frozenset[str] | None = None,
                         window: int = 600) -> Actor | None:
        """The non-person actor named last before ``pos`` (of ``kinds``), see ``_bodies_before``."""
        return next((hit.actor for hit in self._bodies_before(pos, kinds, window)), None)

    def _bodies_before(self, pos: int, kinds: frozenset[str] | None,
                       window: int) -> Iterator[Hit]:
        """The non-person mentions before ``pos`` (within ``window``), the closest first, that
        may be a subject's antecedent."""
        for hit in self.index.hits_before(pos, max(0, pos - window)):
            # ("The LSE rejected Deutsche Boerse's offer … But it agreed": a possessor is no
            # antecedent of the subject "it", nor a name inside someone's quoted words)
            if hit.actor.kind != "person" and hit.end <= pos and not self.prepositional(hit, 0) \
                    and not self.possessive(hit) and (kinds is None or hit.actor.kind in kinds) \
                    and not _ADDRESSEE_BEFORE.search(self.text, max(0, hit.start - 12),
                                                     hit.start) and not self.in_quote(hit.start):
                yield hit

    def it_speaker(self, pos: int, window: int = 600) -> Actor | None:
        """Who "it" is as the subject of a speech verb at ``pos``: the body named last, when
        that body opens its sentence (a subject); else the body last named as the subject of
        a speech verb ("Acme said … It said Zelco may be reviewing other deals … "…," it
        said": Acme, not Zelco, named inside what Acme said) or whose paper spoke ("Dome's
        statement said"); else the body named last."""
        owner = next((h for h in self.index.hits_before(pos, max(0, pos - window))
                      if h.actor.kind != "person" and h.end <= pos and self.possessive(h)
                      and not self.in_quote(h.start) and _PAPER_REPORTS.match(self.text, h.end)),
                     None)
        papers = [m for m in _PAPER_SUBJECT.finditer(self.text, max(0, pos - window), pos)
                  if not self.in_quote(m.start())]
        paper = papers[-1] if papers else None
        nearest: Hit | None = None
        for hit in self._bodies_before(pos, None, window):
            if paper is not None and hit.start < paper.start():
                # "The statement said …. "…," it said": the paper, whose author speaks
                # (named where the paper was issued, before the sentence that cites it)
                author = self.author_of(paper["noun"], paper.start())
                if author is not None:
                    return author
                paper = None  # (no issuer named: the bodies before it, as usual)
            if owner is not None and hit.start < owner.start:
                break  # (the paper's report is closer than any body's)
            if nearest is None:
                nearest = hit
                i = bisect.bisect_right(self.sent_starts, hit.start) - 1
                s_start = self.sent_starts[i] if i >= 0 else 0
                if _SENTENCE_SUBJECT.fullmatch(self.text, s_start, hit.start):
                    return hit.actor
            if _REPORTS.match(self.text, hit.end):
                return hit.actor
        if paper is not None and nearest is None:
            return self.author_of(paper["noun"], paper.start())
        found = owner or nearest
        return found.actor if found is not None else None
