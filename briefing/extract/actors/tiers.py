"""Actor extraction, roles and tiers: place versus actor uses, speakers, salience, tiers, and
the final Actor objects."""

from __future__ import annotations

import bisect
from typing import Any

from briefing.extract.actors.base import KINDS, LINKED, TIER_ORDER, ActorRun, Cand
from briefing.extract.actors.demote import (
    demote_enumerated,
    demote_spokespeople,
    enumerated_state_hits,
)
from briefing.extract.actors.scan import TokenHit
from briefing.knowledge import (
    DEMONYM,
    DEMONYM_PL,
    FORMER,
    tokenize,
)
from briefing.model import Actor, Mention, Span


# ------------------------------------------------------------------ 7. roles and tiers
def roles(run: ActorRun) -> None:
    """The role of each hit: possessor, modifier (a demonym), affiliation ("al-Qaeda linked"),
    or location for a state named as a place ("in Syria", "Hangzhou, China")."""
    t = run.t
    norm = t.norm
    loc = run.w("locative")
    motion = run.w("motion_verbs")
    directions = run.w("directions")
    stop = run.w("name_stop")
    sent_first = set(t.sent_tok)
    for h in run.hits:
        kind = run.kind_of(h.actor or "")
        if h.possessive:
            h.role = "possessor"
        elif h.ftype in (DEMONYM,):
            h.role = "modifier"
        nxt = h.j + (1 if h.j < t.n and norm[h.j] == "-" else 0)
        if nxt < t.n and norm[nxt] == "based" and kind in ("state", "state_group"):
            h.role = "location"  # "a Britain-based monitor"
            continue
        if nxt < t.n and norm[nxt] in LINKED:
            h.role = "affiliation"  # "an al-Qaeda linked group": not the actor itself
            continue
        if kind not in ("state", "state_group") or h.ftype in (DEMONYM, DEMONYM_PL) \
                or h.possessive:
            continue
        p = h.i - 1
        if p >= 0 and norm[p] == "the":
            p -= 1
        while p >= 0 and norm[p] in directions:
            p -= 1
        prev = norm[p] if p >= 0 else ""
        if prev in loc or prev in ("to", "from") and p >= 1 and norm[p - 1] in motion or prev == "of" and p >= 1 and norm[p - 1] in directions:
            h.role = "location"
        elif prev == "," and p >= 1 and t.cap(p - 1) and not is_actor_tok(run, p - 1) \
                and norm[p - 1] not in stop and (p - 1) not in sent_first:
            h.role = "location"  # "Hangzhou, China"
        elif prev == "," and p >= 1 and place_tok(run, p - 1):
            h.role = "location"


def is_actor_tok(run: ActorRun, k: int) -> bool:
    """Whether token ``k`` is inside a hit."""
    return any(h.i <= k < h.j for h in run.hits)


def place_tok(run: ActorRun, k: int) -> bool:
    """Whether token ``k`` is inside a hit that names a place."""
    return any(h.i <= k < h.j and h.role == "location" for h in run.hits)


def collect(run: ActorRun) -> None:
    """Move the hits into their candidates' mentions (with their role and rule) and aliases."""
    t = run.t
    heading = t.heading_toks
    for h in run.hits:
        if not h.actor:
            continue
        c = run.cand(h.actor)
        s, e = t.starts[h.i], t.ends[h.j - 1]
        role = h.role
        if h.i in heading and role == "actor":
            role = "heading"
        c.mentions.append((s, e, role, h.rule))
        surface = t.text[s:e]
        c.alias(surface)
        c.first = min(c.first, s)
        if h.ftype == FORMER:
            c.former.append(surface)


def count_speakers(run: ActorRun) -> None:
    """Count speech-verb positions next to each actor's name mentions; spot mediators."""
    t = run.t
    verbs = run.w("speech_verbs")
    mediation = run.w("mediation_words")
    for h in run.hits:
        if not h.actor or h.role == "location":
            continue
        c = run.cands[h.actor]
        if c.kind in ("igo", "organization", "state_group", "state") and mediation:
            # "UN-mediated", "UN-led mediation", "the UN envoy", "mediated by the UN"
            window = t.norm[max(0, h.i - 3):min(t.n, h.j + 3)]
            if not mediation.isdisjoint(window):
                c.mediator = True
        if h.j + 1 < t.n and t.norm[h.j] == "-" and t.norm[h.j + 1] in mediation:
            coordinated_mediators(run, h)
        k = h.j
        # "Putin said", "Putin has said", "said Putin", "Kerry told reporters"
        nxt = t.norm[k:k + 3]
        if nxt and (nxt[0] in verbs or (len(nxt) > 1 and nxt[0] in ("has", "had", "also",
                                                                    "have", "is", "was")
                                        and nxt[1] in verbs)) \
                or h.i > 0 and t.norm[h.i - 1] in verbs and h.ftype not in (DEMONYM,):
            c.speaker += 1
        elif h.j < t.n and t.norm[h.j] == ":" and label_start(run, h.i):
            c.speaker += 1
            c.transcript = True


