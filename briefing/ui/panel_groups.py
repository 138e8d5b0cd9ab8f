"""What the parties panel shows, computed without Textual: groups, order, corpus aggregation.

Kept free of widget code so the rules can be tested as plain functions and the aggregation over a
20,000-document corpus costs one linear pass.

Groups, in the order a reader expects:

* ``table``: "At the table": the parties and mediators of the primary negotiation, and the
  people of tier ``party`` who act for them (negotiators and principals: Kerry for the U.S.).
* ``conflict``: "In the conflict": every other actor of tier ``party`` or ``sub_actor``.
* ``mentioned``: "Mentioned": the rest.

A sub-actor (``part_of`` another actor of the same document) is listed under its parent, in the
parent's group, whatever its own tier: "Russian warplanes" sits under Russia.  Within a group and
under a parent, actors are ordered by mention count (descending), then first mention (earliest
first; actors without name mentions, such as anonymous sources, after those with mentions), then
name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefing.model import Actor, Briefing, Negotiation

GROUP_ORDER = ("table", "conflict", "mentioned")
GROUP_TITLES = {"table": "At the table", "conflict": "In the conflict", "mentioned": "Mentioned"}


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One row of the panel: an actor, how deep it is nested, and what to say about it."""

    actor: Actor
    depth: int  # 0 for a top-level actor, 1 for a sub-actor under its parent, ...
    count: int  # name mentions
    affiliation_name: str | None  # the affiliated actor's name (people), else None
    role: str | None = None  # "mediator" for a mediator of the primary negotiation


@dataclass(frozen=True, slots=True)
class ActorGroup:
    key: str
    title: str
    rows: tuple[ActorRow, ...]


def primary_negotiation(briefing: Briefing) -> Negotiation | None:
    """The thread marked primary, else the first one, else ``None``."""
    threads = briefing.negotiations
    return next((n for n in threads if n.primary), threads[0] if threads else None)


def _first_mention(actor: Actor) -> int:
    return min((m.start for m in actor.mentions), default=1 << 62)


def _order(actor: Actor) -> tuple[int, int, str]:
    return (-len(actor.mentions), _first_mention(actor), actor.name.casefold())


def name_of_id(actor_id: str) -> str:
    """A name for an actor id this document does not have (a person's state, named only
    through them): the knowledge base's when it is loaded (the analysis loads it), else the
    id in words ("russia" was shown as "russia · Foreign Minister"; "usa" is "USA"); the
    answers' rule (:func:`briefing.answers.actor_names.known_name`), never loading the base
    on the UI thread."""
    from briefing.answers.actor_names import known_name, without_loading_kb

    with without_loading_kb():
        return known_name(actor_id)


def group_actors(briefing: Briefing) -> list[ActorGroup]:
    """The non-empty groups of ``briefing``'s actors, each with its rows in display order."""
    by_id: dict[str, Actor] = {}
    for actor in briefing.actors:
        by_id.setdefault(actor.id, actor)  # a duplicate id is the extractor's bug: keep the first
    actors = list(by_id.values())
    primary = primary_negotiation(briefing)
    parties = set(primary.parties) if primary else set()
    mediators = set(primary.mediators) if primary else set()
    table = parties | mediators

    children: dict[str, list[Actor]] = {}
    roots: list[Actor] = []
    for actor in actors:
        parent = actor.part_of
        if parent and parent != actor.id and parent in by_id and not _is_cycle(actor, by_id):
            children.setdefault(parent, []).append(actor)
        else:
            roots.append(actor)

    def group_of(actor: Actor) -> str:
        if actor.id in table:
            return "table"
        if actor.kind == "person" and actor.tier == "party" and actor.affiliation in table:
            return "table"
        if actor.tier in ("party", "sub_actor"):
            return "conflict"
        return "mentioned"

    def row(actor: Actor, depth: int) -> ActorRow:
        affiliation = None
        if actor.affiliation:
            other = by_id.get(actor.affiliation)
            affiliation = other.name if other else name_of_id(actor.affiliation)
        role = "mediator" if actor.id in mediators and actor.id not in parties else None
        return ActorRow(actor, depth, len(actor.mentions), affiliation, role)

    def walk(actor: Actor, depth: int, out: list[ActorRow], seen: set[str]) -> None:
        seen.add(actor.id)
        out.append(row(actor, depth))
        for child in sorted(children.get(actor.id, ()), key=_order):
            if child.id not in seen:
                walk(child, depth + 1, out, seen)

    grouped: dict[str, list[Actor]] = {key: [] for key in GROUP_ORDER}
    for actor in roots:
        grouped[group_of(actor)].append(actor)
    groups = []
    seen: set[str] = set()
    for key in GROUP_ORDER:
        rows: list[ActorRow] = []
        for actor in sorted(grouped[key], key=_order):
            walk(actor, 0, rows, seen)
        if rows:
            groups.append(ActorGroup(key, GROUP_TITLES[key], tuple(rows)))
    return groups


