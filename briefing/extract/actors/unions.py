"""Trade unions: a side of every labour dispute they are named in.

A fact of labour news: a union named in a sentence about a strike, a ballot, a walkout, pay
or pension talks, job cuts is there for its members, a side of the dispute, whether it is the subject of a verb
("the union rejected the offer"), a possessor ("Unison's 800,000 workers ... are being
balloted") or the agent of a passive ("struck by the Teamsters").  A union is known from the
knowledge base (``sector: union``) or from its name ("... Workers' Union", "Union of ...",
"Teamsters Union Local 125", or a calling with a body's head: "Association of Professional
Flight Attendants", "Metal Trades District Council", "Waterside Workers' Federation", "United
Auto Workers").  "Negotiating for a new contract" is a labour dispute's words too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.knowledge import KnowledgeBase
from briefing.model import Actor

# a union's own name: "... Union", "Union of ...", "Union Local 125", the Teamsters, "... Guild"
# (not "the State of the Union", "Union Pacific")
_UNION_NAME = re.compile(r"\bUnions?(?:\s+(?:of|Local)\b|$)|\bTeamsters\b|\bGuild$|"
                         r"\bBrotherhood\s+of\b")
# a body of working people by its name: their trade or calling and a body's head ("Association
# of Professional Flight Attendants", "Metal Trades District Council", "Waterside Workers'
# Federation"), or "United ... Workers"
_MEMBERS = (r"(?:Workers|Employees|Attendants|Pilots|Machinists|Mechanics|Miners|Teachers|"
            r"Nurses|Dockers|Seamen|Seafarers|Trades|Metalworkers|Steelworkers|Controllers|"
            r"Firefighters|Drivers|Clerks|Longshoremen|Stevedores)")
_MEMBERS_BODY = re.compile(r"\b" + _MEMBERS + r"['’]?\s+(?:District\s+)?(?:Association|"
                           r"Federation|Council|Congress|Guild|Alliance|District)\b|\b(?:Association|Federation|"
                           r"Brotherhood|Alliance)\s+of\b.*\b" + _MEMBERS + r"\b|"
                           r"^(?:the\s+)?United\s+(?:[A-Z][\w-]*\s+){1,3}" + _MEMBERS + r"$")
_NOT_UNION = re.compile(r"\bState\s+of\s+the\s+Union\b", re.IGNORECASE)
# the words of a labour dispute (not "jobs" or "workers" alone, which every speech on the
# economy has)
LABOUR = re.compile(r"\b(?:strikes?|striking|struck|walk-?outs?|ballot\w*|industrial\s+action|"
                    # (plurals too: "pay raises", "wage claims", "pay increases")
                    r"pickets?|picketing|lockout|(?:pay|wage|contract|pension)s?\s+(?:talks|offers?|"
                    r"deals?|disputes?|claims?|rises|rise|raises?|increases?|negotiations|reforms?|"
                    r"changes?|cuts?|concessions)|labou?r\s+(?:contracts?|costs|talks|disputes?|"
                    r"negotiations)|"
                    r"job\s+cuts|lay-?offs?|redundanc\w*|"
                    # "negotiating for a new contract", "bargaining on a new contract"
                    r"(?:negotiat\w+|bargain\w*)\s+(?:for|on|over)\s+(?:a\s+)?new\s+contract)\b",
                    re.IGNORECASE)
_LABOUR_LOW = re.compile(LABOUR.pattern.removeprefix(r"\b"))


@lru_cache(maxsize=4)
def labour_text(text: str) -> bool:
    """Whether ``text`` speaks of a labour dispute (:data:`LABOUR`). Asked of one document by
    several passes, its search (tried at every position of the text) runs once, on the
    lowercased text without the case-blind flag and the leading word boundary (checked per
    hit instead): the same answer for a third of the work."""
    low = text.lower()
    for m in _LABOUR_LOW.finditer(low):
        at = m.start()
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] == "_"):
            return True
    return False


# a body named in apposition to a trade union or an employers' body ("the port and transport
# union, FNV,", "the port employers' organisation, SVZ,", "FNV, the dockers' union"): the name is
# that body's, a side of a labour dispute as a union named so is (lowercase "union" before a
# name only: "European Union Commission" is no union)
_BODY = (r"(?:unions?|employers['’]?\s+(?:organi[sz]ation|association|federation))")


def _apposed(body: str, bare: str = "") -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a name in apposition to ``body`` (a regex): before the name (or right
    after ``bare``, with no comma), after it."""
    return (re.compile(r"(?i:\b" + body + r")\s*,\s+(?:the\s+)?$" + (bare and "|" + bare)),
            re.compile(r"\s*,\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,4}?" + body + r"\b",
                       re.IGNORECASE))


APPOSED_BEFORE, APPOSED_AFTER = _apposed(_BODY, r"\bunion\s+$")
_UNION_BEFORE, _UNION_AFTER = _apposed(r"unions?", r"\bunion\s+$")
_EMPLOYERS_BEFORE, _EMPLOYERS_AFTER = _apposed(
    r"employers['’]?\s+(?:organi[sz]ation|association|federation)")


def _apposed_to(text: str, start: int, end: int, word: str,
                before: re.Pattern[str], after: re.Pattern[str]) -> bool:
    """Whether the name at ``text[start:end]`` stands in apposition (``before`` it, ``after``
    it) to a body whose description holds ``word`` (the cheap test first: most names have no
    such word beside them)."""
    if word not in text[max(0, start - 40):end + 80].lower():
        return False
    return bool(before.search(text, max(0, start - 40), start)
                or after.match(text, end, end + 80))


def apposed_to_union(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in apposition to a trade union ("the port
    and transport union, FNV", "the transport union FNV", "FNV, the dockers' union"): the name
    is the union's."""
    return _apposed_to(text, start, end, "union", _UNION_BEFORE, _UNION_AFTER)


def apposed_to_employers(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in apposition to an employers' body ("the
    port employers' organisation, SVZ", "SVZ, the employers' association"): the employers the
    text describes are that body."""
    return _apposed_to(text, start, end, "employer", _EMPLOYERS_BEFORE, _EMPLOYERS_AFTER)


def union_name(name: str) -> bool:
    """Whether ``name`` is a trade union's own name ("... Workers' Union", "Teamsters")."""
    return bool(_UNION_NAME.search(name) or _MEMBERS_BODY.search(name)) \
        and not _NOT_UNION.search(name)


def is_union(actor: Actor, kb: KnowledgeBase) -> bool:
    """Whether ``actor`` is a trade union (see the module docstring)."""
    if actor.kind != "organization":
        return False
    ent = kb.get(actor.id)
    if ent is not None:
        return ent.get("sector") == "union"
    return union_name(actor.name)
