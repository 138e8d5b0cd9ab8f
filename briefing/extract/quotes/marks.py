"""Quotation marks paired within a paragraph: ASCII or curly, mixed in one pair.

A quote that runs to the end of its paragraph stays open there (newswire style for long
quotes); an unclosed quote followed by a new one ends where the next begins.  An ASCII mark
between a letter and a contraction's ending (``isn"t``, ``Reagan"s``: a typist's apostrophe)
is no quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK_CHARS = "\"“”„«»"
MARKS = re.compile(f"[{_MARK_CHARS}]")
_OPENERS = frozenset("“„«")
_CLOSERS = frozenset("”»")
# 'isn"t', 'Reagan"s': an ASCII mark between a letter and a contraction's ending is a typist's
# apostrophe
_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?:t|s|re|ll|ve|d|m)\b')


# a term quoted inside a quote: a few words (40 characters), its closing mark right after them
_INNER_TERM = re.compile(r'[^"\s](?:[^"\n]{0,40}?[^"\s])?"(?=[\s,.;:!?)’\']|$)')


@dataclass(slots=True)
class Raw:
    open_at: int  # offset of the opening mark
    start: int  # inside
    end: int
    close_at: int  # offset after the closing mark (== end when unclosed)


def _is_opening(text: str, i: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-/:;,":
        return not nxt.isspace()
    return False


def _closes_after(text: str, i: int, hi: int) -> bool:
    """Whether two more ASCII marks follow ``i`` in ``text[:hi]``, the first closing a short
    term (a mark right after a word, within a few words) and the second the quote."""
    inner = _INNER_TERM.match(text, i, hi)
    return inner is not None and '"' in text[inner.end():hi]


def _mark_positions(text: str, lo: int, hi: int) -> list[int]:
    """Where :data:`MARKS` matches in ``text[lo:hi]``, in order: one ``str.find`` scan per
    mark (in C) instead of the character class tried at each position."""
    out: list[int] = []
    find = text.find
    for mark in _MARK_CHARS:
        i = find(mark, lo, hi)
        while i >= 0:
            out.append(i)
            i = find(mark, i + 1, hi)
    out.sort()
    return out


def pair_marks(text: str, lo: int, hi: int) -> list[Raw]:
    """Quote spans inside one paragraph ``text[lo:hi]``."""
    out: list[Raw] = []
    open_at: int | None = None
    nested = False  # inside a term quoted within the open quote ('"… buying the "B" shares,"')
    for i in _mark_positions(text, lo, hi):
        ch = text[i]
        if ch == '"' and _APOSTROPHE.match(text, i):
            continue
        if nested:
            nested = False  # the inner term's closing mark
            continue
        if open_at is None:
            if ch in _OPENERS or (ch not in _CLOSERS and _is_opening(text, i, lo)):
                open_at = i
            continue
        if ch in _OPENERS or (ch == '"' and _is_opening(text, i, lo) and i > open_at + 1
                              and text[i - 1].isspace()
                              and text[open_at + 1:i].rstrip()[-1:] in ".?!"):
            # an unclosed quote followed by a new one ("… 26 weeks. "We are …"): the first
            # ends where the second begins
            end = i
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            out.append(Raw(open_at, open_at + 1, end, end))
            open_at = i
            continue
        if ch in _OPENERS:
            continue
        if ch == '"' and text[i - 1].isspace() and _is_opening(text, i, lo) \
                and _closes_after(text, i + 1, hi):
            # a mark after a space and before a word opens: a term quoted inside the quote,
            # whose closing mark comes before the quote's own
            nested = True
            continue
        out.append(Raw(open_at, open_at + 1, i, i + 1))
        open_at = None
    if open_at is not None and hi - open_at > 2:
        # a quote that runs to the end of its paragraph (newswire style for long quotes)
        out.append(Raw(open_at, open_at + 1, hi, hi))
    return [r for r in out if r.end > r.start and text[r.start:r.end].strip()]


