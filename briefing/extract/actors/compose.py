"""Actor extraction, composition: possessor + agent noun sub-actors, generic groups and groups
of states.  The organisations the KB lacks are :mod:`~briefing.extract.actors.new_orgs`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.extract.actors.base import VERBISH, ActorRun, slug
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import (
    CAPITAL,
    DEMONYM,
    NAME,
)


# ------------------------------------------------------------------ 5. composition
def match_agent(run: ActorRun, k: int) -> tuple[int, dict[str, Any]] | None:
    """The longest KB agent noun starting at token ``k``: (the token after it, its entry)."""
    t = run.t
    longest = run.kb.agent_first.get(t.norm[k]) if k < t.n else None
    if not longest:
        return None
    for length in range(min(longest, t.n - k), 0, -1):
        info = run.kb.agents.get(tuple(t.norm[k:k + length]))
        if info is not None:
            return k + length, info
    return None


def compose(run: ActorRun) -> None:
    """Possessor + agent noun ("Russian warplanes", "Assad's forces"): sub-actors of a state,
    generic groups, groups of states (see the module docstring)."""
    t = run.t
    norm = t.norm
    mods = run.w("modifiers")
    actions = run.w("actions")
    ethnic = run.w("ethnic")
    for h in list(run.hits):
        if not h.actor:
            continue
        kind = run.kind_of(h.actor)
        if kind not in ("state", "person", "igo", "state_group") and h.ftype != CAPITAL:
            continue
        if kind == "person" and not h.possessive:
            continue
        k = h.j + (t.possessive_after(h.j) if h.possessive else 0)
        chain(run, h.i, k, h.actor, kind, mods, actions, h)
    # ethnic/ideological adjectives: "Kurdish groups", "Islamist rebels"
    for k in run.positions(ethnic):
        if not run.taken[k] and (t.cap(k) or norm[k] == "armed"):
            chain(run, k, k + 1, None, None, mods, actions, None)
    # bare opposition/rebels: "the moderate opposition", "more moderate rebels"
    for k in run.positions(("opposition", "rebels", "insurgents")):
        if run.taken[k]:
            continue
        a = k
        while a - 1 >= 0 and norm[a - 1] in mods | {"more", "the"} \
                and not run.taken[a - 1]:
            a -= 1
        b = k + 1
        if b < t.n and norm[b] in ("groups", "forces", "fighters", "factions"):
            b += 1
        if b < t.n and norm[b] in actions | {"leader", "leaders", "figure", "party",
                                             "parties", "lawmakers", "politicians",
                                             "candidate", "bloc", "coalition"}:
            continue
        modified = any(norm[x] != "the" for x in range(a, k))
        if norm[k] == "opposition" and not (modified or b > k + 1) \
                and not run.sent_has(t.sent[k], run.w("armed_context")):
            continue  # a bare "opposition" needs a conflict sentence to be an armed actor
        generic(run, None, "opposition", "armed_group", "opposition", a, b)
    # "Gaza-based militants": armed men named by where they are based (unless the text
    # names an armed group, whom the description then stands for)
    named_group = any(run.kind_of(h.actor) == "armed_group" for h in run.hits if h.actor)
    for k in run.positions(("militants", "gunmen", "fighters", "guerrillas", "militias",
                            "insurgents")):
        a = k - 3
        if named_group or a < 0 or run.taken[k] or norm[k - 1] != "based" \
                or norm[k - 2] != "-" or not t.cap(a):
            continue
        label = f"{t.raw[a]}-based {norm[k]}"
        key = f"{norm[a]}_based_{norm[k]}"
        generic(run, None, key, "armed_group", label, a, k + 1)
    # groups of states: "Persian Gulf states", "Western powers"
    regions = run.w("regions")
    nouns = run.w("state_group_nouns")
    for k in run.positions(nouns):
        if k < 1 or run.taken[k]:
            continue
        a = k
        while a - 1 >= 0 and (norm[a - 1] in regions and (t.cap(a - 1) or norm[a - 1] in
                                                          ("other", "regional"))
                              or a - 2 >= 0 and a < k and norm[a - 1] == "-"
                              and norm[a - 2] in regions and t.cap(a - 2)):
            a -= 1  # "South East Asian countries", "South-East Asian nations"
        if a < k and a >= 2 and norm[a - 1] == "-" and t.cap(a - 2) and t.glued(a - 1) \
                and t.glued(a):
            a -= 2  # "Indo-Pacific partners"
        if a + 1 == k and norm[a] in _COMPASS:
            continue  # "Global South countries": a compass word alone names no region here
        while a < k and norm[a] == "other":
            a += 1
        if a == k or not any(t.cap(x) for x in range(a, k)):
            continue
        if restates(run, a):
            continue
        name = t.span_text(a, k + 1)
        aid = run.fresh_id(name)
        c = run.cand(aid, name=name, kind="state_group", origin="extracted")
        c.discovered = True
        c.alias(name)
        c.refs.append((t.starts[a], t.ends[k], "description", "state_group"))
        c.first = min(c.first, t.starts[a])
        for x in range(a, k + 1):
            run.taken[x] = 1


_COMPASS = frozenset({"south", "north", "east", "west", "southeast", "northeast", "southwest",
                      "northwest"})

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3}


def restates(run: ActorRun, a: int) -> bool:
    """"two Islamic countries" (after Iraq and Iran are named): a counted plural
    description of states the text already names is no new actor."""
    t = run.t
    p = a - 1
    if p >= 0 and t.norm[p] in ("the", "these", "those"):
        p -= 1
    if p < 0:
        return False
    count = _COUNTS.get(t.norm[p]) or (
        _COUNTS.get(t.norm[p + 1]) if t.norm[p] == "the" else None)
    if count is None:
        if a >= 2 and t.norm[a - 2] == "the" and t.norm[a - 1] in _COUNTS:
            count = _COUNTS[t.norm[a - 1]]
        else:
            return False
    states = {h.actor for h in run.hits if h.actor and run.kind_of(h.actor) == "state"}
    return len(states) >= count


def rehome_bodies(run: ActorRun) -> None:
    """"Armenia's National Security Council", "the Foreign Ministry of Iraq": a generic
    government body takes the state named next to it, not the KB's default owner."""
    t = run.t
    by_end = {h.j: h for h in run.hits if h.actor}
    by_start = {h.i: h for h in run.hits if h.actor}
    for h in list(run.hits):
        if not h.actor or h.ftype != NAME or run.kind_of(h.actor) != "government":
            continue
        ent = run.kb.get(h.actor)
        default = ent.get("part_of") if ent else None
        if default is None or t.raw[h.i].isupper():
            continue  # an acronym names one state's body
        state = None
        p = h.i - 1
        if p >= 0 and t.norm[p] == "s" and p >= 1 and t.norm[p - 1] == "'":
            p -= 2
        before = by_end.get(p + 1)
        if before is not None and run.kind_of(before.actor) == "state" and (
                before.ftype == DEMONYM or before.possessive):
            state = before.actor
        q = h.j
        if state is None and q < t.n and t.norm[q] == "of":
            q += 2 if q + 1 < t.n and t.norm[q + 1] == "the" else 1
            after = by_start.get(q)
            if after is not None and run.kind_of(after.actor) == "state":
                state = after.actor
        if state is None or state == default:
            continue
        surface = " ".join(t.span_text(h.i, h.j).split())
        sid = f"{state}_{slug(surface)}"
        c = run.cands.get(sid) or run.cand(sid, name=f"{demonym_of(run, state)} {surface}",
                                           kind="government", origin="extracted")
        c.part_of, c.discovered = state, True
        h.actor = sid
        h.entries = ((sid, NAME, False, surface, None, None),)


