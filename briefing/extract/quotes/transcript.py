"""Quotes in transcripts: who speaks each turn, and whether marks quote the turn's speaker."""

from __future__ import annotations

import re

from briefing.extract.quotes.actor_index import ActorIndex
from briefing.extract.quotes.words import SPEECH_VERBS
from briefing.model import Document

_REPORTING = re.compile(rf"\b(?:{SPEECH_VERBS}|written|reported|reports|quoted|ask|asking)\b",
                        re.IGNORECASE)
# "I thought, "…"", "we wondered: "…"": the speaker's own thoughts, quoted right after
_OWN_THOUGHT = re.compile(r"(?<![\w’'])(?:I|[Ww]e)\s+(?:just\s+|then\s+)?(?:thought|wondered|"
                          r"told (?:myself|ourselves)|said to (?:myself|ourselves))\s*[,:]?\s*$")
_AUXILIARY = frozenset({"have", "has", "had", "will", "would", "did", "do", "does", "also", "just",
                        "already", "then"})
_FIRST_PERSON = frozenset({"i", "we", "i've", "we've", "i’ve", "we’ve", "i'd", "we'd", "i’d",
                           "we’d"})
# the subject pronouns a coordinated verb may share ("I looked at him and said")
_SUBJECTS = _FIRST_PERSON | {"he", "she", "they", "you", "it"}
_COORDINATION = frozenset({"and", "but"})
_CLAUSE_BREAK = re.compile(r"[,;:—–]")


def _modifier(word: str) -> bool:
    """An auxiliary or an adverb between a subject and its verb ("I usually ask")."""
    return word in _AUXILIARY or (word.endswith("ly") and len(word) > 4)


def own_words(left: str) -> bool:
    """Whether quotation marks after ``left`` (their sentence up to the opening mark) quote
    the speaker of the turn: a reporting verb whose subject is "I" or "we" ("We told them
    that "…"", "As I said, "…"", "I usually ask, "…"", "I looked at him and said, "…"").
    Not "outlets have written "…"", and not marks with no reporting verb ("sometimes I see,
    "…"" quotes what others say); "I thought, "…"" quotes the speaker's own thoughts."""
    if _OWN_THOUGHT.search(left):
        return True
    verbs = list(_REPORTING.finditer(left))
    if not verbs:
        return False
    before = left[:verbs[-1].start()]
    words = [w.lower() for w in before.split()]
    while words and _modifier(words[-1]):
        words.pop()
    if words and words[-1] in _COORDINATION:
        # "I look at the doctor and said": the verb shares the subject of the clause it is
        # coordinated with, the nearest subject pronoun before the conjunction in that clause
        # (not one of a clause set off before it: "if the leader, at a time such as we have
        # now, reaches out and says")
        clause = _CLAUSE_BREAK.split(before)[-1]
        words = [w for w in clause.lower().split() if w in _SUBJECTS][-1:]
    return bool(words) and words[-1].strip(",") in _FIRST_PERSON


def turn_speakers(document: Document, index: ActorIndex) -> list[str | None]:
    """The actor id of each transcript turn's speaker: the actor named or described by the
    turn's label ("MR. KIRBY", "THE PRESIDENT" -- the actor extraction resolved the office
    to its holder at the document's date, "SENIOR ADMINISTRATION OFFICIAL"), else ``None``
    (a reporter's "Q", an unknown "A").  A turn continuing after a heading (no label) is
    the previous turn's speaker."""
    out: list[str | None] = []
    last: str | None = None
    for turn in document.turns:
        if turn.label_span is None:
            out.append(last if not turn.question else None)
            continue
        lo, hi = turn.label_span
        found = [h for h in index.within(lo, hi) if h.end <= hi] if not turn.question else []
        people = [h for h in found if h.actor.kind == "person"]
        pick = (people or found)[:1]
        last = pick[0].actor.id if pick else None
        out.append(last)
    return out




# "when you were saying before, "…"", "you've called it "…"", "in your words, "…"": a reporter
# quoting the official being questioned
_ADDRESSED = re.compile(r"\b(?:you(?:['’]ve|['’]d| have| had| were| are)?\s+(?:\w+\s+){0,2}?"
                        r"(?:said|say|saying|says|told|mentioned|called|call|described|"
                        r"put it|used|wrote|warned|promised|addressed|talked about|spoke about|"
                        r"spoke of|referred to|raised)|(?:in\s+)?your\s+(?:own\s+)?"
                        r"words)\b", re.IGNORECASE)
# What opens another clause, of other people, between that verb and the marks: "you said
# you won't prejudge, but the campaign called him "…"", "what do you say to those who want
# more than "…"" (their words, or nobody's the text names).  Not "which": "you've addressed
# my question, which is about "…"" still quotes the official.
_OTHER_CLAUSE = re.compile(r"[.?!]|\b(?:but|who|whom|while|whereas|although|though)\b",
                           re.IGNORECASE)


def addresses(left: str) -> bool:
    """Whether quotation marks after ``left`` (their sentence up to the opening mark) quote
    the person the question is put to ("when you said "…""): the last such verb before the
    marks, with no other clause opening after it."""
    ends = [m.end() for m in _ADDRESSED.finditer(left)]
    return bool(ends) and not _OTHER_CLAUSE.search(left, ends[-1])


def addressees(document: Document, speakers: list[str | None]) -> list[str | None]:
    """For each turn: the speaker of the answer a question turn is put to (the nearest answer
    before it, else the next one); ``None`` for turns that are no questions."""
    turns = document.turns
    out: list[str | None] = []
    for k, turn in enumerate(turns):
        if not turn.question:
            out.append(None)
            continue
        before = (speakers[j] for j in range(k - 1, -1, -1) if not turns[j].question)
        after = (speakers[j] for j in range(k + 1, len(turns)) if not turns[j].question)
        out.append(next((s for s in before if s), None) or next((s for s in after if s), None))
    return out
