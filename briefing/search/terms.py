"""Query words to vocabulary keys and unit sets: exact words, typo corrections, completions.

:func:`expand_term` finds the keys a word stands for, with a weight each; :func:`term_sets`
memoises that per index; the sets of units having them are built only when needed
(:func:`materialise`), and :func:`required_units` intersects them, checking very common words
on the candidates' text instead of building sets of a hundred thousand units per keystroke.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from briefing.search import typo
from briefing.search.inflect import forms
from briefing.search.matching import (
    BIG_TERM,
    MEMO_WORDS,
    PREFIX_POSTINGS,
    PREFIX_SCAN,
    PREFIX_WORDS,
    TEXT_FILTER,
    W_EXACT,
    W_EXTRA,
    W_MISSING,
    W_PREFIX,
    W_SWAP,
    W_TYPO1,
    W_TYPO2,
    TermSets,
    alternatives,
    intersect,
    pick,
    word_pattern,
)
from briefing.search.query import Term
from briefing.search.text import folded

if TYPE_CHECKING:
    from briefing.search.index import SearchIndex


def expand_term(index: SearchIndex, term: Term) -> dict[str, float]:
    """Vocabulary keys ``term`` stands for, with a weight (1 for the word itself)."""
    key = term.key
    out: dict[str, float] = {}
    if index.word_id(key) >= 0:
        out[key] = W_EXACT
    budget = typo.budget(key) if key.isalpha() and len(key) <= typo.MAX_VARIANT_LEN + 2 else 0
    if budget:
        # rapidfuzz's distances once it is loaded (a reader: a keystroke's few candidates in C);
        # else the same distances in Python (a one-shot search: no 15 ms import for them).
        osa, one_edit = typo.distances()
        candidates: set[int] = set()
        near = {key} | typo.deletions(key, budget)
        if index.var_hash is None:  # a first answer, before the variants are built
            candidates.update(typo.scan(key, budget, near, index.vocab, index.vocab_lengths()))
        else:
            for variant in near:
                wid = index.word_id(variant)
                if wid >= 0:
                    candidates.add(wid)
                candidates.update(typo.lookup(variant, index.var_hash, index.var_ids))
        found: list[tuple[str, float, int]] = []
        for wid in sorted(candidates):  # vocabulary order: the same whichever way found
            word = index.vocab[wid]
            if word in out:
                continue
            dist = osa(key, word, budget)
            if dist > budget:
                continue
            if dist >= 2:
                weight = W_TYPO2
            elif not one_edit(key, word):
                weight = W_SWAP  # two letters swapped: the commonest slip of the fingers
            elif len(word) > len(key):
                weight = W_MISSING  # a letter left out ("kery" for "kerry")
            elif len(word) < len(key):
                weight = W_EXTRA
            else:
                weight = W_TYPO1  # one letter wrong
            found.append((word, weight, index.df(wid)))
        # Among equally close corrections the frequent word is a little likelier (SymSpell),
        # but only a little: the kind of slip says more than frequency ("kery" -> "kerry",
        # not "very").
        top = max((df for _, _, df in found), default=1)
        for word, weight, df in found:
            out[word] = weight * (0.92 + 0.08 * math.log1p(df) / math.log1p(top))
    if term.prefix:
        lo = bisect_left(index.vocab, key)
        hi = bisect_left(index.vocab, key + "\U0010ffff", lo)
        off = index.post_off
        completions = heapq.nlargest(
            PREFIX_WORDS, ((off[w + 1] - off[w], w) for w in range(lo, min(hi, lo + PREFIX_SCAN))))
        read = 0
        for df, wid in completions:
            word = index.vocab[wid]
            if word == key:
                continue
            read += df
            if read > PREFIX_POSTINGS * min(len(key), 4) // 4 and out:
                break  # a one-letter prefix reads a quarter of what "ceas" may
            weight = W_PREFIX * (0.7 + 0.3 * len(key) / len(word))
            if out.get(word, 0.0) < weight:
                out[word] = weight
    return out


def term_sets(index: SearchIndex, term: Term) -> TermSets:
    """The expansion of ``term`` (memoised); its unit sets are built only when needed."""
    with index.memo.lock:
        cached = index.memo.terms.get(term)
        if cached is not None:
            index.memo.terms.move_to_end(term)
            return cached
    matches = expand_term(index, term)
    cost = 0
    df_best = 0
    for word, weight in matches.items():
        df = index.df(index.word_id(word))
        cost += df
        if weight == W_EXACT:
            df_best = df
    idf = math.log(1.0 + index.size / max(1, df_best or cost))
    pattern = alternatives([(term.key, term.prefix, matches)])
    sets = TermSets(term.key, matches, cost, idf, pattern, term.prefix)
    _remember(index, index.memo.terms, term, sets)
    return sets


def phrase_word_sets(index: SearchIndex, word: str) -> TermSets:
    """A word of a phrase: itself or a regular inflection of it (no typos, no prefix), so
    ``"cessation of hostilities"`` finds "cessations of hostilities" (memoised)."""
    with index.memo.lock:
        cached = index.memo.forms.get(word)
        if cached is not None:
            return cached
    matches: dict[str, float] = {}
    cost = df_word = 0
    for form in forms(word):
        wid = index.word_id(form)
        if wid >= 0:
            matches[form] = W_EXACT if form == word else W_SWAP
            cost += index.df(wid)
            if form == word:
                df_word = index.df(wid)
    idf = math.log(1.0 + index.size / max(1, df_word or cost))
    sets = TermSets(word, matches, cost, idf, alternatives([(word, False, matches)]))
    _remember(index, index.memo.forms, word, sets)
    return sets


def _remember(index: SearchIndex, cache: OrderedDict[Any, TermSets], key: object,
              sets: TermSets) -> None:
    """Keep ``sets`` in one of the index's bounded caches (the 64 most recent words)."""
    with index.memo.lock:
        cache[key] = sets
        while len(cache) > MEMO_WORDS:
            cache.popitem(last=False)


