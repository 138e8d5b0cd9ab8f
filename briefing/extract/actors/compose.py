"""Actor extraction, composition: possessor + agent noun sub-actors, generic groups, groups of
states, and organisations the KB lacks."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import Any

from briefing.extract.actors.aliases import name_run, org_kind, scan_local
from briefing.extract.actors.base import LEGAL_FORM_KEYS, VERBISH, ActorRun, slug
from briefing.extract.actors.firm_short_names import GENERIC_FIRST, first_word_short
from briefing.extract.actors.org_tails import org_end
from briefing.extract.actors.scan import TokenHit, mark
from briefing.knowledge import (
    ABBREV,
    CAPITAL,
    DEMONYM,
    NAME,
    SHORT,
    tokenize,
)

_COMPANY_SUFFIXES = LEGAL_FORM_KEYS | {"group", "holdings"}


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


# ------------------------------------------------------------------ 6. organisations
def org_patterns(run: ActorRun) -> None:
    """Organisations the KB lacks, from strong patterns around a one-word name:
    "a spokesman for X", "leader of X", "members of X"; "X, Britain's biggest union";
    "the Kuwaiti magazine X".  Each becomes an organisation, and its other mentions in
    the text ("X's") are found by the local gazetteer."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    members = run.w("org_member_nouns")
    types = run.w("org_type_nouns")
    media = run.w("media_nouns")
    found: list[tuple[int, int]] = []
    for k in run.positions(members):
        # "a spokesman for X", "members of X" ("the member for Kensington" is a seat)
        prep = ("for", "of") if norm[k].startswith("spokes") else ("of",)
        if k + 2 < t.n and norm[k + 1] in prep and not t.caps[k]:
            found.append((k + 2, -1))
    for k in run.positions(media):
        # "the Kuwaiti magazine X", "the state news agency X"
        if k + 1 < t.n and k > 0 and not t.caps[k] and run.taken[k - 1]:
            found.append((k + 1, -1))
    poss_at = {h.i: h for h in run.hits if h.actor and h.possessive}
    near_type = {x - d for x in run.positions(types) for d in range(2, 9)}
    for k in run.positions((",",)):
        # "X, Britain's biggest union," : X before an apposition with an organisation noun
        if k not in near_type:
            continue
        q = k + 1
        if q < t.n and norm[q] in ("the", "a", "an"):
            q += 1
        else:
            own = poss_at.get(q)
            if own is None:
                continue  # an apposition opens with a determiner or a possessor
            q = own.j + t.possessive_after(own.j)
        for x in range(q, min(t.n, q + 6)):
            if t.raw[x] == "-" and t.glued(x):
                continue  # "third-largest bank"
            if not t.raw[x].isalpha():
                break
            if norm[x] in types and not t.caps[x] and \
                    t.possessive_after(x + 1) == 0 and (x + 1 >= t.n or norm[x + 1] in (
                        ",", ".", ";", "said", "says", "which", "that", ")", "and")):
                found.append((k - 1, k))
                break
            if norm[x] in (",", ".", ";", ":") or t.raw[x][:1].isdigit():
                break
    for a, end in found:
        single_org(run, a, end, stop)
    scan_local(run)


def single_org(run: ActorRun, a: int, end: int, stop: frozenset[str]) -> None:
    """Make an organisation of the one-word name at token ``a`` (or ending at ``end``)."""
    t = run.t
    if end >= 0:
        b = end
        a = b - 1
        if a >= 2 and t.raw[a - 1] == "-" and t.glued(a) and t.glued(a - 1) \
                and t.caps[a - 2]:
            a -= 2  # "Al-Majalis"
    else:
        b = a + 1
        if b + 1 < t.n and t.raw[b] == "-" and t.glued(b) and t.glued(b + 1) \
                and t.caps[b + 1]:
            b += 2
    # a sentence's first word may be a name when an apposition says what it is
    if a < 0 or b > t.n or not t.caps[a] or any(run.taken[a:b]) \
            or (a in t.sent_tok and end < 0) or t.norm[a] in stop or run.kb.title_first.get(t.norm[a]):
        return
    if b < t.n and t.caps[b] and not t.line_start[b]:
        return  # a longer name ("John Smith"): not this rule
    if b < t.n and (t.raw[b] in ("'", "’", "-") and t.glued(b)
                    and t.possessive_after(b) == 0 and not t.norm[b - 1].endswith("s")):
        return  # "Kata'ib", "DEI-related": part of a longer word
    if a > 0 and t.raw[a - 1] == "-" and t.glued(a):
        return  # "anti-DEI"
    if a > 0 and t.raw[a - 1] in (")", "]", "&") or t.norm[a] in _COMPANY_SUFFIXES:
        return  # "Equity (Pacific) Ltd": the tail of a longer name
    if a > 0 and t.caps[a - 1] and not t.line_start[a] and a - 1 not in t.sent_tok:
        return
    if len(t.raw[a]) < 3 and b - a == 1:
        return
    name = t.span_text(a, b)
    aid = run.fresh_id(name)
    c = run.cand(aid, name=name, kind="organization", origin="extracted")
    c.discovered = True
    run.local.setdefault(tokenize(name), []).append((aid, NAME, False, name, None, None))


