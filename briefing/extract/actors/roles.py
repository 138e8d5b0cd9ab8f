"""Parties by role, not by presence: the tiers, revised once the threads are known.

Actor tiers are first set from salience (:mod:`.tiers`), before anyone knows who sits at
the table.  Once the negotiation threads are found, the sides and mediators of the primary
negotiation are parties, and a party is kept at the table when it is

* a side or a mediator of the primary negotiation, or a part of one;
* a principal who speaks for one (a person affiliated with it, promoted when quoted), or
  anyone quoted;
* in the conflict or near the table: named in a sentence of armed conflict (war, troops,
  strikes ...) or of a truce's table (mediation, a truce, hostages, a bilateral meeting), or named often
  (three actor mentions or more).

and moved to *mentioned* when it is only

* a side or mediator of a secondary thread (another negotiation the text reports or recalls);
* in a text that is not about an armed conflict (a trade deal, an accession, a wage round):
  named once or twice, never in a sentence of armed conflict or of a truce's table (a state
  in a market report, a buyer named beside the deal);
* named once, in a list of those consulted that trails off ("officials from A, B, C, and
  others", "... throughout the region");
* a person out of office ("former President X", "his predecessor") who says nothing;
* named only in the question-and-answer segments of a press briefing that never name a side
  or a mediator of the primary (another topic of the day: a state visit, another war);
* a person whose state or organisation was so moved and who is not quoted.

Actors whose tier the user set (curation) are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.model import Actor, Negotiation, Quote

_FORMER = re.compile(r"\b(?:former|ex-|late|then-|predecessor|previous)\W*(?:\w+\W+){0,3}$",
                     re.IGNORECASE)


# the end of a list of those consulted: "A, B, C, and others", "... throughout the region"
_TRAILING_LIST = re.compile(r"[^.;:]{0,80}?,?\s+(?:and|or)\s+(?:many\s+)?others\b|"
                            r"[^.;:]{0,80}?\b(?:throughout|across|around)\s+the\s+region\b",
                            re.IGNORECASE)


_LIST_BEFORE = re.compile(r",\s*(?:and\s+)?(?:the\s+)?$")


def _former(actor: Actor, text: str) -> bool:
    """Every name mention is preceded by "former", "late", "predecessor" (within 4 words)."""
    return bool(actor.mentions) and all(
        _FORMER.search(text, max(0, m.start - 40), m.start) for m in actor.mentions)


def _in_trailing_list(actor: Actor, text: str) -> bool:
    """The one mention is a member of a list after a comma that trails off into "and
    others" or "throughout the region"."""
    start, end = _named(actor)[0]
    return bool(_LIST_BEFORE.search(text, max(0, start - 12), start)
                and _TRAILING_LIST.match(text, end))


_WORD = re.compile(r"[a-z]+")
# words of the negotiating table: a state named beside them may be a side or a mediator the
# thread did not seat ("letters to the leaders of A and B on the hostage talks")
_TABLE = re.compile(r"\b(?:mediat\w*|broker\w*|ceasefire|cease-fire|truce|hostages?|peace|"
                    r"pull-aside|bilateral meeting)\b", re.IGNORECASE)


_WAR_SENTENCES = 2  # sentences of armed conflict that make a text one about a conflict
_OFTEN = 3  # actor mentions that make an actor a protagonist whatever the sentences say


def _named(actor: Actor) -> list[tuple[int, int]]:
    """Where the actor is named as an actor (names, else descriptions: "Kurdish groups")."""
    spans = [(m.start, m.end) for m in actor.mentions if m.role not in ("location", "affiliation")]
    return spans or [(m.start, m.end) for m in actor.references if m.role == "description"]


def _in_conflict(actor: Actor, text: str, sentences: Sequence[tuple[int, int]],
                 armed: frozenset[str]) -> bool:
    """Whether a sentence naming ``actor`` speaks of armed conflict."""
    starts = [s for s, _e in sentences]
    for start, end in _named(actor):
        k = bisect.bisect_right(starts, start) - 1
        lo, hi = sentences[k] if k >= 0 else (max(0, start - 200), end + 200)
        sentence = text[lo:max(hi, end)]
        if any(w in armed for w in _WORD.findall(sentence.lower())) or _TABLE.search(sentence):
            return True
    return False


_QUESTION = re.compile(r"^Q[ .:]", re.MULTILINE)
MIN_QUESTIONS = 3  # a press briefing: several reporters' questions


