"""Patterns searched only where their words are: substring tests in C before the regex.

A rule's pattern that opens with ``\\b`` or is case-insensitive makes Python's regex engine
try it at every position of the text, although most sentences hold none of its words
("stalled talks on", "witnessed by").  :func:`gated` wraps such a pattern with the literal
strings every match must contain, read from the parsed pattern: a plain run of three or more
characters, or a group whose alternatives each contain one ("stalled|suspended|frozen").  A
text whose lowercase form lacks one of them cannot match, and the regex is not run.  The
strings are ASCII, and ``re.IGNORECASE`` matches an ASCII letter to exactly the characters that
``str.lower`` lowers to it, but for three ("İ", "ı", "ſ"): text holding one of those always
runs the regex.
A pattern the parser cannot read is never gated.  The results are the pattern's own, match for
match (tested on samples of every gated pattern).

:func:`~briefing.extract.match_starts.first_chars` (in :mod:`briefing.extract.match_starts`,
named here too) reads, the same way, the characters a match can start with: a pattern tried at
many positions (the time expressions at each word before a trigger) is tried only where the
text's character is one of them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from briefing.extract.anchored import anchored_keys, key_clauses
from briefing.extract.lowered_texts import _NOT_ASCII_ALIKE as _NOT_ASCII_ALIKE
from briefing.extract.lowered_texts import _PUNCTUATION as _PUNCTUATION
from briefing.extract.lowered_texts import (
    _SHARED_MIN,
    _TEXT_KEYS,
    _lowered,
    _short_lowered,
    ascii_alike_of,
    ascii_short,
)
from briefing.extract.lowered_texts import ascii_alike as ascii_alike
from briefing.extract.lowered_texts import lower_for_twins as lower_for_twins
from briefing.extract.lowered_texts import lower_of as lower_of
from briefing.extract.lowered_texts import lower_short as lower_short
from briefing.extract.lowered_texts import register_keys as register_keys
from briefing.extract.match_starts import first_chars as first_chars
from briefing.extract.tails import tails

# every gated pattern, for the tests that compare each with its ungated self
GATED: list[Gated] = []
_MIN_LEN = 3  # shorter strings ("on") are in most sentences: no use as a gate
_MAX_CLAUSES = 2  # the rarest two requirements (longest strings) are tested
_MATCH_REACH = 400  # .match is gated only when at most this much text follows the position

# the only characters that re.IGNORECASE matches to an ASCII letter while str.lower() does
# not lower them to it: "İ" and "ı" (i), "ſ" (s) (the Kelvin sign lowers to "k"; tested on
# every code point of the BMP; the cased letters beyond it fold among themselves)
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
Clause = frozenset[str]  # one of these strings is in every match


def _rank(clause: Clause) -> tuple[int, int]:
    return (min(map(len, clause)), -len(clause))  # longer strings first, then fewer


def _clauses(items: Sequence[tuple[Any, Any]], c: Any) -> list[Clause]:
    """The requirements of a parsed sequence: each clause holds strings one of which any match
    of the sequence contains (an empty list: nothing is sure)."""
    out: list[Clause] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LEN:
            out.append(frozenset({"".join(run).lower()}))
        run.clear()

    for op, av in items:
        if op is c.LITERAL and av < 128:  # a non-ASCII literal may fold to an ASCII letter
            run.append(chr(av))
            continue
        flush()
        if op is c.SUBPATTERN:
            out.extend(_clauses(av[-1], c))
        elif op is c.ATOMIC_GROUP:
            out.extend(_clauses(av, c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if av[0] >= 1:  # present at least once
                out.extend(_clauses(av[2], c))
        elif op is c.BRANCH:
            alternatives = [_clauses(a, c) for a in av[1]]
            if all(alternatives):
                out.append(frozenset().union(*(max(a, key=_rank) for a in alternatives)))
        # anything else (a class, any character, an assertion, a reference) requires nothing
    flush()
    return out


def requirements(pattern: re.Pattern[str],
                 every: bool = False) -> tuple[tuple[str, ...], ...]:
    """The rarest strings (lowercase) a match of ``pattern`` must contain: for each clause, one
    of its strings (the rarest two clauses; with ``every``, all of them).  Empty when the
    pattern cannot be read or requires nothing sure."""
    if pattern.flags & re.VERBOSE:
        return ()
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        clauses = _clauses(list(parsed), _constants)
    except Exception:  # noqa: BLE001 - a parser that changed: the pattern is simply not gated
        return ()
    best = sorted(set(clauses), key=_rank, reverse=True)[:None if every else _MAX_CLAUSES]
    return tuple(tuple(sorted(clause)) for clause in best)


def fewest(needs: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The same requirements, as the substring tests run them: each clause without the
    strings that hold another of its strings (a text holding "agreement" holds "agree"),
    the shortest first (the likeliest found: a clause that holds stops at its first string)."""
    return tuple(tuple(sorted((s for s in clause if not any(o != s and o in s for o in clause)),
                              key=lambda s: (len(s), s))) for clause in needs)


