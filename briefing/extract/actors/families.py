"""Actor extraction, a family that holds or sells a stake: "the Vossberg family holds 11 pct",
"shares bought from the controlling Vossberg family".  A family acts as one holder in business
news, so "<Name> family" is one actor (kind ``other``) named by the whole phrase, each time the
text writes it.

Only a one-word name the text and the knowledge base use for nobody else: not a known actor
("the Chrysler family" of a firm's staff, "the Assad family" of a ruler the text names; a KB
person's surname the text does not give that person is free), not a demonym
("our American family"), not a person of the text ("the Roy Disney family": that person's), and
no possessive before it ("Your family")."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit, mark
from briefing.knowledge import NAME, SURNAME

_FAMILY = frozenset({"family"})


def families(run: ActorRun) -> None:
    """"the <Name> family" as one actor (see the module docstring)."""
    t = run.t
    spots = run.positions(_FAMILY)
    if not spots or t.upper_doc:
        return
    ids: dict[str, str] = {}
    for k in spots:
        x = k - 1
        if x < 1 or run.taken[x] or run.taken[k] or not t.caps[x] \
                or t.caps[x - 1] and t.norm[x - 1] != "the" \
                or not t.raw[x].isalpha() or len(t.raw[x]) < 3 or t.raw[x].isupper() \
                or t.sent[x] != t.sent[k] or x in t.sent_tok or x in t.heading_toks \
                or not t.raw[k].islower() or t.raw[x - 1] in ("'", "’", "-") \
                or any(e[1] != SURNAME for e in run.kb.gazetteer.get((t.norm[x],), ())):
            continue  # (a KB person's bare surname, not taken here, names another's family)
        if not any(t.norm[y] == "the" for y in range(max(0, x - 3), x)):
            continue  # "the Vossberg family", "the controlling Vossberg family"
        name = t.span_text(x, k + 1)
        aid = ids.get(t.norm[x])
        if aid is None:
            aid = ids[t.norm[x]] = run.fresh_id(name)
            c = run.cand(aid, name=name, kind="other", origin="extracted")
            c.discovered = True
        h = TokenHit(x, k + 1, ((aid, NAME, False, name, None, None),), rule="family")
        h.actor, h.ftype = aid, NAME
        h.possessive = t.possessive_after(k + 1) > 0
        run.hits.append(h)
        mark(run.taken, [h])
