"""Actor mode: ``@name`` resolved through names, aliases and former names (several candidates
when it is ambiguous), the best candidate's paragraphs (the extractor's mentions and the
units where one of its distinctive names appears verbatim), and ``@=id`` for exactly one actor.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

from briefing.search.inflect import phrase_pattern
from briefing.search.matching import (
    ACTOR_CUTOFF,
    EXACT_ID,
    NAME_UNITS,
    intersect,
    merge_spans,
    words_pattern,
)
from briefing.search.query import Query, Term
from briefing.search.results import (
    KIND_PARAGRAPH,
    ActorMatch,
    SearchResult,
)
from briefing.search.terms import (
    expand_term,
    materialise,
    phrase_word_sets,
    required_units,
    term_sets,
)
from briefing.search.text import folded, keys

if TYPE_CHECKING:
    from briefing.search.index import SearchIndex


# What one document says about one actor: (id, name, kind, aliases, former names).
ActorEntry = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


# Every actor name: (actor number, shown name, normalised name), and the names by word.
AliasTable = tuple[list[tuple[int, str, str]], dict[str, list[int]]]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor over the corpus: its id, name, kind, and every alias and former name the documents
    give it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]


def word_prefixes(words: list[str], alias: str) -> float:
    """85 when each typed word begins a word of ``alias`` ("@zorbl" for "Premier Zorblax"),
    the last one being typed; else 0."""
    if len(words[-1]) < 3:
        return 0.0
    alias_words = alias.split()
    return 85.0 if all(any(a.startswith(w) for a in alias_words) for w in words) else 0.0


def actor_names(actor: ActorRecord) -> list[tuple[str, str]]:
    """(shown, normalised) for each distinct name of ``actor``: name, id, aliases, former."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for shown in (actor.name, actor.id.replace("_", " "), *actor.aliases, *actor.former_names):
        norm = " ".join(keys(shown))
        if norm and norm not in seen:
            seen.add(norm)
            out.append((shown, norm))
    return out