def starts_of_words(text: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` starts in ``text``, word by word, each word's in order
    (substring searches in C: a regex of the alternatives would try each at every position).
    A list for many words at once; :func:`briefing.extract.occurrences.occurrences` is the
    lazy one for one string."""
    out: list[int] = []
    find = text.find
    for w in words:
        at = find(w)
        while at >= 0:
            out.append(at)
            at = find(w, at + 1)
    return out


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled with ``re.ASCII``: to run instead of it where :func:`ascii_alike`
    (:func:`~briefing.extract.lowered_texts.ascii_alike`: text whose characters beyond ASCII
    are punctuation, most news)."""
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


# the ASCII twin of each pattern asked through ascii_for, by the pattern's id (each entry keeps its
# pattern, so that an id is not reused while it is kept; the patterns are the modules' own)
_TWIN_OF: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def ascii_for(pattern: re.Pattern[str], text: str) -> re.Pattern[str]:
    """``pattern`` to run in ``text``: its ASCII twin (:func:`ascii_twin`, made once) where
    ``text`` is ASCII-alike (:func:`~briefing.extract.lowered_texts.ascii_alike_of`: cached for
    a document, ASCII only for a short text), else ``pattern`` itself."""
    if not ascii_alike_of(text):
        return pattern
    got = _TWIN_OF.get(id(pattern))
    if got is None or got[0] is not pattern:
        got = _TWIN_OF[id(pattern)] = (pattern, ascii_twin(pattern))
    return got[1]


class Gated:
    """A compiled pattern with the strings every match contains (see the module).

    A case-insensitive pattern with an exact case-sensitive twin (see :class:`Lowered`) that
    cannot match empty is searched by the twin on the text's lowercase form, and each place
    the twin matches is matched there by the pattern itself: the same matches, match for
    match (the same match objects but for ``pos``), without ``re.IGNORECASE`` at every
    position of the text.
    In text that :func:`ascii_alike` says so of (most news: a document whose characters beyond
    ASCII are punctuation, and every slice of it) the pattern and its twin run as their
    ``re.ASCII`` twins (compiled at their first such text): the same matches, with ``\\w``,
    ``\\b``, ``\\d`` and case folding read from tables instead of the Unicode database (-1 % of
    the instructions of a pass of articles/)."""

    __slots__ = ("pattern", "needs", "plain", "key_needs", "ascii", "plain_ascii")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = fewest(requirements(pattern))
        self.plain = case_twin(pattern) if _never_empty(pattern) else None
        self.ascii: re.Pattern[str] | None = None  # (made at the first ASCII-alike text)
        self.plain_ascii: re.Pattern[str] | None = None
        # the needs that open a word, as keys of a registered sentence (read as on lowercase
        # text, whatever the pattern's case)
        self.key_needs = key_clauses(requirements(pattern, every=True),
                                     anchored_keys(pattern, False, icase=True)) \
            if self.needs else ()

    def _low(self, text: str) -> tuple[str | None, bool]:
        """The lowercase form of ``text`` for the twin, None where it may differ (see above),
        and whether ``text`` is ASCII-alike (its patterns' ASCII twins run)."""
        if len(text) >= _SHARED_MIN:
            low, plain = _lowered(text)
            return (low if plain else None), ascii_alike_of(text)
        low, folds = _short_lowered(text)
        return (None if folds else low), ascii_short(text)

    def _pattern(self, alike: bool) -> re.Pattern[str]:
        """The pattern to run: its ASCII twin in ASCII-alike text."""
        return (self.ascii or self._ascii_pattern()) if alike else self.pattern

    def _ascii_pattern(self) -> re.Pattern[str]:
        """The pattern's ASCII twin, compiled at its first ASCII-alike text."""
        got = self.ascii = ascii_twin(self.pattern)
        return got

    def _plain(self, alike: bool) -> re.Pattern[str] | None:
        """The case-sensitive twin (None: none), as :meth:`_pattern`."""
        plain = self.plain
        if not alike or plain is None:
            return plain
        got = self.plain_ascii
        if got is None:
            got = self.plain_ascii = ascii_twin(plain)
        return got


    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` surely holds no match (False: it may)."""
        if not self.needs:
            return False
        if len(text) >= _SHARED_MIN and pos >= 0:
            # a window of a document's text: its lowercase form is made once (lower_of), and
            # the window is cut from it once: an ``in`` test of the cut costs a fraction of a
            # ``find(needed, pos, endpos)``, whose arguments are parsed at each call (~700
            # instructions, more than the search of a sentence)
            low, plain = _lowered(text)
            if plain:
                if pos > 0 or endpos < len(low):
                    low = low[pos:endpos]
                for clause in self.needs:
                    for needed in clause:
                        if needed in low:
                            break
                    else:
                        return True
                return False
        # isascii is a flag of the string (O(1)); other text is gated unless it holds one of
        # the four letters IGNORECASE matches to an ASCII one where lower() does not
        if pos <= 0 and endpos >= len(text):
            low, folds = _short_lowered(text)  # (cached: each sentence is asked again and again)
            if folds:
                return False
            if self.key_needs:
                keys = _TEXT_KEYS.get(text)
                if keys is not None:  # (a sentence the tracker keyed)
                    for key_clause in self.key_needs:
                        for key in key_clause:
                            if key in keys:
                                break
                        else:
                            return True
        else:
            part = text[pos:endpos]
            if not part.isascii() and ("\u0130" in part or "\u0131" in part
                                       or "\u017f" in part):
                return False  # (_FOLDS_TO_ASCII, spelt out: a generator costs more)
            low = part.lower()
        for clause in self.needs:
            for needed in clause:
                if needed in low:
                    break
            else:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.absent(text, pos, endpos):
            return None
        if self.plain is None:  # (_pattern, inlined)
            pattern = (self.ascii or self._ascii_pattern()) if ascii_alike_of(text) \
                else self.pattern
            return pattern.search(text, pos, endpos)
        low, alike = self._low(text)
        plain = self._plain(alike)
        if plain is not None and low is not None:
            m = plain.search(low, pos, endpos)
            return None if m is None else self._pattern(alike).match(text, m.start(), endpos)
        return self._pattern(alike).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # an anchored match reads only what it matches: testing the rest of a long text for
        # the strings would cost more than it saves
        if min(endpos, len(text)) - pos <= _MATCH_REACH and self.absent(text, pos, endpos):
            return None
        pattern = (self.ascii or self._ascii_pattern()) if ascii_alike_of(text) else self.pattern
        return pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self.absent(text, pos, endpos):
            return iter(())
        if self.plain is None:  # (_pattern, inlined)
            pattern = (self.ascii or self._ascii_pattern()) if ascii_alike_of(text) \
                else self.pattern
            return pattern.finditer(text, pos, endpos)
        low, alike = self._low(text)
        plain = self._plain(alike)
        if plain is not None and low is not None:
            return self._refound(text, low, pos, endpos, plain, self._pattern(alike))
        return self._pattern(alike).finditer(text, pos, endpos)

    def _refound(self, text: str, low: str, pos: int, endpos: int, plain: re.Pattern[str],
                 pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` in ``text`` where its twin ``plain`` matches in
        ``low``."""
        match = pattern.match
        for m in plain.finditer(low, pos, endpos):
            got = match(text, m.start(), endpos)
            if got is not None:  # (always: the twin matches exactly where the pattern does)
                yield got


def _never_empty(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a character (an empty match would make
    ``finditer`` step on, where matching again at its place would find it again)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return bool(_parser.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0)
    except Exception:  # noqa: BLE001 - a parser that changed: no twin
        return False


def gated(pattern: re.Pattern[str]) -> Gated:
    """``pattern``, searched only in text holding the strings it needs (see the module)."""
    got = Gated(pattern)
    GATED.append(got)
    return got


# Case-insensitive patterns run on lowercase text.  ``re.IGNORECASE`` keeps the regex engine
# from skipping ahead to the characters a match can start with (it tries the whole pattern at
# every position of the text), so a pattern whose letters are all lowercase runs several times
# faster without the flag over the text lowercased (``str.lower``: same result, see _plain_ok).
# Every twin, for the tests that compare each with its case-insensitive self.
LOWERED: list[Lowered] = []
# the categories whose members are the same before and after ``str.lower`` (tested on every
# code point): \d \D \s \S \w \W, and \b \B built on \w
_SAME_AFTER_LOWER = ("CATEGORY_DIGIT", "CATEGORY_NOT_DIGIT", "CATEGORY_SPACE",
                     "CATEGORY_NOT_SPACE", "CATEGORY_WORD", "CATEGORY_NOT_WORD",
                     "CATEGORY_UNI_DIGIT", "CATEGORY_UNI_NOT_DIGIT", "CATEGORY_UNI_SPACE",
                     "CATEGORY_UNI_NOT_SPACE", "CATEGORY_UNI_WORD", "CATEGORY_UNI_NOT_WORD")
_AT_OK = ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING", "AT_BOUNDARY",
          "AT_NON_BOUNDARY", "AT_UNI_BOUNDARY", "AT_UNI_NON_BOUNDARY")


def _lower_char(code: int) -> bool:
    """An ASCII character that ``str.lower`` leaves as it is (no capital letter)."""
    return code < 128 and not 65 <= code <= 90


def _plain_ok(items: Any, c: Any) -> bool:
    """Whether the parsed ``items``, case-insensitive, match a text exactly where they match
    its lowercase form case-sensitively: only ASCII literals without capitals, classes of them
    (ranges inside a-z or free of letters) and case-blind categories, in any structure."""
    for op, av in items:
        if op is c.LITERAL or op is c.NOT_LITERAL:
            if not _lower_char(av):
                return False
        elif op is c.ANY:
            continue
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    if not _lower_char(iav):
                        return False
                elif iop is c.RANGE:
                    lo, hi = iav
                    if not (97 <= lo <= hi <= 122 or (hi < 128 and (hi < 65 or lo > 90)
                                                      and (hi < 97 or lo > 122))):
                        return False
                elif iop is c.CATEGORY:
                    if str(iav) not in _SAME_AFTER_LOWER:
                        return False
                elif iop is not c.NEGATE:
                    return False
        elif op is c.CATEGORY:
            if str(av) not in _SAME_AFTER_LOWER:
                return False
        elif op is c.AT:
            if str(av) not in _AT_OK:
                return False
        elif op is c.SUBPATTERN:
            _group, add, remove, sub = av
            if add or remove or not _plain_ok(sub, c):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _plain_ok(av[1], c):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _plain_ok(av, c):
                return False
        elif op is c.BRANCH:
            if not all(_plain_ok(alternative, c) for alternative in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _plain_ok(av[2], c):
                return False
        else:  # a back-reference, a conditional group: not read here
            return False
    return True


def case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive) without ``re.IGNORECASE``, to match lowercase text
    case-sensitively, with the same matches, span for span, on the lowercase form
    :func:`lower_for_twins` gives (when it says so); None when no such twin is sure (see
    :class:`Lowered`)."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.VERBOSE:
        return None
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        if not _plain_ok(list(_parser.parse(pattern.pattern, pattern.flags)), _constants):
            return None
    except Exception:  # noqa: BLE001 - a parser that changed: the pattern runs as written
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_PLAIN_WORDS = re.compile(r"[a-z0-9 ]+")  # an alternative that is a literal string as written


def class_end(source: str, i: int) -> int:
    """The index just past the character class opening at ``source[i]`` (a ``[``): a ``]``
    right after ``[`` or ``[^`` is a member, as in Python's parser."""
    j = i + 1 + (source[i + 1:i + 2] == "^")
    j += source[j:j + 1] == "]"
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def top_level_alternatives(source: str, keep_empty: bool = False) -> list[str]:
    """``source`` split at the ``|`` that are outside groups and character classes (empty
    alternatives dropped unless ``keep_empty``)."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = class_end(source, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts if keep_empty else [p for p in parts if p]


def _literal_split(plain: re.Pattern[str] | None) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The alternatives of ``plain`` (a top-level alternation) that are literal strings, and
    the others as one pattern (None when there are none): ``plain`` finds something in a text
    exactly when one of the strings is in it or the pattern finds something.  ((), None) when
    ``plain`` is no such alternation."""
    if plain is None or plain.flags & re.VERBOSE:
        return (), None
    parts = top_level_alternatives(plain.pattern, keep_empty=True)
    if len(parts) < 2 or "" in parts:
        return (), None
    words = tuple(p for p in parts if _PLAIN_WORDS.fullmatch(p))
    others = [p for p in parts if not _PLAIN_WORDS.fullmatch(p)]
    if not words:
        return (), None
    return words, re.compile("|".join(others), plain.flags) if others else None


class Lowered:
    """A case-insensitive pattern asked only whether a text holds a match, answered on the
    text's lowercase form by its case-sensitive twin (see above).  Text holding one of the
    three characters IGNORECASE folds to an ASCII letter where ``str.lower`` does not ("İ",
    "ı", "ſ") runs the pattern as written, and so does a pattern with no exact twin.
    A twin that is an alternation of words ("spread|margin|libor|…") is answered by substring
    tests in C (the regex engine tries every alternative at every position), its other
    alternatives by a pattern of their own."""

    __slots__ = ("pattern", "plain", "words", "rest", "tails")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.plain = case_twin(pattern)
        self.words, self.rest = _literal_split(self.plain)
        # a pattern anchored at the end: what the lowercase text must end with (tails)
        self.tails = tails(pattern) if pattern.flags & re.IGNORECASE else None

    def found(self, text: str) -> bool:
        """Whether ``text`` holds a match (``pattern.search(text) is not None``)."""
        if self.plain is None or not text.isascii() and (
                "\u0130" in text or "\u0131" in text or "\u017f" in text):
            return self.pattern.search(text) is not None
        low = text.lower()
        if self.tails is not None and not low.rstrip().endswith(self.tails):
            return False
        if self.words:
            for word in self.words:
                if word in low:
                    return True
            return self.rest is not None and self.rest.search(low) is not None
        return self.plain.search(low) is not None


def lowered(pattern: re.Pattern[str]) -> Lowered:
    """``pattern`` asked on lowercase text (see :class:`Lowered`)."""
    got = Lowered(pattern)
    LOWERED.append(got)
    return got
