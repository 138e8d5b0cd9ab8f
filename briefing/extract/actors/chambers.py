"""The chambers of the US Congress named alone: "the House", "the Senate" in a text about the
United States (moved out of :mod:`.gazetteer`, which calls them right after its scan)."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.knowledge import NAME

_US_POLITY = frozenset({"usa", "us_congress", "us_senate", "us_house", "us_democratic_party",
                        "us_republican_party"})
_UK_POLITY = frozenset({"uk", "uk_parliament", "house_of_commons", "house_of_lords"})
_ELECTION_NOUNS = frozenset({"race", "races", "seat", "seats", "district", "districts",
                             "election", "elections", "candidate", "candidates", "majority"})


def the_house(run: ActorRun) -> None:
    """"the House", "a House leader" alone in a text about the United States (and not
    Britain) is the House of Representatives; "White House", "House of Commons", "House
    Republicans" are other names."""
    t = run.t
    ks = run.positions(("house",))
    if not ks or t.upper_doc:
        return
    named = {h.actor for h in run.hits if h.actor}
    if not named & _US_POLITY or named & _UK_POLITY:
        return
    for k in ks:
        if run.taken[k] or t.raw[k] != "House" or k in t.heading_toks \
                or k > 0 and t.caps[k - 1] and not t.line_start[k] and t.norm[k - 1] != "the" \
                or k + 1 < t.n and (t.caps[k + 1] or t.norm[k + 1] in ("of", "-")
                                    or t.norm[k + 1] in _ELECTION_NOUNS):
            continue  # ("a House race", "House seats": the chamber as what an election fills)
        run.claim(k, "us_house", NAME, "the House")


def the_senate(run: ActorRun) -> None:
    """"the Senate" alone in a text about the United States (its most named state, or one that
    names Congress, the House or a US party; not Britain's polity) is the U.S. Senate; other
    states' senates ("the Philippine Senate") have their demonym, and "Senate Republicans",
    "Senate of ..." are other names."""
    t = run.t
    ks = run.positions(("senate",))
    if not ks or t.upper_doc:
        return
    named = [h.actor for h in run.hits if h.actor]
    if not set(named) & _US_POLITY or set(named) & _UK_POLITY:
        return
    states: dict[str, int] = {}
    for aid in named:
        if run.kind_of(aid) == "state":
            states[aid] = states.get(aid, 0) + 1
    if states and max(states.values()) > states.get("usa", 0) \
            and not set(named) & (_US_POLITY - {"usa"}):
        return  # a story about another state and not about Congress: its senate, perhaps
    for k in ks:
        if run.taken[k] or t.raw[k] != "Senate" or k in t.heading_toks \
                or k > 0 and t.caps[k - 1] and not t.line_start[k] and t.norm[k - 1] != "the" \
                or k + 1 < t.n and (t.caps[k + 1] or t.norm[k + 1] in ("of", "-")
                                    or t.norm[k + 1] in _ELECTION_NOUNS):
            continue
        run.claim(k, "us_senate", NAME, "the Senate")
