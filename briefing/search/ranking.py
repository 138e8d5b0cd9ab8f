"""Ranking candidates: a cheap guess from the unit sets (:func:`preorder`), then a rescore on
the text of the best (:func:`rescore`: coverage weighted by rarity, proximity, word order,
headings and titles), and the phrase checks (:func:`check_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.search.inflect import phrase_pattern
from briefing.search.matching import (
    PHRASE_CHECKS,
    PRESCORE,
    RESCORE,
    W_EXACT,
    W_PREFIX,
    Matcher,
    TermSets,
    alternatives,
    follows,
    merge_spans,
    shortest_window,
    words_pattern,
)
from briefing.search.query import Query
from briefing.search.results import (
    KIND_HEADING,
    KIND_TITLE,
)
from briefing.search.text import fold, folded, keys

if TYPE_CHECKING:
    from briefing.search.index import SearchIndex


def preorder(index: SearchIndex, pool: set[int], terms: list[TermSets],
             phrase_sets: list[list[TermSets]]) -> list[int]:
    """Candidates, best guess first, before any text is read.

    Up to :data:`PRESCORE` candidates are scored one by one: per word, the word itself
    counts fully, its likeliest correction or completion 0.75, any other 0.5 (a word
    checked on text, with no sets, counts 0.5 everywhere), plus a little for headings.
    Bigger pools are first cut to :data:`PHRASE_CHECKS` candidates taken from the postings of
    the most selective word's best expansions.
    """
    kinds = index.unit_kind  # not 0: a heading or a title line
    phrase_words = [s for sets in phrase_sets for s in sets]
    if len(pool) > PRESCORE:
        leads = terms or phrase_words
        lead = min(leads, key=lambda t: t.cost)
        ranked = sorted(lead.matches.items(), key=lambda kv: -kv[1]) if terms else [
            (lead.key, W_EXACT)]
        picked: list[int] = []
        seen: set[int] = set()
        for word, _weight in ranked:
            for u in index.postings(index.word_id(word)):
                if u in pool and u not in seen:
                    seen.add(u)
                    picked.append(u)
                    if len(picked) >= PHRASE_CHECKS:
                        break
            if len(picked) >= PHRASE_CHECKS:
                break
        candidates: Sequence[int] = picked
    else:
        candidates = list(pool)
    weights: list[tuple[set[int], set[int], set[int], float]] = []
    for s in terms:
        if s.every is None:
            weights.append((set(), set(), pool, s.idf))
        else:
            weights.append((s.exact or set(), s.top or set(), s.every, s.idf))
    weights += [(s.exact or pool, pool, pool, s.idf) for s in phrase_words]

    def prescore(uid: int) -> float:
        score = 0.0
        for exact, top, every, idf in weights:
            if uid in exact:
                score += idf
            elif uid in top:
                score += 0.75 * idf
            elif uid in every:
                score += 0.5 * idf
        return score + (0.5 if kinds[uid] else 0.0)

    return sorted(candidates, key=lambda u: (-prescore(u), u))


def heading_units(index: SearchIndex) -> set[int]:
    """The units that are headings or title lines (computed once per index)."""
    if index.memo.headings is None:
        # A regex over the kind bytes runs in C: 0.2 M units in about a millisecond.
        kinds = bytes(index.unit_kind)
        index.memo.headings = {m.start() for m in re.finditer(rb"[^\x00]", kinds)}
    return index.memo.headings


def check_phrases(index: SearchIndex, order: list[int], query: Query, total: int
                   ) -> tuple[list[int], int, set[int]]:
    """Keep the candidates where each phrase's words are adjacent and in order (in any
    regular inflection); also which of them have every phrase exactly as typed."""
    wanted = [phrase_pattern(p, tolerant=True) for p in query.phrases]
    exactly = [phrase_pattern(p, tolerant=False) for p in query.phrases]
    unwanted = [words_pattern(p) for p in query.excluded_phrases]
    kept: list[int] = []
    exact: set[int] = set()
    checked = 0
    enough = 2 * RESCORE
    for uid in order[:PHRASE_CHECKS]:
        checked += 1
        text = folded(index.unit_text(uid))
        if all(p.search(text) for p in wanted) and not any(p.search(text) for p in unwanted):
            kept.append(uid)
            if all(p.search(text) for p in exactly):
                exact.add(uid)
            if len(kept) >= enough and checked < total:
                break
    if checked >= total or checked >= len(order):
        return kept, len(kept), exact
    return kept, round(len(kept) * total / max(1, checked)), exact


def matcher_for(index: SearchIndex, terms: list[TermSets]) -> Matcher:
    """One regex finding every word any query term stands for (cached per query)."""
    ident = tuple(id(t) for t in terms)
    with index.memo.lock:
        found = index.memo.matchers.get(ident)
    if found is not None and found.terms == terms:
        return found
    keymap: dict[str, list[tuple[int, float]]] = {}
    for i, sets in enumerate(terms):
        for key, weight in sets.matches.items():
            keymap.setdefault(key, []).append((i, weight))
    pattern = alternatives([(t.key, t.prefix, t.matches) for t in terms])
    found = Matcher(terms, keymap, pattern)
    with index.memo.lock:
        index.memo.matchers[ident] = found
        if len(index.memo.matchers) > 16:
            index.memo.matchers.pop(next(iter(index.memo.matchers)))
    return found


def rescore(index: SearchIndex, uid: int, terms: list[TermSets], matcher: Matcher,
            phrases: list[re.Pattern[str]]) -> tuple[float, int, list[tuple[int, int]]]:
    """``(score, unit, spans)`` of one candidate, read from its text (see the module docstring)."""
    text = index.unit_text(uid)
    base = index.unit_start[uid]
    keymap = matcher.keymap
    if matcher.pattern is not None:
        found = []
        for m in matcher.pattern.finditer(folded(text)):
            word = m.group().lower()
            if "-" in word:
                word = word.replace("-", "")
            found.append((word if word.isascii() else fold(word), m.start(), m.end()))
    else:
        found = []
    n = len(terms)
    best = [0.0] * n
    positions: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    spans: list[tuple[int, int]] = []
    prefixes = [(i, t.key) for i, t in enumerate(terms) if t.prefix]
    for key, start, end in found:
        entries = keymap.get(key)
        if entries is None and prefixes:
            entries = [(i, W_PREFIX * (0.7 + 0.3 * len(p) / len(key)))
                       for i, p in prefixes if key.startswith(p)]
        if not entries:
            continue
        for i, weight in entries:
            positions[i].append((start, end))
            if weight > best[i]:
                best[i] = weight
        spans.append((base + start, base + end))
    occurrences = len(spans)
    for pattern in phrases:
        for m in pattern.finditer(folded(text)):
            spans.append((base + m.start(), base + m.end()))
    if phrases:
        spans = merge_spans(spans)
    total_idf = sum(t.idf for t in terms) or 1.0
    coverage = sum(t.idf * w for t, w in zip(terms, best, strict=True)) / total_idf if n else 1.0
    matched = [p for p in positions if p]
    proximity = order_bonus = 0.0
    if len(matched) >= 2:
        window = shortest_window([[a for a, _ in p] for p in matched])  # in characters
        proximity = len(matched) / max(len(matched), 1.0 + window / 6.0)
        adjacent = sum(1 for i in range(n - 1) if follows(text, positions[i],
                                                           positions[i + 1]))
        order_bonus = adjacent / (n - 1)
    elif n == 1 and positions[0]:
        proximity = 1.0
    kind = index.unit_kind[uid]
    score = 60.0 * coverage + 12.0 * proximity + 10.0 * order_bonus
    # Repeats, headings and titles count, but less when they only match a correction: a
    # title with a near-miss word must not outrank paragraphs with the word itself.
    emphasis = coverage ** 4
    if occurrences > len(matched):
        score += 6.0 * emphasis * min(1.0, (occurrences - len(matched)) / 4)
    if kind == KIND_TITLE:
        score += 8.0 * emphasis
    elif kind == KIND_HEADING:
        score += 6.0 * emphasis
    if n:
        title_keys = doc_title_keys(index, index.unit_doc[uid])
        in_title = sum(max((t.matches[k] for k in title_keys if k in t.matches), default=0.0)
                       ** 4 for t in terms)
        score += 5.0 * in_title / n
    elif phrases:
        score += 60.0
    return score, uid, spans


def doc_title_keys(index: SearchIndex, doc: int) -> frozenset[str]:
    """The word keys of document ``doc``'s title (memoised)."""
    got = index.memo.title_keys.get(doc)
    if got is None:
        got = frozenset(keys(index.docs[doc][1]))
        index.memo.title_keys[doc] = got
    return got