def _is_cycle(actor: Actor, by_id: dict[str, Actor]) -> bool:
    """True when following ``part_of`` from ``actor`` comes back to it (bad curation data)."""
    seen = {actor.id}
    current = actor.part_of
    while current and current in by_id:
        if current in seen:
            return True
        seen.add(current)
        current = by_id[current].part_of
    return False


# -- the corpus view --------------------------------------------------------------------------


@dataclass(slots=True)
class CorpusActor:
    """One actor id across the corpus: the documents that mention it."""

    id: str
    name: str
    kind: str
    documents: list[int] = field(default_factory=list)  # indices into the corpus list
    counts: list[int] = field(default_factory=list)  # name mentions in each of ``documents``
    mentions: int = 0
    user: bool = False  # curated by the user in at least one document
    mediator: int = 0  # documents where it mediates a negotiation thread
    side: int = 0  # documents where it is a side of a negotiation thread
    names: set[str] = field(default_factory=set)  # every name, alias and former name, casefolded
    words: set[str] | None = None  # their words (made by the filter when first needed)


def aggregate_actors(briefings: Sequence[Briefing]) -> list[CorpusActor]:
    """Every actor id of the corpus with its documents, most widely mentioned first.

    An actor counts for a document when the document lists it (curated and anonymous actors
    included: they are in the document even without a name mention); a document whose text is
    the same as an earlier one's (same SHA-256) is counted once.  ``mediator`` and ``side`` count
    the documents where it has that role in a negotiation thread.  Name and kind are taken
    from the first document that has the actor.  Order: document count, total name mentions
    (both descending), then name.
    """
    merged: dict[str, CorpusActor] = {}
    texts: set[str] = set()
    for index, briefing in enumerate(briefings):
        sha = getattr(briefing.document, "sha256", "") or ""
        if sha in texts:
            continue  # the same text under another path counts once
        if sha:
            texts.add(sha)
        seen: set[str] = set()
        mediators = {m for n in briefing.negotiations for m in n.mediators}
        sides = {p for n in briefing.negotiations for p in n.parties}
        for actor in briefing.actors:
            entry = merged.get(actor.id)
            if entry is None:
                entry = merged[actor.id] = CorpusActor(actor.id, actor.name, actor.kind)
            count = len(actor.mentions)
            if actor.id not in seen:
                seen.add(actor.id)
                entry.documents.append(index)
                entry.counts.append(count)
                entry.mediator += actor.id in mediators
                entry.side += actor.id in sides
            else:  # the same id twice in one document: one document, both counts
                entry.counts[-1] += count
            entry.mentions += count
            entry.names.update(n.casefold() for n in (actor.name, *actor.aliases,
                                                      *actor.former_names))
            if actor.origin == "user":
                entry.user = True
    result = list(merged.values())
    result.sort(key=lambda c: (-len(c.documents), -c.mentions, c.name.casefold(), c.id))
    return result


_WORD = re.compile(r"\w+")


def filter_actors(entries: list[CorpusActor], typed: str) -> list[CorpusActor]:
    """The entries that ``typed`` finds (the corpus list's filter), in their order: the typed
    text within any of an actor's names, aliases or former names or its id, or each typed word
    the start of a word of them or within the search's typo budget of one (1 edit for 4–6
    letters, 2 from 7: :func:`briefing.search.typo.budget`).  On the canonical name alone, the
    White House's "Zelenskyy" (an alias of "Volodymyr Zelensky") found nothing."""
    from briefing.search.typo import budget, distances

    typed = typed.strip().casefold()
    words = _WORD.findall(typed)
    if not typed:
        return entries
    distance = distances()[0]

    def near(word: str, vocabulary: set[str]) -> bool:
        edits = budget(word)
        n = len(word)
        return any(v.startswith(word) or (edits and abs(len(v) - n) <= edits
                                          and distance(word, v, edits) <= edits)
                   for v in vocabulary)

    found = []
    for entry in entries:
        names = entry.names or {entry.name.casefold()}
        if typed in entry.id or any(typed in name for name in names):
            found.append(entry)
            continue
        if entry.words is None:
            entry.words = {w for name in names for w in _WORD.findall(name)}
        vocabulary = entry.words
        if words and all(near(word, vocabulary) for word in words):
            found.append(entry)
    return found


def documents_of(entry: CorpusActor, briefings: Sequence[Briefing]) -> list[tuple[Briefing, int]]:
    """The documents mentioning ``entry`` with its mention count in each, newest first.

    Undated documents come after dated ones, then by title.
    """
    pairs = zip(entry.documents, entry.counts, strict=True)
    rows = [(briefings[index], count) for index, count in pairs if 0 <= index < len(briefings)]
    rows.sort(key=lambda r: r[0].document.display_title.casefold())
    rows.sort(key=lambda r: r[0].document.published or "", reverse=True)
    return rows


def iter_actor_ids(groups: Iterable[ActorGroup]) -> list[str]:
    """The actor ids of ``groups`` in display order (what ``n``-style walking would follow)."""
    return [row.actor.id for group in groups for row in group.rows]
