"""Actor extraction, short heads: an organisation once named in full is "the Club", "the
Council", "the Observatory" after it (a head noun after "the"), a newspaper "the Times", and a
business its first word ("Fleet Financial Group" ... "Fleet said")."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import mark, scan
from briefing.knowledge import NAME, SHORT

# heads of names that "the" + head shortens besides the organisation heads ("the Paris Club",
# "the European Community" are "the Club", "the Community" once named)
_KB_HEADS = frozenset({"club", "community"})


def kb_short_heads(run: ActorRun) -> None:
    """A KB organisation named in full by a multi-word name ending on a capitalised head noun
    ("the Paris Club", "the International Tin Council") is "the Club", "the Council" after it,
    as for the organisations the text names itself (:func:`.new_orgs.organisations`); a newspaper by
    the last word of its name ("the New York Times" ... "the Times")."""
    t = run.t
    heads = run.w("org_heads")
    for h in run.hits:
        if h.actor is None or h.ftype != NAME or h.j - h.i < 2 or not t.cap(h.j - 1) \
                or t.raw[h.j - 1].isupper():
            continue
        head = t.norm[h.j - 1]
        if run.kind_of(h.actor) not in ("organization", "igo", "government"):
            continue
        if head not in heads and head not in _KB_HEADS \
                and (run.kb.get(h.actor) or {}).get("sector") != "media":
            continue  # (a newspaper is "the Times", "the Post", "the Journal" after its name)
        run.local.setdefault((head,), []).append((h.actor, SHORT, False, t.raw[h.j - 1], None,
                                                  None))


def scan_short_heads(run: ActorRun) -> None:
    """"the Observatory": an organisation's head noun after "the" once it is named."""
    kb_short_heads(run)
    if not run.local:
        return
    t = run.t
    gaz = {k: tuple(v) for k, v in run.local.items() if len({e[0] for e in v}) == 1}
    first = {k[0]: 1 for k in gaz}
    # a head stands for its organisation after "the"; a business's first word anywhere
    new = [h for h in scan(t, gaz, first, run.taken, rule="short",
                           candidates=run.positions(first))
           if h.entries[0][1] != SHORT or h.i > 0 and t.norm[h.i - 1] == "the"]
    for h in new:
        h.actor, h.ftype = h.entries[0][0], h.entries[0][1]
    run.hits.extend(new)
    mark(run.taken, new)
    run.local.clear()
