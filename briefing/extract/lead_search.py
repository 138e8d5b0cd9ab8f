"""Patterns tried only where a match can begin: at the literal words every match opens with,
at the lines' starts, or in the lines that hold a word every match holds.

Python's regex engine tries a pattern that opens with ``\\b``, a lookbehind, a class or a long
alternation of words at every position of the text, each alternative in turn.  These searches
give the pattern's own matches, as ``finditer`` gives them, from far fewer tries:

* :func:`lead_strings` reads, from the parsed pattern, the literal strings every match begins
  with; :func:`finditer_at_leads` tries the pattern only where ``str.find`` finds one of them
  (the negotiation lexicons' scan tries its patterns where a trie of them matches:
  :func:`briefing.extract.negotiations.scan.lead_finder`);
* :func:`finditer_at_line_starts` tries a ``^``-led pattern at the lines' starts only;
* :func:`finditer_in_lines` searches only the lines where a literal-led finder finds a place
  every match holds.

Used by the actor rules and the negotiation lexicons alike, so it lives beside neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from briefing.extract.gate import starts_of_words


def _starts(items: list[tuple[Any, Any]], c: Any) -> set[str] | None:
    """Literal strings one of which every match of the parsed sequence ``items`` begins with
    (after zero-width assertions); None when that is not sure (a class, a category, a
    sequence that may match empty, a flag group)."""
    for at, (op, av) in enumerate(items):
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: what follows begins the match
        if op is c.LITERAL:
            run = []
            for op2, av2 in items[at:]:
                if op2 is not c.LITERAL:
                    break
                run.append(chr(av2))
            return {"".join(run)}
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            return None if add or remove else _starts(list(sub), c)
        if op is c.ATOMIC_GROUP:
            return _starts(list(av), c)
        if op is c.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                got = _starts(list(alternative), c)
                if got is None:
                    return None
                out |= got
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, _most, sub = av
            inner = _starts(list(sub), c)
            if least >= 1 or inner is None:
                return inner
            rest = _starts(items[at + 1:], c)  # absent: what follows begins the match
            return None if rest is None else inner | rest
        return None
    return None  # nothing that consumes: the sequence may match empty


def lead_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literal strings (as written: case-sensitive) every match of ``pattern`` begins
    with, none the start of another; None when they are not sure."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        starts = _starts(list(_parser.parse(pattern.pattern, pattern.flags)), _constants)
    except Exception:  # noqa: BLE001 - a parser that changed: scanned as before
        return None
    if not starts or "" in starts:
        return None
    return tuple(sorted(s for s in starts if not any(o != s and s.startswith(o) for o in starts)))


def finditer_at_leads(pattern: re.Pattern[str], leads: tuple[str, ...] | None,
                      text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, with ``pattern`` tried only where ``text`` writes one of
    its ``leads`` (:func:`lead_strings`; found by ``str.find``, in C): the same matches (a
    match is never empty, and the next one is searched from the end of the last).  A pattern
    scanned over a whole text that opens with ``\\b`` and a long alternation of words is tried
    by the engine at every position, each alternative in turn; a few ``find`` calls skip to
    the few places that matter."""
    if leads is None:
        yield from pattern.finditer(text)
        return
    starts = sorted(starts_of_words(text, leads))
    match = pattern.match
    end = 0
    for at in starts:
        if at >= end and (m := match(text, at)) is not None:
            end = m.end()
            yield m


def finditer_at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``re.MULTILINE`` pattern that never matches empty and
    every match of which begins with "^" (a line's start: the text's, or after a newline),
    tried only at the lines' starts: the engine tries "^" at every position of the text."""
    match = pattern.match
    at, end = 0, 0
    while at >= 0:
        if at >= end and (m := match(text, at)) is not None:
            end = m.end()
            yield m
        at = text.find("\n", at)
        if at >= 0:
            at += 1


def finditer_in_lines(pattern: re.Pattern[str], finder: re.Pattern[str],
                      text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern no match of which holds a newline and whose
    assertions read a newline as they read the text's end (``\\b``, ``(?![\\w-])``), searched
    only in the lines where ``finder`` (a literal-led pattern, which the engine skips to in C)
    finds a place every match holds (or every match the caller keeps: the others' lines are
    then passed over): a pattern that opens with a class is tried at every capital of the
    text, where the lines that can hold a match are few."""
    find = text.find
    end = -1
    for hit in finder.finditer(text):
        at = hit.start()
        if at < end:
            continue  # (a line already searched)
        start = text.rfind("\n", 0, at) + 1
        end = find("\n", at)
        if end < 0:
            end = len(text)
        yield from pattern.finditer(text, start, end)