def coordinated_mediators(run: ActorRun, h: TokenHit) -> None:
    """"EU and U.S.-facilitated talks": every actor coordinated before the hyphenated
    participle mediates, not only the one glued to it."""
    t = run.t
    by_end = {x.j: x for x in run.hits if x.actor and x.role != "location"}
    cur: TokenHit | None = h
    while cur is not None:
        c = run.cands.get(cur.actor or "")
        if c is not None and c.kind != "person":
            c.mediator = True
        p = cur.i - 1
        if p >= 0 and t.norm[p] in ("and", ","):
            q = p - 1 if not (t.norm[p] == "and" and p >= 1 and t.norm[p - 1] == ",") \
                else p - 2
            cur = by_end.get(q + 1)
        else:
            cur = None


def authors(run: ActorRun) -> None:
    """The author or principal named in a title ("Statement from NSC Spokesperson Jane Roe
    on …", "Readout of President X's Call") is a party."""
    t = run.t
    heading = t.heading_toks
    cues = run.w("author_cues")
    for h in run.hits:
        if not h.actor or h.i not in heading or h.i >= t.n:
            continue
        c = run.cands.get(h.actor)
        if c is None or c.kind != "person" or not t.title_end or \
                t.starts[h.i] >= t.title_end:
            continue
        a = h.i - 1
        while a >= 0 and a in heading and h.i - a < 10 and t.norm[a] not in cues:
            a -= 1
        if a >= 0 and a in heading and t.norm[a] in cues and \
                a + 1 < t.n and t.norm[a + 1] in ("from", "by", "of", "with"):
            c.tier = "party"


def label_start(run: ActorRun, i: int) -> bool:
    """Is token ``i`` the start of a transcript speaker label ("MR. KIRBY:", "PRESIDENT
    BIDEN:")?  Only titles, honorifics and "the" may come before it on its line."""
    t = run.t
    k = i
    while k > 0 and not t.line_start[k] and i - k < 6:
        k -= 1
    if not t.line_start[k]:
        return False
    x = k
    while x < i:
        m = run.match_title(x)
        if m is not None and m[0] <= i:
            x = m[0]
            continue
        if t.norm[x] in ("the", ".", "madam"):
            x += 1
            continue
        return False
    return True


def tiers(run: ActorRun) -> None:
    """Salience and tier (party, sub_actor, mentioned) of every candidate, with the demotions
    of :mod:`.demote`."""
    t = run.t
    ctx = run.w("context_words")
    ctx_sent = {}
    n_sent = len(t.sent_spans)
    for s in range(n_sent):
        ctx_sent[s] = run.sent_has(s, ctx)
    title_end = t.title_end
    lead_sents = set(range(min(2, n_sent)))
    heading_start = t.sent_spans[0][0] if t.sent_spans else 0
    del heading_start
    # salience from actor-role name mentions (and descriptions for nameless actors)
    for c in run.cands.values():
        score = 0.0
        for s, _e, role, _rule in c.mentions + [r for r in c.refs
                                                if r[2] == "description"]:
            if role in ("location", "affiliation"):
                continue
            sent = t.sent[_tok_at(run, s)] if t.n else 0
            w = 1.0
            if ctx_sent.get(sent):
                w += 1.0
            if s < title_end or sent in lead_sents:
                w += 1.0
            score += w
        score += 2.0 * min(c.speaker, 3)
        c.score = score
    # sub-actors lend their salience to their state
    for c in list(run.cands.values()):
        if c.part_of:
            parent = run.cands.get(c.part_of)
            if parent is None and run.kb.get(c.part_of):
                parent = run.cand(c.part_of)
            if parent is not None:
                parent.score += c.score
    top = max((c.score for c in run.cands.values()), default=0.0)
    for c in run.cands.values():
        c.tier = tier_of(run, c, top)
    # coordination: "Russia and Iran" share a tier in a conflict sentence (not inside an
    # enumeration of other cases, where every named state is context)
    enum = enumerated_state_hits(run)
    coordination(run, ctx_sent, enum)
    demote_enumerated(run, enum)
    spokespeople = demote_spokespeople(run)
    # a party's principal acts for a state: that state is a party too
    for c in list(run.cands.values()):
        if c.kind == "person" and c.tier == "party":
            state = run.state_of(c.affiliation) if c.affiliation else \
                run.state_of(c.id)
            target = run.cands.get(state or "")
            if target is not None and target.tier == "mentioned" and target.mentions:
                target.tier = "party"
    authors(run)
    # an organisation whose leader or spokesman is a party is a party too ("PCS leader");
    # a spokesman who only reports still speaks for the organisation
    for c in list(run.cands.values()):
        if c.kind == "person" and (c.tier == "party" or c.id in spokespeople) \
                and c.affiliation:
            org = run.cands.get(c.affiliation)
            if org is not None and org.kind in ("organization", "armed_group") \
                    and org.mentions and org.tier == "mentioned":
                org.tier = "party"
    for c in run.cands.values():
        if c.part_of:
            root = run.cands.get(c.part_of)
            c.tier = "sub_actor" if root is not None and root.tier in ("party",
                                                                       "sub_actor") \
                else "mentioned"


