"""The needs of a pattern that open a word: tested on a sentence's word keys.

A lexicon pattern runs in a sentence only when the sentence holds the strings every match
needs (:func:`briefing.extract.gate.requirements`: substring tests in C, ~550 instructions each
over a sentence, most of them failing).  Many of those strings open a word in every match
("agreement" in "reached an agreement", after a space): then a sentence holding the match holds
a word that starts like the string, and the sentence's word keys
(:func:`briefing.extract.negotiations.scan.unit_keys`: the 3- and 4-letter starts of its runs
of ``[a-z]``, made once per sentence for the lexicons) already say whether it can.  A clause all
of whose strings are read so is tested by set lookups first; a sentence lacking every key of it
holds no match, and its substring tests are not run.  The matches are the pattern's own, match
for match: the keys only skip sentences in which the pattern cannot match.  The gates
(:class:`briefing.extract.gate.Gated`) do the same for a sentence the tracker has keyed
(:func:`briefing.extract.gate.register_keys`), reading their case-insensitive patterns as they
ask about the sentence's lowercase form.

:func:`anchored_keys` reads the parsed pattern: a literal string opens a word when the character
before it cannot be a letter ``a-z`` -- a literal space or mark, a class of such, ``\\b`` before
a letter, the pattern's start when the caller checks a word boundary there -- or it holds such
a place itself ("an agreement": "agreement" after the space).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _key_of(run: str, after_non_letter: bool) -> str | None:
    """The most selective key a text holding ``run`` (a literal string of a match) surely has:
    the first 4 (or 3) letters of a run of 3 letters or more that opens a word, or None."""
    best: str | None = None
    i, n = 0, len(run)
    while i < n:
        if run[i] in _LETTERS and (after_non_letter if i == 0 else run[i - 1] not in _LETTERS):
            j = i
            while j < n and run[j] in _LETTERS:
                j += 1
            if j - i >= 3:
                key = run[i:i + 4] if j - i >= 4 else run[i:j]
                if best is None or len(key) > len(best):
                    best = key
            i = j
            continue
        i += 1
    return best


def _class_non_letter(items: Any, c: Any, icase: bool) -> bool:
    """Whether a character class surely matches no letter ``a-z`` (ignoring case: no letter
    and nothing at or above "A" in a range)."""
    for op, av in items:
        if op is c.LITERAL:
            if chr(av).lower() in _LETTERS:
                return False
        elif op is c.RANGE:
            if av[1] >= ord("A") if icase else av[0] <= ord("z") and av[1] >= ord("a"):
                return False
        elif op is c.CATEGORY:
            if av not in (c.CATEGORY_SPACE, c.CATEGORY_DIGIT):
                return False
        else:  # a negated class, anything else: it may hold a letter
            return False
    return True


class _Walk:
    """The literal runs of a parsed pattern (as :func:`gate.requirements` cuts them), each with
    the key it surely gives a text holding it (None: none)."""

    def __init__(self, c: Any, icase: bool) -> None:
        self.c = c
        # ignoring case, the pattern is asked about lowercase text: its letters are read in
        # lower case (and a literal "A" is a letter)
        self.icase = icase
        self.keys: dict[str, set[str | None]] = {}

    def _flush(self, run: list[str], before: bool) -> None:
        if len(run) >= 3:
            raw = "".join(run)
            if self.icase:
                raw = raw.lower()
            key = _key_of(raw, before) if raw == raw.lower() else None
            self.keys.setdefault(raw.lower(), set()).add(key)
        run.clear()

    def seq(self, items: Sequence[tuple[Any, Any]], before: bool) -> bool:
        """Walks ``items`` where ``before`` says whether the character before them cannot be
        a letter ``a-z`` (when the next one is a letter); returns the same after them."""
        c = self.c
        run: list[str] = []
        run_before = before
        for op, av in items:
            if op is c.LITERAL and av < 128:
                if not run:
                    run_before = before
                run.append(chr(av))
                before = (chr(av).lower() if self.icase else chr(av)) not in _LETTERS
                continue
            self._flush(run, run_before)
            if op is c.LITERAL or op is c.NOT_LITERAL or op is c.ANY:
                before = op is c.LITERAL and chr(av).lower() not in _LETTERS
            elif op is c.IN:
                before = _class_non_letter(av, c, self.icase)
            elif op is c.AT:
                if av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING,
                          c.AT_BEGINNING_LINE):
                    before = True  # (\b before a letter: a non-word character before it)
                elif av is c.AT_NON_BOUNDARY:
                    before = False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                pass  # zero width: what comes before the next character is unchanged
            elif op is c.SUBPATTERN:
                before = self.seq(av[-1], before)
            elif op is c.ATOMIC_GROUP:
                before = self.seq(av, before)
            elif op is c.BRANCH:
                outs = [self.seq(alternative, before) for alternative in av[1]]
                before = all(outs)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                # a repeat's second turn follows its first: its body is read as if anything
                # came before it (what it says then holds for every turn)
                after = self.seq(av[2], False)
                before = after if av[0] >= 1 else (after and before)
            else:
                before = False
        self._flush(run, run_before)
        return before


def anchored_keys(pattern: re.Pattern[str], after_non_letter: bool,
                  icase: bool = False) -> dict[str, str]:
    """For the literal strings of ``pattern`` (lowercase, as :func:`gate.requirements` gives
    them) that surely open a word wherever a match holds them, the key a sentence holding them
    has; ``after_non_letter``: the caller keeps only matches after a character that is not a
    letter (a ``\\b`` it checks by hand).  With ``icase`` the pattern is read as asked about
    a text's lowercase form (a capital is a letter too), whatever its flags; a pattern
    compiled ignoring case is read only so (the caller runs the pattern itself on text holding
    a letter IGNORECASE folds to ASCII where ``str.lower`` does not).  Empty for a
    pattern the parser cannot read, or a verbose one."""
    if pattern.flags & re.VERBOSE or (pattern.flags & re.IGNORECASE and not icase):
        return {}
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        walk = _Walk(_constants, icase)
        walk.seq(list(_parser.parse(pattern.pattern, pattern.flags)), after_non_letter)
    except Exception:  # noqa: BLE001 - a parser that changed: nothing is keyed
        return {}
    # a string read in several places is keyed only when every place gives the same key
    return {s: next(iter(keys)) for s, keys in walk.keys.items()  # type: ignore[misc]
            if len(keys) == 1 and None not in keys}


def key_clauses(clauses: tuple[tuple[str, ...], ...], keyed: dict[str, str],
                index_keys: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """Of a pattern's requirement ``clauses`` (``gate.requirements``: one string of each is in
    every match), those every string of which is keyed (:func:`anchored_keys`), as their keys:
    a sentence lacking every key of one holds no match.  A clause that holds each of
    ``index_keys`` (the keys a lexicon runs the pattern for: one of them is in the sentence)
    is left out: it always holds."""
    out: list[tuple[str, ...]] = []
    for clause in clauses:
        if clause and all(s in keyed for s in clause):
            got = tuple(sorted({keyed[s] for s in clause}, key=lambda k: (-len(k), k)))
            if not (index_keys and index_keys <= set(got)) and got not in out:
                out.append(got)
    return tuple(out)


def keyed_tests(needs: tuple[tuple[str, ...], ...], keyed: dict[str, str],
                cut: Callable[[tuple[tuple[str, ...], ...]], tuple[tuple[str, ...], ...]]
                ) -> tuple[tuple[tuple[str, str], ...], ...]:
    """``needs`` (clauses of :func:`gate.requirements`) as :meth:`.scan.Lexicon.scan` tests
    them: (key, string) pairs, the key "" for a string tested by substring alone.  A clause
    every string of which is keyed is kept whole but for the strings another opens with under
    the same key ("agree" stands for "agreement": wherever the longer opens a word, the shorter
    does); each is sought only where a word of the span starts with its key.  Other clauses
    are cut by ``cut`` (:func:`gate.fewest`) (a string that holds another is dropped: the
    shorter is in the text wherever the longer is, though maybe not opening a word)."""
    out = []
    for clause in needs:
        if clause and all(s in keyed for s in clause):
            kept = [s for s in clause if not any(
                o != s and s.startswith(o) and keyed[o] == keyed[s] for o in clause)]
            out.append(tuple((keyed[s], s) for s in sorted(kept, key=lambda s: (len(s), s))))
        else:
            out.append(tuple(("", s) for s in cut((clause,))[0]))
    return tuple(out)
