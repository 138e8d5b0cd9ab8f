"""Named administrations: "the Biden-Harris Administration", "the Reagan Administration".

A capitalised *Administration* after the surname(s) of a known leader is the proper name of a
government -- an actor of its own, part of the leader's state, whose mention is the whole
phrase; the surnames in it do not name the people ("the Biden-Harris Administration has
invested" is the government acting, not Biden or Harris).  The lower-case "the Biden
administration" is left to the person, as annotators read it -- except where it describes
an anonymous source ("a Reagan administration official", "Roe administration aides"): there
it names the body the source belongs to and speaks for (the released gold: 6 of 6 such
phrases a government or the state, none the person).
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun


def administrations(run: ActorRun) -> None:
    """A leader's surname (or leaders' joined by hyphens: "Biden-Harris") right before a
    capitalised Administration: one government actor per (first) leader, the whole phrase its
    mention."""
    t = run.t
    ks = run.positions(("administration",))
    if not ks:
        return
    by_start = {h.i: h for h in run.hits if h.actor and not h.possessive}
    sources = run.w("source_nouns") | run.w("speaking_source_nouns")
    for k in ks:
        if t.raw[k] != "Administration" and not (
                t.raw[k] == "administration" and k + 1 < t.n
                and t.norm[k + 1].rstrip("s") in sources):
            continue
        # the names before it: capitalised words joined by glued hyphens ("Biden-Harris")
        start = k - 1
        if start < 0 or not t.cap(start) or not t.raw[start].isalpha():
            continue
        while start >= 2 and t.norm[start - 1] == "-" and t.glued(start) \
                and t.glued(start - 1) and t.cap(start - 2) and t.raw[start - 2].isalpha():
            start -= 2
        people = [by_start[x] for x in range(start, k) if x in by_start]
        if not people or any(run.kind_of(p.actor) != "person" for p in people) \
                or people[0].i != start or people[-1].j > k:
            continue
        leader = people[0].actor
        assert leader is not None
        surface = " ".join(t.span_text(start, k + 1).split())
        aid = f"{leader}_administration"
        c = run.cands.get(aid)
        if c is None:
            c = run.cand(aid, name=surface, kind="government", origin="extracted")
            c.part_of = run.state_of(leader)
            c.discovered = True
        c.alias(surface)
        c.mentions.append((t.starts[start], t.ends[k], "actor", "administration"))
        c.first = min(c.first, t.starts[start])
        for p in people:
            run.hits.remove(p)
        for x in range(start, k + 1):
            run.taken[x] = 1
