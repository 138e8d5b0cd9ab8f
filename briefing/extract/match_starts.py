"""What a match can start with: the characters a pattern's match begins with, read from the
parsed pattern.

A pattern tried at many positions ("match here?": the time expressions at each word before a
trigger) is tried only where the text's character is one of :func:`first_chars`.  The reading
follows the parse tree of Python's own regex parser (``re._parser``): a literal, a class, the
first of a sequence after zero-width items, every alternative of a branch, a repeat that may
be skipped (then what follows too).  Anything it cannot bound (``\\w``, a negated class, a
non-ASCII letter under IGNORECASE, a parser that changed) gives ``None``: no filter.  The
patterns searched only where their words are, the other reading of a parsed pattern, are
:mod:`briefing.extract.gate`'s.
"""

from __future__ import annotations

import re
from typing import Any

# The letters IGNORECASE matches beyond a letter's two cases (see gate._FOLDS_TO_ASCII; the
# Kelvin sign is a "k").
_EXTRA_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_RANGE_LIMIT = 512  # a wider class is "anything"


def _cases(ch: str, icase: bool) -> set[str] | None:
    if not icase:
        return {ch}
    if not ch.isascii():
        return None  # non-ASCII case folding: give up ("anything")
    low = ch.lower()
    return {ch, low, ch.upper(), *_EXTRA_CASES.get(low, "")}


def _class_firsts(items: Any, c: Any, icase: bool) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    digits = False
    for op, av in items:
        if op is c.LITERAL:
            got = _cases(chr(av), icase)
        elif op is c.RANGE and av[1] - av[0] < _RANGE_LIMIT:
            got = set()
            for code in range(av[0], av[1] + 1):
                cased = _cases(chr(code), icase)
                if cased is None:
                    return None
                got |= cased
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            digits, got = True, set()
        else:  # a negated class, \w, \s, a wide range: anything
            return None
        if got is None:
            return None
        chars |= got
    return chars, digits


def _firsts(items: Any, c: Any, icase: bool) -> tuple[set[str], bool, bool] | None:
    """(characters, whether any decimal digit, whether the sequence may match empty) a match of
    the parsed ``items`` can start with; None when that may be anything."""
    chars: set[str] = set()
    digits = False
    inner: tuple[set[str], bool, bool] | None
    for op, av in items:
        if op is c.LITERAL:
            got = _cases(chr(av), icase)
            return None if got is None else (chars | got, digits, False)
        if op is c.IN:
            cls = _class_firsts(av, c, icase)
            return None if cls is None else (chars | cls[0], digits or cls[1], False)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: what follows starts the match
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            inner = _firsts(sub, c, bool((icase or add & re.IGNORECASE)
                                         and not remove & re.IGNORECASE))
        elif op is c.ATOMIC_GROUP:
            inner = _firsts(av, c, icase)
        elif op is c.BRANCH:
            inner = (set(), False, False)
            for alternative in av[1]:
                alt = _firsts(alternative, c, icase)
                if alt is None:
                    return None
                inner = (inner[0] | alt[0], inner[1] or alt[1], inner[2] or alt[2])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            rep = _firsts(av[2], c, icase)
            inner = None if rep is None else (rep[0], rep[1], rep[2] or av[0] == 0)
        else:  # any character, a reference, a category outside a class: anything
            return None
        if inner is None:
            return None
        chars |= inner[0]
        digits = digits or inner[1]
        if not inner[2]:
            return chars, digits, False
    return chars, digits, True


def first_chars(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The characters a match of ``pattern`` starts with, and whether also any decimal digit
    (``str.isdecimal``, which is what ``\\d`` matches); None when it may be anything or empty."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        got = _firsts(list(_parser.parse(pattern.pattern, pattern.flags)), _constants,
                      bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a parser that changed: no filter
        return None
    if got is None or got[2]:
        return None
    return frozenset(got[0]), got[1]
