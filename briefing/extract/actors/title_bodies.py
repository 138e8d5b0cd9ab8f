"""A state's body whose name runs into an office's title or a security: "U.S. Treasury
Secretary James Baker", "U.S. Treasury bonds".

The knowledge base knows "U.S. Treasury" as the Treasury's name, so the gazetteer reads the
body in "U.S. Treasury Secretary James Baker".  But there the body's word opens the title
("Treasury Secretary", as "Commerce Secretary" does in "U.S. Commerce Secretary ..."): the
phrase names a person and the state he serves, not the body -- and "U.S. Treasury bonds",
"the U.S. Treasury market" name a security of the state.  Counted on the released sets (session
21): gold marks the state alone in 12 of 13 such places ("U.S." the mention), the body in
none but one, against the body in 5 of 5 where the body itself acts or has officials ("the
U.S. Treasury regretted", "a senior U.S. Treasury official").

So a government-body hit that opens with a state's name and whose last word begins a KB title
(the title running past the hit) or stands before a security's word is cut to the state's
name, a mention of the state; the body's word is left free for the titles pass.
"""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import case_ok
from briefing.knowledge.tokens import Entry

# the words after a treasury's name that make it a security or its market (as in
# :mod:`.bare_bodies`), never the body
_SECURITIES = frozenset({"bill", "bills", "bond", "bonds", "note", "notes", "security",
                         "securities", "yield", "yields", "market", "markets", "issue",
                         "issues", "paper", "debt", "auction", "auctions", "refunding"})


def _state_prefix(run: ActorRun, i: int, j: int) -> tuple[int, Entry] | None:
    """The longest run of tokens from ``i`` (shorter than the hit ``[i, j)``) that names a
    state in the KB, in its case: (its end, its entry)."""
    t = run.t
    for x in range(j - 1, i, -1):
        for e in run.kb.gazetteer.get(tuple(t.norm[i:x]), ()):
            if run.kind_of(e[0]) == "state" and case_ok(e, t.raw[i:x]):
                return x, e
    return None


def title_bodies(run: ActorRun) -> None:
    """Cut each such body hit to its state's name (see the module docstring)."""
    t = run.t
    if t.upper_doc:
        return
    for h in run.hits:
        if h.j - h.i < 2 or h.j >= t.n or h.possessive or not h.actor \
                or run.kind_of(h.actor) != "government":
            continue
        last = h.j - 1
        after = t.norm[h.j]
        if after not in _SECURITIES:
            m = run.match_title(last)
            if m is None or m[0] <= h.j:
                continue
        found = _state_prefix(run, h.i, h.j)
        if found is None:
            continue
        end, entry = found
        h.j, h.entries, h.actor, h.ftype = end, (entry,), entry[0], entry[1]
        for x in range(end, last + 1):
            run.taken[x] = 0