def _city_or_base(run: ActorRun, c: Cand) -> bool:
    """Whether ``c``'s one mention names its capital city (a metonym read as a place) or a
    base ("Britain-based")."""
    s, e = c.mentions[0][0], c.mentions[0][1]
    ent = run.kb.get(c.id)
    surface = run.t.text[s:e]
    return (ent is not None and surface == ent.get("capital") and surface != ent.get("name")) \
        or \
        run.t.text.startswith("-based", e)


def _named_ancestor(run: ActorRun, actor_id: str, ids: set[str]) -> str | None:
    """The first actor of ``ids`` up the knowledge base's part_of chain from ``actor_id``
    (itself excluded), or None."""
    seen = {actor_id}
    ent = run.kb.get(actor_id)
    up = ent.get("part_of") if ent else None
    while up and up not in seen:
        if up in ids:
            return str(up)
        seen.add(up)
        ent = run.kb.get(up)
        up = ent.get("part_of") if ent else None
    return None


def _tok_at(run: ActorRun, offset: int) -> int:
    """The token at character ``offset``."""
    return max(0, bisect.bisect_right(run.t.starts, offset) - 1)


def tier_of(run: ActorRun, c: Cand, top: float) -> str:
    """The tier of ``c`` from its kind, mentions and salience (``top``: the highest score)."""
    kind = c.kind
    actor_mentions = [m for m in c.mentions if m[2] != "location"]
    if kind == "population":
        return "mentioned"
    if c.part_of:
        return "sub_actor"
    if kind == "person":
        if c.transcript and c.speaker >= 1:
            return "party"
        if c.origin == "kb" and run.kb.out_of_office(c.id, run.pub):
            return "mentioned"  # "President Obama" recalled in a later speech: no side's now
        if c.origin != "kb" and not c.rank and not c.speaker:
            return "mentioned"
        if c.speaker and (c.rank in ("principal", "minister", "envoy", "official", "")
                          or c.origin == "kb"):
            return "party" if c.mentions or c.transcript else "mentioned"
        if c.rank in ("principal", "minister", "envoy") and c.score >= 2.0:
            return "party"
        if not c.mentions and c.rank == "principal" and c.score >= 4.0:
            return "party"  # "the President" throughout a statement
        if c.origin == "kb" and c.score >= 4.0:
            return "party"
        return "mentioned"
    if not actor_mentions and not c.refs and c.score < 2.0:
        return "mentioned"
    if c.refs and not c.mentions and all(r[3] == "workforce" for r in c.refs):
        # the working side of a labour dispute (:mod:`.workforce`), made only where it acts in
        # the dispute: at the table unless named once in passing
        return "party" if c.score >= 2.0 else "mentioned"
    if kind in ("igo", "organization", "other") or (kind == "state_group"
                                                    and " " not in c.name):
        # forums, NGOs, media: context unless they mediate or dominate the text
        if c.mediator or c.score >= max(6.0, 0.5 * top):
            return "party"
        return "mentioned"
    if c.discovered:
        # generic groups ("Kurdish groups", "Gulf states"): named in a conflict sentence
        return "party" if c.score >= 2.0 else "mentioned"
    if kind == "state_group":
        return "party" if c.score >= 2.0 else "mentioned"
    if c.mediator and kind == "state":
        return "party"
    # states, armed groups, governments from the KB: more than one passing mention, except
    # in a short statement, where every named state counts
    return "party" if c.score >= (2.0 if run.short else 3.0) else "mentioned"