def organisations(run: ActorRun) -> None:
    """Capitalised phrases with an organisation head the KB lacks ("High Negotiations
    Committee") become organisations, with their head as a short form."""
    t = run.t
    heads = run.w("org_heads")
    lead_at = {h.i: h for h in run.hits if h.ftype in (DEMONYM, NAME)
               and run.kind_of(h.actor or "") == "state"}
    if t.upper_doc:
        return
    taken, caps, heading = run.taken, t.caps, t.heading_toks
    pos = 0
    for k in list(compress(range(t.n), caps)):  # the capitalised tokens, found in C
        if k < pos or k in heading:
            continue
        if taken[k]:
            h0 = lead_at.get(k)
            if h0 is None or h0.j >= t.n or taken[h0.j] or not caps[h0.j]:
                continue
        span = name_run(run, k)
        if span is None:
            continue
        a, b = span
        if any(run.taken[a:b]):
            # stop before the first taken token; a leading demonym or state name may be
            # absorbed ("Syrian Observatory for Human Rights")
            lead = [h for h in run.hits if h.i == a and h.ftype in (DEMONYM, NAME)
                    and run.kind_of(h.actor or "") == "state"]
            start_free = lead[0].j if lead else a
            stop_at = next((y for y in range(start_free, b) if run.taken[y]), b)
            b = stop_at
            of_state = _state_of(run, start_free, stop_at, heads)
            if of_state is not None:
                # "the Shipping Corporation of India": one name, the state inside it no
                # mention of its own (as "Lebanese Armed Forces", "Kingdom of Saudi Arabia")
                run.hits.remove(of_state)
                b = of_state.j + (of_state.j < t.n and t.norm[of_state.j] in LEGAL_FORM_KEYS)
            if lead and b - start_free < 1:
                pos = max(b, k + 1)
                continue
        b = org_end(run, a, b, heads)  # ("Radical Party Deputy Jo Roe": the party)
        while b > a and t.norm[b - 1] in ("of", "for", "the", "and", "-", "&", "on"):
            b -= 1
        if b - a < 2 or not (any(t.norm[y] in heads for y in range(a, b))
                             or _final_head(run, a, b)):
            pos = max(b, k + 1)
            continue
        if t.norm[b - 1] == "bank" and all(t.norm[y] in run.w("directions")
                                           or t.norm[y] == "the" for y in range(a, b - 1)):
            pos = b  # "the West Bank", "East Bank": a place, not an organisation
            continue
        if a in t.sent_tok and t.norm[a] == "the":
            a += 1
        kind = org_kind(run, (a, b))
        agent = match_agent(run, a)
        if kind is None or (agent is not None and agent[0] == b):
            pos = b  # "Coast Guard" alone: whose is unknown
            continue
        lead = [h for h in run.hits if h.i == a and h.j < b]
        name = t.span_text(a, b)
        aid = run.fresh_id(name)
        c = run.cand(aid, name=name, kind=kind, origin="extracted")
        c.discovered = True
        if lead and run.kind_of(lead[0].actor or "") == "state" and kind == "government":
            c.part_of = lead[0].actor
        for h in lead:
            run.hits.remove(h)
        h = TokenHit(a, b, ((aid, NAME, False, name, None, None),), rule="organisation")
        h.actor, h.ftype = aid, NAME
        h.possessive = t.possessive_after(b) > 0
        run.hits.append(h)
        mark(run.taken, [h])
        last = t.raw[b - 1]
        head_pos = next((y for y in range(a, b) if t.norm[y] in heads), b - 1)
        if kind == "organization" and t.norm[head_pos] in _BUSINESS_HEADS \
                and t.norm[a] not in GENERIC_FIRST and not (a > 0 and t.caps[a - 1]) \
                and not any(t.raw[x].islower() for x in run.positions((t.norm[a],))):
            # "Fleet Financial Group" ... "Fleet has": the first word of a business, unless
            # the text uses it as a common word ("industrial", "five") or the name began
            # before it ("Boston Five Cents Savings Bank")
            first_word_short(run, aid, a, b)
        short = t.raw[head_pos] if head_pos != a else last
        if t.cap(head_pos) and head_pos > a:
            run.local.setdefault((t.norm[head_pos],), []).append(
                (aid, SHORT, False, short, None, None))
        pos = b


def _state_of(run: ActorRun, start: int, y: int, heads: frozenset[str] | set[str]
              ) -> TokenHit | None:
    """The state's hit at token ``y`` when the free words ``start``..``y`` end on an
    organisation head and "of" ("Electronic Industries Association of Japan", "Bank of New
    Zealand"; not "of the US": the state after "the" is where the body is)."""
    t = run.t
    if y - start < 2 or y >= t.n or t.norm[y - 1] != "of" or t.norm[y - 2] not in heads:
        return None
    return next((h for h in run.hits if h.i == y and h.ftype in (NAME, ABBREV)
                 and run.kind_of(h.actor or "") == "state"), None)


# a possessive before a capitalised name ("My Administration", "Our Board") makes no name
_OWNER_WORDS = frozenset({"my", "our", "your", "his", "her", "its", "their", "this", "that"})


def _final_head(run: ActorRun, a: int, b: int) -> bool:
    """Whether ``a``..``b`` ends on a head that names an organisation only as a name's last
    word or before its "of" ("Federal Aviation Administration", "Chamber of Commerce"; not
    "Executive Order", "My Administration")."""
    norm, heads = run.t.norm, run.w("final_org_heads")
    if norm[a] in _OWNER_WORDS:
        return False
    return norm[b - 1] in heads or any(norm[y] in heads and norm[y + 1] in ("of", "for")
                                       for y in range(a + 1, b - 1))


# organisation heads that make a business: its first word stands for it ("Fleet Financial
# Group" ... "Fleet said"), as a firm's with a legal form does (:mod:`.firms`)
_BUSINESS_HEADS = frozenset({"group", "holdings", "securities", "corporation", "industries",
                             "airlines", "airways", "motors", "bank"})
