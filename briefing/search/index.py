"""The search index over paragraphs, headings and actors, and the query engine that reads it.

Layout (flat arrays, so that saving and loading are a copy, see :mod:`briefing.search.store`):

* *units*: every heading and paragraph of every document (and the title line when it is in the
  text), with its document, kind, section and offsets;
* *vocabulary*: the sorted token keys; *postings*: for each key, the units containing it (one flat
  array plus offsets); *variants*: the typo index of :mod:`briefing.search.typo`;
* *actors*: one record per actor id over the corpus (name, aliases, former names) and the
  mentions the extractor found, as (unit, start, end); and, per document, what it says about
  its actors, so that a curation of one document (:meth:`SearchIndex.with_document_actors`)
  redoes only the actors it touches, not the index.

An actor query ``@name`` resolves the name through names, aliases and former names (several
candidates when it is ambiguous) and returns the best candidate's paragraphs; ``@=id`` means
exactly the actor with that id (what the search screen types when a candidate is chosen).

A query is answered in three steps, each bounded so that a keystroke stays within a few
milliseconds at 100,000 paragraphs: expand each word (exact, typos, prefix for the last word;
memoised), intersect the candidate sets (C-level set operations), then rescore at most
:data:`RESCORE` candidates on their actual text (coverage weighted by rarity, proximity, word
order, headings and titles) and cut snippets for the ``limit`` best.
"""

from __future__ import annotations

import heapq
import math
import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from typing import Any, TypeGuard

from briefing.search import filters as qfilters
from briefing.search import typo
from briefing.search.inflect import forms, phrase_pattern
from briefing.search.query import Query, Term, parse
from briefing.search.results import (
    KIND_HEADING,
    KIND_NAMES,
    KIND_PARAGRAPH,
    KIND_TITLE,
    ActorMatch,
    Hit,
    SearchResult,
)
from briefing.search.text import TOKEN, fold, folded, keys

INDEX_VERSION = 10  # 8: per-document actors saved, actor part last; 9: turn speakers name
# sections; 10: per-document facets (date, source, statuses, roles) for filters

RESCORE = 60  # candidates rescored on their text (or ``limit`` if more are asked for)
MAX_LIMIT = 1000
NAME_UNITS = 3000  # an actor name in more units than this is not looked up verbatim
PRESCORE = 4000  # candidate sets up to this size are pre-ranked one by one
MIN_HITS = 10  # fewer than this with every word required: also show units missing one word
PREFIX_SCAN = 3000  # vocabulary entries looked at for a prefix
PREFIX_WORDS = 200  # completions kept (most frequent first)
PREFIX_POSTINGS = 40_000  # postings read for one prefix (a one-letter prefix stops here)
BIG_TERM = 20_000  # a word in more units than this is checked on text when others are selective
TEXT_FILTER = 1500  # ...that is, when they leave at most this many candidates
PHRASE_CHECKS = 2000  # candidates checked for a phrase, per query
SNIPPET = 180
W_EXACT, W_PREFIX, W_TYPO2 = 1.0, 0.85, 0.5
W_SWAP, W_MISSING, W_EXTRA, W_TYPO1 = 0.85, 0.8, 0.7, 0.65  # one edit, by kind of slip
ACTOR_CUTOFF = 72.0
EXACT_ID = "="  # "@=jfs": exactly the actor whose id is "jfs" (what choosing a candidate types)

# What one document says about one actor: (id, name, kind, aliases, former names).
ActorEntry = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


# Every actor name: (actor number, shown name, normalised name), and the names by word.
AliasTable = tuple[list[tuple[int, str, str]], dict[str, list[int]]]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]


@dataclass
class _Matcher:
    terms: list[Any]
    keymap: dict[str, list[tuple[int, float]]]
    pattern: re.Pattern[str] | None


@dataclass
class _TermSets:
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


