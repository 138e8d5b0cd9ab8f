"""Text mode: a query of words and phrases answered from the postings, then ranked
(:func:`search_text`).
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from briefing.search.inflect import phrase_pattern
from briefing.search.matching import (
    BIG_TERM,
    MIN_HITS,
    RESCORE,
    TermSets,
)
from briefing.search.query import Query, Term
from briefing.search.ranking import (
    check_phrases,
    matcher_for,
    preorder,
    rescore,
)
from briefing.search.results import (
    SearchResult,
)
from briefing.search.terms import (
    phrase_word_sets,
    required_units,
    term_sets,
    text_has,
)

if TYPE_CHECKING:
    from briefing.search.index import SearchIndex


def search_text(index: SearchIndex, text: str, query: Query, limit: int,
                docs: set[int] | None = None, newest: bool = False) -> SearchResult:
    """A words-and-phrases query: every word required (or all but one, when that finds too few),
    ranked."""
    terms = [term_sets(index, t) for t in query.terms]
    phrase_sets = [[phrase_word_sets(index, w) for w in phrase] for phrase in query.phrases]
    phrase_needs = [(s, False) for sets in phrase_sets for s in sets]
    if (len(terms) == 1 and not phrase_needs and terms[0].cost > BIG_TERM
            and terms[0].every is None and docs is None and not newest):
        return search_common(index, text, query, terms[0], limit)
    pool = required_units(index, [(s, False) for s in terms] + phrase_needs)
    relaxed = False
    complete_units: set[int] = set()
    if len(pool) < MIN_HITS and len(terms) >= 2 and not (newest and pool):
        # Too few with every word: also take units that miss one word (the fallback; not
        # when sorting by date, where a newer partial match would come first).
        extra: set[int] = set()
        for i in range(len(terms)):
            extra |= required_units(index, [(s, False) for j, s in enumerate(terms) if j != i]
                                    + phrase_needs)
        if len(extra) > len(pool):
            relaxed = True
            complete_units = set(pool)
            pool = pool | extra
    if docs is not None:
        pool = {u for u in pool if index.unit_doc[u] in docs}
    pool.difference_update(index.copy_units())  # one copy of identical documents
    for key in query.excluded:
        wid = index.word_id(key)
        if wid < 0 or not pool:
            continue
        if len(pool) < index.df(wid) // 8:
            sets = term_sets(index, Term(key))
            pool = {u for u in pool if not text_has(index, u, sets, True)}
        else:
            pool.difference_update(index.postings(wid))
    if not pool:
        return near_phrases(index, text, query, limit) or SearchResult(text, relaxed=relaxed)
    order = preorder(index, pool, terms, phrase_sets)
    if newest:  # rescore the newest documents' units (stable: best guess within a date)
        order.sort(key=lambda u: index.facets[index.unit_doc[u]][0], reverse=True)
    total = len(pool)
    exact: set[int] = set()
    if query.phrases or query.excluded_phrases:
        order, total, exact = check_phrases(index, order, query, total)
        if not order:
            return near_phrases(index, text, query, limit) or SearchResult(text,
                                                                          relaxed=relaxed)
    matcher = matcher_for(index, terms)
    phrases = [phrase_pattern(p, tolerant=True) for p in query.phrases]
    cap = max(RESCORE, limit)
    scored = [rescore(index, uid, terms, matcher, phrases) for uid in order[:cap]]
    # The exact phrase before its inflections ("cessation" before "cessations").
    scored.sort(key=lambda item: (bool(phrases) and item[1] not in exact, -item[0], item[1]))
    if newest:  # the newest documents' hits, best first within one date
        scored.sort(key=lambda item: index.facets[index.unit_doc[item[1]]][0], reverse=True)
    hits = [index.make_hit(uid, score, spans) for score, uid, spans in scored[:limit]]
    near = bool(query.phrases) and not exact
    complete = min(len(complete_units & pool), total) if relaxed else 0
    return SearchResult(text, hits=hits, total=total, relaxed=relaxed, near=near,
                        complete=complete)


def near_phrases(index: SearchIndex, text: str, query: Query, limit: int) -> SearchResult | None:
    """No phrase found even with inflections: its words anywhere in the paragraph, marked
    ``near`` (the search screen says so).  ``None`` when there was no phrase to loosen."""
    if not query.phrases:
        return None
    loose = Query(query.text, terms=list(query.terms), excluded=list(query.excluded),
                  excluded_phrases=list(query.excluded_phrases))
    seen = {t.key for t in loose.terms}
    for phrase in query.phrases:
        for word in phrase:
            if word not in seen:
                seen.add(word)
                loose.terms.append(Term(word))
    result = search_text(index, text, loose, limit)
    result.near = True
    return result


def search_common(index: SearchIndex, text: str, query: Query, term: TermSets, limit: int
                   ) -> SearchResult:
    """One very common word: candidates straight from its postings, no sets built.

    Best expansions first (the word itself, then the likeliest corrections), and within
    each its headings and titles first.
    """
    ranked = sorted(term.matches.items(), key=lambda kv: -kv[1])
    kinds = index.unit_kind  # not 0: a heading or a title line
    cap = max(RESCORE, limit)
    candidates: list[int] = []
    seen: set[int] = set()
    for word, _weight in ranked[:8]:
        postings = index.postings(index.word_id(word))
        for u in islice(postings, 0, 20_000):
            if kinds[u] and u not in seen:
                seen.add(u)
                candidates.append(u)
        for u in islice(postings, 0, 2 * cap):
            if u not in seen:
                seen.add(u)
                candidates.append(u)
        if len(candidates) >= 2 * cap:
            break
    copies = index.copy_units()
    candidates = [u for u in candidates if u not in copies]
    excluded = [term_sets(index, Term(k)) for k in query.excluded if index.word_id(k) >= 0]
    if excluded:
        candidates = [u for u in candidates
                      if not any(text_has(index, u, x, True) for x in excluded)]
    if not candidates:
        return SearchResult(text)
    matcher = matcher_for(index, [term])
    scored = [rescore(index, uid, [term], matcher, []) for uid in candidates[:cap]]
    scored.sort(key=lambda item: (-item[0], item[1]))
    hits = [index.make_hit(uid, score, spans) for score, uid, spans in scored[:limit]]
    total = max(index.df(index.word_id(w)) for w, _ in ranked[:8])
    return SearchResult(text, hits=hits, total=max(total, len(candidates)))