def _off_topic_spans(text: str, by_id: dict[str, Actor], table: set[str]) -> list[tuple[int, int]]:
    """The question-and-answer segments of a press briefing that name no side or mediator of
    the primary (each segment runs from a reporter's "Q" to the next)."""
    starts = [m.start() for m in _QUESTION.finditer(text)]
    if len(starts) < MIN_QUESTIONS:
        return []
    segments = list(zip(starts, [*starts[1:], len(text)], strict=False))

    def positions(aid: str) -> list[int]:
        own = [m.start for m in by_id[aid].mentions] if aid in by_id else []
        return own + [m.start for a in by_id.values() if a.affiliation == aid
                      for m in a.mentions]

    # the host of the briefing is named everywhere: it tells no topic from another
    seated: list[int] = []
    for aid in table:
        at = positions(aid)
        covered = sum(1 for lo, hi in segments if any(lo <= x < hi for x in at))
        if covered <= len(segments) // 2:
            seated += at
    if not seated:
        return []
    return [(lo, hi) for lo, hi in segments if not any(lo <= x < hi for x in seated)]


def revise_tiers(actors: tuple[Actor, ...], threads: tuple[Negotiation, ...],
                 quotes: tuple[Quote, ...], text: str,
                 protected: frozenset[str] = frozenset(),
                 armed: frozenset[str] = frozenset(),
                 sentences: Sequence[tuple[int, int]] = ()) -> tuple[Actor, ...]:
    """``actors`` with the tiers their roles in ``threads`` give (see the module docstring)."""
    primary = next((t for t in threads if t.primary), None)
    if primary is None or not primary.parties:
        return actors
    by_id = {a.id: a for a in actors}

    def root(aid: str | None) -> str | None:
        seen: set[str] = set()
        while aid and aid in by_id and by_id[aid].part_of and aid not in seen:
            seen.add(aid)
            aid = by_id[aid].part_of
        return aid

    table = set(primary.parties) | set(primary.mediators)
    elsewhere = {p for t in threads if not t.primary for p in (*t.parties, *t.mediators)}
    speakers = {q.speaker for q in quotes if q.speaker}
    seated_people = {a.affiliation for a in actors if a.kind == "person" and a.tier == "party"
                     and a.id in speakers and a.affiliation}
    demoted: set[str] = set()
    off_topic = _off_topic_spans(text, by_id, table)
    # in a text about an armed conflict anyone may be part of it: "peaceful" is for the rest
    # (a trade deal, an accession, a wage round), where a state named in passing is context
    war: list[bool] = []  # computed once, on first need

    def at_war() -> bool:
        if not war:
            war.append(not armed or sum(1 for lo, hi in sentences if any(
                w in armed for w in _WORD.findall(text[lo:hi].lower()))) >= _WAR_SENTENCES)
        return war[0]
    for a in actors:
        named = _named(a)
        if off_topic and a.tier == "party" and a.id not in table and a.id not in protected \
                and a.id not in speakers and named and root(a.affiliation) not in table \
                and all(any(lo <= s < hi for lo, hi in off_topic) for s, _e in named):
            demoted.add(a.id)  # only in another topic of a press briefing
    for a in actors:
        if a.tier != "party" or a.id in protected or a.id in table or a.kind == "person":
            continue
        if a.id in seated_people:
            continue  # its principal is quoted
        n = len(_named(a))
        if n == 0:
            continue
        passing = n == 1 and _in_trailing_list(a, text)
        peaceful = n < _OFTEN and not at_war() and not _in_conflict(a, text, sentences, armed)
        if passing or peaceful or (a.id in elsewhere and n < _OFTEN):
            demoted.add(a.id)
    out: list[Actor] = []
    for a in actors:
        tier = a.tier
        if a.id in protected:
            pass
        elif a.id in table and tier == "mentioned" and a.kind != "person" and _named(a):
            tier = "party"  # a side or a mediator of the primary negotiation sits at the table
        elif a.id in demoted:
            tier = "mentioned"
        elif a.kind == "person" and tier == "mentioned" and a.id in speakers and a.affiliation \
                and root(a.affiliation) in table:
            tier = "party"  # quoted, and speaking for a side or a mediator
        elif a.kind == "person" and tier == "party" and a.id not in speakers:
            home = root(a.affiliation)
            if _former(a, text) or (home is not None and home in demoted):
                tier = "mentioned"
        elif tier == "sub_actor" and root(a.part_of) in demoted:
            tier = "mentioned"
        out.append(a if tier == a.tier else replace(a, tier=tier))
    return tuple(out)
