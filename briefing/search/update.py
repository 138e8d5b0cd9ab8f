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


def _update(index: SearchIndex, path: str, briefing: Any) -> SearchIndex | None:
    """The work of :func:`with_document_actors` (errors from damaged parts propagate)."""
    doc = index.doc_number(path)
    per_doc = index.doc_actor_list()
    if doc is None or per_doc is None or len(index.actors) != len(index.actor_off) - 1:
        return None
    document = getattr(briefing, "document", briefing)
    u0, u1 = bisect_left(index.unit_doc, doc), bisect_right(index.unit_doc, doc)
    units = doc_units(document)
    if (document.display_title != index.docs[doc][1] or len(units) != u1 - u0 or any(
            (index.unit_start[u], index.unit_end[u], index.unit_kind[u]) != unit[:3]
            for u, unit in zip(range(u0, u1), units, strict=True))):
        return None  # the text changed: the whole document must be indexed again
    by_actor = docs_by_actor(index, per_doc)
    strings: dict[str, str] = {}
    actors = tuple(getattr(briefing, "actors", ()) or ())
    entries = tuple(actor_entry(a, strings) for a in actors)
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
    new_mentions = doc_mentions(actors, u0, index.unit_start, index.unit_end, u1)
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
                absorb(record, entry)
        if record is None:
            return None  # the per-document actors disagree with the index: damaged
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
    # The new order: the other actors keep theirs; the affected ones go where a build from
    # scratch would put them.
    gone = set(affected)
    base = [aid for aid, a in enumerate(index.actors) if a.id not in gone]
    records = index.actors
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
    data = index.shared_data()
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
    hidden = dict(index.hidden)
    hidden.pop(doc, None)
    hidden_here = hidden_ids(document, entries)
    if hidden_here:
        hidden[doc] = hidden_here
    new_facets = list(index.facets)
    new_facets[doc] = qfilters.doc_facets(briefing)  # roles follow the curation
    data.update({"actors": None, "actor_off": actor_off, "mention_unit": m_unit,
                 "mention_start": m_start, "mention_end": m_end, "doc_actors": new_per_doc,
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