def materialise(index: SearchIndex, sets: TermSets) -> TermSets:
    """Build the unit sets of ``sets`` once: any expansion, the word itself, the likeliest
    other."""
    if sets.every is None:
        every: set[int] = set()
        exact: set[int] = set()
        top_word = max((kv for kv in sets.matches.items() if kv[1] < W_EXACT),
                       key=lambda kv: kv[1], default=None)
        top: set[int] = set()
        for word, weight in sets.matches.items():
            postings = index.postings(index.word_id(word))
            every.update(postings)
            if weight == W_EXACT:
                exact = set(postings)
            elif top_word is not None and word == top_word[0]:
                top = set(postings)
        sets.exact = exact
        sets.top = top
        sets.every = every
    return sets


def text_has(index: SearchIndex, uid: int, sets: TermSets, exact_only: bool) -> bool:
    """Whether unit ``uid`` contains a word ``sets`` stands for (read from its text)."""
    text = folded(index.unit_text(uid))
    if exact_only:
        return word_pattern(sets.key).search(text) is not None
    return sets.pattern is not None and sets.pattern.search(text) is not None


def required_units(index: SearchIndex, needs: list[tuple[TermSets, bool]]) -> set[int]:
    """Units matching every ``(term, exact_only)`` in ``needs``.

    Sets are built for the selective terms; when they leave only a few candidates, the
    common words ("the", a one-letter prefix) are checked on those candidates' text instead
    of building sets of a hundred thousand units on every keystroke.
    """
    if not needs:
        return set()
    cheap = [n for n in needs if n[0].cost <= BIG_TERM]
    dear = [n for n in needs if n[0].cost > BIG_TERM]
    if cheap:
        pool = intersect([pick(materialise(index, t), e) for t, e in cheap])
        if not dear or not pool:
            return pool
        if len(pool) <= TEXT_FILTER:
            return {u for u in pool if all(text_has(index, u, t, e) for t, e in dear)}
        return intersect([pool] + [pick(materialise(index, t), e) for t, e in dear])
    return intersect([pick(materialise(index, t), e) for t, e in dear])
