"""People named by a given name alone inside a sentence: "we spoke to Rachel and Jon", "I
asked Karine yesterday", "thinking about Evan and his family".

A fact of English: inside a sentence only names are capitalised, so a capitalised given name
that stands alone there -- after a lower-case word or a comma, with no capitalised word next to
it (:data:`briefing.extract.actors.new_people.lone_given` sees to the one after) -- names a
person the reader knows by that name, unless the word before makes it a thing or a place ("the
Queen", "a Christian", "in Sydney", "until June", "before Ramadan") or a place's region follows
("Kimberley, B.C.", "Aurora, Colorado"), a number ("Jan 1") or a hyphen ("Sydney-based").  The
calendar's names ("June", "Ramadan") and titles ("Sultan") are no given names here.
:func:`briefing.extract.actors.unknown_people.discover_people` makes such a name, with no
person of the text to own it, a person of its own (gold marks them: family members, reporters
spoken of in a briefing, colleagues called by their first name).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from briefing.extract.actors.base import MONTHS, WEEKDAYS
from briefing.extract.occurrences import occurrences
from briefing.knowledge import KnowledgeBase

# words before a capitalised word that make it a thing or a place, not a person
_NOT_AFTER = frozenset({"the", "a", "an", "this", "these", "those", "in", "at", "from",
                        "near", "of", "until", "till", "through", "throughout", "before",
                        "after", "during", "since", "by", "via", "into", "across", "outside",
                        "inside", "around", "toward", "towards", "each", "every", "our",
                        "their", "its", "his", "her", "my", "your", "on", "onto", "upon"})
# a capitalised word just before (a given name before a surname: "Tom Kay")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
# the word (or comma) just before: "asked Karine", "Thank you, Aamer"
_WORD_BEFORE = re.compile(r"(?:\b([a-z]+)|(,))[ \t]+$")
# after it: a number ("Jan 1"), a hyphen or a slash ("Sydney-based"), or a comma and a
# capitalised word (a region: "Kimberley, B.C."; a given name may follow: "Jill, Doug and I")
_AFTER = re.compile(r"(?:['’]s)?(?:[ \t]*\d|[-/]|,[ \t]+([A-Z][\w.]*))")
# the calendar's names, some given names too ("June", "Ramadan"): no person (lower case)
CALENDAR = MONTHS | WEEKDAYS | {"ramadan"}


@lru_cache(maxsize=4)
def familiar_given(kb: KnowledgeBase, given: frozenset[str]) -> frozenset[str]:
    """The given names a name alone is read as (lower case): of ``given`` (the finder's), the
    lexicon's and the first names of the KB's people, without the census's rarer ones, which
    are places, brands and words as often ("Kimberley", "Sydney", "Brent", "Royal")."""
    lexicon, census = set(kb.words("given_names")), kb.words("given_names_census")
    return frozenset(n for n in given if n in lexicon or n not in census)


def _after_given(text: str, name: str, given: Container[str]) -> bool:
    """Whether ``name`` follows a capitalised given name somewhere in ``text`` ("Tom Kay"):
    its occurrences found by ``str.find``, the word before each read back."""
    for at in occurrences(text, name):
        g = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
        if g is not None and g.group(1).lower() in given \
                and not text[at + len(name):at + len(name) + 1].isalnum():
            return True
    return False


def spoken_of(text: str, start: int, end: int, given: Container[str],
              titles: Container[str], surnames: Container[str] = ()) -> bool:
    """Whether the word at ``start``..``end``, one of the ``given`` names, stands alone inside
    a sentence as a person (see the module docstring), not as the surname of a person the text
    names in full (one of ``surnames``, or after a given name: "Tom Kay ... Kay told")."""
    word = text[start:end].lower()
    if word not in given or word in CALENDAR or word in titles or word in surnames:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in _NOT_AFTER:
        return False
    after = _AFTER.match(text, end)
    if after is not None and not (
            (region := after.group(1)) is not None and (region == "I" or region.lower() in given)):
        return False
    return not _after_given(text, text[start:end], given)


_ARTICLE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")
_ADDRESS_END = re.compile(r"[ \t]*(?:[.?!,;:—–]|$)", re.MULTILINE)


def as_thing(text: str, start: int) -> bool:
    """Whether an article before ``start`` makes the capitalised word there a thing ("The
    Oscar winner"), even once the text has a person of that name ("of Rachel" stays hers)."""
    return _ARTICLE.search(text, max(0, start - 5), start) is not None


def is_address(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` stands as an address: at a line's start or after
    a stop, comma or dash, and before a stop, comma or dash or the line's end ("Go ahead,
    Nadia.", "Sam?")."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    before = k == 0 or text[k - 1] in "\n.?!:,—–"
    return before and _ADDRESS_END.match(text, end) is not None
