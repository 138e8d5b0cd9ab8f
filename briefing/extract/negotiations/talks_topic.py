"""What a primary thread is about when no item of its agenda is found: the topic its talks are
on, or its dispute, row or strike is over.

"Talks on reinstating the dismissed workers", "negotiations over a contract extension", "the
dispute over port redundancies", "a strike over the austerity programme": the phrase after the
preposition names what the sides negotiate.  :mod:`.agenda` asks it only for a primary thread
with no item at all -- a negotiation always has at least its topic on the agenda -- so that a
thread whose sentences name terms keeps those (reading every "talks on X" as an item as well was
tried in session 21: more items than annotators list, and issue status fell).
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated
from briefing.extract.negotiations import commitments as committed
from briefing.extract.negotiations.labels import TOPICLESS_HEADS, ends_cut, issue_label
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import Unit
from briefing.model import Issue

# the talks or the dispute, then (after whom they are with) the preposition of their topic --
# not a time, a channel or a place said there ("talks on Monday", "over the weekend", "on the
# phone", "on the sidelines of the summit", "on behalf of")
_TOPIC_OF_TALKS = gated(re.compile(
    r"\b(?:(talks|negotiations|discussions|consultations|dialogue|negotiating)|(disputes?|"
    r"rows?|wrangles?|disagreements?|quarrels?|feud|strikes?|stoppages?|walkouts?|protests?))\s+"
    r"(?:(?:with|between|among)\s+(?:(?!(?:will|would|is|are|was|were|has|have|had|to|can|could|"
    r"may|might|must|should|on|over|about|concerning|regarding)\b)[\w.'’&-]+\s+){1,8}?)?"
    r"(?:(?:today|yesterday|tonight|again|here|there|later|earlier|also)\s+)?"
    r"(?:for\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+)?(?:a|an|one|two|three|four|five|"
    r"six|several|many|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:on|over|about|concerning|regarding)\s+(?!(?:the\s+|a\s+|an\s+)?(?:phone|telephone|"
    r"sidelines?|margins?|weekend|behalf|past|next|last|coming|following|previous|course|"
    r"basis|way|record|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"it|this|that|them|these|those|which|what|\d)\b)",
    re.IGNORECASE))
# the talks, then what they are held to do: "talks to unite the two parties", "talks in Bonn
# next month in a bid to repair strained relations", "talks aimed at averting a strike" (not
# what befalls the talks: "talks to resume", "talks to be held", "talks due to begin")
_PURPOSE_OF_TALKS = gated(re.compile(
    r"\b(?:talks|negotiations|discussions|consultations)\s+(?:(?:with|between|in|at)\s+"
    r"(?:[\w.'’&-]+\s+){1,5}?)?(?:(?:next|this|last)\s+\w+\s+)?(?:aimed\s+at|in\s+a\s+bid\s+to|"
    r"designed\s+to|intended\s+to|to)\s+(?!(?:be|have|get|go|come|take|make|start|begin|resume|"
    r"continue|end|open|hold|meet|say|tell|talk|negotiate|reach|conclude|finali[sz]e|discuss|"
    r"the|a|an)\b)", re.IGNORECASE))
# the clause the topic runs in: up to its comma, semicolon, dash or the sentence's end
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[;:!?()]|\.(?=\s|$)|\s[-—–]\s|—")
_POSSESSIVE = re.compile(r"(?:its|their|his|her|our)\s+(?=\w)", re.IGNORECASE)
# "blamed the failure of the talks on the employers": who is blamed, not what is negotiated
_BLAMED = re.compile(r"\bblam(?:e|es|ed|ing)\b", re.IGNORECASE)


def topic_of_talks(text: str, units: list[Unit]) -> tuple[str, str, Unit] | None:
    """The label, status (``open`` for talks, ``contested`` for a dispute) and sentence of the
    first topic the talks or the dispute of ``units`` (a thread's sentences) are said to be on
    or over; None when none is said."""
    for u in units:
        if u.is_title or u.asked:
            continue
        found = [(m.end(), m.group(1) is not None or m.group(2) is None)
                 for m in _TOPIC_OF_TALKS.finditer(text, u.start, u.end)
                 if not _BLAMED.search(text, max(u.start, m.start() - 60), m.start())]
        found += [(m.end(), True) for m in _PURPOSE_OF_TALKS.finditer(text, u.start, u.end)]
        for start, talks in sorted(found):
            if not text[start:start + 1].isalnum():
                continue
            own = _POSSESSIVE.match(text, start)
            if own:  # "talks on its struggle for recovery": the struggle, whoever's it is
                start = own.end()
            stop = _CLAUSE_END.search(text, start, u.end)
            end = stop.start() if stop else u.end
            label = issue_label(text, start, start + 1, end, "other")
            if label and committed.readable(label, 1) and not ends_cut(label) \
                    and not _vague(label):
                return label, "open" if talks else "contested", u
    return None


def _vague(label: str) -> bool:
    """Whether ``label`` names no topic: a vague noun said of nothing ("a specific issue"; not
    "the terms of the November issue")."""
    words = label.lower().split()
    return words[-1] in TOPICLESS_HEADS and "of" not in words


def topic_item(st: TrackerState, units: list[Unit], default: str) -> list[Issue]:
    """The one item of a primary thread none of whose sentences names one: the topic of its
    talks (see :func:`topic_of_talks`), with the talks' status for an item when they have
    one of their own (agreed, stalled), else open -- or contested when it is a dispute's."""
    got = topic_of_talks(st.text, units)
    if got is None:
        return []
    label, status, u = got
    return [Issue("other", label, status if default == "open" else default,
                  (st.doc.span(u.start, u.end),))]