def leaders_acting(run: ActorRun, i: int, end: int) -> bool:
    """Whether "DEMONYM leadership" at tokens [i, end) stands as an actor without an article:
    met or talked with ("meetings with Saudi leadership") or the subject of a verb ("Chinese
    leadership returns to Beijing", "Saudi leadership also committed")."""
    t = run.t
    prev = t.norm[i - 1] if i > 0 else ""
    if prev in ("with", "by") or prev in run.w("table_verbs"):
        return True
    k = end + (end < t.n and t.norm[end] in ("also", "now", "then", "still", "has", "have"))
    if k >= t.n:
        return False
    nxt = t.norm[k]
    return nxt in run.w("speech_verbs") or nxt in run.w("table_verbs") or (
        t.raw[k].islower() and nxt.endswith(("ed", "es")) and nxt not in ("needed",))


def chain(run: ActorRun, i: int, k: int, owner: str | None, kind: str | None, mods: frozenset[str],
          actions: frozenset[str], hit: TokenHit | None) -> None:
    """Modifiers then agent nouns after tokens [i, k): make the sub-actor or generic."""
    t = run.t
    norm = t.norm
    x = k
    head: tuple[int, dict[str, Any]] | None = None
    head_start = k
    caps = True
    while x < t.n and x - k < 6:
        m = match_agent(run, x)
        if m is not None and not any(run.taken[x:m[0]]):
            head = m
            head_start = x
            caps = caps and all(t.cap(y) for y in range(x, m[0]))
            x = m[0]
            continue
        if norm[x] in mods and not run.taken[x]:
            caps = caps and (t.cap(x) or norm[x] == "-")
            x += 1
            continue
        break
    if head is None:
        return
    end, info = head
    if info.get("label") == "leadership" and hit is not None and not hit.possessive \
            and (i == 0 or norm[i - 1] not in ("the", "its", "their", "his", "her", "our")) \
            and not leaders_acting(run, i, end):
        return  # "American leadership in the world": a quality; "the Saudi leadership": leaders
    if end < t.n and norm[end] in actions and not (
            norm[end - 1].endswith("s") and norm[end] in VERBISH):
        return  # "U.S. military intervention": an action ("Kurdish groups control" is not)
    if end < t.n and norm[end] == "-" and end + 1 < t.n and t.glued(end):
        return  # "military-backed"
    if info["group"] == "generic" or owner is None or kind == "state_group":
        if owner is not None and kind not in ("state",):
            return
        if owner is None and info["group"] != "generic":
            return
        adj = t.raw[i] if owner is None else (t.span_text(i, k) if hit else "")
        key = "opposition" if info["key"] in ("rebels", "opposition", "insurgents") \
            else info["key"]
        if info["kind"] == "population" and owner:
            generic(run, owner, key, "population", "people", i, end, people=True)
        else:
            generic(run, owner or slug(adj), key, info["kind"], info["label"], i, end,
                    adj=adj)
        return
    state = owner if kind in ("state", "igo") else run.state_of(owner)
    if state is None:
        return
    sid = f"{state}_{info['key']}"
    if sid in run.kb.entities and run.kind_of(sid) not in ("armed_forces", "government"):
        sid = "x_" + sid
    surface = t.span_text(i, end)
    c = run.cands.get(sid)
    if c is None:
        label = info["label"]
        dem = demonym_of(run, state)
        c = run.cand(sid, name=f"{dem} {label}", kind=info["kind"], origin="extracted")
        c.part_of = state
        c.discovered = True
    c.alias(surface)
    c.first = min(c.first, t.starts[i])
    body = " ".join(norm[head_start:end]) in run.w("generic_body_nouns")
    if caps and t.raw[head_start].isupper() and head_start in t.heading_toks:
        caps = False  # "WORLD BANK MISSION HOLDS TALKS": capitals say nothing of a name
    if caps and end - k >= 1 and hit is not None and not hit.possessive and not body:
        # ("the Ukrainian Delegation" in a title-case line is a description, whatever
        # the capitals: the state keeps its mention)
        # "Lebanese Armed Forces": a proper name; the demonym is part of it
        run.hits.remove(hit)
        c.mentions.append((t.starts[i], t.ends[end - 1], "actor", "composed"))
        c.name = surface
    else:
        c.refs.append((t.starts[i], t.ends[end - 1], "description", "composed"))
    for y in range(k, end):
        run.taken[y] = 1
    if run.speech_near(end, i):
        c.speaker += 1


