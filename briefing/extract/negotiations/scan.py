"""Running the negotiation cue lexicons fast: patterns keyed by their words, per sentence.

A lexicon pattern that opens with ``\\b`` or with an optional group makes Python's regex engine
try every position of the text; one that opens with literal words is scanned for quickly.  So
each pattern is split at its top-level ``|``, its leading ``\\b`` is dropped (and checked by
hand), and it is indexed by how its literal words start (its leading words, else one
mandatory word of each alternative: :func:`_mandatory_keys`).  A sentence runs only the
patterns one of whose words starts like one of its own words; the result equals a full scan
(tested, also on strings generated from every pattern).
Patterns are compiled for lowercase text (``str.lower`` when it keeps the length, otherwise an
ASCII-only lowering), so no ``IGNORECASE`` slows them down.
"""

from __future__ import annotations

import bisect
import re
import string
from collections import defaultdict
from collections.abc import Iterator
from operator import itemgetter

from briefing.extract.anchored import anchored_keys, key_clauses, keyed_tests
from briefing.extract.gate import (
    class_end,
    fewest,
    lower_of,
    requirements,
    top_level_alternatives,
)
from briefing.extract.lead_search import lead_strings
from briefing.extract.time.word_trie import literal_alternation

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
    i = _group_end(source, 0) - 1  # the first group's ")"
    if source[i + 1:i + 2] in ("?", "*", "{"):
        return None
    words: set[str] = set()
    for alternative in top_level_alternatives(source[3:i]):
        got = _lead_words(alternative)
        if got is None:
            return None
        words |= got
    return words or None


_NON_LETTER_ESCAPES = frozenset("sWdb.,-'&:;!?()[]{}/ ")  # \\s \\W \\d \\b, escaped punctuation


def _group_end(source: str, i: int) -> int:
    """The index just past the group or class opening at ``source[i]``."""
    depth = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = class_end(source, i)
            if depth == 0:  # a class on its own
                return i
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError(source)


def _ends_non_letter(source: str) -> bool:
    """Whether every alternative of ``source`` ends on a character that cannot be a letter."""
    for alternative in top_level_alternatives(source, keep_empty=True):
        if alternative.endswith(" "):
            continue
        body = alternative.removesuffix("+")
        if not body.endswith("\\s"):
            return False
        backslashes = len(body[:-1]) - len(body[:-1].rstrip("\\"))
        if backslashes % 2 == 0:  # "\\\\s": a backslash, then the letter s
            return False
    return True


def _key(word: str) -> str:
    return word[:4]


def _mandatory_keys(source: str, after_non_letter: bool) -> frozenset[str] | None:
    """Keys of which a stretch holding a match of ``source`` has at least one, else None.

    Walks the pattern's top-level sequence: a literal word of three or more letters that is
    not optional and follows a character that cannot be a letter (a space, ``\\s``, the
    pattern's start after a checked ``\\b``) starts a word of the matched text, so its first
    letters are among the stretch's :func:`unit_keys`.  Of each alternative one such word (the
    longest) or one keyed group is chosen; an alternative without one gives None.
    """
    best: frozenset[str] | None = None
    best_rank: tuple[int, int] = (0, 0)
    alternatives = top_level_alternatives(source, keep_empty=True)
    if len(alternatives) > 1:
        keys: set[str] = set()
        for alternative in alternatives:
            got = _mandatory_keys(alternative, after_non_letter)
            if got is None:
                return None
            keys |= got
        return frozenset(keys) if keys else None
    i, n = 0, len(source)
    prev_ok = after_non_letter
    while i < n:
        ch = source[i]
        if ch == "(":
            end = _group_end(source, i)
            quantified = source[end:end + 1] in ("?", "*", "{")
            inner = source[i + 1:end - 1]
            if inner.startswith(("?=", "?!", "?<=", "?<!")):
                i = end  # a lookaround consumes nothing: what precedes is unchanged
                continue
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                return best  # a flag group or a named one: stop here
            if not quantified:
                got = _mandatory_keys(inner, prev_ok)
                if got is not None:
                    rank = (-len(got), min(len(k) for k in got))
                    if best is None or rank > best_rank:
                        best, best_rank = got, rank
            # what follows touches no letter when the group always ends on one that is not
            # ("(?:into\\s+)?"), and, if the group may be absent, when what preceded did not
            ends_ok = _ends_non_letter(inner)
            i, prev_ok = end, ends_ok and (prev_ok or not quantified)
            while i < n and source[i] in "?*+":
                i += 1
            if i < n and source[i] == "{":
                i = source.index("}", i) + 1
            continue
        if ch == "[":
            end = _group_end(source, i)
            i, prev_ok = end, False
            continue
        if ch == "\\":
            escaped = source[i + 1:i + 2]
            i += 2
            ok = escaped in _NON_LETTER_ESCAPES
            quantifier = source[i:i + 1]
            if quantifier in ("?", "*", "{"):  # maybe absent: what came before it may touch
                ok = ok and prev_ok
                i = source.index("}", i) + 1 if quantifier == "{" else i + 1
            elif quantifier == "+":
                i += 1
            prev_ok = ok
            continue
        if ch in "|)":
            return best
        if ch in "?*+{^$.":
            i, prev_ok = i + 1, False
            continue
        if "a" <= ch <= "z" and prev_ok:
            j = i
            while j < n and "a" <= source[j] <= "z" and source[j + 1:j + 2] not in ("?", "*", "{"):
                j += 1
            word = source[i:j]
            if len(word) >= 3:
                rank = (-1, len(word))
                if best is None or rank > best_rank:
                    best, best_rank = frozenset({_key(word)}), rank
            # the rest of the run (and an optional last letter) is skipped as letters
            while j < n and "a" <= source[j] <= "z":
                j += 1
            i, prev_ok = j, False
            continue
        prev_ok = not ("a" <= ch <= "z") and not ch.isalnum() and ch != "_"
        i += 1
    return best


