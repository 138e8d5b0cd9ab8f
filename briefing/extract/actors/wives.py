"""Actor extraction, wives named by the husband's name: "Prime Minister Kishida and Mrs.
Kishida" names two people (a fact of English: "Mrs." is a woman's title)."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit, mark
from briefing.knowledge import NAME

_MRS = frozenset({"mrs", "madame", "mme"})


def wives(run: ActorRun) -> None:
    """"Prime Minister Kishida and Mrs. Kishida": "Mrs." before the surname of a man the KB
    knows names another person, his wife (a fact of English: "Mrs." is a woman's title).  The
    surname hit becomes a person of its own, "Mrs. Kishida", one actor however often named."""
    t = run.t
    found: dict[str, str] = {}  # name -> the new person's id
    keep: list[TokenHit] = []
    for h in run.hits:
        a = h.i - 1
        if a >= 0 and t.raw[a] == "." and t.glued(a):
            a -= 1
        if a < 0 or t.norm[a] not in _MRS or h.actor is None or h.j - h.i != 1 \
                or run.kind_of(h.actor) != "person" \
                or (run.kb.get(h.actor) or {}).get("gender") != "m":
            keep.append(h)
            continue
        name = " ".join(t.span_text(a, h.j).split())
        pid = found.get(name)
        if pid is None:
            pid = run.fresh_id(name)
            found[name] = pid
            cand = run.cand(pid, name=name, kind="person", origin="extracted")
            cand.discovered = True
        hit = TokenHit(a, h.j, ((pid, NAME, False, name, None, None),), rule="wife")
        hit.actor, hit.ftype = pid, NAME
        hit.possessive = h.possessive
        keep.append(hit)
        mark(run.taken, [hit])
    if found:
        run.hits[:] = keep
