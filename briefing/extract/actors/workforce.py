"""Actor extraction, the working side of a labour dispute named only by its calling: "striking
dockers", "the seamen", "the miners union", "bank workers", "the unions".

A labour dispute has a side the text often never names: the people on strike or at the pay
talks, described by their work ("Brazil's 40,000 seamen were still on strike", "talks on
dockers' demands", "the miners union said the strike would go on").  Such a side is an actor
with no name mention, like the creditors and producers of :mod:`.collectives`: its
descriptions are its references.

A fact of English and of labour news, not a list tuned to a text: a plural noun of a calling
("workers", "seamen", "dockers", "miners", "pilots", "strikers") or a lowercase "union" /
"unions", with the words of a trade or standing before it ("bank workers", "striking dockers",
"the miners union", "seamen's union"), describes that side.  It becomes an actor only when it
*acts* (:func:`.agency.agentive`: the subject of a verb, a side of talks) in a sentence with the
words of a labour dispute (a strike, pay talks, a walkout, a contract; :data:`.unions.LABOUR`)
or of a negotiation.  One actor per document: the union and the workers it speaks for are one
side, an organisation at the table (:func:`.tiers.tier_of` seats it).  A union word before a
person ("union leaders") modifies, it is no side -- but a union's spokesman speaking in such a
sentence ("port union spokesman Jan Smit said") has the union act; and a text that names its
union ("the Waterside Workers' Federation", or a name set in apposition to a union: "the port
union, FNV") has its "union" and its strikers in that name's actor, found elsewhere: no side is
described then.
"""

from __future__ import annotations

from collections import Counter

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.collectives import TABLE, acts
from briefing.extract.actors.unions import LABOUR, apposed_to_union, union_name

# the rule of the side's references: :func:`.tiers.tier_of` seats it, :mod:`..negotiations.
# parties` reads it as a side described by its role
RULE = "workforce"

# plural nouns of a calling: people who work, strike, bargain
_CALLINGS = frozenset({"workers", "seamen", "seafarers", "dockers", "dockworkers", "miners",
                       "bankworkers", "strikers", "pilots", "nurses", "teachers", "drivers",
                       "attendants", "mechanics", "machinists", "firefighters", "longshoremen",
                       "stevedores", "steelworkers", "metalworkers", "crewmen", "crews"})
_UNION = frozenset({"union", "unions"})
# words of a trade or a standing before the calling ("striking dockers", "bank workers")
_MODIFIERS = frozenset({
    "striking", "local", "unionised", "unionized", "organised", "organized", "dissident",
    "bank", "oil", "port", "dock", "harbour", "harbor", "board", "plant", "factory", "steel",
    "auto", "car", "coal", "tin", "copper", "mine", "mining", "rail", "railway", "transport",
    "postal", "airline", "flight", "cabin", "ferry", "bus", "truck", "airport", "shipyard",
    "shipping", "textile", "construction", "building", "engineering", "metal", "industrial",
    "public", "sector", "state", "civil", "service", "hospital", "farm", "government",
    "municipal", "council", "trade", "ground", "maintenance", "sugar", "rubber", "electricity",
    "power", "telephone", "telecommunications", "print", "printing", "newspaper", "school",
    "university", "health", "energy", "gas", "water"})
# after a union word, a person or a body of it: the word modifies, no side ("union leaders")
_OF_UNION = frozenset({
    "spokesman", "spokeswoman", "spokesmen", "spokesperson", "official", "officials", "leader",
    "leaders", "leadership", "source", "sources", "secretary", "president", "chief", "chiefs",
    "chairman", "representative", "representatives", "member", "members", "membership", "boss",
    "bosses", "head", "heads", "negotiator", "negotiators", "movement", "federation",
    "confederation", "council", "activists", "organiser", "organisers", "organizer",
    "organizers", "branch", "branches", "delegate", "delegates", "executive", "committee",
    "officer", "officers", "dues", "hall", "rules", "elections", "recognition", "busting",
    "banner", "lawyer", "lawyers", "agreement", "contract", "contracts", "pact", "deal",
    "demands", "claim", "rally", "meeting", "meetings", "vote", "ballot", "newspaper"})
_APOSTROPHES = ("'", "’")
# ... but a union's spokesman speaks for it ("port union spokesman Jan Smit said"): the union
# acts through its voice, a side of a text that never names it (the description is the union
# words, its acting is its voice's); "union leaders" may be a named body's ("talks with top union
# leaders" of a labour federation the text names), and stay no side
_VOICES = frozenset({"spokesman", "spokeswoman", "spokesmen", "spokesperson"})