def demonym_of(run: ActorRun, state: str) -> str:
    """The singular demonym of a state ("Syrian"), else its name."""
    ent = run.kb.get(state)
    if ent:
        demonyms: Sequence[str] = ent.get("demonyms", ())
        for d in demonyms:
            if not d.endswith("s") or d in ("Swiss",):
                return d
        name: str = ent["name"]
        return name
    c = run.cands.get(state)
    return c.name if c else state


def generic(run: ActorRun, owner: str | None, key: str, kind: str, label: str, a: int, b: int,
            adj: str = "", people: bool = False) -> None:
    """A generic actor (``key`` of ``owner``, or of nobody) described by tokens [a, b)."""
    t = run.t
    if people and owner:
        gid = f"{owner}_people"
        name = plural_demonym(run, owner)
    elif owner and run.kb.get(owner):
        gid = f"{owner}_{key}"
        name = f"{demonym_of(run, owner)} {label}"
    elif owner:
        gid = f"{owner}_{key}"
        name = f"{adj} {label}".strip()
    else:
        gid = key
        name = label
    c = run.cands.get(gid) or run.cand(gid, name=name, kind=kind, origin="extracted")
    c.discovered = True
    surface = " ".join(t.span_text(a, b).split())
    if surface.lower().startswith("the "):
        surface = surface[4:]
    c.alias(surface)
    c.refs.append((t.starts[a], t.ends[b - 1], "description", "generic"))
    c.first = min(c.first, t.starts[a])
    for y in range(a, b):
        if not any(h.i <= y < h.j for h in run.hits):
            run.taken[y] = 1


def plural_demonym(run: ActorRun, state: str) -> str:
    """The plural demonym of a state ("Syrians"), else "<demonym> people", else the id."""
    ent = run.kb.get(state)
    if ent:
        dems: Sequence[str] = ent.get("demonyms", ())
        for d in dems:
            if d.endswith("s") and d[:-1] in dems:
                return d
        if dems:
            return dems[0] + " people"
    return state
