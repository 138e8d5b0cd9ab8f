"""Running the negotiation cue lexicons fast: patterns keyed by their words, per sentence.

A lexicon pattern that opens with ``\\b`` or with an optional group makes Python's regex engine
try every position of the text; one that opens with literal words is scanned for quickly.  So
each pattern is split at its top-level ``|``, its leading ``\\b`` is dropped (and checked by
hand), and it is indexed by how its literal words start.  A sentence runs only the patterns one
of whose words starts like one of its own words; the result equals a full scan (tested).
Patterns are compiled for lowercase text (``str.lower`` when it keeps the length, otherwise an
ASCII-only lowering), so no ``IGNORECASE`` slows them down.
"""

from __future__ import annotations

import bisect
import re
import string
from collections import defaultdict

ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _word_keys(source: str) -> frozenset[str]:
    """How the literal words of a pattern start (4 letters, or the whole 3-letter word).

    Optional single letters ("truces?") and classes are dropped first; every match contains at
    least one of these words at the start of a word of the text, because each lexicon pattern
    has a mandatory literal word (checked by the tests against ungated scanning).
    """
    plain = re.sub(r"\\.|\[[^\]]*\]|[a-z]\?", " ", source)
    words = re.findall(r"[a-z]{3,}", plain)
    return frozenset(w[:4] for w in words)


