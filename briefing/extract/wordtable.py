"""A document's tokens, split and lowered once for every stage that reads them.

:func:`word_table` cuts a text into the KB's tokens (:data:`briefing.knowledge.TOKEN_RE`: runs
of word characters and single punctuation marks) and keeps each token's bounds, its raw and
lowercase forms and whether it begins with a capital, as parallel lists; the actor stage's
:class:`briefing.extract.actors.scan.Tokens` reads them.  A few tables are cached, keyed by the
text itself (the pipeline analyses one document at a time; each entry keeps its text, so its
id is not reused while it is cached), so that a second reader of the same text (the sidecar's
actor curation) does not cut it again.  The lists are shared: no reader changes them.

What a stage asks of the words beyond these lists stays with the stage: keying each sentence by
its words' starts from a per-word table instead of a regex over the sentence was measured and
does not pay (benchmarks/NOTES_issue16.md, session 16).
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from operator import itemgetter

from briefing.extract.gate import ascii_alike, ascii_twin
from briefing.knowledge import TOKEN_RE

_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})")  # split at the KB's tokens, kept
# the same where it finds the same (text whose non-ASCII characters are punctuation: most
# news), a fifth fewer instructions (no Unicode database call per character)
_TOKEN_SPLIT_ASCII = ascii_twin(_TOKEN_SPLIT)
_FOLD = str.maketrans({"‐": "-", "‑": "-", "’": "'", "‘": "'", "`": "'"})
_FOLDED_MARKS = "‐‑’‘`"  # (the keys of _FOLD)
_FIRST = itemgetter(0)


class WordTable:
    """A text's tokens as parallel lists: ``starts``, ``ends``, ``raw`` (as written), ``norm``
    (lowercase, curly apostrophes and odd hyphens folded), ``caps`` (begins with a capital)."""

    __slots__ = ("text", "starts", "ends", "raw", "norm", "n", "caps")

    def __init__(self, text: str) -> None:
        self.text = text
        # the text split at its tokens alternates spaces and tokens (parts[0] and parts[-1]
        # may be empty), so the running sum of the parts' lengths alternates token starts and
        # ends: split, slices, map and accumulate all run in C (a loop of additions over
        # findall's (space, token) pairs took a third longer)
        parts = (_TOKEN_SPLIT_ASCII if ascii_alike(text) else _TOKEN_SPLIT).split(text)
        raw = parts[1::2]
        bounds = list(accumulate(map(len, parts)))
        self.starts: list[int] = bounds[0:-1:2]
        self.ends: list[int] = bounds[1::2]
        self.raw: list[str] = raw
        norm = list(map(str.lower, raw))
        if not text.isascii():  # (an O(1) flag of the string) curly apostrophes, odd hyphens
            # each folded mark is a token of its own (no word character, no space): the
            # tokens to fold start where one search of the text finds the marks, a few a
            # text, instead of a set lookup per token
            # (one str.find scan per mark, in C: the marks' class tried at each position of
            # the text cost more; the order the tokens are folded in does not matter)
            starts = self.starts
            find = text.find
            for mark in _FOLDED_MARKS:
                at = find(mark)
                while at >= 0:
                    i = bisect.bisect_left(starts, at)
                    norm[i] = raw[i].translate(_FOLD)
                    at = find(mark, at + 1)
        self.norm = norm
        self.n = len(raw)
        # a token is never empty: its first character's case, without a slice per token
        self.caps: list[bool] = list(map(str.isupper, map(_FIRST, raw)))


_TABLES: dict[int, WordTable] = {}


def word_table(text: str) -> WordTable:
    """The :class:`WordTable` of ``text``, made once however many stages ask (the last few
    texts are kept)."""
    got = _TABLES.get(id(text))
    if got is None or got.text is not text:
        got = WordTable(text)
        if len(_TABLES) >= 4:
            _TABLES.clear()
        _TABLES[id(text)] = got
    return got