def _head_start(run: ActorRun, k: int) -> int:
    """The first token of the description whose head is token ``k``: back over the words of a
    trade, and for a union over the calling that owns it ("seamen's union", "miners union")."""
    norm = run.t.norm
    a = k
    if norm[k] in _UNION:
        p = k - 1
        if p >= 1 and norm[p] == "s" and run.t.raw[p - 1] in _APOSTROPHES:
            p -= 2  # "seamen's union"
        elif p >= 0 and run.t.raw[p] in _APOSTROPHES:
            p -= 1  # "workers' union"
        if p >= 0 and norm[p] in _CALLINGS and not run.taken[p] and not run.t.cap(p):
            a = p
    while a > 0 and k - a < 3 and norm[a - 1] in _MODIFIERS and not run.taken[a - 1] \
            and _common(run, a - 1):
        a -= 1
    return a


def _common(run: ActorRun, i: int) -> bool:
    """Whether token ``i`` is written as a common word: lowercase, or capitalised only as the
    first word of a sentence or after a wire story's dateline ("PORTOVIA, March 4 - Striking
    dockers")."""
    t = run.t
    return not t.cap(i) or i in t.sent_tok or (
        run.dateline_end >= 0 and i > 0 and t.ends[i - 1] <= run.dateline_end <= t.starts[i])


def workforce(run: ActorRun) -> None:
    """The working side of a labour dispute (see the module docstring)."""
    t = run.t
    norm = t.norm
    spans: list[tuple[int, int]] = []
    acting: list[tuple[int, int]] = []  # where each description acts: itself, or its voice
    for k in run.positions([*_CALLINGS, *_UNION]):
        if run.taken[k] or t.cap(k) and k not in t.sent_tok:
            continue  # "United Auto Workers", "Union Pacific": a name's word
        nxt = norm[k + 1] if k + 1 < t.n else ""
        if nxt in _UNION or nxt in _APOSTROPHES and k + 2 < t.n and (
                norm[k + 2] in _UNION or norm[k + 2] == "s" and k + 3 < t.n
                and norm[k + 3] in _UNION):
            continue  # "miners union", "seamen's union": the union is the head
        voice = norm[k] in _UNION and nxt in _VOICES
        if norm[k] in _UNION and nxt in _OF_UNION and not voice:
            continue  # "union leaders": a union word before a person
        a = _head_start(run, k)
        if any(run.taken[a:k + 1]):
            continue
        spans.append((a, k + 1))
        acting.append((a, _voice_end(run, k + 2) if voice else k + 1))
    if not spans:
        return
    if any(_named_union(run, aid) for aid in {h.actor for h in run.hits if h.actor}) \
            or any(h.actor and run.kind_of(h.actor) == "organization" and apposed_to_union(
                t.text, t.starts[h.i], t.ends[h.j - 1]) for h in run.hits):
        # "the union" of a text naming its union is that union, whether the name says it is
        # one or the text sets it in apposition to a union ("the port union, FNV")
        return
    verbs = run.w("speech_verbs") | run.w("table_verbs")
    # (it acts in a sentence of a labour dispute or of a negotiation)
    if not any(acts(run, a, b, verbs, (LABOUR, TABLE)) for a, b in acting):
        return
    aid = run.fresh_id("workers")
    if aid in run.cands:
        return
    forms = Counter(t.span_text(a, b).lower() if a in t.sent_tok else t.span_text(a, b)
                    for a, b in spans)
    # named by its most frequent form, the longer first ("striking seamen", not "seamen")
    name = max(forms, key=lambda f: (forms[f], len(f)))
    # an organisation, whether the text says the union or its members: the side at the table
    c = run.cand(aid, name=name, kind="organization", origin="extracted")
    c.discovered = True
    for a, b in sorted(spans):
        c.alias(t.span_text(a, b))
        c.refs.append((t.starts[a], t.ends[b - 1], "description", RULE))
        c.first = min(c.first, t.starts[a])
        for y in range(a, b):
            run.taken[y] = 1


def _voice_end(run: ActorRun, j: int) -> int:
    """The end of a union's voice whose title ends before token ``j``: past the person's name
    that may follow it ("union spokesman Jan Smit")."""
    t = run.t
    end = j
    while end < t.n and end - j < 3 and t.cap(end) and end not in t.sent_tok:
        end += 1
    return end


def _named_union(run: ActorRun, aid: str) -> bool:
    """Whether the actor ``aid`` the text names is a trade union (the knowledge base's
    ``sector: union``, or a union's own name)."""
    ent = run.kb.get(aid)
    if ent is not None:
        return ent.get("sector") == "union"
    c = run.cands.get(aid)
    return c is not None and union_name(c.name)
