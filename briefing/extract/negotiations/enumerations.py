"""Negotiation sides: names that sit inside an enumeration of *other* cases are no sides.

"She has brokered peace between A and B, C and D, E and F" lists earlier deals; "neighbours
such as A, B and C" gives examples.  Neither puts its names at this article's table, so their hits
add nothing to the side scores (a state of the enumeration that is also named elsewhere as a side
keeps the evidence of those other sentences).  A plain list ("working with A, B, and C") is not
an enumeration: it names the sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.gate import gated
from briefing.extract.quotes.actor_index import Hit

_BETWEEN = gated(re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE))  # (most lack it)
_EXAMPLES = gated(re.compile(
    r"\b(?:such\s+as|including|like|among\s+them|notably|namely)\s+"
    r"(?:the\s+)?$", re.IGNORECASE))
# inside a pair ("A and B") and between pairs ("…, C and D", "…; C and D", "…, and C and D")
_AND_GAP = re.compile(r"^\s+and\s+(?:the\s+)?$", re.IGNORECASE)
_PAIR_SEP = re.compile(r"^\s*[,;]\s*(?:and\s+)?(?:the\s+)?$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:the\s+)?$", re.IGNORECASE)
MIN_PAIR_NAMES = 4  # two pairs at least: one pair after "between" is the article's own
MIN_EXAMPLES = 3  # "such as A, B and C"
_POSSESSIVE = re.compile(r"['’]s?\b")


def enumerated(text: str, lo: int, hits: Sequence[Hit]) -> set[int]:
    """``id()`` of the ``hits`` (in text order, within a unit starting at ``lo``) that belong
    to an enumeration of several pairs after "between", or of three or more examples after
    "such as", "including", "like"."""
    out: set[int] = set()
    i = 0
    while i < len(hits):
        before = text[max(lo, hits[i].start - 20):hits[i].start]
        j = i
        if _BETWEEN.search(before):
            while j + 1 < len(hits) and (_AND_GAP if (j - i) % 2 == 0 else _PAIR_SEP).match(
                    text[hits[j].end:hits[j + 1].start]):
                j += 1
            if j - i + 1 < MIN_PAIR_NAMES:
                j = i
        elif _EXAMPLES.search(before):
            while j + 1 < len(hits) and _LIST_GAP.match(text[hits[j].end:hits[j + 1].start]):
                j += 1
            # two names after "including" may be the sides themselves ("the key actors,
            # including A and B"); a possessive ("including A and B's agreement") names a deal
            if j - i + 1 < MIN_EXAMPLES or _POSSESSIVE.match(text, hits[j].end):
                j = i
        if j > i:
            out.update(id(h) for h in hits[i:j + 1])
            i = j + 1
        else:
            i += 1
    return out