def by_word(names: list[tuple[int, str, str]]) -> dict[str, list[int]]:
    """Name numbers by each word of the normalised name."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, (_aid, _shown, norm) in enumerate(names):
        for word in set(norm.split()):
            by_word[word].append(i)
    return dict(by_word)


def alias_table(actors: Sequence[ActorRecord]) -> AliasTable:
    """The alias table of ``actors``, built from their records."""
    names = [(aid, shown, norm) for aid, actor in enumerate(actors)
             for shown, norm in actor_names(actor)]
    return names, by_word(names)


def valid_alias_table(table: Any, n_actors: int) -> TypeGuard[AliasTable]:
    """A cheap shape check of an alias table read from a file."""
    if not (isinstance(table, tuple) and len(table) == 2 and isinstance(table[0], list)
            and isinstance(table[1], dict)):
        return False
    names = table[0]
    return all(isinstance(n, tuple) and len(n) == 3 and 0 <= n[0] < n_actors for n in names)


def alias_index(index: SearchIndex) -> AliasTable:
    """(actor, shown name, normalised name) for every name, and the names by word.

    Saved with the index and read on the first actor query (building it for 10,000
    actors takes a quarter of a second).
    """
    table = index.memo.alias_table
    if table is None:
        loaded = None
        if index.memo.alias_loader is not None:
            try:
                loaded = index.memo.alias_loader()
            except Exception:  # noqa: BLE001 - damaged: rebuild it from the actors
                loaded = None
        table = loaded if valid_alias_table(loaded, len(index.actors)) else alias_table(
            index.actors)
        index.memo.alias_table = table
    return table


def actor_units(index: SearchIndex, aid: int) -> dict[int, list[tuple[int, int]]]:
    """The units where the extractor found actor ``aid``, with its mention spans."""
    units: dict[int, list[tuple[int, int]]] = {}
    for i in range(index.actor_off[aid], index.actor_off[aid + 1]):
        units.setdefault(index.mention_unit[i], []).append(
            (index.mention_start[i], index.mention_end[i]))
    return units


def resolve_actors(index: SearchIndex, name: str, limit: int = 10) -> list[ActorMatch]:
    """Actors ``name`` may mean, best first (several when it is ambiguous)."""
    names, by_word = alias_index(index)
    words = keys(name)[:8]
    norm = " ".join(words)
    counts = index.actor_off
    if not norm:
        if index.memo.popular is None:
            index.memo.popular = heapq.nsmallest(
                50, range(len(index.actors)), key=lambda a: (-(counts[a + 1] - counts[a]), a))
        return [actor_match(index, a, index.actors[a].name, 0.0)
                for a in index.memo.popular[:limit]]
    from rapidfuzz import fuzz

    candidates: set[int] = set()
    for i, word in enumerate(words):
        term = Term(word, prefix=i == len(words) - 1)
        for key in expand_names(index, term, by_word):
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
                        word_prefixes(words, alias))
        if score >= ACTOR_CUTOFF and score > best.get(aid, (0.0, ""))[0]:
            best[aid] = (score, shown)
    ranked = sorted(best, key=lambda a: (-best[a][0], -(counts[a + 1] - counts[a]), a))
    return [actor_match(index, a, best[a][1], best[a][0]) for a in ranked[:limit]]


def expand_names(index: SearchIndex, term: Term, by_word: dict[str, list[int]]) -> set[str]:
    """Name words ``term`` may stand for (itself, typo corrections, completions)."""
    found = {term.key} if term.key in by_word else set()
    found.update(k for k in expand_term(index, term) if k in by_word)
    if term.prefix and len(term.key) >= 2:
        found.update(k for k in by_word if k.startswith(term.key))
    return found


def name_units(index: SearchIndex, aid: int) -> dict[int, list[tuple[int, int]]]:
    """Units where one of the actor's names appears verbatim, found by the text index.

    The extractor's mentions come first; this adds the paragraphs it missed (a name in a
    document where it did not recognise the actor).  Only distinctive names: four letters
    or more, or an upper-case acronym of three matched with its case ("HTS", not "hts");
    a name in more than :data:`NAME_UNITS` units is left to the extractor.
    """
    with index.memo.lock:
        cached = index.memo.names.get(aid)
    if cached is not None:
        return cached
    actor = index.actors[aid]
    out: dict[int, list[tuple[int, int]]] = {}
    for name in {actor.name, *actor.aliases, *actor.former_names}:
        add_name_spans(index, name, out)
    with index.memo.lock:
        index.memo.names[aid] = out
        if len(index.memo.names) > 64:
            index.memo.names.pop(next(iter(index.memo.names)))
    return out


def add_name_spans(index: SearchIndex, name: str, out: dict[int, list[tuple[int, int]]]
                   ) -> None:
    """Add to ``out`` the units where ``name`` is written (see :func:`name_units`)."""
    words = tuple(keys(name))[:8]
    acronym = len(words) == 1 and name.isupper() and name.isalpha() and len(name) >= 3
    if not words or (len("".join(words)) < 4 and not acronym):
        return
    if any(index.word_id(w) < 0 for w in words):
        return
    sets = [term_sets(index, Term(w)) for w in words]
    if min(t.cost for t in sets) > NAME_UNITS:
        return
    pool = required_units(index, [(t, True) for t in sets])
    if not pool or len(pool) > NAME_UNITS:
        return
    if acronym:
        pattern = re.compile(r"(?<![^\W_])" + re.escape(name) + r"(?![^\W_])")
    else:
        pattern = words_pattern(words)
    for uid in pool:
        base = index.unit_start[uid]
        text = index.unit_text(uid) if acronym else folded(index.unit_text(uid))
        for m in pattern.finditer(text):
            out.setdefault(uid, []).append((base + m.start(), base + m.end()))


def typed_part_units(index: SearchIndex, typed: str, matched: str
                     ) -> dict[int, list[tuple[int, int]]]:
    """Units where the words typed are written, when they are part of the actor's name that
    matched ("@nusra" for "Nusra Front": "al-Nusra in Syria" is that actor too, though no
    full name of it is there); nothing when the typed words are not words of that name."""
    words = keys(typed)
    if not words or not set(words) <= set(keys(matched)):
        return {}
    out: dict[int, list[tuple[int, int]]] = {}
    add_name_spans(index, typed, out)
    return out


def actor_match(index: SearchIndex, aid: int, matched: str, score: float) -> ActorMatch:
    """The candidate record of actor ``aid``, with the name that matched and its score."""
    a = index.actors[aid]
    units = {index.mention_unit[i] for i in range(index.actor_off[aid], index.actor_off[aid + 1])}
    return ActorMatch(a.id, a.name, a.kind, a.aliases, a.former_names, matched, score,
                      len(units))


def exact_actor(index: SearchIndex, actor_id: str) -> list[ActorMatch]:
    """The actor whose id is ``actor_id`` (case aside), or nothing: no fuzzy matching."""
    wanted = actor_id.strip()
    aid = index.aid_of(wanted)
    if aid is None:
        aid = index.aid_of(wanted.lower())
    return [] if aid is None else [actor_match(index, aid, index.actors[aid].id, 100.0)]


def docs_hiding(index: SearchIndex, actor_id: str) -> set[int]:
    """The documents whose curation removed ``actor_id`` from them."""
    table = index.memo.hidden_docs
    if table is None:
        table = {}
        for doc, ids in index.hidden.items():
            for i in ids:
                table.setdefault(i, set()).add(doc)
        index.memo.hidden_docs = table
    return table.get(actor_id, set())


def filter_units(index: SearchIndex, units: dict[int, list[tuple[int, int]]], query: Query
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
    words = [materialise(index, term_sets(index, t)) for t in query.terms]
    for sets in words:  # "ceasefire @kerry": the word too (typos allowed, as in text)
        keep = intersect([keep, sets.every or set()])
    for key in query.excluded:
        wid = index.word_id(key)
        if wid >= 0 and keep:
            keep.difference_update(index.postings(wid))
    for phrase in query.excluded_phrases:
        phrase_words = [term_sets(index, Term(w)) for w in phrase]
        suspects = intersect([keep] + [materialise(index, t).exact or set()
                                        for t in phrase_words])
        pattern = words_pattern(phrase)
        keep -= {u for u in suspects if pattern.search(folded(index.unit_text(u)))}
    for sets in words:
        if sets.pattern is None:
            continue
        for uid in keep:
            base = index.unit_start[uid]
            extra.setdefault(uid, []).extend(
                (base + m.start(), base + m.end())
                for m in sets.pattern.finditer(folded(index.unit_text(uid))))
    for phrase in query.phrases:
        words = [materialise(index, phrase_word_sets(index, w)) for w in phrase]
        keep = intersect([keep] + [t.every or set() for t in words])
        pattern = phrase_pattern(phrase, tolerant=True)
        found: set[int] = set()
        for uid in keep:
            base = index.unit_start[uid]
            spans = [(base + m.start(), base + m.end())
                     for m in pattern.finditer(folded(index.unit_text(uid)))]
            if spans:
                found.add(uid)
                extra.setdefault(uid, []).extend(spans)
        keep = found
    return {u: units[u] + extra.get(u, []) for u in units if u in keep}


def actor_candidates(index: SearchIndex, name: str) -> list[ActorMatch]:
    """The actors ``name`` may mean (``=id``: exactly that one)."""
    if name.startswith(EXACT_ID):
        return exact_actor(index, name[len(EXACT_ID):])
    return resolve_actors(index, name)


def search_actor(index: SearchIndex, text: str, name: str, limit: int, docs: set[int] | None = None,
                 newest: bool = False, query: Query | None = None) -> SearchResult:
    """The paragraphs mentioning the actor ``name`` may mean; ``query``'s other operators
    (exclusions, phrases) filter them (:func:`filter_units`)."""
    matches = actor_candidates(index, name)
    if not matches or not name.strip():
        return SearchResult(text, actors=matches, mode="actor")
    aid = index.aid_of(matches[0].id)
    if aid is None:
        return SearchResult(text, actors=matches, mode="actor")
    units = actor_units(index, aid)
    hidden = docs_hiding(index, matches[0].id)
    found = name_units(index, aid)
    typed = typed_part_units(index, name, matches[0].matched)
    for uid, spans in [*found.items(), *typed.items()]:
        if not hidden or index.unit_doc[uid] not in hidden:
            units.setdefault(uid, []).extend(spans)
    copies = index.copy_units()
    if docs is not None or copies:
        units = {u: spans for u, spans in units.items() if u not in copies
                 and (docs is None or index.unit_doc[u] in docs)}
    if query is not None:
        units = filter_units(index, units, query)
    ranked = sorted(units, key=lambda u: (-(index.unit_kind[u] != KIND_PARAGRAPH),
                                          -len(units[u]), u))
    if newest:  # newest documents first (stable: the order above within one date)
        ranked.sort(key=lambda u: index.facets[index.unit_doc[u]][0], reverse=True)
    hits = []
    for uid in ranked[:limit]:
        spans = merge_spans(list(set(units[uid])))
        score = 100.0 * matches[0].score / 100.0 - (0 if len(spans) > 1 else 5)
        hits.append(index.make_hit(uid, score, spans))
    return SearchResult(text, hits=hits, actors=matches, total=len(units), mode="actor")
