"""The user's corrections from the sidecar's ``actors:`` section.

```yaml
actors:
  add:    [{id: kurdish_groups, name: Kurdish groups, kind: armed_group, aliases: [Kurdish groups]}]
  merge:  [[assad, bashar_al_assad]]          # the first id is kept; the others fold into it
  rename: {syrian_opposition: "Syrian opposition (moderate)"}
  set:    {china: {tier: mentioned}}          # kind, tier, part_of, affiliation, title, name
  drop:   [china]
```

Applied after extraction in the order add, merge, rename, set, drop; every actor an entry touches
is marked ``origin: "user"``.  A ``rename`` or ``set`` of an actor that a merge folds away is
applied before the merges: the reader lets the user rename an actor and merge it afterwards,
and the name given then becomes an alias of the kept actor (applied after, it named an actor
no longer there and was reported, on every load, as matching nothing).  An added actor's name and aliases are looked up in the text with the
gazetteer's case rules and become its mentions (taken from any other actor that had them).  An
entry that is malformed or matches nothing is skipped and reported as a
:class:`~briefing.model.Problem` naming the sidecar file and the line (of the entry when it can be
found, else of the ``actors:`` key).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from briefing.common.textsafe import display_safe
from briefing.extract.actors.scan import Entry, Tokens, scan
from briefing.extract.sidecar_lines import SidecarLines
from briefing.knowledge import tokenize
from briefing.model import (
    ACTOR_KINDS,
    ACTOR_TIERS,
    CURATION_ID,
    Actor,
    Document,
    Mention,
    Problem,
)

_SECTIONS = ("add", "merge", "rename", "set", "drop")
_SETTABLE = ("name", "kind", "tier", "part_of", "affiliation", "title")


class _Reporter:
    """Problems with file and line; finer lines are looked up in the sidecar only on demand."""

    def __init__(self, document: Document) -> None:
        self.sidecar = SidecarLines(document, "actors")
        self.path = self.sidecar.path
        self.base = self.sidecar.base
        self.problems: list[Problem] = []

    def line_of(self, section: str | None, needle: str | None = None) -> int | None:
        """The line of ``needle`` under ``section:`` below the ``actors:`` key, else a coarser one."""
        lines = self.sidecar.lines()
        if not lines or self.base is None:
            return self.base
        start = self.base - 1
        sec_line = None
        if section:
            for n in range(start, len(lines)):
                if re.match(rf"^\s+{re.escape(section)}\s*:", lines[n]):
                    sec_line = n
                    break
                if n > start and re.match(r"^\S", lines[n]):
                    break  # left the actors: block
        if sec_line is None:
            return self.base
        if needle:
            for n in range(sec_line, len(lines)):
                if n > sec_line and re.match(r"^\S", lines[n]):
                    break
                # a section line was found, so ``section`` is set
                if n > sec_line and re.match(r"^\s{0,3}\w+\s*:", lines[n]) \
                        and not re.match(rf"^\s+{re.escape(section or '')}\s*:", lines[n]):
                    break
                if re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", lines[n]):
                    return n + 1
        return sec_line + 1

    def report(self, message: str, section: str | None = None, needle: str | None = None) -> None:
        self.problems.append(Problem(self.path, f"actors: {message}; skipped",
                                     self.line_of(section, needle), "warning"))



def _valid_id(value: Any) -> bool:
    return isinstance(value, str) and bool(CURATION_ID.match(value))


def apply_actor_curation(document: Document,
                         actors: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], list[Problem]]:
    """Apply add/merge/rename/set/drop from ``document.curation["actors"]``."""
    section = document.curation.get("actors") if isinstance(document.curation, dict) else None
    if not section:
        return actors, []
    rep = _Reporter(document)
    if not isinstance(section, dict):
        rep.report("expected a mapping with add/merge/rename/drop")
        return actors, rep.problems
    for key in section:
        if key not in _SECTIONS:
            rep.report(f"unknown key {display_safe(key, 60)!r} (use add, merge, rename, set, drop)",
                       str(key) if isinstance(key, str) else None)
    by_id: dict[str, Actor] = {a.id: a for a in actors}
    order: list[str] = [a.id for a in actors]

    _add(document, section.get("add"), by_id, order, rep)
    gone: set[str] = set()  # ids merged away or dropped
    folded = _folded_ids(section.get("merge"))
    renames, late_renames = _split(section.get("rename"), folded)
    sets, late_sets = _split(section.get("set"), folded)
    _rename(renames, by_id, rep)
    _set(sets, by_id, rep)
    _merge(section.get("merge"), by_id, order, rep, gone)
    _rename(late_renames, by_id, rep)
    _set(late_sets, by_id, rep)
    _drop(section.get("drop"), by_id, rep, gone)

    alive = set(by_id)
    out = []
    for aid in order:
        a = by_id.get(aid)
        if a is None:
            continue
        changes: dict[str, Any] = {}
        if a.part_of and a.part_of not in alive and a.part_of in gone:
            changes["part_of"] = None
        if a.affiliation and a.affiliation not in alive and a.affiliation in gone:
            changes["affiliation"] = None
        if changes:
            a = replace(a, **changes)
        out.append(_cleaned(a) if a.origin == "user" else a)
    return tuple(out), rep.problems


def _folded_ids(groups: Any) -> set[str]:
    """The ids a ``merge:`` folds into another (every id of a group but the first)."""
    if not isinstance(groups, list):
        return set()
    if groups and all(isinstance(g, str) for g in groups):
        groups = [groups]
    return {x for g in groups if isinstance(g, list) for x in g[1:] if isinstance(x, str)}


def _split(entries: Any, folded: set[str]) -> tuple[Any, Any]:
    """``entries`` (an id mapping) as (those for folded ids, applied before the merges; the
    rest); a malformed value goes whole to the second, which reports it."""
    if not isinstance(entries, dict) or not folded:
        return None, entries
    early = {k: v for k, v in entries.items() if k in folded}
    late = {k: v for k, v in entries.items() if k not in folded}
    return early or None, late or None


def _cleaned(actor: Actor) -> Actor:
    """A curated actor's text from the sidecar through the one cleaning step, where it enters
    the model: every output (screen, memo, JSON, stderr) then carries it without controls."""
    def clean(text: str | None) -> str | None:
        return display_safe(text, 300) if isinstance(text, str) else text

    return replace(actor, name=clean(actor.name) or actor.id,
                   aliases=tuple(dict.fromkeys(clean(x) or "" for x in actor.aliases)),
                   title=clean(actor.title), part_of=clean(actor.part_of),
                   affiliation=clean(actor.affiliation))


def _add(document: Document, entries: Any, by_id: dict[str, Actor], order: list[str],
         rep: _Reporter) -> None:
    if entries is None:
        return
    if isinstance(entries, dict):
        entries = [entries]
    if not isinstance(entries, list):
        rep.report("add: expected a list of actors", "add")
        return
    tokens: Tokens | None = None
    for entry in entries:
        if not isinstance(entry, dict) or not _valid_id(entry.get("id")):
            rep.report(f"add: entry without a valid id: {display_safe(entry, 60)}", "add",
                       entry.get("id") if isinstance(entry, dict)
                       and isinstance(entry.get("id"), str) else None)
            continue
        aid = entry["id"]
        name = entry.get("name", by_id[aid].name if aid in by_id else aid)
        if not isinstance(name, str) or not name.strip():
            rep.report(f"add: {aid}: name must be text", "add", aid)
            continue
        kind = entry.get("kind", by_id[aid].kind if aid in by_id else "other")
        if kind not in ACTOR_KINDS:
            rep.report(f"add: {aid}: unknown kind {display_safe(kind, 60)!r}", "add", aid)
            continue
        tier = entry.get("tier", by_id[aid].tier if aid in by_id else "party")
        if tier not in ACTOR_TIERS:
            rep.report(f"add: {aid}: unknown tier {display_safe(tier, 60)!r}", "add", aid)
            continue
        raw_aliases = entry.get("aliases", [])
        if isinstance(raw_aliases, str):
            raw_aliases = [raw_aliases]
        if not isinstance(raw_aliases, list) or not all(isinstance(x, str) for x in raw_aliases):
            rep.report(f"add: {aid}: aliases must be a list of names", "add", aid)
            continue
        forms = [f for f in dict.fromkeys([name.strip(), *[x.strip() for x in raw_aliases]])
                 if f]
        if tokens is None:
            tokens = Tokens(document)
        spans = _find(tokens, forms)
        if not spans and aid not in by_id:
            rep.report(f"add: {aid}: none of {display_safe(forms, 60)} occurs in the text", "add", aid)
            continue
        _take(by_id, spans)
        mentions = tuple(Mention(s, e, document.text[s:e], "actor", "user") for s, e in spans)
        extra = {k: entry[k] for k in ("part_of", "affiliation", "title")
                 if isinstance(entry.get(k), str)}
        if aid in by_id:
            old = by_id[aid]
            merged = tuple(sorted(set(old.mentions) | set(mentions), key=lambda m: m.start))
            aliases = tuple(dict.fromkeys([*old.aliases, *forms]))
            by_id[aid] = replace(old, name=name, kind=kind, tier=tier, mentions=merged,
                                 aliases=aliases, origin="user", **extra)
        else:
            seen = tuple(dict.fromkeys(m.text for m in mentions))
            by_id[aid] = Actor(id=aid, name=name, kind=kind, tier=tier,
                               aliases=tuple(dict.fromkeys([*seen, *forms])),
                               mentions=mentions, origin="user", **extra)
            order.insert(_position(by_id, order, tier), aid)


def _position(by_id: dict[str, Actor], order: list[str], tier: str) -> int:
    rank = {"party": 0, "sub_actor": 1, "mentioned": 2}
    for n, aid in enumerate(order):
        a = by_id.get(aid)
        if a is not None and rank.get(a.tier, 3) > rank.get(tier, 3):
            return n
    return len(order)


def _find(tokens: Tokens, forms: list[str]) -> list[tuple[int, int]]:
    gaz: dict[tuple[str, ...], tuple[Entry, ...]] = {}
    for form in forms:
        key = tokenize(form[4:] if form.lower().startswith("the ") else form)
        if key:
            # the user's spelling: its capitals must match, like a KB name
            gaz[key] = (("user", "name", form.isupper() and len(form) <= 6, form, None, None),)
    first: dict[str, int] = {}
    for key in gaz:
        first[key[0]] = max(first.get(key[0], 0), len(key))
    return [(tokens.starts[h.i], tokens.ends[h.j - 1]) for h in scan(tokens, gaz, first)]


def _take(by_id: dict[str, Actor], spans: list[tuple[int, int]]) -> None:
    """The user's mentions win: remove overlapping mentions from the other actors."""
    if not spans:
        return
    for aid, a in list(by_id.items()):
        keep = tuple(m for m in a.mentions
                     if not any(m.start < e and s < m.end for s, e in spans))
        if len(keep) != len(a.mentions):
            by_id[aid] = replace(a, mentions=keep)


