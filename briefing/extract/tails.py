"""The strings one of which every match of an end-anchored pattern ends with.

A pattern that must end at the end of its text (``$`` or ``\\Z``, perhaps after ``\\s*``:
"was rejected by$", "talks with\\s*$") and is searched in a window is tried by the regex engine
at every position of the window, each try running on until it fails short of the end.  Most
windows do not end with what the pattern ends with ("with", "between", "of"), which a
``str.endswith`` of the window, its trailing spaces stripped, tells at once.  :func:`tails`
reads those strings from the parsed pattern; :func:`ends_with` is the test.  It is a
necessary condition only: a window that passes is searched as before.
"""

from __future__ import annotations

import re
from typing import Any

_MULTILINE_OR_VERBOSE = re.MULTILINE | re.VERBOSE


def _tails(items: list[Any], c: Any) -> set[tuple[str, bool]] | None:
    """(string, open) for each way the sequence ``items`` can end: the literal characters it
    ends with and whether all of it was literal (more may be read before); None when a part
    cannot be read."""
    out: set[tuple[str, bool]] = {("", True)}
    for i in range(len(items) - 1, -1, -1):  # (an index: mypyc fails on reversed(list[Any]))
        op, av = items[i]
        if not any(is_open for _s, is_open in out):
            break
        if op is c.LITERAL:
            got: set[tuple[str, bool]] | None = {(chr(av), True)}
        elif op is c.IN and all(o is c.LITERAL for o, _a in av):
            got = {(chr(a), True) for _o, a in av}  # ("ba[rz]": the parser's "bar|baz")
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            got = _tails(list(av[3]), c)
        elif op is c.BRANCH:
            got = set()
            for alternative in av[1]:
                inner = _tails(list(alternative), c)
                if inner is None:
                    return None
                got |= inner
        elif op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
            continue  # (zero-width: the characters around it are read by the rest)
        elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            inner = _tails(list(av[2]), c)
            got = None if inner is None else inner | {("", True)}
        else:
            got = {("", False)}  # a class, a repeat, a lookaround: nothing more is sure
        if got is None:
            return None
        out = {(g + s, g_open) if s_open else (s, False)
               for s, s_open in out for g, g_open in got}
    return out


def _spaces(op: Any, av: Any, c: Any) -> bool:
    """Whether the item is a repeat of whitespace only (``\\s*``, ``[ \\t]+``)."""
    if op not in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) or len(av[2]) != 1:
        return False
    sub_op, sub_av = av[2][0]
    if sub_op is c.IN:
        return all((o is c.CATEGORY and a is c.CATEGORY_SPACE)
                   or (o is c.LITERAL and chr(a).isspace()) for o, a in sub_av)
    return sub_op is c.LITERAL and chr(sub_av).isspace()


def tails(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings (lowercase for a case-insensitive pattern), their trailing spaces stripped,
    one of which every match of ``pattern`` ends with before the spaces that end the text;
    None when the pattern is not anchored at the end or they are not sure."""
    if pattern.flags & _MULTILINE_OR_VERBOSE:
        return None  # ("$" at every line's end)
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        items = list(_parser.parse(pattern.pattern, pattern.flags))
        c = _constants
        if not items or items[-1][0] is not c.AT or items[-1][1] not in (c.AT_END,
                                                                       c.AT_END_STRING):
            return None
        items.pop()
        while items and _spaces(items[-1][0], items[-1][1], c):
            items.pop()
        got = _tails(items, c)
    except Exception:  # noqa: BLE001 - a parser that changed: never gated
        return None
    if not got:
        return None
    strings = {s.rstrip() for s, _open in got}
    if "" in strings:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(s.isascii() for s in strings):
            return None  # (a letter IGNORECASE folds otherwise than lower())
        strings = {s.lower() for s in strings}
    return tuple(sorted(strings))


def ends_with(text: str, pos: int, endpos: int, strings: tuple[str, ...]) -> bool:
    """Whether ``text[pos:endpos]``, its trailing spaces stripped, ends with one of
    ``strings`` (the window may end before the text does)."""
    return text[pos:endpos].rstrip().endswith(strings)