def _lead_words(source: str) -> set[str] | None:
    """The words a match of ``source`` must begin with, or None when that is not plain.

    "(?:talks|negotiat\\w*|met)\\b" -> {"talks", "negotiat", "met"}; an optional first group or
    a first word shorter than three letters gives None.
    """
    m = re.match(r"[a-z]+", source)
    if m:
        word = m.group(0)
        if source[m.end():m.end() + 1] in ("?", "*"):
            word = word[:-1]
        elif source[m.end():m.end() + 1] == "{":
            return None
        return {word} if len(word) >= 3 else None
    if not source.startswith("(?:"):
        return None
    depth, i = 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    if source[i + 1:i + 2] in ("?", "*", "{"):
        return None
    words: set[str] = set()
    for alternative in _top_level_alternatives(source[3:i]):
        got = _lead_words(alternative)
        if got is None:
            return None
        words |= got
    return words or None


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` split at the ``|`` that are outside groups and character classes."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return [p for p in parts if p]


_WORDS3 = re.compile(r"[a-z]{3,}")
_SHORT_ALTERNATIVE = re.compile(r"(?:^|[(|])[a-z]{1,2}(?=[|)\\])")


def unit_keys(low: str, lo: int, hi: int) -> set[str]:
    """The 3- and 4-letter starts of the words of ``low[lo:hi]`` (see :class:`Lexicon`)."""
    words = set(_WORDS3.findall(low, lo, hi))
    return {w[:4] for w in words} | {w[:3] for w in words}


class Lexicon:
    """Patterns (in priority order) with their tags, compiled for lowercase text.

    Each pattern is indexed by how its literal words start (:func:`_word_keys`); in a sentence
    only the patterns one of whose words starts like a word of the sentence are run.
    """

    def __init__(self, patterns: list[tuple[str, re.Pattern[str], bool]]) -> None:
        self.patterns = tuple(patterns)
        by_key: dict[str, list[int]] = defaultdict(list)
        always: list[int] = []
        for index, (_tag, pattern, boundary) in enumerate(self.patterns):
            lead = _lead_words(pattern.pattern) if boundary else None
            if lead is not None:
                keys = frozenset(w[:4] for w in lead)
            elif _SHORT_ALTERNATIVE.search(pattern.pattern):
                keys = frozenset()  # "(?:if|unless …)": a two-letter word may be all it needs
            else:
                keys = _word_keys(pattern.pattern)
            if not keys:
                always.append(index)
            for key in keys:
                by_key[key].append(index)
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.key_set = frozenset(self.by_key)
        self.always = tuple(always)

    @classmethod
    def of(cls, entries: list[tuple[str, str]]) -> Lexicon:
        out = []
        for tag, source in entries:
            # "a|\bb|\bc" runs as three patterns: each then opens with its literal words
            for alternative in _top_level_alternatives(source):
                boundary = alternative.startswith(r"\b")
                body = alternative[2:] if boundary else alternative
                out.append((tag, re.compile(body), boundary))
        return cls(out)

    def candidates(self, keys: set[str]) -> list[int]:
        """The patterns that can match in a stretch whose word starts are ``keys``."""
        chosen = set(self.always)
        for key in keys & self.key_set:
            chosen.update(self.by_key[key])
        return sorted(chosen)

    def scan(self, low: str, spans: list[tuple[int, int, set[str]]]
             ) -> list[tuple[int, int, int]]:
        """(start, end, pattern index) of every match inside the ``(lo, hi, keys)`` spans."""
        found: list[tuple[int, int, int]] = []
        for lo, hi, keys in spans:
            for index in self.candidates(keys):
                _tag, pattern, boundary = self.patterns[index]
                for m in pattern.finditer(low, lo, hi):
                    s = m.start()
                    if boundary and s and (low[s - 1].isalnum() or low[s - 1] == "_"):
                        continue
                    found.append((s, m.end(), index))
        found.sort()
        return found


class Matches:
    """A lexicon's matches in one document, looked up by unit.

    The ``(lo, hi, keys)`` spans are scanned on demand: a lookup scans (once) only the spans
    that overlap it, and a match never leaves its span, so the answer is the one a scan of
    every span would give (tested); the status lexicon, asked only about negotiation
    sentences, then never runs over the rest of the document.
    """

    def __init__(self, lexicon: Lexicon, low: str,
                 spans: list[tuple[int, int, set[str]]]) -> None:
        self.lexicon = lexicon
        self.low = low
        self.spans = sorted(spans, key=lambda s: s[0])
        self.span_starts = [s[0] for s in self.spans]
        reach: list[int] = []  # the furthest end of the spans so far (they may overlap)
        furthest = -1
        for _lo, hi, _keys in self.spans:
            furthest = max(furthest, hi)
            reach.append(furthest)
        self.reach = reach
        self.scanned: dict[int, list[tuple[int, int, int]]] = {}

    def _span_matches(self, k: int) -> list[tuple[int, int, int]]:
        got = self.scanned.get(k)
        if got is None:
            got = self.scanned[k] = self.lexicon.scan(self.low, [self.spans[k]])
        return got

    def _matches(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """Every match starting in ``[lo, hi)`` and ending by ``hi``, sorted."""
        got: list[tuple[int, int, int]] = []
        k = bisect.bisect_left(self.span_starts, hi) - 1
        while k >= 0 and self.reach[k] >= lo:
            if self.spans[k][1] >= lo:
                got.extend(f for f in self._span_matches(k) if lo <= f[0] < hi and f[1] <= hi)
            k -= 1
        got.sort()
        return got

    def within(self, lo: int, hi: int, exclusive: bool = True) -> list[tuple[int, int, str]]:
        """Matches inside ``[lo, hi)``; with ``exclusive``, no two overlap (earlier patterns
        win), as (start, end, tag) sorted by start."""
        got = self._matches(lo, hi)
        if exclusive:
            kept: list[tuple[int, int, int]] = []
            for f in sorted(got, key=lambda f: (f[2], f[0])):
                if not any(a < f[1] and f[0] < b for a, b, _ in kept):
                    kept.append(f)
            got = sorted(kept)
        tags = self.lexicon.patterns
        return [(s, e, tags[k][0]) for s, e, k in got]


def lowercase(text: str) -> str:
    """``text`` lowercased without changing its length (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowercases to two code points
        low = text.translate(ASCII_LOWER)
    return low
