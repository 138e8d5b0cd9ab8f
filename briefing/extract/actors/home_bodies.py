"""Government bodies named without their state in a wire story from a capital.

"TOKYO, March 17 - ... a Foreign Ministry spokesman said", "BRASILIA, June 18 - ... met
Finance Ministry officials", "MANILA - ... the Central Bank said": a capitalised ministry or
central bank with no state before it (no "Japanese", no "Brazil's") is the body of the state
whose capital the dateline names -- a sub-actor of that state, its mention the words as
written.  A dateline that is no capital (or no dateline) gives no such body; a possessor or a
demonym before the words leaves them to the composition pass (:mod:`.compose`).
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.compose import demonym_of
from briefing.knowledge import CAPITAL, date_ok, tokenize

# first word -> second word -> id key ("foreign ministry" keys as the agent noun does)
_BODIES: dict[str, dict[str, str]] = {
    "foreign": {"ministry": "foreign_ministry", "office": "foreign_ministry"},
    "defence": {"ministry": "defense_ministry"},
    "defense": {"ministry": "defense_ministry"},
    "finance": {"ministry": "finance_ministry"},
    "economy": {"ministry": "economy_ministry"},
    "trade": {"ministry": "trade_ministry"},
    "interior": {"ministry": "interior_ministry"},
    "agriculture": {"ministry": "agriculture_ministry"},
    "labour": {"ministry": "labour_ministry"},
    "labor": {"ministry": "labour_ministry"},
    "industry": {"ministry": "industry_ministry"},
    "energy": {"ministry": "energy_ministry"},
    "oil": {"ministry": "oil_ministry"},
    "central": {"bank": "central_bank"},
}


def home_state(run: ActorRun) -> str | None:
    """The state whose capital the dateline names ("TOKYO, March 17 -" -> Japan), else None."""
    dl = run.doc.dateline
    if dl is None or not dl.place:
        return None
    entries = run.kb.gazetteer.get(tokenize(dl.place), ())
    states = sorted({e[0] for e in entries if e[1] == CAPITAL and run.kind_of(e[0]) == "state"})
    if len(states) > 1:
        # "MOSCOW" in 1987 is the Soviet Union's capital: the state that exists at the date,
        # a historic one first (as the gazetteer resolves a capital)
        def rank(aid: str) -> tuple[int, int]:
            exists = (run.kb.get(aid) or {}).get("exists") or (None, None)
            return (0 if date_ok(run.pub, exists[0], exists[1]) else 1,
                    0 if run.pub and exists[1] is not None else 1)
        states.sort(key=rank)
        if rank(states[0]) == rank(states[1]):
            return None
    return states[0] if states else None


def home_bodies(run: ActorRun) -> None:
    """Capitalised "Foreign Ministry", "Central Bank" ... with no state named before them: the
    dateline capital's state's body (see the module docstring)."""
    t = run.t
    ks = run.positions(_BODIES)
    if not ks:
        return
    state = home_state(run)
    if state is None:
        return
    for k in ks:
        b = k + 1
        if b >= t.n or run.taken[k] or run.taken[b] or not (t.cap(k) and t.cap(b)) \
                or t.raw[k].isupper() or k in t.heading_toks:
            continue
        key = _BODIES[t.norm[k]].get(t.norm[b])
        if key is None:
            continue
        p = k - 1
        if p >= 0 and (t.cap(p) and p not in t.sent_tok and not t.line_start[k]
                       or run.taken[p] and t.norm[p] not in (",", "the", "a")):
            continue  # "Soviet Foreign Ministry", "Japan's Foreign Ministry": named elsewhere
        if b + 2 < t.n and t.norm[b + 1] == "of" and t.cap(b + 2):
            continue  # "the Foreign Ministry of Iraq"
        sid = f"{state}_{key}"
        if sid in run.kb.entities and run.kind_of(sid) != "government":
            sid = "x_" + sid
        surface = t.span_text(k, b + 1)
        c = run.cands.get(sid)
        if c is None:
            c = run.cand(sid, name=f"{demonym_of(run, state)} {surface}", kind="government",
                         origin="extracted")
            c.part_of = state
            c.discovered = True
        c.alias(surface)
        c.mentions.append((t.starts[k], t.ends[b], "actor", "home_body"))
        c.first = min(c.first, t.starts[k])
        run.taken[k] = run.taken[b] = 1