def lead_finder(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A literal alternation (a trie) found at every position where ``pattern`` can match:
    the literal strings its matches begin with.  None when they are not sure."""
    # a string that another one begins ("conclud", "concluding") adds no position
    kept = lead_strings(pattern)
    return None if kept is None else literal_alternation(list(kept))


def _finditer_from_leads(pattern: re.Pattern[str], lead: re.Pattern[str], low: str, lo: int,
                         hi: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(low, lo, hi)``, trying ``pattern`` only where ``lead`` finds the
    start of a match (:func:`lead_finder`): the same matches, as finditer gives them (each
    search resumes at the end of the last match; a match is never empty, it begins with a
    literal).  The engine cannot skip ahead for a pattern that opens with a lookbehind, and
    tries a long alternation branch by branch at each position; the trie is tried once."""
    q = lead.search(low, lo, hi)
    while q is not None:
        s = q.start()
        m = pattern.match(low, s, hi)
        if m is None:
            q = lead.search(low, s + 1, hi)
            continue
        yield m
        q = lead.search(low, m.end(), hi)


# a word of three letters or more, its first four (or three) letters as the group: findall
# gives each word's 4-letter start itself, with no copy of the whole word to cut (the rest of
# the run is possessive: no letter can follow it, so nothing is ever given back; the group
# opens with one letter, not a repeat, so that the engine skips to letters instead of trying
# a match at every position)
_WORD_START4 = re.compile(r"([a-z][a-z]{2,3})[a-z]*+")
_SHORT_ALTERNATIVE = re.compile(r"(?:^|[(|])[a-z]{1,2}(?=[|)\\])")


_FIRST3 = itemgetter(slice(0, 3))


def unit_keys(low: str, lo: int, hi: int) -> set[str]:
    """The 3- and 4-letter starts of the words of ``low[lo:hi]`` (see :class:`Lexicon`)."""
    # the 4-letter starts by the pattern's group, then the 3-letter starts of those (fewer
    # than the words)
    keys = set(_WORD_START4.findall(low, lo, hi))
    keys.update(list(map(_FIRST3, keys)))
    return keys


class Lexicon:
    """Patterns (in priority order) with their tags, compiled for lowercase text.

    Each pattern is indexed by how its literal words start (:func:`_word_keys`); in a sentence
    only the patterns one of whose words starts like a word of the sentence are run.
    """

    def __init__(self, patterns: list[tuple[str, re.Pattern[str], bool]]) -> None:
        self.patterns = tuple(patterns)
        by_key: dict[str, list[int]] = defaultdict(list)
        always: list[int] = []
        needs: list[tuple[tuple[str, ...], ...]] = []
        tests: list[tuple[tuple[tuple[str, str], ...], ...]] = []
        key_needs: list[dict[str, str]] = []  # (each pattern's keyed strings, for a moment)
        self.leads = tuple(lead_finder(pattern) for _tag, pattern, _b in self.patterns)
        for index, (_tag, pattern, boundary) in enumerate(self.patterns):
            lead = _lead_words(pattern.pattern) if boundary else None
            mandatory = None if lead is not None else _mandatory_keys(pattern.pattern, boundary)
            if lead is not None:
                keys = frozenset(w[:4] for w in lead)
            elif mandatory is not None:
                keys = mandatory
            elif _SHORT_ALTERNATIVE.search(pattern.pattern):
                keys = frozenset()  # "(?:if|unless …)": a two-letter word may be all it needs
            else:
                keys = _word_keys(pattern.pattern)
            if not keys:
                always.append(index)
            for key in keys:
                by_key[key].append(index)
            # the strings a match needs besides its key word ("near|close|imminent" after a
            # deal noun): a span lacking one is not scanned (substring tests in C)
            wanted = tuple(clause for clause in requirements(pattern)
                           if not all(w[:4] in keys or w[:3] in keys for w in clause))
            needs.append(fewest(wanted))
            keyed = anchored_keys(pattern, boundary)
            tests.append(keyed_tests(wanted, keyed, fewest))
            key_needs.append(keyed)
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.key_set = frozenset(self.by_key)
        self.always = tuple(always)
        self.needs = tuple(needs)
        # the needs that open a word, as the word keys a span holding them has: set lookups
        # in the span's keys before any substring test (:mod:`.anchored`)
        self.key_needs = tuple(
            key_clauses(requirements(pattern, every=True), key_needs[index],
                        frozenset(k for k, v in by_key.items() if index in v))
            for index, (_tag, pattern, _boundary) in enumerate(self.patterns))
        # what scan asks of each pattern, in one tuple (one lookup per candidate, not four):
        # the needs as scan tests them, each string with the key it opens a word with, if any
        # (:func:`.anchored.keyed_tests`)
        self.plan = tuple((pattern, boundary, tests[index], self.leads[index],
                           self.key_needs[index])
                          for index, (_tag, pattern, boundary) in enumerate(self.patterns))

    @classmethod
    def of(cls, entries: list[tuple[str, str]]) -> Lexicon:
        out = []
        for tag, source in entries:
            # "a|\bb|\bc" runs as three patterns: each then opens with its literal words
            for alternative in top_level_alternatives(source):
                boundary = alternative.startswith(r"\b")
                body = alternative[2:] if boundary else alternative
                out.append((tag, re.compile(body), boundary))
        return cls(out)

    def candidates(self, keys: set[str]) -> set[int]:
        """The patterns that can match in a stretch whose word starts are ``keys``, in no
        order (:meth:`scan` sorts what they find)."""
        chosen = set(self.always)
        for key in keys & self.key_set:
            chosen.update(self.by_key[key])
        return chosen

    def scan(self, low: str, spans: list[tuple[int, int, set[str]]], first_only: bool = False
             ) -> list[tuple[int, int, int]]:
        """(start, end, pattern index) of every match inside the ``(lo, hi, keys)`` spans; with
        ``first_only``, of each pattern's first match in each span (enough for flags: whether
        a sentence has a cue of a kind, and where the first one is)."""
        # (the patterns run in any order: each pattern's matches are its own, first_only
        # included, and the sort below orders them all by start, end and pattern)
        found: list[tuple[int, int, int]] = []
        plan = self.plan
        for lo, hi, keys in spans:
            stretch = None
            for index in self.candidates(keys):
                pattern, boundary, needs, lead, key_needs = plan[index]
                if key_needs:  # (a few set lookups: most spans that fail their needs fail here)
                    held = True
                    for key_clause in key_needs:
                        for key in key_clause:
                            if key in keys:
                                break
                        else:
                            held = False
                            break
                    if not held:
                        continue
                if needs:  # (inlined _holds: this runs for most candidates of every span)
                    if stretch is None:
                        stretch = low[lo:hi]
                    held = True
                    for clause in needs:
                        for key, needed in clause:
                            # (a string that opens a word is sought only where a word of
                            # the span starts like it)
                            if (not key or key in keys) and needed in stretch:
                                break
                        else:
                            held = False
                            break
                    if not held:
                        continue
                matches = pattern.finditer(low, lo, hi) if lead is None else \
                    _finditer_from_leads(pattern, lead, low, lo, hi)
                for m in matches:
                    s = m.start()
                    if boundary and s and (low[s - 1].isalnum() or low[s - 1] == "_"):
                        continue
                    found.append((s, m.end(), index))
                    if first_only:
                        break
        found.sort()
        return found


class SpanIndex:
    """A document's ``(lo, hi, keys)`` spans sorted by start, as every lexicon's
    :class:`Matches` looks them up: built once per document and shared by the lexicons."""

    __slots__ = ("spans", "starts", "reach", "alone")

    def __init__(self, spans: list[tuple[int, int, set[str]]]) -> None:
        self.spans = sorted(spans, key=itemgetter(0))
        self.starts = [s[0] for s in self.spans]
        reach: list[int] = []  # the furthest end of the spans so far (they may overlap)
        furthest = -1
        for _lo, hi, _keys in self.spans:
            furthest = max(furthest, hi)
            reach.append(furthest)
        self.reach = reach
        # the spans that overlap no other, by their bounds: a lookup of exactly one of them
        # (every sentence's, as the stages ask) is answered by its own matches alone
        self.alone: dict[tuple[int, int], int] = {}
        ordered = self.spans
        for k, (lo, hi, _keys) in enumerate(ordered):
            if lo < hi and (k == 0 or reach[k - 1] <= lo) and (
                    k + 1 == len(ordered) or ordered[k + 1][0] >= hi):
                self.alone[(lo, hi)] = k


class Matches:
    """A lexicon's matches in one document, looked up by unit.

    The ``(lo, hi, keys)`` spans are scanned on demand: a lookup scans (once) only the spans
    that overlap it, and a match never leaves its span, so the answer is the one a scan of
    every span would give (tested); the status lexicon, asked only about negotiation
    sentences, then never runs over the rest of the document.  The spans may come as a
    :class:`SpanIndex` that other lexicons' matches share.
    """

    def __init__(self, lexicon: Lexicon, low: str,
                 spans: list[tuple[int, int, set[str]]] | SpanIndex,
                 first_only: bool = False) -> None:
        self.lexicon = lexicon
        self.low = low
        # each pattern's first match per span only: for lookups of whole spans (flags)
        self.first_only = first_only
        index = spans if isinstance(spans, SpanIndex) else SpanIndex(spans)
        self.spans = index.spans
        self.span_starts = index.starts
        self.reach = index.reach
        self.alone = index.alone
        self.scanned: dict[int, list[tuple[int, int, int]]] = {}

    def _span_matches(self, k: int) -> list[tuple[int, int, int]]:
        got = self.scanned.get(k)
        if got is None:
            got = self.scanned[k] = self.lexicon.scan(self.low, [self.spans[k]],
                                                      self.first_only)
        return got

    def _matches(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """Every match starting in ``[lo, hi)`` and ending by ``hi``, sorted."""
        got: list[tuple[int, int, int]] = []
        k = bisect.bisect_left(self.span_starts, hi) - 1
        while k >= 0 and self.reach[k] >= lo:
            span_lo, span_hi, _keys = self.spans[k]
            if span_hi >= lo:
                found = self._span_matches(k)
                if lo <= span_lo and span_hi <= hi and (not found or found[-1][0] < hi):
                    got.extend(found)  # the span lies inside: all its (sorted) matches do
                else:
                    got.extend(f for f in found if lo <= f[0] < hi and f[1] <= hi)
            k -= 1
        got.sort()
        return got

    def within(self, lo: int, hi: int, exclusive: bool = True) -> list[tuple[int, int, str]]:
        """Matches inside ``[lo, hi)``; with ``exclusive``, no two overlap (earlier patterns
        win), as (start, end, tag) sorted by start."""
        k = self.alone.get((lo, hi))
        # a span's matches lie inside it, sorted: those of a span no other overlaps are all
        # the matches of a lookup of its bounds
        got = self._matches(lo, hi) if k is None else self._span_matches(k)
        if exclusive and len(got) > 1:  # (none or one match: nothing overlaps)
            kept: list[tuple[int, int, int]] = []
            for f in sorted(got, key=lambda f: (f[2], f[0])):
                if not any(a < f[1] and f[0] < b for a, b, _ in kept):
                    kept.append(f)
            got = sorted(kept)
        tags = self.lexicon.patterns
        return [(s, e, tags[k][0]) for s, e, k in got]


def lowercase(text: str) -> str:
    """``text`` lowercased without changing its length (offsets stay valid)."""
    low = lower_of(text)  # (made once per document for every stage that asks)
    if len(low) != len(text):  # "İ" lowercases to two code points
        low = text.translate(ASCII_LOWER)
    return low
