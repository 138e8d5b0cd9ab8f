"""A state's letters or name opening a government body's name: "the U.S. International Trade
Commission", "the US Securities and Exchange Commission", "U.S. District Court".

One name, one mention (eval/CONVENTIONS.md: "Lebanese Armed Forces" holds no mention of
Lebanon): the state's abbreviation or name before a capitalised body of that state is the
first word of the body's name, not a mention of the state.  Counted on the released sets
(session 21): gold marks the whole phrase as the body's one mention in 13 of 16 such places
(the other 3 mark both), and the extractor made a state mention of the letters in 10.
The organisations pass already takes a leading state *name* or demonym into a body it
discovers; this pass does it for a state's abbreviation, and for bodies the gazetteer or
that pass found, once both are known: the body's hit grows to start at the state's, and the
state's hit goes.  A possessive ("the U.S.'s Commerce Department"), a body of another state
or a state's body written in lower case ("U.S. district court") are left alone.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.knowledge.tokens import ABBREV, NAME

# the head words of a public body's name ("Court of Appeals"), which a programme's, a
# mission's or a firm's unit's name is not ("U.S. Partnership for Global Infrastructure")
_BODY_HEADS = frozenset({"commission", "court", "administration", "agency", "institute",
                         "authority", "bureau", "office", "department", "ministry", "council",
                         "committee", "board", "service", "tribunal", "association"})


def state_led_bodies(run: ActorRun) -> None:
    """Join each state hit to the government body's hit right after it (see the module
    docstring)."""
    t = run.t
    if t.upper_doc:
        return
    by_start = {h.i: h for h in run.hits if h.actor}
    for h in list(run.hits):
        if h.possessive or h.ftype not in (ABBREV, NAME) or not h.actor \
                or run.kind_of(h.actor) != "state":
            continue
        body = by_start.get(h.j)
        if body is None or body.actor is None or not t.caps[body.i] \
                or t.text[t.ends[h.j - 1]:t.starts[body.i]] != " ":
            continue  # (a line break between: a heading's place, then a name)
        c = run.cands.get(body.actor)
        kind = run.kind_of(body.actor)
        if not (kind == "government" or (kind == "organization" and c is not None
                and c.discovered and body.rule == "organisation"
                and any(t.norm[x] in _BODY_HEADS for x in range(body.i, body.j)))):
            continue  # a firm, a programme ("U.S. GreenTech Mission"): the state's own word
        owner = run.state_of(body.actor)
        if owner is not None and owner != h.actor:
            continue
        if owner is None and c is not None:
            c.part_of = h.actor
        body.i = h.i
        run.hits.remove(h)
        del by_start[h.i]
        by_start[body.i] = body