class SearchIndex:
    """Paragraphs and actors of a corpus, searchable as you type.  Thread-safe for searching."""

    def __init__(self, data: dict[str, Any], texts: Any) -> None:
        self.docs: list[tuple[str, str]] = data["docs"]  # (path, display title)
        self.sections: list[str] = data["sections"]  # index 0 is "no heading"
        self.unit_doc: Sequence[int] = data["unit_doc"]
        self.unit_start: Sequence[int] = data["unit_start"]
        self.unit_end: Sequence[int] = data["unit_end"]
        self.unit_kind: Sequence[int] = data["unit_kind"]
        self.unit_section: Sequence[int] = data["unit_section"]
        self.vocab: list[str] = data["vocab"]
        self.post_off: Sequence[int] = data["post_off"]
        self.post: Sequence[int] = data["post"]
        self.var_hash: Sequence[int] = data["var_hash"]
        self.var_ids: Sequence[int] = data["var_ids"]
        # Actor records are made on the first actor query (12,000 of them cost 0.1 s to load).
        self._actor_rows = data.get("actors")
        self._actor_loader = data.get("actors_loader")
        self._actors: list[ActorRecord] | None = None
        self.actor_off: Sequence[int] = data["actor_off"]
        # arrays, or memoryviews of the mapped file (copied whole in _with_document_actors)
        self.mention_unit: array[int] | memoryview[int] = data["mention_unit"]
        self.mention_start: array[int] | memoryview[int] = data["mention_start"]
        self.mention_end: array[int] | memoryview[int] = data["mention_end"]
        self._texts = texts  # unit id -> text (see _InMemoryTexts / store.MappedTexts)
        self._lock = threading.Lock()
        self._term_cache: OrderedDict[Term, _TermSets] = OrderedDict()
        self._form_cache: OrderedDict[str, _TermSets] = OrderedDict()  # phrase words
        self._alias_table: AliasTable | None = None
        self._alias_loader = data.get("alias_loader")
        self._popular: list[int] | None = None  # actors by mentions, for "@" alone
        self._name_cache: dict[int, dict[int, list[tuple[int, int]]]] = {}
        self._title_keys: dict[int, frozenset[str]] = {}
        self._heading_units: set[int] | None = None
        self._matchers: dict[tuple[int, ...], _Matcher] = {}
        self._id_to_aid: dict[str, int] | None = None
        # Per document, what it says about its actors (for updating one document's actors).
        self._doc_actor_rows = data.get("doc_actors")
        self._doc_actor_loader = data.get("doc_actors_loader")
        self._actor_docs: dict[str, list[int]] | None = None  # actor id -> documents, sorted
        # document -> actor ids the user removed from it (see _hidden_ids); few, read at once.
        hidden = data.get("hidden")
        self.hidden: dict[int, tuple[str, ...]] = hidden if isinstance(hidden, dict) else {}
        self._hidden_docs: dict[str, set[int]] | None = None
        self._doc_numbers: dict[str, int] | None = None  # path -> document number
        # True for an index of the text only, made before the documents were analysed
        # (search.textfirst): words are found, actors not yet; load_or_build completes it.
        self.actors_pending = bool(data.get("actors_pending"))
        # Per document, what the filters read (see search.filters): loaded on first use.
        self._facet_rows: list[qfilters.Facets] | None = data.get("facets")
        self._facet_loader = data.get("facets_loader")
        self._twins: dict[int, list[int]] | None = None  # identical documents
        self._copies: set[int] | None = None
        self._doc_sets: OrderedDict[tuple[Any, ...], set[int]] = OrderedDict()  # by filters
        # The documents searched when this is a bigger folder's index reused for a sub-folder
        # (see search.cache.enclosing_index); None: all of them.
        self.scope: set[int] | None = None
        # The cache key and file this index was loaded from or saved as (see search.cache).
        self.key: str | None = None
        self.source: Any = None

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, briefings: Sequence[Any]) -> SearchIndex:
        """Index ``briefings`` (``briefing.model.Briefing`` objects) in memory."""
        data, doc_texts = build_data(briefings)
        return cls(data, _InMemoryTexts(doc_texts, data))

    @property
    def actors(self) -> list[ActorRecord]:
        if self._actors is None:
            rows = self._actor_rows
            if rows is None and self._actor_loader is not None:
                try:
                    rows = self._actor_loader()
                except Exception:  # noqa: BLE001 - damaged: search without actors
                    rows = None
            n = len(self.actor_off) - 1
            try:
                records = [ActorRecord(*r) for r in rows] if rows is not None else []
            except TypeError:
                records = []
            self._actors = records if len(records) == n else []
        return self._actors

    @property
    def size(self) -> int:
        """How many units (paragraphs, headings, title lines) are indexed."""
        return len(self.unit_doc)

    def unit_text(self, uid: int) -> str:
        return str(self._texts.get(uid))

    def close(self) -> None:
        closer = getattr(self._texts, "close", None)
        if closer:
            closer()

    # ------------------------------------------------------------------ searching
    def search(self, query: str, limit: int = 50, sort: str | None = None) -> SearchResult:
        """The best ``limit`` units for ``query``; any string is accepted, none raises.

        Filters in the query (``status:``, ``after:``, ``role:`` …, see
        :mod:`briefing.search.filters`) narrow the documents; ``sort`` (or ``sort:`` in the
        query) is ``relevance`` (the default) or ``date`` (newest document first).  Of
        identical documents (same SHA-256) only the first is searched; its hits list the others.
        """
        text = query if isinstance(query, str) else ""
        try:
            limit = max(0, min(int(limit), MAX_LIMIT))
        except (TypeError, ValueError):
            limit = 50
        cut = qfilters.split(text)
        flt = cut.filters
        newest = (flt.sort or sort) == "date"
        words, actor_part = qfilters.split_actor(cut.text)
        parsed = parse(actor_part if actor_part is not None else words)
        if actor_part is None and flt.role:
            flt.problems.append("role: applies to an @actor, and the query has none")
        docs = self._allowed_docs(flt, None)
        if parsed.actor is not None and parsed.actor.strip():
            matches = self._actor_candidates(parsed.actor)
            actor_id = matches[0].id if matches else None
            if actor_id is not None and (flt.role or words.strip()):
                docs = self._allowed_docs(flt, actor_id)
            if words.strip():  # words beside an @actor: those words, where the actor is
                result = self._words(text, parse(words), limit, docs, newest)
                result.actors, result.mode = matches, "actor"
            else:
                result = self._search_actor(text, parsed.actor, limit, docs, newest,
                                            parsed)
        elif parsed.actor is not None:
            result = self._search_actor(text, parsed.actor, limit, docs, newest,
                                            parsed)
        elif parsed.empty:
            result = (self._documents(text, docs, limit) if flt.narrows and self.size
                      else SearchResult(text))
        else:
            result = self._words(text, parsed, limit, docs, newest)
        result.notes = list(flt.problems)
        if newest:
            result.hits.sort(key=lambda h: (h.date or "", h.score), reverse=True)
        return result

    def _words(self, text: str, parsed: Query, limit: int, docs: set[int] | None,
               newest: bool) -> SearchResult:
        if not self.size:
            return SearchResult(text)
        return self._search_text(text, parsed, limit, docs, newest)

    # .................................................................. filters
    @property
    def facets(self) -> list[qfilters.Facets]:
        """Per document: date, source, thread statuses, actor roles, SHA-256 (or blanks)."""
        if not isinstance(self._facet_rows, list):
            rows = None
            if self._facet_loader is not None:
                try:
                    rows = self._facet_loader()
                except Exception:  # noqa: BLE001 - damaged: no filtering data
                    rows = None
            self._facet_loader = None
            if not qfilters.valid_facets(rows, len(self.docs)):
                rows = [qfilters.NO_FACETS] * len(self.docs)
            self._facet_rows = rows
        return self._facet_rows

    def twins(self) -> dict[int, list[int]]:
        """Document -> the other documents with the same bytes (only those that have any)."""
        if self._twins is None:
            facets = self.facets
            if self.scope is not None:  # a copy outside the scope hides nothing
                facets = [f if d in self.scope else qfilters.NO_FACETS
                          for d, f in enumerate(facets)]
            self._twins = qfilters.twins(facets)
        return self._twins

    def copy_units(self) -> set[int]:
        """The units of documents that are copies of an earlier one (left out of searches)."""
        if self._copies is None:
            copies: set[int] = set()
            for doc, same in self.twins().items():
                if same[0] != doc:
                    lo = bisect_left(self.unit_doc, doc)
                    copies.update(range(lo, bisect_right(self.unit_doc, doc, lo)))
            self._copies = copies
        return self._copies

    def _allowed_docs(self, flt: qfilters.Filters, actor_id: str | None) -> set[int] | None:
        """The documents the filters leave (``None``: no filter, every document), within the
        scope.  Remembered for the last few filters: typing words after them reuses the set."""
        if not flt.narrows and actor_id is None:
            return self.scope
        key = (tuple(flt.statuses), flt.after, flt.before, tuple(flt.sources), flt.role,
               actor_id)
        with self._lock:
            cached = self._doc_sets.get(key)
        if cached is not None:
            return cached
        facets = self.facets
        out = set()
        for doc, (path, _title) in enumerate(self.docs):
            if self.scope is not None and doc not in self.scope:
                continue
            row = facets[doc]
            if actor_id is not None and actor_id not in row[3]:
                continue
            if flt.accepts(row, path, actor_id):
                out.add(doc)
        with self._lock:
            self._doc_sets[key] = out
            while len(self._doc_sets) > 16:
                self._doc_sets.popitem(last=False)
        return out

    def _documents(self, text: str, docs: set[int] | None, limit: int) -> SearchResult:
        """A query of filters only: each document they leave, by its first unit, newest first."""
        twins = self.twins()
        chosen = sorted((d for d in (docs if docs is not None else range(len(self.docs)))
                         if d not in twins or twins[d][0] == d),
                        key=lambda d: (self.facets[d][0], -d), reverse=True)
        hits = []
        for doc in chosen[:limit]:
            uid = bisect_left(self.unit_doc, doc)
            if uid < self.size and self.unit_doc[uid] == doc:
                hits.append(self._hit(uid, 0.0, []))
        return SearchResult(text, hits=hits, total=len(chosen))

    # .................................................................. words
    def _word_id(self, key: str) -> int:
        i = bisect_left(self.vocab, key)
        return i if i < len(self.vocab) and self.vocab[i] == key else -1

    def _postings(self, wid: int) -> Sequence[int]:
        return self.post[self.post_off[wid]:self.post_off[wid + 1]]

    def _df(self, wid: int) -> int:
        return self.post_off[wid + 1] - self.post_off[wid]

    def _expand(self, term: Term) -> dict[str, float]:
        """Vocabulary keys ``term`` stands for, with a weight (1 for the word itself)."""
        key = term.key
        out: dict[str, float] = {}
        if self._word_id(key) >= 0:
            out[key] = W_EXACT
        budget = typo.budget(key) if key.isalpha() and len(key) <= typo.MAX_VARIANT_LEN + 2 else 0
        if budget:
            from rapidfuzz.distance import OSA, Levenshtein

            candidates: set[int] = set()
            near = {key} | typo.deletions(key, budget)
            if self.var_hash is None:  # a first answer, before the variants are built
                candidates.update(typo.scan(key, budget, near, self.vocab))
            else:
                for variant in near:
                    wid = self._word_id(variant)
                    if wid >= 0:
                        candidates.add(wid)
                    candidates.update(typo.lookup(variant, self.var_hash, self.var_ids))
            found: list[tuple[str, float, int]] = []
            for wid in sorted(candidates):  # vocabulary order: the same whichever way found
                word = self.vocab[wid]
                if word in out:
                    continue
                dist = OSA.distance(key, word, score_cutoff=budget)
                if dist > budget:
                    continue
                if dist >= 2:
                    weight = W_TYPO2
                elif Levenshtein.distance(key, word, score_cutoff=1) > 1:
                    weight = W_SWAP  # two letters swapped: the commonest slip of the fingers
                elif len(word) > len(key):
                    weight = W_MISSING  # a letter left out ("kery" for "kerry")
                elif len(word) < len(key):
                    weight = W_EXTRA
                else:
                    weight = W_TYPO1  # one letter wrong
                found.append((word, weight, self._df(wid)))
            # Among equally close corrections the frequent word is a little likelier (SymSpell),
            # but only a little: the kind of slip says more than frequency ("kery" -> "kerry",
            # not "very").
            top = max((df for _, _, df in found), default=1)
            for word, weight, df in found:
                out[word] = weight * (0.92 + 0.08 * math.log1p(df) / math.log1p(top))
        if term.prefix:
            lo = bisect_left(self.vocab, key)
            hi = bisect_left(self.vocab, key + "\U0010ffff", lo)
            off = self.post_off
            completions = heapq.nlargest(
                PREFIX_WORDS, ((off[w + 1] - off[w], w) for w in range(lo, min(hi, lo + PREFIX_SCAN))))
            read = 0
            for df, wid in completions:
                word = self.vocab[wid]
                if word == key:
                    continue
                read += df
                if read > PREFIX_POSTINGS * min(len(key), 4) // 4 and out:
                    break  # a one-letter prefix reads a quarter of what "ceas" may
                weight = W_PREFIX * (0.7 + 0.3 * len(key) / len(word))
                if out.get(word, 0.0) < weight:
                    out[word] = weight
        return out

    def _term_sets(self, term: Term) -> _TermSets:
        """The expansion of ``term`` (memoised); its unit sets are built only when needed."""
        with self._lock:
            cached = self._term_cache.get(term)
            if cached is not None:
                self._term_cache.move_to_end(term)
                return cached
        matches = self._expand(term)
        cost = 0
        df_best = 0
        for word, weight in matches.items():
            df = self._df(self._word_id(word))
            cost += df
            if weight == W_EXACT:
                df_best = df
        idf = math.log(1.0 + self.size / max(1, df_best or cost))
        pattern = _alternatives([(term.key, term.prefix, matches)])
        sets = _TermSets(term.key, matches, cost, idf, pattern, term.prefix)
        with self._lock:
            self._term_cache[term] = sets
            while len(self._term_cache) > 64:
                self._term_cache.popitem(last=False)
        return sets

    def _phrase_word(self, word: str) -> _TermSets:
        """A word of a phrase: itself or a regular inflection of it (no typos, no prefix), so
        ``"cessation of hostilities"`` finds "cessations of hostilities" (memoised)."""
        with self._lock:
            cached = self._form_cache.get(word)
            if cached is not None:
                return cached
        matches: dict[str, float] = {}
        cost = df_word = 0
        for form in forms(word):
            wid = self._word_id(form)
            if wid >= 0:
                matches[form] = W_EXACT if form == word else W_SWAP
                cost += self._df(wid)
                if form == word:
                    df_word = self._df(wid)
        idf = math.log(1.0 + self.size / max(1, df_word or cost))
        sets = _TermSets(word, matches, cost, idf, _alternatives([(word, False, matches)]))
        with self._lock:
            self._form_cache[word] = sets
            while len(self._form_cache) > 64:
                self._form_cache.popitem(last=False)
        return sets

    def _materialise(self, sets: _TermSets) -> _TermSets:
        if sets.every is None:
            every: set[int] = set()
            exact: set[int] = set()
            top_word = max((kv for kv in sets.matches.items() if kv[1] < W_EXACT),
                           key=lambda kv: kv[1], default=None)
            top: set[int] = set()
            for word, weight in sets.matches.items():
                postings = self._postings(self._word_id(word))
                every.update(postings)
                if weight == W_EXACT:
                    exact = set(postings)
                elif top_word is not None and word == top_word[0]:
                    top = set(postings)
            sets.exact = exact
            sets.top = top
            sets.every = every
        return sets

    def _text_has(self, uid: int, sets: _TermSets, exact_only: bool) -> bool:
        """Whether unit ``uid`` contains a word ``sets`` stands for (read from its text)."""
        text = folded(self.unit_text(uid))
        if exact_only:
            return _word_pattern(sets.key).search(text) is not None
        return sets.pattern is not None and sets.pattern.search(text) is not None

    def _required(self, needs: list[tuple[_TermSets, bool]]) -> set[int]:
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
            pool = _intersect([_pick(self._materialise(t), e) for t, e in cheap])
            if not dear or not pool:
                return pool
            if len(pool) <= TEXT_FILTER:
                return {u for u in pool if all(self._text_has(u, t, e) for t, e in dear)}
            return _intersect([pool] + [_pick(self._materialise(t), e) for t, e in dear])
        return _intersect([_pick(self._materialise(t), e) for t, e in dear])

    # .................................................................. text mode
    def _search_text(self, text: str, query: Query, limit: int, docs: set[int] | None = None,
                     newest: bool = False) -> SearchResult:
        terms = [self._term_sets(t) for t in query.terms]
        phrase_sets = [[self._phrase_word(w) for w in phrase] for phrase in query.phrases]
        phrase_needs = [(s, False) for sets in phrase_sets for s in sets]
        if (len(terms) == 1 and not phrase_needs and terms[0].cost > BIG_TERM
                and terms[0].every is None and docs is None and not newest):
            return self._search_common(text, query, terms[0], limit)
        pool = self._required([(s, False) for s in terms] + phrase_needs)
        relaxed = False
        if len(pool) < MIN_HITS and len(terms) >= 2 and not (newest and pool):
            # Too few with every word: also take units that miss one word (the fallback; not
            # when sorting by date, where a newer partial match would come first).
            extra: set[int] = set()
            for i in range(len(terms)):
                extra |= self._required([(s, False) for j, s in enumerate(terms) if j != i]
                                        + phrase_needs)
            if len(extra) > len(pool):
                relaxed = True
                pool = pool | extra
        if docs is not None:
            pool = {u for u in pool if self.unit_doc[u] in docs}
        pool.difference_update(self.copy_units())  # one copy of identical documents
        for key in query.excluded:
            wid = self._word_id(key)
            if wid < 0 or not pool:
                continue
            if len(pool) < self._df(wid) // 8:
                sets = self._term_sets(Term(key))
                pool = {u for u in pool if not self._text_has(u, sets, True)}
            else:
                pool.difference_update(self._postings(wid))
        if not pool:
            return self._near_phrases(text, query, limit) or SearchResult(text, relaxed=relaxed)
        order = self._preorder(pool, terms, phrase_sets)
        if newest:  # rescore the newest documents' units (stable: best guess within a date)
            order.sort(key=lambda u: self.facets[self.unit_doc[u]][0], reverse=True)
        total = len(pool)
        exact: set[int] = set()
        if query.phrases or query.excluded_phrases:
            order, total, exact = self._check_phrases(order, query, total)
            if not order:
                return self._near_phrases(text, query, limit) or SearchResult(text,
                                                                              relaxed=relaxed)
        matcher = self._matcher(terms)
        phrases = [phrase_pattern(p, tolerant=True) for p in query.phrases]
        cap = max(RESCORE, limit)
        scored = [self._rescore(uid, terms, matcher, phrases) for uid in order[:cap]]
        # The exact phrase before its inflections ("cessation" before "cessations").
        scored.sort(key=lambda item: (bool(phrases) and item[1] not in exact, -item[0], item[1]))
        if newest:  # the newest documents' hits, best first within one date
            scored.sort(key=lambda item: self.facets[self.unit_doc[item[1]]][0], reverse=True)
        hits = [self._hit(uid, score, spans) for score, uid, spans in scored[:limit]]
        near = bool(query.phrases) and not exact
        return SearchResult(text, hits=hits, total=total, relaxed=relaxed, near=near)

    def _near_phrases(self, text: str, query: Query, limit: int) -> SearchResult | None:
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
        result = self._search_text(text, loose, limit)
        result.near = True
        return result

    def _search_common(self, text: str, query: Query, term: _TermSets, limit: int
                       ) -> SearchResult:
        """One very common word: candidates straight from its postings, no sets built.

        Best expansions first (the word itself, then the likeliest corrections), and within
        each its headings and titles first.
        """
        ranked = sorted(term.matches.items(), key=lambda kv: -kv[1])
        heads = self._headings()
        cap = max(RESCORE, limit)
        candidates: list[int] = []
        seen: set[int] = set()
        for word, _weight in ranked[:8]:
            postings = self._postings(self._word_id(word))
            for u in islice(postings, 0, 20_000):
                if u in heads and u not in seen:
                    seen.add(u)
                    candidates.append(u)
            for u in islice(postings, 0, 2 * cap):
                if u not in seen:
                    seen.add(u)
                    candidates.append(u)
            if len(candidates) >= 2 * cap:
                break
        copies = self.copy_units()
        candidates = [u for u in candidates if u not in copies]
        excluded = [self._term_sets(Term(k)) for k in query.excluded if self._word_id(k) >= 0]
        if excluded:
            candidates = [u for u in candidates
                          if not any(self._text_has(u, x, True) for x in excluded)]
        if not candidates:
            return SearchResult(text)
        matcher = self._matcher([term])
        scored = [self._rescore(uid, [term], matcher, []) for uid in candidates[:cap]]
        scored.sort(key=lambda item: (-item[0], item[1]))
        hits = [self._hit(uid, score, spans) for score, uid, spans in scored[:limit]]
        total = max(self._df(self._word_id(w)) for w, _ in ranked[:8])
        return SearchResult(text, hits=hits, total=max(total, len(candidates)))

    def _preorder(self, pool: set[int], terms: list[_TermSets],
                  phrase_sets: list[list[_TermSets]]) -> list[int]:
        """Candidates, best guess first, before any text is read.

        Up to :data:`PRESCORE` candidates are scored one by one: per word, the word itself
        counts fully, its likeliest correction or completion 0.75, any other 0.5 (a word
        checked on text, with no sets, counts 0.5 everywhere), plus a little for headings.
        Bigger pools are first cut to :data:`PHRASE_CHECKS` candidates taken from the postings of
        the most selective word's best expansions.
        """
        heads = self._headings()
        phrase_words = [s for sets in phrase_sets for s in sets]
        if len(pool) > PRESCORE:
            leads = terms or phrase_words
            lead = min(leads, key=lambda t: t.cost)
            ranked = sorted(lead.matches.items(), key=lambda kv: -kv[1]) if terms else [
                (lead.key, W_EXACT)]
            picked: list[int] = []
            seen: set[int] = set()
            for word, _weight in ranked:
                for u in self._postings(self._word_id(word)):
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
            return score + (0.5 if uid in heads else 0.0)

        return sorted(candidates, key=lambda u: (-prescore(u), u))

    def _headings(self) -> set[int]:
        if self._heading_units is None:
            # A regex over the kind bytes runs in C: 0.2 M units in about a millisecond.
            kinds = bytes(self.unit_kind)
            self._heading_units = {m.start() for m in re.finditer(rb"[^\x00]", kinds)}
        return self._heading_units

    def _check_phrases(self, order: list[int], query: Query, total: int
                       ) -> tuple[list[int], int, set[int]]:
        """Keep the candidates where each phrase's words are adjacent and in order (in any
        regular inflection); also which of them have every phrase exactly as typed."""
        wanted = [phrase_pattern(p, tolerant=True) for p in query.phrases]
        exactly = [phrase_pattern(p, tolerant=False) for p in query.phrases]
        unwanted = [_phrase_pattern(p) for p in query.excluded_phrases]
        kept: list[int] = []
        exact: set[int] = set()
        checked = 0
        enough = 2 * RESCORE
        for uid in order[:PHRASE_CHECKS]:
            checked += 1
            text = folded(self.unit_text(uid))
            if all(p.search(text) for p in wanted) and not any(p.search(text) for p in unwanted):
                kept.append(uid)
                if all(p.search(text) for p in exactly):
                    exact.add(uid)
                if len(kept) >= enough and checked < total:
                    break
        if checked >= total or checked >= len(order):
            return kept, len(kept), exact
        return kept, round(len(kept) * total / max(1, checked)), exact

    def _matcher(self, terms: list[_TermSets]) -> _Matcher:
        """One regex finding every word any query term stands for (cached per query)."""
        ident = tuple(id(t) for t in terms)
        with self._lock:
            found = self._matchers.get(ident)
        if found is not None and found.terms == terms:
            return found
        keymap: dict[str, list[tuple[int, float]]] = {}
        for i, sets in enumerate(terms):
            for key, weight in sets.matches.items():
                keymap.setdefault(key, []).append((i, weight))
        pattern = _alternatives([(t.key, t.prefix, t.matches) for t in terms])
        found = _Matcher(terms, keymap, pattern)
        with self._lock:
            self._matchers[ident] = found
            if len(self._matchers) > 16:
                self._matchers.pop(next(iter(self._matchers)))
        return found

    def _rescore(self, uid: int, terms: list[_TermSets], matcher: _Matcher,
                 phrases: list[re.Pattern[str]]) -> tuple[float, int, list[tuple[int, int]]]:
        text = self.unit_text(uid)
        base = self.unit_start[uid]
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
            spans = _merge(spans)
        total_idf = sum(t.idf for t in terms) or 1.0
        coverage = sum(t.idf * w for t, w in zip(terms, best, strict=True)) / total_idf if n else 1.0
        matched = [p for p in positions if p]
        proximity = order_bonus = 0.0
        if len(matched) >= 2:
            window = _window([[a for a, _ in p] for p in matched])  # in characters
            proximity = len(matched) / max(len(matched), 1.0 + window / 6.0)
            adjacent = sum(1 for i in range(n - 1) if _follows(text, positions[i],
                                                               positions[i + 1]))
            order_bonus = adjacent / (n - 1)
        elif n == 1 and positions[0]:
            proximity = 1.0
        kind = self.unit_kind[uid]
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
            title_keys = self._doc_title_keys(self.unit_doc[uid])
            in_title = sum(max((t.matches[k] for k in title_keys if k in t.matches), default=0.0)
                           ** 4 for t in terms)
            score += 5.0 * in_title / n
        elif phrases:
            score += 60.0
        return score, uid, spans

    def _doc_title_keys(self, doc: int) -> frozenset[str]:
        got = self._title_keys.get(doc)
        if got is None:
            got = frozenset(keys(self.docs[doc][1]))
            self._title_keys[doc] = got
        return got

    # .................................................................. actor mode
    def _alias_index(self) -> AliasTable:
        """(actor, shown name, normalised name) for every name, and the names by word.

        Saved with the index and read on the first actor query (building it for 10,000
        actors takes a quarter of a second).
        """
        table = self._alias_table
        if table is None:
            loaded = None
            if self._alias_loader is not None:
                try:
                    loaded = self._alias_loader()
                except Exception:  # noqa: BLE001 - damaged: rebuild it from the actors
                    loaded = None
            table = loaded if _valid_alias_table(loaded, len(self.actors)) else alias_table(
                self.actors)
            self._alias_table = table
        return table

    def _actor_units(self, aid: int) -> dict[int, list[tuple[int, int]]]:
        units: dict[int, list[tuple[int, int]]] = {}
        for i in range(self.actor_off[aid], self.actor_off[aid + 1]):
            units.setdefault(self.mention_unit[i], []).append(
                (self.mention_start[i], self.mention_end[i]))
        return units

    def resolve_actors(self, name: str, limit: int = 10) -> list[ActorMatch]:
        """Actors ``name`` may mean, best first (several when it is ambiguous)."""
        names, by_word = self._alias_index()
        words = keys(name)[:8]
        norm = " ".join(words)
        counts = self.actor_off
        if not norm:
            if self._popular is None:
                self._popular = heapq.nsmallest(
                    50, range(len(self.actors)), key=lambda a: (-(counts[a + 1] - counts[a]), a))
            return [self._actor_match(a, self.actors[a].name, 0.0) for a in self._popular[:limit]]
        from rapidfuzz import fuzz

        candidates: set[int] = set()
        for i, word in enumerate(words):
            term = Term(word, prefix=i == len(words) - 1)
            for key in self._expand_names(term, by_word):
                candidates.update(by_word.get(key, ()))
        best: dict[int, tuple[float, str]] = {}
        for ni in candidates:
            aid, shown, alias = names[ni]
            if alias == norm:
                score = 100.0
            elif len(alias) <= 3 or len(norm) <= 2:
                score = 90.0 if alias.startswith(norm) else 0.0
            else:
                score = max(fuzz.ratio(norm, alias),
                            0.92 * fuzz.token_set_ratio(norm, alias),
                            90.0 if alias.startswith(norm) and len(norm) >= 3 else 0.0,
                            _word_prefixes(words, alias))
            if score >= ACTOR_CUTOFF and score > best.get(aid, (0.0, ""))[0]:
                best[aid] = (score, shown)
        ranked = sorted(best, key=lambda a: (-best[a][0], -(counts[a + 1] - counts[a]), a))
        return [self._actor_match(a, best[a][1], best[a][0]) for a in ranked[:limit]]

    def _expand_names(self, term: Term, by_word: dict[str, list[int]]) -> set[str]:
        found = {term.key} if term.key in by_word else set()
        found.update(k for k in self._expand(term) if k in by_word)
        if term.prefix and len(term.key) >= 2:
            found.update(k for k in by_word if k.startswith(term.key))
        return found

    def _name_units(self, aid: int) -> dict[int, list[tuple[int, int]]]:
        """Units where one of the actor's names appears verbatim, found by the text index.

        The extractor's mentions come first; this adds the paragraphs it missed (a name in a
        document where it did not recognise the actor).  Only distinctive names: four letters
        or more, or an upper-case acronym of three matched with its case ("HTS", not "hts");
        a name in more than :data:`NAME_UNITS` units is left to the extractor.
        """
        with self._lock:
            cached = self._name_cache.get(aid)
        if cached is not None:
            return cached
        actor = self.actors[aid]
        out: dict[int, list[tuple[int, int]]] = {}
        for name in {actor.name, *actor.aliases, *actor.former_names}:
            words = tuple(keys(name))[:8]
            acronym = len(words) == 1 and name.isupper() and name.isalpha() and len(name) >= 3
            if not words or (len("".join(words)) < 4 and not acronym):
                continue
            if any(self._word_id(w) < 0 for w in words):
                continue
            sets = [self._term_sets(Term(w)) for w in words]
            if min(t.cost for t in sets) > NAME_UNITS:
                continue
            pool = self._required([(t, True) for t in sets])
            if not pool or len(pool) > NAME_UNITS:
                continue
            if acronym:
                pattern = re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])")
            else:
                pattern = _phrase_pattern(words)
            for uid in pool:
                base = self.unit_start[uid]
                text = self.unit_text(uid) if acronym else folded(self.unit_text(uid))
                for m in pattern.finditer(text):
                    out.setdefault(uid, []).append((base + m.start(), base + m.end()))
        with self._lock:
            self._name_cache[aid] = out
            if len(self._name_cache) > 64:
                self._name_cache.pop(next(iter(self._name_cache)))
        return out

    def _actor_match(self, aid: int, matched: str, score: float) -> ActorMatch:
        a = self.actors[aid]
        units = {self.mention_unit[i] for i in range(self.actor_off[aid], self.actor_off[aid + 1])}
        return ActorMatch(a.id, a.name, a.kind, a.aliases, a.former_names, matched, score,
                          len(units))

    def aid_of(self, actor_id: str) -> int | None:
        """The position of the actor with id ``actor_id`` in :attr:`actors`, if any."""
        table = self._id_to_aid
        if table is None:
            table = {a.id: i for i, a in enumerate(self.actors)}
            self._id_to_aid = table
        return table.get(actor_id)

    def exact_actor(self, actor_id: str) -> list[ActorMatch]:
        """The actor whose id is ``actor_id`` (case aside), or nothing: no fuzzy matching."""
        wanted = actor_id.strip()
        aid = self.aid_of(wanted)
        if aid is None:
            aid = self.aid_of(wanted.lower())
        return [] if aid is None else [self._actor_match(aid, self.actors[aid].id, 100.0)]

    def _docs_hiding(self, actor_id: str) -> set[int]:
        table = self._hidden_docs
        if table is None:
            table = {}
            for doc, ids in self.hidden.items():
                for i in ids:
                    table.setdefault(i, set()).add(doc)
            self._hidden_docs = table
        return table.get(actor_id, set())

    def _filter_units(self, units: dict[int, list[tuple[int, int]]], query: Query
                      ) -> dict[int, list[tuple[int, int]]]:
        """An actor query's other operators: ``-word``, ``-"phrase"`` leave a paragraph out,
        ``"phrase"`` (inflections allowed) and words before the actor must be in it.

        The postings decide first (a set operation in C); only the paragraphs that have every
        word of a phrase are read, so a popular actor stays as fast as a text query.
        """
        if not (query.terms or query.excluded or query.phrases or query.excluded_phrases):
            return units
        keep = set(units)
        extra: dict[int, list[tuple[int, int]]] = {}
        words = [self._materialise(self._term_sets(t)) for t in query.terms]
        for sets in words:  # "ceasefire @kerry": the word too (typos allowed, as in text)
            keep = _intersect([keep, sets.every or set()])
        for key in query.excluded:
            wid = self._word_id(key)
            if wid >= 0 and keep:
                keep.difference_update(self._postings(wid))
        for phrase in query.excluded_phrases:
            phrase_words = [self._term_sets(Term(w)) for w in phrase]
            suspects = _intersect([keep] + [self._materialise(t).exact or set()
                                            for t in phrase_words])
            pattern = _phrase_pattern(phrase)
            keep -= {u for u in suspects if pattern.search(folded(self.unit_text(u)))}
        for sets in words:
            if sets.pattern is None:
                continue
            for uid in keep:
                base = self.unit_start[uid]
                extra.setdefault(uid, []).extend(
                    (base + m.start(), base + m.end())
                    for m in sets.pattern.finditer(folded(self.unit_text(uid))))
        for phrase in query.phrases:
            words = [self._materialise(self._phrase_word(w)) for w in phrase]
            keep = _intersect([keep] + [t.every or set() for t in words])
            pattern = phrase_pattern(phrase, tolerant=True)
            found: set[int] = set()
            for uid in keep:
                base = self.unit_start[uid]
                spans = [(base + m.start(), base + m.end())
                         for m in pattern.finditer(folded(self.unit_text(uid)))]
                if spans:
                    found.add(uid)
                    extra.setdefault(uid, []).extend(spans)
            keep = found
        return {u: units[u] + extra.get(u, []) for u in units if u in keep}

    def _actor_candidates(self, name: str) -> list[ActorMatch]:
        if name.startswith(EXACT_ID):
            return self.exact_actor(name[len(EXACT_ID):])
        return self.resolve_actors(name)

    def _search_actor(self, text: str, name: str, limit: int, docs: set[int] | None = None,
                      newest: bool = False, query: Query | None = None) -> SearchResult:
        """The paragraphs mentioning the actor ``name`` may mean; ``query``'s other operators
        (exclusions, phrases) filter them (:meth:`_filter_units`)."""
        matches = self._actor_candidates(name)
        if not matches or not name.strip():
            return SearchResult(text, actors=matches, mode="actor")
        aid = self.aid_of(matches[0].id)
        if aid is None:
            return SearchResult(text, actors=matches, mode="actor")
        units = self._actor_units(aid)
        hidden = self._docs_hiding(matches[0].id)
        for uid, spans in self._name_units(aid).items():
            if not hidden or self.unit_doc[uid] not in hidden:
                units.setdefault(uid, []).extend(spans)
        copies = self.copy_units()
        if docs is not None or copies:
            units = {u: spans for u, spans in units.items() if u not in copies
                     and (docs is None or self.unit_doc[u] in docs)}
        if query is not None:
            units = self._filter_units(units, query)
        ranked = sorted(units, key=lambda u: (-(self.unit_kind[u] != KIND_PARAGRAPH),
                                              -len(units[u]), u))
        if newest:  # newest documents first (stable: the order above within one date)
            ranked.sort(key=lambda u: self.facets[self.unit_doc[u]][0], reverse=True)
        hits = []
        for uid in ranked[:limit]:
            spans = _merge(list(set(units[uid])))
            score = 100.0 * matches[0].score / 100.0 - (0 if len(spans) > 1 else 5)
            hits.append(self._hit(uid, score, spans))
        return SearchResult(text, hits=hits, actors=matches, total=len(units), mode="actor")

    # .................................................................. curation
    def _doc_actor_list(self) -> list[tuple[ActorEntry, ...]] | None:
        """Per document, its actor entries (read from the saved file on first use)."""
        rows = self._doc_actor_rows
        if rows is None and self._doc_actor_loader is not None:
            try:
                rows = self._doc_actor_loader()
            except Exception:  # noqa: BLE001 - damaged: no incremental update
                rows = None
            if not isinstance(rows, list) or len(rows) != len(self.docs):
                rows = None
            self._doc_actor_rows = rows
            self._doc_actor_loader = None
        return rows

    def _docs_by_actor(self, per_doc: list[tuple[ActorEntry, ...]]) -> dict[str, list[int]]:
        if self._actor_docs is None:
            found: dict[str, list[int]] = {}
            for doc, entries in enumerate(per_doc):
                for entry in entries:
                    docs = found.setdefault(entry[0], [])
                    if not docs or docs[-1] != doc:
                        docs.append(doc)
            self._actor_docs = found
        return self._actor_docs

    def doc_number(self, path: str) -> int | None:
        if self._doc_numbers is None:
            numbers: dict[str, int] = {}
            for i, (p, _title) in enumerate(self.docs):
                numbers.setdefault(p, i)
            self._doc_numbers = numbers
        return self._doc_numbers.get(path)

    def with_document_actors(self, path: str, briefing: Any) -> SearchIndex | None:
        """This index with the actors of document ``path`` replaced by ``briefing``'s.

        For a curation (rename, merge, drop, add): the text is the same, so the units, the
        vocabulary and the postings are shared with this index, and only the actor part is
        redone for the actors this document had or has: their corpus records (name, aliases,
        former names from every document that has them), their mentions, their order.  The
        result equals an index built from scratch on the curated briefings.  Returns ``None``
        when it cannot be done exactly: an unknown path, a text that changed (its units differ),
        or an index file without the per-document actors.  ``self`` is left unchanged (searches
        running on it stay valid).
        """
        if self.actors_pending:
            return None  # no actors yet: the build that completes it sees the curation
        try:
            return self._with_document_actors(path, briefing)
        except (KeyError, IndexError, StopIteration, TypeError, ValueError):
            return None  # parts read from a damaged file disagree: leave the index as it is

    def _with_document_actors(self, path: str, briefing: Any) -> SearchIndex | None:
        doc = self.doc_number(path)
        per_doc = self._doc_actor_list()
        if doc is None or per_doc is None or len(self.actors) != len(self.actor_off) - 1:
            return None
        document = getattr(briefing, "document", briefing)
        u0, u1 = bisect_left(self.unit_doc, doc), bisect_right(self.unit_doc, doc)
        units = _doc_units(document)
        if (document.display_title != self.docs[doc][1] or len(units) != u1 - u0 or any(
                (self.unit_start[u], self.unit_end[u], self.unit_kind[u]) != unit[:3]
                for u, unit in zip(range(u0, u1), units, strict=True))):
            return None  # the text changed: the whole document must be indexed again
        by_actor = self._docs_by_actor(per_doc)
        strings: dict[str, str] = {}
        actors = tuple(getattr(briefing, "actors", ()) or ())
        entries = tuple(_actor_entry(a, strings) for a in actors)
        affected = list(dict.fromkeys([e[0] for e in per_doc[doc]] + [e[0] for e in entries]))
        new_per_doc = list(per_doc)
        new_per_doc[doc] = entries
        new_by_actor = dict(by_actor)
        now_in = {e[0] for e in entries}
        for actor_id in affected:
            docs = [d for d in by_actor.get(actor_id, ()) if d != doc]
            if actor_id in now_in:
                docs.insert(bisect_left(docs, doc), doc)
            if docs:
                new_by_actor[actor_id] = docs
            else:
                new_by_actor.pop(actor_id, None)

        def first_seen(actor_id: str, table: dict[str, list[int]],
                       rows: list[tuple[ActorEntry, ...]]) -> tuple[int, int]:
            # An index built from scratch lists actors in the order it first meets them.
            first = table[actor_id][0]
            return first, next(i for i, e in enumerate(rows[first]) if e[0] == actor_id)

        # Records and mentions of the affected actors, as a build from scratch makes them.
        new_mentions = _doc_mentions(actors, u0, self.unit_start, self.unit_end, u1)
        changed: dict[str, tuple[ActorRecord, tuple[int, int, int, int] | None,
                                 list[tuple[int, int, int]]]] = {}
        for actor_id in affected:
            actor_docs = new_by_actor.get(actor_id)
            if not actor_docs:
                continue
            record: list[Any] | None = None
            for d in actor_docs:
                for entry in new_per_doc[d]:
                    if entry[0] != actor_id:
                        continue
                    if record is None:
                        record = [entry[0], entry[1], entry[2], [], []]
                    _absorb(record, entry)
            if record is None:
                return None  # the per-document actors disagree with the index: damaged
            # Its mentions: the old ones outside this document (one block of units, so one
            # block of its sorted mentions) around this document's new ones.
            old_aid = self.aid_of(actor_id)
            keep: tuple[int, int, int, int] | None = None
            if old_aid is not None:
                lo, hi = self.actor_off[old_aid], self.actor_off[old_aid + 1]
                keep = (lo, bisect_left(self.mention_unit, u0, lo, hi),
                        bisect_left(self.mention_unit, u1, lo, hi), hi)
            changed[actor_id] = (ActorRecord(record[0], record[1], record[2], tuple(record[3]),
                                             tuple(record[4])),
                                 keep, sorted(set(new_mentions.get(actor_id, []))))
        # The new order: the other actors keep theirs; the affected ones go where a build from
        # scratch would put them.
        gone = set(affected)
        base = [aid for aid, a in enumerate(self.actors) if a.id not in gone]
        records = self.actors
        inserts = sorted((first_seen(a, new_by_actor, new_per_doc), a) for a in changed)
        order: list[int | str] = []
        at = 0
        for rank, actor_id in inserts:
            pos = bisect_left(base, rank, lo=at,
                              key=lambda aid: first_seen(records[aid].id, by_actor, per_doc))
            order.extend(base[at:pos])
            order.append(actor_id)
            at = pos
        order.extend(base[at:])
        data = self._shared_data()
        out_records: list[ActorRecord] = []
        actor_off = array("I", [0])
        m_unit, m_start, m_end = array("I"), array("I"), array("I")
        old_names, _ = self._alias_index()
        if any(old_names[k][0] > old_names[k + 1][0] for k in range(len(old_names) - 1)):
            old_names = alias_table(records)[0]  # not in actor order (never made so here)
        name_at = [0] * (len(records) + 1)  # the table lists each actor's names together
        for aid, _shown, _norm in old_names:
            name_at[aid + 1] += 1
        for aid in range(len(records)):
            name_at[aid + 1] += name_at[aid]
        names: list[tuple[int, str, str]] = []

        def copy(lo: int, hi: int) -> None:
            m_unit.frombytes(memoryview(self.mention_unit)[lo:hi].cast("B"))
            m_start.frombytes(memoryview(self.mention_start)[lo:hi].cast("B"))
            m_end.frombytes(memoryview(self.mention_end)[lo:hi].cast("B"))

        i = 0
        while i < len(order):
            item = order[i]
            if isinstance(item, str):
                record_, keep, fresh = changed[item]
                if keep is not None:
                    copy(keep[0], keep[1])
                for u, a, b in fresh:
                    m_unit.append(u)
                    m_start.append(a)
                    m_end.append(b)
                if keep is not None:
                    copy(keep[2], keep[3])
                actor_off.append(len(m_unit))
                new_aid = len(out_records)
                names.extend((new_aid, shown, norm) for shown, norm in _actor_names(record_))
                out_records.append(record_)
                i += 1
                continue
            j = i + 1  # a run of unchanged actors next to each other: copied in one go
            while j < len(order):
                nxt, prev = order[j], order[j - 1]
                if not (isinstance(nxt, int) and isinstance(prev, int) and nxt == prev + 1):
                    break
                j += 1
            first, last = item, order[j - 1]
            assert isinstance(last, int)
            lo, hi = self.actor_off[first], self.actor_off[last + 1]
            shift = len(m_unit) - lo
            actor_off.extend(off + shift for off in self.actor_off[first + 1:last + 2])
            copy(lo, hi)
            moved = len(out_records) - first
            names.extend((aid + moved, shown, norm)
                         for aid, shown, norm in old_names[name_at[first]:name_at[last + 1]])
            out_records.extend(records[first:last + 1])
            i = j
        hidden = dict(self.hidden)
        hidden.pop(doc, None)
        hidden_ids = _hidden_ids(document, entries)
        if hidden_ids:
            hidden[doc] = hidden_ids
        new_facets = list(self.facets)
        new_facets[doc] = qfilters.doc_facets(briefing)  # roles follow the curation
        data.update({"actors": None, "actor_off": actor_off, "mention_unit": m_unit,
                     "mention_start": m_start, "mention_end": m_end, "doc_actors": new_per_doc,
                     "hidden": dict(sorted(hidden.items())), "facets": new_facets})
        index = SearchIndex(data, self._texts)
        index._actors = out_records
        index._actor_docs = new_by_actor
        index._doc_numbers = self._doc_numbers
        index._heading_units = self._heading_units
        index.scope = self.scope
        # The name table: the unchanged actors' entries renumbered, not normalised again.
        index._alias_table = (names, _by_word(names))
        return index

    def _shared_data(self) -> dict[str, Any]:
        """The parts a curation leaves as they are (the text side), for a new index."""
        return {
            "docs": self.docs, "sections": self.sections, "unit_doc": self.unit_doc,
            "unit_start": self.unit_start, "unit_end": self.unit_end,
            "unit_kind": self.unit_kind, "unit_section": self.unit_section,
            "vocab": self.vocab, "post_off": self.post_off, "post": self.post,
            "var_hash": self.var_hash, "var_ids": self.var_ids,
        }

    # .................................................................. hits
    def _hit(self, uid: int, score: float, spans: list[tuple[int, int]]) -> Hit:
        doc = self.unit_doc[uid]
        path, title = self.docs[doc]
        start, end = self.unit_start[uid], self.unit_end[uid]
        text = self.unit_text(uid)
        anchor = spans[0][0] - start if spans else 0
        lo = max(0, anchor - SNIPPET // 3)
        if lo:
            space = text.find(" ", lo, anchor)
            lo = space + 1 if space >= 0 else lo
        hi = min(len(text), lo + SNIPPET)
        if hi < len(text):
            space = text.rfind(" ", lo + SNIPPET // 2, hi)
            hi = space if space > 0 else hi
        snippet = text[lo:hi].replace("\n", " ").replace("\t", " ")
        section = self.sections[self.unit_section[uid]] or None
        facets = self.facets[doc]
        also = tuple(self.docs[d][0] for d in self.twins().get(doc, ()) if d != doc)
        return Hit(doc, path, title, section, start, end, round(score, 2), snippet,
                   list(spans), start + lo, KIND_NAMES[self.unit_kind[uid]],
                   facets[0] or None, facets[1] or None, also)


# ---------------------------------------------------------------------- helpers
def _word_prefixes(words: list[str], alias: str) -> float:
    """85 when each typed word begins a word of ``alias`` ("@zorbl" for "Premier Zorblax"),
    the last one being typed; else 0."""
    if len(words[-1]) < 3:
        return 0.0
    alias_words = alias.split()
    return 85.0 if all(any(a.startswith(w) for a in alias_words) for w in words) else 0.0


def _actor_names(actor: ActorRecord) -> list[tuple[str, str]]:
    """(shown, normalised) for each distinct name of ``actor``: name, id, aliases, former."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for shown in (actor.name, actor.id.replace("_", " "), *actor.aliases, *actor.former_names):
        norm = " ".join(keys(shown))
        if norm and norm not in seen:
            seen.add(norm)
            out.append((shown, norm))
    return out


def _by_word(names: list[tuple[int, str, str]]) -> dict[str, list[int]]:
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, (_aid, _shown, norm) in enumerate(names):
        for word in set(norm.split()):
            by_word[word].append(i)
    return dict(by_word)


def alias_table(actors: Sequence[ActorRecord]) -> AliasTable:
    names = [(aid, shown, norm) for aid, actor in enumerate(actors)
             for shown, norm in _actor_names(actor)]
    return names, _by_word(names)


def _valid_alias_table(table: Any, n_actors: int) -> TypeGuard[AliasTable]:
    if not (isinstance(table, tuple) and len(table) == 2 and isinstance(table[0], list)
            and isinstance(table[1], dict)):
        return False
    names = table[0]
    return all(isinstance(n, tuple) and len(n) == 3 and 0 <= n[0] < n_actors for n in names)


_COMPOUND = re.compile(r"(?<![^\W_])[^\W_]+(?:-[^\W_]+)+(?![^\W_])")


def _loose(key: str) -> str:
    """``key`` as a regex that also matches it written with hyphens ("cease-fire")."""
    if len(key) < 6 or not key.isalpha():
        return re.escape(key)
    return re.escape(key[0]) + "".join("-?" + re.escape(c) for c in key[1:])


def _alternatives(terms: list[tuple[str, bool, dict[str, float]]]) -> re.Pattern[str] | None:
    """A regex finding the words of ``(key, is_prefix, matches)`` terms as whole words.

    A prefix term contributes ``key\\w*`` rather than its (up to hundreds of) completions:
    Python's regex engine tries alternatives one by one, so a short pattern is much faster.
    """
    parts: set[str] = set()
    for key, prefix, matches in terms:
        if prefix:
            parts.add(re.escape(key) + r"[^\W_]*")
            parts.update(_loose(k) for k in matches if not k.startswith(key))
        else:
            parts.update(_loose(k) for k in matches)
    if not parts:
        return None
    words = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(r"(?<![^\W_])(?:" + words + r")(?![^\W_])", re.IGNORECASE)


def _pick(sets: _TermSets, exact_only: bool) -> set[int]:
    chosen = sets.exact if exact_only else sets.every
    return chosen if chosen is not None else set()


@lru_cache(maxsize=256)
def _word_pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(key) + r"(?![^\W_])", re.IGNORECASE)


def _intersect(sets: list[set[int]]) -> set[int]:
    if not sets:
        return set()
    ordered = sorted(sets, key=len)
    if not ordered[0]:
        return set()
    return ordered[0].intersection(*ordered[1:])


def _phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern[str]:
    """Words next to each other, whatever punctuation or spacing separates them."""
    inner = r"[\W_]+".join(re.escape(w) for w in phrase)
    return re.compile(r"(?<![^\W_])" + inner + r"(?![^\W_])", re.IGNORECASE)


def _follows(text: str, first: list[tuple[int, int]], second: list[tuple[int, int]]) -> bool:
    """Whether some match of ``second`` comes right after one of ``first`` (punctuation aside)."""
    starts = {a for a, _ in second}
    for _, end in first:
        for gap in range(1, 4):
            if end + gap in starts and not TOKEN.search(text, end, end + gap):
                return True
    return False


def _window(lists: list[list[int]]) -> int:
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


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


class _InMemoryTexts:
    """Unit texts sliced from the documents held in memory (a freshly built index)."""

    def __init__(self, doc_texts: list[str], data: dict[str, Any]) -> None:
        self._docs = doc_texts
        self._doc: Sequence[int] = data["unit_doc"]
        self._start: Sequence[int] = data["unit_start"]
        self._end: Sequence[int] = data["unit_end"]

    def get(self, uid: int) -> str:
        return self._docs[self._doc[uid]][self._start[uid]:self._end[uid]]

    def doc_text(self, doc: int) -> str:
        return self._docs[doc]


def _doc_units(document: Any) -> list[tuple[int, int, int, str]]:
    """The units of one document: ``(start, end, kind, section name)`` in text order.

    A section's name is its heading; in a transcript, a paragraph's is its turn's speaker
    ("Mr. Reyes", after the heading if there is one: "Opening Session › Mr. Reyes").
    """
    units: list[tuple[int, int, int, str]] = []
    if document.title_span:
        units.append((*document.title_span, KIND_TITLE, ""))
    for section in document.sections:
        heading = section.heading or ""
        if section.heading_span:
            units.append((*section.heading_span, KIND_HEADING, heading))
        turns = section.turns
        k = 0
        for para in section.paragraphs:
            if para.end <= para.start:
                continue
            name = heading
            while k < len(turns) and turns[k].end <= para.start:
                k += 1
            if k < len(turns) and turns[k].start <= para.start:
                name = f"{heading} › {turns[k].who}" if heading else turns[k].who
            units.append((para.start, para.end, KIND_PARAGRAPH, name))
    return units


def _actor_entry(actor: Any, strings: dict[str, str]) -> ActorEntry:
    """What one document says about one actor (strings shared, so a saved file stays small)."""
    def one(value: str) -> str:
        return strings.setdefault(value, value)

    return (one(actor.id), one(actor.name), one(actor.kind),
            tuple(one(a) for a in actor.aliases),
            tuple(one(f) for f in (getattr(actor, "former_names", ()) or ())))


def _hidden_ids(document: Any, entries: Sequence[ActorEntry]) -> tuple[str, ...]:
    """Actors the user removed from this document (dropped, or merged into another one).

    An actor query also finds a name written in a paragraph where the extractor did not
    recognise it; in these documents the user said it is not there, so it is not looked for.
    """
    curation = getattr(document, "curation", None)
    actors = curation.get("actors") if isinstance(curation, dict) else None
    if not isinstance(actors, dict):
        return ()
    named: list[str] = []
    drop = actors.get("drop")
    if isinstance(drop, list):
        named.extend(x for x in drop if isinstance(x, str))
    merge = actors.get("merge")
    if isinstance(merge, list):
        for group in merge:
            if isinstance(group, list):
                named.extend(x for x in group if isinstance(x, str))
    present = {e[0] for e in entries}
    return tuple(sorted({x for x in named if x not in present}))


def _absorb(record: list[Any], entry: ActorEntry) -> None:
    """Add one document's names for an actor to its corpus record ``[id, name, kind, aliases,
    former names]`` (the first document gives the name and kind; names are kept in order).

    The name another document gives it is an alias: a rename in one document (or an
    extractor that names it differently there) is then found by that name too.
    """
    for alias in (entry[1], *entry[3]):
        if alias not in record[3] and alias != record[1]:
            record[3].append(alias)
    for former in entry[4]:
        if former not in record[4]:
            record[4].append(former)


def _doc_mentions(actors: Sequence[Any], first_unit: int, unit_start: Sequence[int],
                  unit_end: Sequence[int], n_units: int
                  ) -> defaultdict[str, list[tuple[int, int, int]]]:
    """``actor id -> [(unit, start, end)]`` for one document whose units are
    ``first_unit .. n_units - 1``."""
    starts = sorted((unit_start[u], u) for u in range(first_unit, n_units))
    found: defaultdict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for actor in actors:
        for mention in actor.mentions:
            i = bisect_right(starts, (mention.start, 1 << 62)) - 1
            if i < 0:
                continue
            uid = starts[i][1]
            if mention.end <= unit_end[uid] or mention.start < unit_end[uid]:
                found[actor.id].append((uid, mention.start, mention.end))
    return found


def build_data(briefings: Sequence[Any]) -> tuple[dict[str, Any], list[str]]:
    """The index's arrays for ``briefings``, and the document texts."""
    data, doc_texts = text_data([getattr(b, "document", b) for b in briefings])
    data.update(actor_data(briefings, data))
    return data, doc_texts


def text_data(documents: Sequence[Any], variants: bool = True
              ) -> tuple[dict[str, Any], list[str]]:
    """The text part of the index (units, vocabulary, postings, typo variants) for
    ``documents`` (``briefing.model.Document``): what the layout gives, no analysis needed.

    ``variants=False`` leaves the typo variants empty (``var_hash`` and ``var_ids`` are
    ``None``): :meth:`SearchIndex._expand` then finds corrections by scanning the vocabulary,
    with the same result, which is what a first answer needs (see ``search.textfirst``).
    """
    docs: list[tuple[str, str]] = []
    doc_texts: list[str] = []
    sections: list[str] = [""]
    section_ids: dict[str, int] = {"": 0}
    unit_doc, unit_start, unit_end = array("I"), array("I"), array("I")
    unit_kind, unit_section = array("B"), array("I")
    postings: defaultdict[str, array[int]] = defaultdict(partial(array, "I"))

    def add_unit(doc: int, start: int, end: int, kind: int, section: str) -> None:
        sid = section_ids.get(section)
        if sid is None:
            sid = section_ids[section] = len(sections)
            sections.append(section)
        uid = len(unit_doc)
        unit_doc.append(doc)
        unit_start.append(start)
        unit_end.append(end)
        unit_kind.append(kind)
        unit_section.append(sid)
        chunk = text[start:end]
        found = set(keys(chunk))
        if "-" in chunk:  # "cease-fire" is also "ceasefire", "al-Sham" also "alsham"
            found.update(m.group().replace("-", "") for m in _COMPOUND.finditer(folded(chunk)))
        for key in found:
            postings[key].append(uid)

    for doc_index, document in enumerate(documents):
        text = document.text
        docs.append((document.path, document.display_title))
        doc_texts.append(text)
        for start, end, kind, heading in _doc_units(document):
            add_unit(doc_index, start, end, kind, heading)
    vocab = sorted(postings)
    post_off = array("I", [0])
    post = array("I")
    for word in vocab:
        post.extend(postings[word])
        post_off.append(len(post))
    postings.clear()
    var_hash, var_ids = typo.build_variants(vocab) if variants else (None, None)
    data = {
        "docs": docs, "sections": sections, "unit_doc": unit_doc, "unit_start": unit_start,
        "unit_end": unit_end, "unit_kind": unit_kind, "unit_section": unit_section,
        "vocab": vocab, "post_off": post_off, "post": post, "var_hash": var_hash,
        "var_ids": var_ids,
    }
    return data, doc_texts


def actor_data(briefings: Sequence[Any], text: dict[str, Any]) -> dict[str, Any]:
    """The actor part of the index for ``briefings``, whose text part is ``text`` (the same
    documents in the same order): actor records, their mentions as units, per-document
    actors, the actors the user removed, and what the filters read (``search.filters``)."""
    unit_doc, unit_start, unit_end = text["unit_doc"], text["unit_start"], text["unit_end"]
    actor_names: dict[str, list[Any]] = {}
    mentions: defaultdict[str, list[tuple[int, int, int]]] = defaultdict(list)
    doc_actors: list[tuple[ActorEntry, ...]] = []
    facets: list[qfilters.Facets] = []
    hidden: dict[int, tuple[str, ...]] = {}
    strings: dict[str, str] = {}
    n_units = len(unit_doc)
    first_unit = 0
    for doc_index, briefing in enumerate(briefings):
        document = getattr(briefing, "document", briefing)
        last_unit = first_unit
        while last_unit < n_units and unit_doc[last_unit] == doc_index:
            last_unit += 1
        actors = tuple(getattr(briefing, "actors", ()) or ())
        entries = tuple(_actor_entry(actor, strings) for actor in actors)
        doc_actors.append(entries)
        facets.append(qfilters.doc_facets(briefing))
        hidden_ids = _hidden_ids(document, entries)
        if hidden_ids:
            hidden[doc_index] = hidden_ids
        for entry in entries:
            record = actor_names.get(entry[0])
            if record is None:
                record = actor_names[entry[0]] = [entry[0], entry[1], entry[2], [], []]
            _absorb(record, entry)
        if actors:
            for actor_id, found in _doc_mentions(actors, first_unit, unit_start, unit_end,
                                                 last_unit).items():
                mentions[actor_id].extend(found)
        first_unit = last_unit
    actors_out = []
    actor_off = array("I", [0])
    mention_unit, mention_start, mention_end = array("I"), array("I"), array("I")
    for actor_id, (aid, name, kind, aliases, former) in actor_names.items():
        del aid
        actors_out.append((actor_id, name, kind, tuple(aliases), tuple(former)))
        for uid, start, end in sorted(set(mentions.get(actor_id, ()))):
            mention_unit.append(uid)
            mention_start.append(start)
            mention_end.append(end)
        actor_off.append(len(mention_unit))
    return {
        "actors": actors_out, "actor_off": actor_off, "mention_unit": mention_unit,
        "mention_start": mention_start, "mention_end": mention_end,
        "doc_actors": doc_actors, "hidden": hidden, "facets": facets,
    }
