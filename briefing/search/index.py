"""The search index over paragraphs, headings and actors: its arrays and its query entry point.

Layout (flat arrays, so that saving and loading are a copy, see :mod:`briefing.search.store`;
built by :mod:`briefing.search.build`):

* *units*: every heading and paragraph of every document (and the title line when it is in the
  text), with its document, kind, section and offsets;
* *vocabulary*: the sorted token keys; *postings*: for each key, the units containing it (one flat
  array plus offsets); *variants*: the typo index of :mod:`briefing.search.typo`;
* *actors*: one record per actor id over the corpus (name, aliases, former names) and the
  mentions the extractor found, as (unit, start, end); and, per document, what it says about
  its actors, so that a curation of one document (:mod:`briefing.search.update`) redoes only
  the actors it touches, not the index.

:meth:`SearchIndex.search` reads the filters, then answers in text mode
(:mod:`briefing.search.words`: expand each word, :mod:`~briefing.search.terms`; intersect the
candidate sets; rescore at most :data:`~briefing.search.matching.RESCORE` candidates on their
text, :mod:`~briefing.search.ranking`) or in actor mode (:mod:`briefing.search.actors`), each
step bounded so that a keystroke stays within a few milliseconds at 100,000 paragraphs.  What
an index works out once is kept in its :class:`Memo`.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from briefing.search import filters as qfilters
from briefing.search.actors import (
    ActorEntry,
    ActorRecord,
    AliasTable,
    actor_candidates,
    alias_index,
    exact_actor,
    resolve_actors,
    search_actor,
)
from briefing.search.build import InMemoryTexts, build_data
from briefing.search.matching import Matcher, TermSets
from briefing.search.query import Query, Term, parse
from briefing.search.results import KIND_NAMES, ActorMatch, SearchHit, SearchResult
from briefing.search.typo import LengthBuckets, by_length
from briefing.search.update import with_document_actors
from briefing.search.words import search_text

# "@" or "actor:" at the start of an actor part (``filters.split_actor``).
_ACTOR_NAME_START = re.compile(r"^\s*(?:@|actor:)\s*", re.IGNORECASE)

INDEX_VERSION = 11  # 8: per-document actors saved, actor part last; 9: turn speakers name
# sections; 10: per-document facets (date, source, statuses, roles) for filters; 11: a
# capitalised compound ("Cease-fire", "Al-Sham") is indexed under its lowercase key

MAX_LIMIT = 1000
SNIPPET = 180


@dataclass(eq=False)
class Memo:
    """What an index works out once and keeps: memoised query parts and lookup tables.

    The engine's modules (:mod:`~briefing.search.terms`, :mod:`~briefing.search.ranking`,
    :mod:`~briefing.search.actors`, :mod:`~briefing.search.update`) read and fill it; ``lock``
    guards the bounded caches (searches run in several threads).
    """

    lock: threading.Lock = field(default_factory=threading.Lock)
    terms: OrderedDict[Term, TermSets] = field(default_factory=OrderedDict)
    forms: OrderedDict[str, TermSets] = field(default_factory=OrderedDict)  # phrase words
    matchers: dict[tuple[int, ...], Matcher] = field(default_factory=dict)
    headings: set[int] | None = None  # units that are headings or titles
    title_keys: dict[int, frozenset[str]] = field(default_factory=dict)
    names: dict[int, dict[int, list[tuple[int, int]]]] = field(default_factory=dict)
    # Actor records are made on the first actor query (12,000 of them cost 0.1 s to load).
    actors: list[ActorRecord] | None = None
    popular: list[int] | None = None  # actors by mentions, for "@" alone
    alias_table: AliasTable | None = None
    alias_loader: Any = None  # reads the saved alias table (see actors.alias_index)
    id_to_aid: dict[str, int] | None = None
    actor_docs: dict[str, list[int]] | None = None  # actor id -> documents, sorted
    hidden_docs: dict[str, set[int]] | None = None  # actor id -> documents hiding it
    doc_numbers: dict[str, int] | None = None  # path -> document number
    twins: dict[int, list[int]] | None = None  # identical documents
    copies: set[int] | None = None  # units of the later copies
    lengths: LengthBuckets | None = None  # the vocabulary by word length (typo.by_length)
    dated: tuple[list[str], list[str]] | None = None  # each document's date, source (saved)
    doc_sets: OrderedDict[tuple[Any, ...], set[int]] = field(default_factory=OrderedDict)


class SearchIndex:
    """Paragraphs and actors of a corpus, searchable as you type.  Thread-safe for searching.

    The arrays and the loaders of the parts read on first use live here; the query engine
    is in :mod:`~briefing.search.words` (text), :mod:`~briefing.search.actors` (``@actor``)
    and :mod:`~briefing.search.update` (a curation), over :attr:`memo`.
    """

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
        self._actor_rows = data.get("actors")
        self._actor_loader = data.get("actors_loader")
        self.actor_off: Sequence[int] = data["actor_off"]
        # arrays, or memoryviews of the mapped file (copied whole by a curation's update)
        self.mention_unit: array[int] | memoryview[int] = data["mention_unit"]
        self.mention_start: array[int] | memoryview[int] = data["mention_start"]
        self.mention_end: array[int] | memoryview[int] = data["mention_end"]
        self.texts = texts  # unit id -> text (see build.InMemoryTexts / store.MappedTexts)
        self.memo = Memo(alias_loader=data.get("alias_loader"))
        # Per document, what it says about its actors (for updating one document's actors).
        self._doc_actor_rows = data.get("doc_actors")
        self._doc_actor_loader = data.get("doc_actors_loader")
        # document -> actor ids the user removed from it (see build.hidden_ids); few, read at once.
        hidden = data.get("hidden")
        self.hidden: dict[int, tuple[str, ...]] = hidden if isinstance(hidden, dict) else {}
        # True for an index of the text only, made before the documents were analysed
        # (search.textfirst): words are found, actors not yet; load_or_build completes it.
        self.actors_pending = bool(data.get("actors_pending"))
        # Per document, what the filters read (see search.filters): loaded on first use.
        self._facet_rows: list[qfilters.Facets] | None = data.get("facets")
        self._facet_loader = data.get("facets_loader")
        # What a one-shot search reads of them, saved apart (see store): the groups of
        # identical documents, each document's date and source.
        self._twins_loader = data.get("twins_loader")
        self._dated_loader = data.get("dated_loader")
        # The documents searched when this is a bigger folder's index reused for a sub-folder
        # (see search.cache.enclosing_index); None: all of them.
        self.scope: set[int] | None = None
        # The cache key and file this index was loaded from or saved as (see search.cache).
        self.key: str | None = None
        self.source: Any = None

    @classmethod
    def build(cls, briefings: Sequence[Any]) -> SearchIndex:
        """Index ``briefings`` (``briefing.model.Briefing`` objects) in memory."""
        data, doc_texts = build_data(briefings)
        return cls(data, InMemoryTexts(doc_texts, data))

    @property
    def actors(self) -> list[ActorRecord]:
        if self.memo.actors is None:
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
            self.memo.actors = records if len(records) == n else []
        return self.memo.actors

    @property
    def size(self) -> int:
        """How many units (paragraphs, headings, title lines) are indexed."""
        return len(self.unit_doc)

    def unit_text(self, uid: int) -> str:
        return str(self.texts.get(uid))

    def close(self) -> None:
        closer = getattr(self.texts, "close", None)
        if closer:
            closer()

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
            matches = actor_candidates(self, parsed.actor)
            actor_id = matches[0].id if matches else None
            if actor_id is not None and (flt.role or words.strip()):
                docs = self._allowed_docs(flt, actor_id)
            name_words = _ACTOR_NAME_START.sub("", actor_part or "", count=1)
            if self.actors_pending and not matches and not name_words.startswith("="):
                # The actors are still being analysed (a text-only index): the name is
                # searched as words meanwhile, with the words and operators around it.
                as_words = words + " " + name_words
                result = self._words(text, parse(as_words.strip()), limit, docs, newest)
                result.actors, result.mode = [], "actor"
            elif words.strip():  # words beside an @actor: those words, where the actor is
                result = self._words(text, parse(words), limit, docs, newest)
                result.actors, result.mode = matches, "actor"
            else:
                result = search_actor(self, text, parsed.actor, limit, docs, newest,
                                            parsed)
        elif parsed.actor is not None:
            result = search_actor(self, text, parsed.actor, limit, docs, newest,
                                            parsed)
        elif parsed.empty:
            # Filters alone list the documents they leave; so does ``sort:date`` alone
            # (every document, newest first): the filter applied with no text query.
            result = (self._documents(text, docs, limit)
                      if (flt.narrows or flt.sort == "date") and self.size
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
        return search_text(self, text, parsed, limit, docs, newest)

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

    def prime(self) -> None:
        """Work out now what the first search would: the per-document facets (read from a
        saved file: ~40-70 ms of CPU on a 22,000-document folder), the identical documents
        and the heading units.  Called where an index is made or loaded, off the screen's
        path, so the first keystroke on a new index is as quick as the next ones."""
        from briefing.search.ranking import heading_units

        self.copy_units()
        heading_units(self)
        if self.var_hash is None:  # typos are found by scanning the vocabulary: by length
            self.vocab_lengths()

    def vocab_lengths(self) -> LengthBuckets:
        """The vocabulary by word length, for typo scans before the variants are built
        (:func:`briefing.search.typo.scan`); made once (~0.1 s at 200,000 words)."""
        lengths = self.memo.lengths
        if lengths is None:
            lengths = self.memo.lengths = by_length(self.vocab)
        return lengths

    @property
    def is_primed(self) -> bool:
        """:meth:`prime` has run (or a search did its work)."""
        return self.memo.copies is not None and self.memo.headings is not None

    def twins(self) -> dict[int, list[int]]:
        """Document -> the other documents with the same bytes (only those that have any)."""
        if self.memo.twins is None:
            groups = self._saved_twins()
            if groups is not None:
                out: dict[int, list[int]] = {}
                for group in groups:
                    if self.scope is not None:  # a copy outside the scope hides nothing
                        group = [d for d in group if d in self.scope]
                    if len(group) > 1:
                        out.update((d, group) for d in group)
                self.memo.twins = out
            else:
                facets = self.facets
                if self.scope is not None:
                    facets = [f if d in self.scope else qfilters.NO_FACETS
                              for d, f in enumerate(facets)]
                self.memo.twins = qfilters.twins(facets)
        return self.memo.twins

    def _saved_twins(self) -> list[list[int]] | None:
        """The groups of identical documents as saved, when the facets are not read yet."""
        loader, self._twins_loader = self._twins_loader, None
        if loader is None or isinstance(self._facet_rows, list):
            return None
        try:
            groups = loader()
        except Exception:  # noqa: BLE001 - damaged: the facets say it
            return None
        n = len(self.docs)
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and all(isinstance(d, int) and 0 <= d < n for d in g)
                for g in groups):
            return None
        return groups

    def date_source(self, doc: int) -> tuple[str, str]:
        """Document ``doc``'s date and source ("" when unknown), as its facets say."""
        if not isinstance(self._facet_rows, list) and self._dated_loader is not None:
            loader, self._dated_loader = self._dated_loader, None
            try:
                dates, sources = loader()
            except Exception:  # noqa: BLE001 - damaged: the facets say it
                dates = sources = None
            n = len(self.docs)
            if (isinstance(dates, list) and isinstance(sources, list) and len(dates) == n
                    and len(sources) == n):
                self.memo.dated = (dates, sources)
        if self.memo.dated is not None:
            dates, sources = self.memo.dated
            return dates[doc], sources[doc]
        row = self.facets[doc]
        return row[0], row[1]

    def copy_units(self) -> set[int]:
        """The units of documents that are copies of an earlier one (left out of searches)."""
        if self.memo.copies is None:
            copies: set[int] = set()
            for doc, same in self.twins().items():
                if same[0] != doc:
                    lo = bisect_left(self.unit_doc, doc)
                    copies.update(range(lo, bisect_right(self.unit_doc, doc, lo)))
            self.memo.copies = copies
        return self.memo.copies

    def _allowed_docs(self, flt: qfilters.Filters, actor_id: str | None) -> set[int] | None:
        """The documents the filters leave (``None``: no filter, every document), within the
        scope.  Remembered for the last few filters: typing words after them reuses the set."""
        if not flt.narrows and actor_id is None:
            return self.scope
        key = (tuple(flt.statuses), flt.after, flt.before, tuple(flt.sources), flt.role,
               actor_id)
        with self.memo.lock:
            cached = self.memo.doc_sets.get(key)
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
        with self.memo.lock:
            self.memo.doc_sets[key] = out
            while len(self.memo.doc_sets) > 16:
                self.memo.doc_sets.popitem(last=False)
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
                hits.append(self.make_hit(uid, 0.0, []))
        return SearchResult(text, hits=hits, total=len(chosen))

    # .................................................................. words
    def word_id(self, key: str) -> int:
        """The vocabulary number of ``key`` (-1: not in it)."""
        i = bisect_left(self.vocab, key)
        return i if i < len(self.vocab) and self.vocab[i] == key else -1

    def postings(self, wid: int) -> Sequence[int]:
        """The units containing word ``wid``, in order."""
        return self.post[self.post_off[wid]:self.post_off[wid + 1]]

    def df(self, wid: int) -> int:
        """How many units contain word ``wid``."""
        return self.post_off[wid + 1] - self.post_off[wid]

    # .................................................................. actors
    def resolve_actors(self, name: str, limit: int = 10) -> list[ActorMatch]:
        """Actors ``name`` may mean, best first (several when it is ambiguous)."""
        return resolve_actors(self, name, limit)

    def exact_actor(self, actor_id: str) -> list[ActorMatch]:
        """The actor whose id is ``actor_id`` (case aside), or nothing: no fuzzy matching."""
        return exact_actor(self, actor_id)

    def alias_index(self) -> AliasTable:
        """Every actor name and the names by word (:func:`briefing.search.actors.alias_index`)."""
        return alias_index(self)

    def with_document_actors(self, path: str, briefing: Any) -> SearchIndex | None:
        """This index with document ``path``'s actors replaced by ``briefing``'s, or ``None``
        (:func:`briefing.search.update.with_document_actors`)."""
        return with_document_actors(self, path, briefing)

    def aid_of(self, actor_id: str) -> int | None:
        """The position of the actor with id ``actor_id`` in :attr:`actors`, if any."""
        table = self.memo.id_to_aid
        if table is None:
            table = {a.id: i for i, a in enumerate(self.actors)}
            self.memo.id_to_aid = table
        return table.get(actor_id)

    def doc_actor_list(self) -> list[tuple[ActorEntry, ...]] | None:
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

    def doc_number(self, path: str) -> int | None:
        """The document number of ``path`` (the first, for a path listed twice)."""
        if self.memo.doc_numbers is None:
            numbers: dict[str, int] = {}
            for i, (p, _title) in enumerate(self.docs):
                numbers.setdefault(p, i)
            self.memo.doc_numbers = numbers
        return self.memo.doc_numbers.get(path)

    def shared_data(self) -> dict[str, Any]:
        """The parts a curation leaves as they are (the text side), for a new index."""
        return {
            "docs": self.docs, "sections": self.sections, "unit_doc": self.unit_doc,
            "unit_start": self.unit_start, "unit_end": self.unit_end,
            "unit_kind": self.unit_kind, "unit_section": self.unit_section,
            "vocab": self.vocab, "post_off": self.post_off, "post": self.post,
            "var_hash": self.var_hash, "var_ids": self.var_ids,
        }

    # .................................................................. hits
    def make_hit(self, uid: int, score: float, spans: list[tuple[int, int]]) -> SearchHit:
        """The hit for unit ``uid``: its document, section, snippet around the first span."""
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
        date, source = self.date_source(doc)
        also = tuple(self.docs[d][0] for d in self.twins().get(doc, ()) if d != doc)
        return SearchHit(doc, path, title, section, start, end, round(score, 2), snippet,
                   list(spans), start + lo, KIND_NAMES[self.unit_kind[uid]],
                   date or None, source or None, also)
