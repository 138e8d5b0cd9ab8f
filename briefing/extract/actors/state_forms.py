"""Actor extraction, a state's form of government standing for the state: once a text names
"the Kingdom of Saudi Arabia" or "the Russian Federation", a later "the Kingdom" or "the
Federation" (capitalised, not "the Kingdom of ..." nor the first word of another name) is a
mention of that state, as "the Republic" is once "the Republic of Korea" is named.  Only when
exactly one state the text names has that form; the place rules (:mod:`.tiers`) still make "in
the Kingdom" a location where they make "in Saudi Arabia" one."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.knowledge import NAME

FORMS = frozenset({"kingdom", "republic", "federation", "sultanate", "emirate", "principality",
                   "confederation", "commonwealth"})


def state_forms(run: ActorRun) -> None:
    """"the Kingdom" for the one state of the text named with that form (see the docstring)."""
    t = run.t
    spots = run.positions(FORMS)
    if not spots:
        return  # most texts: no form word at all (an index look-up, no pass over the hits)
    free = [k for k in spots if t.caps[k] and not run.taken[k] and k > 0
            and t.norm[k - 1] == "the"
            and not (k + 1 < t.n and (t.norm[k + 1] == "of" or t.caps[k + 1]
                                      and t.sent[k + 1] == t.sent[k]))]
    if not free:
        return
    owners: dict[str, set[str]] = {}  # form word -> the states whose names hold it
    for h in run.hits:
        if h.actor and h.j - h.i >= 2 and run.kind_of(h.actor) == "state":
            for x in (h.i, h.j - 1):
                if t.norm[x] in FORMS and t.caps[x]:
                    owners.setdefault(t.norm[x], set()).add(h.actor)
    for k in free:
        states = owners.get(t.norm[k])
        if states is not None and len(states) == 1:
            run.claim(k, next(iter(states)), NAME, "state_form")
