"""Roundups of reactions: the voices a statement lines up after "Here's what they're saying".

A government's statement may end in a list of reactions, each a line that opens with the
speaker's name and titles, a colon and the quotation ("Sen. Jane Roe: “A historic deal.”",
"Former Ambassador John Doe: “...”"). The line looks like a transcript's speaker label, but the
speaker reacts to the negotiation from outside it: a legislator, a commentator, a former
official. Such a voice is *mentioned*, unless it speaks for a side or a mediator of the primary
negotiation (a minister of a side stays at the table) or is a head of state or government --
GOLD_FORMAT's "quoted principal" -- and is not out of office. A state or body named only in the
roundup's labels (its ministry's line, its leader's title) is mentioned.

A line is a reaction when its label (everything before the colon) is a name with its titles --
words that open with a capital or a digit, short connectors ("to", "for", "of") and
abbreviations ("ret.") -- and the colon is followed by an opening quotation mark: "It said:
“...”" or "Roe told reporters: “...”" name a verb, and a transcript's label ("MR. ROE: Thank
you.") is followed by speech, not a quotation.  A text is a roundup when at least
:data:`ROUNDUP_LINES` lines are reactions; one or two such lines in a news story are its own
principals quoted.

Gold on the released sets (White House roundups, session 21): the voices are mentioned 111 times
and seated 22 (16 in one file, whose annotator seated every foreign leader who praised the plan
and left their states mentioned); quoted heads of third states, every released set: party 30,
mentioned 15.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from briefing.model import Actor, Mention

#: reaction lines that make a roundup (a list of voices, not one quoted principal)
ROUNDUP_LINES = 3

# a label's word: capitalised ("Sen.", "U.S.", "Newsmax’s", "Secretary-General"), a number, or a
# short lower-case connector or abbreviation ("to", "for", "of", "ret.")
_WORD = r"(?:[A-Z0-9][\w.’'&-]*|[a-z]{1,3}\.?|\([^()\n]{1,12}\)|[-–—&])"
_BULLET = r"(?:[-•*]\s+)?"
_OPEN_QUOTE = "“\""
# a label that places its speaker out of office
_FORMER = re.compile(r"\b(?:former|ex-|retired|ret\.)", re.IGNORECASE)
# a reaction line's opening: the label from the line's start (an optional bullet) to the
# colon, then the opening quotation mark
_LABEL = re.compile(rf"{_BULLET}({_WORD}(?:,?[ \t]+{_WORD}){{0,24}},?)[ \t]*:[ \t]*[{_OPEN_QUOTE}]")
# where a reaction line may be: a colon before an opening quotation mark (a cheap first scan)
_COLON_QUOTE = re.compile(rf":[ \t]*[{_OPEN_QUOTE}]")


def reaction_labels(text: str) -> list[tuple[int, int]]:
    """The spans of the labels of a roundup's reaction lines (empty unless the text has at least
    :data:`ROUNDUP_LINES` of them)."""
    colons = [m.start() for m in _COLON_QUOTE.finditer(text)]
    if len(colons) < ROUNDUP_LINES:
        return []
    labels = []
    for at in colons:
        line = text.rfind("\n", 0, at) + 1
        m = _LABEL.match(text, line)
        if m is not None and text.find(":", m.end(1)) == at:
            labels.append((m.start(1), m.end(1)))
    return labels if len(labels) >= ROUNDUP_LINES else []


def _inside(spans: Iterable[tuple[int, int]], start: int) -> bool:
    """Whether ``start`` falls in one of ``spans`` (half-open)."""
    return any(lo <= start < hi for lo, hi in spans)


def roundup_voices(actors: Iterable[Actor], text: str, table: set[str],
                   home: Callable[[str | None], str | None],
                   quoted: Iterable[tuple[int, int]] = (),
                   heads: frozenset[str] = frozenset()) -> set[str]:
    """The ids of the people a roundup names in a reaction label (and nowhere else outside
    quotations) who speak for nobody at the ``table`` and are no head of state or government
    (``heads``), and of the bodies heard only there (``home``: the actor a person's affiliation
    is part of; ``quoted``: the quotations' spans)."""
    labels = reaction_labels(text)
    if not labels:
        return set()
    quotes = list(quoted)
    out: set[str] = set()
    for a in actors:
        if not a.mentions or a.id in table or home(a.id) in table:
            continue
        outside = [m for m in a.mentions if not _inside(quotes, m.start)]
        if not outside or not all(_inside(labels, m.start) for m in outside):
            continue
        if a.kind != "person":
            out.add(a.id)  # a body or state only heard in the roundup ("X Ministry: “…”")
        elif a.id in heads and not _former(outside, labels, text):
            continue  # a quoted principal (GOLD_FORMAT): a head of state or government
        elif home(a.affiliation) not in table or _former(outside, labels, text):
            out.add(a.id)  # for nobody at the table, or out of office ("Former Envoy X")
    return out


def _former(outside: list[Mention], labels: list[tuple[int, int]], text: str) -> bool:
    """Whether every label naming the ``outside`` mentions says they are out of office."""
    return all(
        _FORMER.search(text[lo:hi]) for m in outside for lo, hi in labels if lo <= m.start < hi)
