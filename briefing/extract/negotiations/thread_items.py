"""The agenda of a secondary thread told in passing: the deal itself as its one item, and the
agenda words its sentences hold, which leave the primary's."""

from __future__ import annotations

import re

from briefing.extract.negotiations.labels import issue_label
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import Unit
from briefing.model import Issue

_WORD = re.compile(r"[\w-]+")
# the status a passing deal's one item has: as agreed as the deal
ITEM_STATUS = {"agreed": "agreed", "implementing": "agreed",
               "near_agreement": "provisionally_agreed", "stalled": "contested",
               "collapsed": "contested"}


def deal_item(st: TrackerState, u: Unit, at: int, status: str) -> list[Issue]:
    """A passing deal with no agenda word of its own: the deal itself is its one item
    ("the water and solar energy arrangement"), as agreed as the deal is."""
    # the noun phrase ending at the deal noun: back over its modifiers to a determiner
    start = at
    for m in re.finditer(r"[\w’'-]+", st.text[u.start:at]):
        word = m.group(0).lower()
        if word in ("the", "a", "an", "its", "their", "this", "that", "of", "to", "on"):
            start = u.start + m.end() + 1
    noun = _WORD.match(st.text, at)
    if noun is None:
        return []
    label = issue_label(st.text, start, noun.end(), noun.end(), "other")
    return [Issue("other", label, ITEM_STATUS.get(status, "open"),
                  (st.doc.span(u.start, u.end),))]


def claim_topics(st: TrackerState, u: Unit) -> None:
    """The agenda words of ``u`` belong to a secondary thread: they leave the primary."""
    st.claimed.extend((s, e) for s, e, _key in st.issue_matches.within(u.start, u.end))