def coordination(run: ActorRun, ctx_sent: dict[int, bool], enum: set[int] | None = None) -> None:
    """"A and B" of one kind (states, armed groups) in a negotiation or conflict sentence share
    the party tier (hits in ``enum`` excepted)."""
    t = run.t
    skip = enum or set()
    hits = sorted((h for h in run.hits if h.actor and h.role != "location"
                   and id(h) not in skip),
                  key=lambda h: h.i)
    for a, b in zip(hits, hits[1:], strict=False):
        gap = [t.norm[x] for x in range(a.j, b.i)]
        if gap not in (["and"], [","], [",", "and"]):
            continue
        if not ctx_sent.get(t.sent[a.i]):
            continue
        ca, cb = run.cands[a.actor or ""], run.cands[b.actor or ""]  # hits with actors
        if ca.kind != cb.kind or ca.kind not in ("state", "armed_group"):
            continue
        if ca.tier == "party" or cb.tier == "party":
            ca.tier = cb.tier = "party"


# ------------------------------------------------------------------ output
def finish(run: ActorRun) -> tuple[Actor, ...]:
    """The candidates as :class:`~briefing.model.Actor` objects, parties first."""
    out = []
    for c in run.cands.values():
        if not c.mentions and not c.refs:
            continue
        if c.kind in ("state", "state_group") and len(c.mentions) == 1 and not c.refs \
                and c.mentions[0][2] == "location" and c.tier == "mentioned" \
                and _city_or_base(run, c) \
                and not any(o.part_of == c.id or o.affiliation == c.id
                            for o in run.cands.values() if o is not c):
            # "the Paris and Amsterdam exchanges", "a Luxembourg-based firm": a city or a base
            # named once is no actor; a state named as a place ("a plant in Singapore") is one
            # (GOLD_FORMAT: a place-name used only as a location still counts as a mention)
            continue
        ent = run.kb.get(c.id)
        affiliation = c.affiliation
        title = c.title
        if c.kind == "person" and ent is not None:
            role = run.kb.role_at(c.id, run.pub) if run.pub else None
            if role is None and c.title:
                # "President Trump" out of office, or no date: the role the title names
                wanted = set(tokenize(c.title.lower()))
                role = next((r for r in ent.get("roles", ()) if r["title"] and (
                    set(tokenize(r["title"].lower())) <= wanted
                    or wanted <= set(tokenize(r["title"].lower())))), None)
            if role is None and not run.pub:
                role = run.kb.role_at(c.id, None)
            if role is not None:
                if not c.text_affiliation:
                    affiliation = role["of"]
                if title is None:
                    title = role["title"]
        former = list(c.former)
        if ent is not None:
            for name, _start, end in ent.get("names", ()):
                if end and run.pub and run.pub >= end and name not in former \
                        and name != c.name:
                    former.append(name)
        kind = c.kind if c.kind in KINDS else "other"
        if c.discovered and not c.mentions and c.refs and c.kind == "armed_group" \
                and c.aliases:
            # a generic group is named as the text names it most ("moderate opposition")
            counts: dict[str, int] = {}
            for s, e, _role, _rule in c.refs:
                form = " ".join(run.t.text[s:e].split())
                form = form[4:] if form.lower().startswith("the ") else form
                counts[form] = counts.get(form, 0) + 1
            c.name = max(counts, key=lambda f: (counts[f], -len(f)))
        mentions = tuple(Mention(s, e, run.t.text[s:e], role, rule)
                         for s, e, role, rule in sorted(set(c.mentions)))
        refs = tuple(Mention(s, e, run.t.text[s:e], role, rule)
                     for s, e, role, rule in sorted(set(c.refs)))
        evidence = tuple(Span(m.start, m.end, m.text) for m in (mentions or refs)[:1])
        out.append((c, Actor(
            id=c.id, name=c.name, kind=kind, tier=c.tier, aliases=tuple(c.aliases),
            part_of=c.part_of, affiliation=affiliation, title=title, mentions=mentions,
            references=refs, former_names=tuple(former),
            origin="kb" if ent is not None else "extracted", evidence=evidence)))
    ids = {a.id for _c, a in out}
    fixed = []
    for c, a in out:
        parent = a.part_of
        if parent and parent not in ids:
            # "the U.S. Senate" (part of Congress, part of the United States) in a text that
            # names the United States but not Congress: the nearest body the text names
            # holds it
            up = _named_ancestor(run, parent, ids)
            if up is not None:
                a = _replace(a, part_of=up)
            elif run.kb.get(parent) is None:
                # a sub-actor of a state named nowhere else: keep the link only to a KB id
                a = _replace(a, part_of=None)
        fixed.append((c, a))
    fixed.sort(key=lambda ca: (TIER_ORDER.get(ca[1].tier, 3), -ca[0].score,
                               ca[0].first))
    return tuple(a for _c, a in fixed)


# "X-linked", "X-inspired": a mention that only describes someone else's affiliation.
def _replace(actor: Actor, **changes: Any) -> Actor:
    """``actor`` with ``changes``."""
    from dataclasses import replace
    return replace(actor, **changes)
