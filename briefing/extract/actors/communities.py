"""Actor extraction: when a community's adjective ("Muslim", "Jewish", "Christian") names the
community.  The KB gives a religious community its adjective as an alias, as a state's demonym
stands for the state; but the adjective names the community only as a noun ("any Muslim") or
before a noun of its people ("Jewish people", "Muslim worshippers", "Christian churches").
Modifying anything else it describes that thing: a place or a polity ("the Muslim world",
"Muslim countries", "a Jewish and democratic state"), another group ("Muslim Americans"), or
stands in a list of adjectives ("every child -- Jewish, Muslim, Christian --")."""

from __future__ import annotations

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.scan import TokenHit

# the words after which the adjective is a noun: "any Muslim", "a Christian"
_ONE_OF_THEM = frozenset({"a", "an", "any", "every", "each", "no", "one", "fellow"})

# the nouns of a community's own people or bodies, after its adjective
_PEOPLE_NOUNS = frozenset({
    "people", "peoples", "community", "communities", "worshippers", "worshipers", "faithful",
    "believers", "leaders", "clerics", "clergy", "churches", "congregations", "groups",
    "organisations", "organizations", "population", "populations", "minority", "minorities",
    "citizens", "civilians", "families", "pilgrims", "residents", "voters", "children",
    "women", "men", "youths", "students", "refugees", "settlers", "villagers", "members",
    # its fighting or political men: "Veldan militants", "Veldan parties"
    "militants", "rebels", "separatists", "fighters", "militia", "militias", "guerrillas",
    "gunmen", "extremists", "fundamentalists", "radicals", "activists", "protesters",
    "demonstrators", "parties", "politicians", "deputies", "mps"})

# what may stand between coordinated adjectives and their noun ("Muslim and Christian leaders")
_LIST_WORDS = frozenset({",", "and", "or", "&"})


def loose_adjective(run: ActorRun, h: TokenHit, name: str) -> bool:
    """Whether the one-token match ``h`` of a community named ``name`` (its plural: "Muslims")
    is its adjective describing something other than its people (see the module docstring)."""
    t = run.t
    if h.possessive or t.span_text(h.i, h.j) == name or t.raw[h.i].isupper():
        return False  # the plural noun ("Muslims"), a heading in capitals
    if h.i > 0 and t.norm[h.i - 1] in _ONE_OF_THEM and t.text[t.starts[h.i] - 1] == " ":
        return False  # "any Muslim": a person of the community, named as it
    k = h.j
    # the noun the adjective, alone or in a list of capitalised adjectives, modifies
    while k < t.n and k - h.j < 12 and (t.norm[k] in _LIST_WORDS
                                        or (t.cap(k) and k not in t.sent_tok
                                            and not t.line_start[k])):
        k += 1
    return k >= t.n or t.norm[k] not in _PEOPLE_NOUNS