def _merge(groups: Any, by_id: dict[str, Actor], order: list[str], rep: _Reporter,
           gone_ids: set[str]) -> None:
    if groups is None:
        return
    if not isinstance(groups, list):
        rep.report("merge: expected a list of id lists", "merge")
        return
    if groups and all(isinstance(g, str) for g in groups):
        groups = [groups]  # a single group written flat: merge: [a, b]
    for group in groups:
        if not isinstance(group, list) or len(group) < 2 or not all(_valid_id(x) for x in group):
            rep.report(f"merge: expected a list of two or more ids, found {display_safe(group, 60)}",
                       "merge", group[0] if isinstance(group, list) and group
                       and isinstance(group[0], str) else None)
            continue
        present = [x for x in group if x in by_id]
        if not present:
            rep.report(f"merge: none of {display_safe(group, 60)} is an actor in this document",
                       "merge", group[0])
            continue
        # the first id may be new (the id to keep); any other id must exist
        for x in group[1:]:
            if x not in by_id:
                rep.report(f"merge: no actor {x!r} in this document", "merge", x)
        target_id = group[0]
        base = by_id.get(target_id) or by_id[present[0]]
        mentions = set(base.mentions)
        refs = set(base.references)
        aliases = list(base.aliases)
        former = list(base.former_names)
        for x in present:
            if x == base.id:
                continue
            other = by_id.pop(x)
            gone_ids.add(x)
            mentions |= set(other.mentions)
            refs |= set(other.references)
            aliases.extend([other.name, *other.aliases])
            former.extend(other.former_names)
        merged = replace(
            base, id=target_id,
            mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
            references=tuple(sorted(refs, key=lambda m: (m.start, m.end))),
            aliases=tuple(dict.fromkeys(a for a in aliases if a and a != base.name
                                        or a in base.aliases)),
            former_names=tuple(dict.fromkeys(former)), origin="user")
        if base.id != target_id:
            by_id.pop(base.id, None)
            gone_ids.add(base.id)
            idx = order.index(base.id)
            order[idx] = target_id
        by_id[target_id] = merged
        gone = set(present) - {target_id}
        for aid, a in list(by_id.items()):
            changes = {}
            if a.part_of in gone:
                changes["part_of"] = target_id
            if a.affiliation in gone:
                changes["affiliation"] = target_id
            if changes:
                by_id[aid] = replace(a, **changes)


