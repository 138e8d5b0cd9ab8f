"""The query engine's tuning constants, its per-word record, and the regular expressions and
set operations its modules share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.search.text import TOKEN

RESCORE = 60  # candidates rescored on their text (or ``limit`` if more are asked for)
NAME_UNITS = 3000  # an actor name in more units than this is not looked up verbatim
PRESCORE = 4000  # candidate sets up to this size are pre-ranked one by one
MIN_HITS = 10  # fewer than this with every word required: also show units missing one word
PREFIX_SCAN = 3000  # vocabulary entries looked at for a prefix
PREFIX_WORDS = 200  # completions kept (most frequent first)
PREFIX_POSTINGS = 40_000  # postings read for one prefix (a one-letter prefix stops here)
BIG_TERM = 20_000  # a word in more units than this is checked on text when others are selective
TEXT_FILTER = 1500  # ...that is, when they leave at most this many candidates
PHRASE_CHECKS = 2000  # candidates checked for a phrase, per query
W_EXACT, W_PREFIX, W_TYPO2 = 1.0, 0.85, 0.5
W_SWAP, W_MISSING, W_EXTRA, W_TYPO1 = 0.85, 0.8, 0.7, 0.65  # one edit, by kind of slip
ACTOR_CUTOFF = 72.0
MEMO_WORDS = 64  # query words (and phrase words) whose expansion an index keeps
EXACT_ID = "="  # "@=jfs": exactly the actor whose id is "jfs" (what choosing a candidate types)


@dataclass
class Matcher:
    """One query's words found in a text in one pass: which term (and weight) each key is."""

    terms: list[TermSets]
    keymap: dict[str, list[tuple[int, float]]]
    pattern: re.Pattern[str] | None


@dataclass
class TermSets:
    """A query word: the vocabulary keys it stands for and, once needed, the units having them."""

    key: str
    matches: dict[str, float]  # vocabulary key -> weight
    cost: int  # postings to read to build ``every``
    idf: float
    pattern: re.Pattern[str] | None  # finds any of ``matches`` (or any completion) in a text
    prefix: bool = False
    every: set[int] | None = None
    exact: set[int] | None = None
    top: set[int] | None = None  # units with the likeliest correction or completion


# A hyphenated compound ("cease-fire", "al-Sham"): indexed also without its hyphens.
COMPOUND = re.compile(r"(?<![^\W_])[^\W_]+(?:-[^\W_]+)+(?![^\W_])")


def hyphen_tolerant(key: str) -> str:
    """``key`` as a regex that also matches it written with hyphens ("cease-fire")."""
    if len(key) < 6 or not key.isalpha():
        return re.escape(key)
    return re.escape(key[0]) + "".join("-?" + re.escape(c) for c in key[1:])


def alternatives(terms: list[tuple[str, bool, dict[str, float]]]) -> re.Pattern[str] | None:
    """A regex finding the words of ``(key, is_prefix, matches)`` terms as whole words.

    A prefix term contributes ``key\\w*`` rather than its (up to hundreds of) completions:
    Python's regex engine tries alternatives one by one, so a short pattern is much faster.
    """
    parts: set[str] = set()
    for key, prefix, matches in terms:
        if prefix:
            parts.add(re.escape(key) + r"[^\W_]*")
            parts.update(hyphen_tolerant(k) for k in matches if not k.startswith(key))
        else:
            parts.update(hyphen_tolerant(k) for k in matches)
    if not parts:
        return None
    words = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + words + r")(?![^\W_])", re.IGNORECASE)


def pick(sets: TermSets, exact_only: bool) -> set[int]:
    """The units of ``sets``: with the word itself only, or with any expansion."""
    chosen = sets.exact if exact_only else sets.every
    return chosen if chosen is not None else set()


@lru_cache(maxsize=256)
def word_pattern(key: str) -> re.Pattern[str]:
    """``key`` as a whole word, any case."""
    return re.compile(r"(?<![^\W_])" + re.escape(key) + r"(?![^\W_])", re.IGNORECASE)


def intersect(sets: list[set[int]]) -> set[int]:
    """The units in every set (smallest first; empty as soon as one is)."""
    if not sets:
        return set()
    ordered = sorted(sets, key=len)
    if not ordered[0]:
        return set()
    return ordered[0].intersection(*ordered[1:])


def words_pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    """Words next to each other, whatever punctuation or spacing separates them."""
    inner = r"[\W_]+".join(re.escape(w) for w in phrase)
    return re.compile(r"(?<![^\W_])" + inner + r"(?![^\W_])", re.IGNORECASE)


def follows(text: str, first: list[tuple[int, int]], second: list[tuple[int, int]]) -> bool:
    """Whether some match of ``second`` comes right after one of ``first`` (punctuation aside)."""
    starts = {a for a, _ in second}
    for _, end in first:
        for gap in range(1, 4):
            if end + gap in starts and not TOKEN.search(text, end, end + gap):
                return True
    return False


def shortest_window(lists: list[list[int]]) -> int:
    """The fewest tokens covering one position from each list (>= len(lists))."""
    events = sorted((p, i) for i, ps in enumerate(lists) for p in ps[:50])
    need = len(lists)
    count: dict[int, int] = {}
    have = 0
    best = 1 << 30
    left = 0
    for right, (pos, i) in enumerate(events):
        count[i] = count.get(i, 0) + 1
        if count[i] == 1:
            have += 1
        while have == need:
            lpos, li = events[left]
            best = min(best, pos - lpos + 1)
            count[li] -= 1
            if count[li] == 0:
                have -= 1
            left += 1
        del right
    return max(best, need)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans merged, in order."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
