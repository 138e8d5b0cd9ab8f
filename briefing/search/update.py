"""One document's actors replaced in an index (a curation), sharing everything else with it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from briefing.search import filters as qfilters
from briefing.search.actors import (
    ActorEntry,
    ActorRecord,
    actor_names,
    alias_index,
    alias_table,
    by_word,
)
from briefing.search.build import (
    absorb,
    actor_entry,
    doc_mentions,
    doc_units,
    hidden_ids,
)

if TYPE_CHECKING:
    from briefing.search.index import SearchIndex


def with_document_actors(index: SearchIndex, path: str, briefing: Any) -> SearchIndex | None:
    """This index with the actors of document ``path`` replaced by ``briefing``'s.

    For a curation (rename, merge, drop, add): the text is the same, so the units, the
    vocabulary and the postings are shared with this index, and only the actor part is
    redone for the actors this document had or has: their corpus records (name, aliases,
    former names from every document that has them), their mentions, their order.  The
    result equals an index built from scratch on the curated briefings.  Returns ``None``
    when it cannot be done exactly: an unknown path, a text that changed (its units differ),
    or an index file without the per-document actors.  ``index`` is left unchanged (searches
    running on it stay valid).
    """
    if index.actors_pending:
        return None  # no actors yet: the build that completes it sees the curation
    try:
        return _update(index, path, briefing)
    except (KeyError, IndexError, StopIteration, TypeError, ValueError):
        return None  # parts read from a damaged file disagree: leave the index as it is


# What the update redoes for each actor the document had or has: its corpus record, the span
# of its old mentions to keep (start, end of those before the document, start, end of those
# after it; None for an actor new to the index) and its mentions in the document.
_Changed = tuple[ActorRecord, tuple[int, int, int, int] | None, list[tuple[int, int, int]]]


def _update(index: SearchIndex, path: str, briefing: Any) -> SearchIndex | None:
    """The work of :func:`with_document_actors` (errors from damaged parts propagate)."""
    doc = index.doc_number(path)
    per_doc = index.doc_actor_list()
    if doc is None or per_doc is None or len(index.actors) != len(index.actor_off) - 1:
        return None
    document = getattr(briefing, "document", briefing)
    u0, u1 = bisect_left(index.unit_doc, doc), bisect_right(index.unit_doc, doc)
    if not _same_text(index, doc, document, u0, u1):
        return None  # the text changed: the whole document must be indexed again
    by_actor = docs_by_actor(index, per_doc)
    strings: dict[str, str] = {}
    actors = tuple(getattr(briefing, "actors", ()) or ())
    entries = tuple(actor_entry(a, strings) for a in actors)
    affected = list(dict.fromkeys([e[0] for e in per_doc[doc]] + [e[0] for e in entries]))
    new_per_doc = list(per_doc)
    new_per_doc[doc] = entries
    new_by_actor = _moved(by_actor, affected, {e[0] for e in entries}, doc)
    new_mentions = doc_mentions(actors, u0, index.unit_start, index.unit_end, u1)
    changed = _changed_actors(index, affected, new_by_actor, new_per_doc, new_mentions, u0, u1)
    if changed is None:
        return None  # the per-document actors disagree with the index: damaged
    order = _new_order(index, affected, changed, (by_actor, per_doc),
                       (new_by_actor, new_per_doc))
    out_records, names, mention_arrays = _write_actors(index, order, changed)
    hidden = dict(index.hidden)
    hidden.pop(doc, None)
    hidden_here = hidden_ids(document, entries)
    if hidden_here:
        hidden[doc] = hidden_here
    new_facets = list(index.facets)
    new_facets[doc] = qfilters.doc_facets(briefing)  # roles follow the curation
    data = index.shared_data()
    data.update({"actors": None, **mention_arrays, "doc_actors": new_per_doc,
                 "hidden": dict(sorted(hidden.items())), "facets": new_facets})
    updated = type(index)(data, index.texts)
    updated.memo.actors = out_records
    updated.memo.actor_docs = new_by_actor
    updated.memo.doc_numbers = index.memo.doc_numbers
    updated.memo.headings = index.memo.headings
    updated.scope = index.scope
    # The name table: the unchanged actors' entries renumbered, not normalised again.
    updated.memo.alias_table = (names, by_word(names))
    return updated


def _same_text(index: SearchIndex, doc: int, document: Any, u0: int, u1: int) -> bool:
    """Whether ``document`` has the title and the units (``u0`` to ``u1``) the index holds."""
    units = doc_units(document)
    return not (document.display_title != index.docs[doc][1] or len(units) != u1 - u0 or any(
        (index.unit_start[u], index.unit_end[u], index.unit_kind[u]) != unit[:3]
        for u, unit in zip(range(u0, u1), units, strict=True)))


def _moved(by_actor: dict[str, list[int]], affected: list[str], now_in: set[str],
           doc: int) -> dict[str, list[int]]:
    """``by_actor`` with document ``doc`` listed for exactly the ``affected`` actors it now
    has (``now_in``); an actor left in no document is dropped."""
    new_by_actor = dict(by_actor)
    for actor_id in affected:
        docs = [d for d in by_actor.get(actor_id, ()) if d != doc]
        if actor_id in now_in:
            docs.insert(bisect_left(docs, doc), doc)
        if docs:
            new_by_actor[actor_id] = docs
        else:
            new_by_actor.pop(actor_id, None)
    return new_by_actor


def _changed_actors(index: SearchIndex, affected: list[str], new_by_actor: dict[str, list[int]],
                    new_per_doc: list[tuple[ActorEntry, ...]],
                    new_mentions: dict[str, list[tuple[int, int, int]]], u0: int, u1: int,
                    ) -> dict[str, _Changed] | None:
    """Records and mentions of the affected actors still in the corpus, as a build from
    scratch makes them (``None``: an actor the per-document lists do not hold)."""
    changed: dict[str, _Changed] = {}
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
                absorb(record, entry)
        if record is None:
            return None
        # Its mentions: the old ones outside this document (one block of units, so one
        # block of its sorted mentions) around this document's new ones.
        old_aid = index.aid_of(actor_id)
        keep: tuple[int, int, int, int] | None = None
        if old_aid is not None:
            lo, hi = index.actor_off[old_aid], index.actor_off[old_aid + 1]
            keep = (lo, bisect_left(index.mention_unit, u0, lo, hi),
                    bisect_left(index.mention_unit, u1, lo, hi), hi)
        changed[actor_id] = (ActorRecord(record[0], record[1], record[2], tuple(record[3]),
                                         tuple(record[4])),
                             keep, sorted(set(new_mentions.get(actor_id, []))))
    return changed


def _first_seen(actor_id: str, table: dict[str, list[int]],
                rows: list[tuple[ActorEntry, ...]]) -> tuple[int, int]:
    """Where a build from scratch first meets the actor: (document, place in its list)."""
    first = table[actor_id][0]
    return first, next(i for i, e in enumerate(rows[first]) if e[0] == actor_id)


def _new_order(index: SearchIndex, affected: list[str], changed: dict[str, _Changed],
               old: tuple[dict[str, list[int]], list[tuple[ActorEntry, ...]]],
               new: tuple[dict[str, list[int]], list[tuple[ActorEntry, ...]]],
               ) -> list[int | str]:
    """The actors in their new order: the other actors keep theirs (their old numbers); the
    changed ones (their ids) go where a build from scratch would put them.  ``old`` and
    ``new``: (actor id -> its documents, each document's actor entries) before and after."""
    gone = set(affected)
    base = [aid for aid, a in enumerate(index.actors) if a.id not in gone]
    records = index.actors
    inserts = sorted((_first_seen(a, *new), a) for a in changed)
    order: list[int | str] = []
    at = 0
    for rank, actor_id in inserts:
        pos = bisect_left(base, rank, lo=at,
                          key=lambda aid: _first_seen(records[aid].id, *old))
        order.extend(base[at:pos])
        order.append(actor_id)
        at = pos
    order.extend(base[at:])
    return order


def _write_actors(index: SearchIndex, order: list[int | str], changed: dict[str, _Changed],
                  ) -> tuple[list[ActorRecord], list[tuple[int, str, str]], dict[str, array[int]]]:
    """The actor records, the name table and the mention arrays (``actor_off`` and
    ``mention_unit / _start / _end``, the index's parts) in ``order``: a changed actor's made
    anew, each run of unchanged ones copied in one go."""
    records = index.actors
    out_records: list[ActorRecord] = []
    actor_off = array("I", [0])
    m_unit, m_start, m_end = array("I"), array("I"), array("I")
    old_names, _ = alias_index(index)
    if any(old_names[k][0] > old_names[k + 1][0] for k in range(len(old_names) - 1)):
        old_names = alias_table(records)[0]  # not in actor order (never made so here)
    name_at = [0] * (len(records) + 1)  # the table lists each actor's names together
    for aid, _shown, _norm in old_names:
        name_at[aid + 1] += 1
    for aid in range(len(records)):
        name_at[aid + 1] += name_at[aid]
    names: list[tuple[int, str, str]] = []

    def copy(lo: int, hi: int) -> None:
        m_unit.frombytes(memoryview(index.mention_unit)[lo:hi].cast("B"))
        m_start.frombytes(memoryview(index.mention_start)[lo:hi].cast("B"))
        m_end.frombytes(memoryview(index.mention_end)[lo:hi].cast("B"))

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
            names.extend((new_aid, shown, norm) for shown, norm in actor_names(record_))
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
        lo, hi = index.actor_off[first], index.actor_off[last + 1]
        shift = len(m_unit) - lo
        actor_off.extend(off + shift for off in index.actor_off[first + 1:last + 2])
        copy(lo, hi)
        moved = len(out_records) - first
        names.extend((aid + moved, shown, norm)
                     for aid, shown, norm in old_names[name_at[first]:name_at[last + 1]])
        out_records.extend(records[first:last + 1])
        i = j
    return out_records, names, {"actor_off": actor_off, "mention_unit": m_unit,
                                "mention_start": m_start, "mention_end": m_end}


def docs_by_actor(index: SearchIndex, per_doc: list[tuple[ActorEntry, ...]]
                  ) -> dict[str, list[int]]:
    """Actor id -> the documents that have it, in order (memoised)."""
    if index.memo.actor_docs is None:
        found: dict[str, list[int]] = {}
        for doc, entries in enumerate(per_doc):
            for entry in entries:
                docs = found.setdefault(entry[0], [])
                if not docs or docs[-1] != doc:
                    docs.append(doc)
        index.memo.actor_docs = found
    return index.memo.actor_docs