def _rename(entries: Any, by_id: dict[str, Actor], rep: _Reporter) -> None:
    if entries is None:
        return
    if not isinstance(entries, dict):
        rep.report("rename: expected a mapping of id: new name", "rename")
        return
    for aid, name in entries.items():
        if not isinstance(name, str) or not name.strip():
            rep.report(f"rename: {display_safe(aid, 60)}: the new name must be text", "rename", str(aid))
            continue
        if aid not in by_id:
            rep.report(f"rename: no actor {display_safe(aid, 60)!r} in this document", "rename", str(aid))
            continue
        old = by_id[aid]
        aliases = old.aliases if old.name in old.aliases else (*old.aliases, old.name)
        by_id[aid] = replace(old, name=" ".join(name.split()), aliases=aliases, origin="user")


def _set(entries: Any, by_id: dict[str, Actor], rep: _Reporter) -> None:
    if entries is None:
        return
    if not isinstance(entries, dict):
        rep.report("set: expected a mapping of id: {field: value}", "set")
        return
    for aid, fields in entries.items():
        if aid not in by_id:
            rep.report(f"set: no actor {display_safe(aid, 60)!r} in this document", "set", str(aid))
            continue
        if not isinstance(fields, dict):
            rep.report(f"set: {display_safe(aid, 60)}: expected a mapping of fields", "set", str(aid))
            continue
        changes: dict[str, Any] = {}
        for key, value in fields.items():
            if key not in _SETTABLE or not (value is None or isinstance(value, str)):
                rep.report(f"set: {aid}: cannot set {display_safe(key, 60)!r}", "set", str(aid))
                continue
            if key == "kind" and value not in ACTOR_KINDS:
                rep.report(f"set: {aid}: unknown kind {display_safe(value, 60)!r}", "set", str(aid))
                continue
            if key == "tier" and value not in ACTOR_TIERS:
                rep.report(f"set: {aid}: unknown tier {display_safe(value, 60)!r}", "set", str(aid))
                continue
            if key == "name" and not value:
                continue
            changes[key] = value
        if changes:
            by_id[aid] = replace(by_id[aid], origin="user", **changes)


def _drop(entries: Any, by_id: dict[str, Actor], rep: _Reporter, gone: set[str]) -> None:
    if entries is None:
        return
    if isinstance(entries, str):
        entries = [entries]
    if not isinstance(entries, list):
        rep.report("drop: expected a list of ids", "drop")
        return
    for aid in entries:
        if not _valid_id(aid):
            rep.report(f"drop: not an actor id: {display_safe(aid, 60)}", "drop")
            continue
        if aid not in by_id:
            rep.report(f"drop: no actor {aid!r} in this document", "drop", aid)
            continue
        del by_id[aid]
        gone.add(aid)
