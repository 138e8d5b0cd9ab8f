"""Building an index's arrays from briefings: the units and postings of the text
(:func:`text_data`) and the actor records and mentions (:func:`actor_data`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import partial
from typing import Any

from briefing.search import filters as qfilters
from briefing.search import typo
from briefing.search.actors import ActorEntry
from briefing.search.matching import COMPOUND
from briefing.search.results import (
    KIND_HEADING,
    KIND_PARAGRAPH,
    KIND_TITLE,
)
from briefing.search.text import MAX_KEY, TOKEN, fold, keys


class InMemoryTexts:
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


def doc_units(document: Any) -> list[tuple[int, int, int, str]]:
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


def unit_keys(chunk: str) -> set[str]:
    """The keys one unit is indexed under: its words' (:func:`~briefing.search.text.keys`)
    and each hyphenated compound's without its hyphens ("Cease-fire" is also "ceasefire",
    "al-Sham" also "alsham")."""
    if chunk.isascii():  # the common case, without a key per token: the set is smaller
        found = set(TOKEN.findall(chunk.lower()))
        if found and len(max(found, key=len)) > MAX_KEY:
            found = {w[:MAX_KEY] for w in found}
    else:
        found = set(keys(chunk))
    if "-" in chunk:
        # A compound never spans white space: only the pieces with a hyphen are looked at
        # (the same matches as over the whole unit, a fraction of the regex work).
        for piece in chunk.split():
            if "-" in piece:
                found.update(fold(m.group().replace("-", "")) for m in COMPOUND.finditer(piece))
    return found


def actor_entry(actor: Any, strings: dict[str, str]) -> ActorEntry:
    """What one document says about one actor (strings shared, so a saved file stays small)."""
    def one(value: str) -> str:
        return strings.setdefault(value, value)

    return (one(actor.id), one(actor.name), one(actor.kind),
            tuple(one(a) for a in actor.aliases),
            tuple(one(f) for f in (getattr(actor, "former_names", ()) or ())))


def hidden_ids(document: Any, entries: Sequence[ActorEntry]) -> tuple[str, ...]:
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


def absorb(record: list[Any], entry: ActorEntry) -> None:
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


def doc_mentions(actors: Sequence[Any], first_unit: int, unit_start: Sequence[int],
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
    ``None``): :func:`~briefing.search.terms.expand_term` then finds corrections by scanning
    the vocabulary, with the same result, which is what a first answer needs (see
    ``search.textfirst``).
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
        found = unit_keys(chunk)
        for key in found:
            postings[key].append(uid)

    for doc_index, document in enumerate(documents):
        text = document.text
        docs.append((document.path, document.display_title))
        doc_texts.append(text)
        for start, end, kind, heading in doc_units(document):
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


def _sorted_unique(units: array[int], starts: array[int], ends: array[int]
                   ) -> tuple[array[int], array[int], array[int]]:
    """The (unit, start, end) triples of the three arrays in order, each once: as they are
    when already so (documents come in order, and a document's mentions nearly always do)."""
    n = len(units)
    if all((units[i], starts[i], ends[i]) < (units[i + 1], starts[i + 1], ends[i + 1])
           for i in range(n - 1)):
        return units, starts, ends
    triples = sorted(set(zip(units, starts, ends, strict=True)))
    return (array("I", (t[0] for t in triples)), array("I", (t[1] for t in triples)),
            array("I", (t[2] for t in triples)))


def actor_data(briefings: Sequence[Any], text: dict[str, Any]) -> dict[str, Any]:
    """The actor part of the index for ``briefings``, whose text part is ``text`` (the same
    documents in the same order): actor records, their mentions as units, per-document
    actors, the actors the user removed, and what the filters read (``search.filters``).

    The mentions are gathered in three arrays per actor, not as (unit, start, end) tuples: on
    a 22,000-document folder those were 272,000 tuples (~38 MB) made among the objects that
    stay, and the process kept the memory after they had gone (+80 MB for 38 MB kept).
    """
    unit_doc, unit_start, unit_end = text["unit_doc"], text["unit_start"], text["unit_end"]
    actor_names: dict[str, list[Any]] = {}
    mentions: dict[str, tuple[array[int], array[int], array[int]]] = {}
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
        entries = tuple(actor_entry(actor, strings) for actor in actors)
        doc_actors.append(entries)
        facets.append(qfilters.doc_facets(briefing))
        hidden_here = hidden_ids(document, entries)
        if hidden_here:
            hidden[doc_index] = hidden_here
        for entry in entries:
            record = actor_names.get(entry[0])
            if record is None:
                record = actor_names[entry[0]] = [entry[0], entry[1], entry[2], [], []]
            absorb(record, entry)
        if actors:
            for actor_id, found in doc_mentions(actors, first_unit, unit_start, unit_end,
                                                 last_unit).items():
                at = mentions.get(actor_id)
                if at is None:
                    at = mentions[actor_id] = (array("I"), array("I"), array("I"))
                for uid, start, end in found:
                    at[0].append(uid)
                    at[1].append(start)
                    at[2].append(end)
        first_unit = last_unit
    actors_out = []
    actor_off = array("I", [0])
    mention_unit, mention_start, mention_end = array("I"), array("I"), array("I")
    for actor_id, (aid, name, kind, aliases, former) in actor_names.items():
        del aid
        actors_out.append((actor_id, name, kind, tuple(aliases), tuple(former)))
        at = mentions.pop(actor_id, None)
        if at is not None:
            units, starts, ends = _sorted_unique(*at)
            mention_unit.extend(units)
            mention_start.extend(starts)
            mention_end.extend(ends)
        actor_off.append(len(mention_unit))
    return {
        "actors": actors_out, "actor_off": actor_off, "mention_unit": mention_unit,
        "mention_start": mention_start, "mention_end": mention_end,
        "doc_actors": doc_actors, "hidden": hidden, "facets": facets,
    }
