"""Actor extraction, collective sides named by their role: "the creditor banks", "producing
countries", "the employers".

Economic negotiations often have a side that the text never names, only describes by what it
does in the deal: a debtor's "commercial bank creditors" (or "the banks", "the steering
committee"), a commodity agreement's "producers" and "consuming countries", a wage round's
"employers"; the trade or finance ministers of several states meeting as one side.  Such a
side is an actor with no name mention; its descriptions are its references
("the creditor banks" is no proper name).

A fact of English and of economic news, not a word list tuned to a text: a role noun
("creditors", "lenders", "producers", "exporters", "consumers", "importers", "employers",
"shipowners") or a role adjective before a group noun ("creditor banks", "producing countries",
"consumer members"; a debtor's "commercial banks") describes one of these sides, with the
modifiers before it ("commercial bank creditors", "the majority producer group"). A description
becomes an actor only when the text has that side *act* somewhere, in a sentence about the
negotiation (talks, a deal, a proposal, terms, quotas ...; for the employers, a labour
dispute's words too: lay-offs, a strike), so "consumers will pay more" in a market report makes
no actor.  Acting is: the subject of a verb, a side of talks ("talks between employers and
unions", "an agreement with foreign bank creditors"; :mod:`.agency`); the counterpart a few
words after the talks' own noun ("an agreement cannot be reached with its lenders", "talks he
began on Tuesday with creditor banks") or after a verb of the table and its object
("negotiating a freeze on interest with commercial banks", "will meet urgently with bank
creditors"); the agent of a passive verb of the table ("the pact, agreed last year by most
exporters"); the subject of a clause after "as" ("no agreement on quotas as consumers had
tried to dictate shares").  One actor per role: every description of the creditors is one
side. A bare "banks" is the creditors' only in a text that names creditors; a description
owned by a state ("Japanese banks", "ICO consumers") is that actor's part, not a side; a
possessor is the other side ("Brazil's creditors" face Brazil).
A side answers to each of its common names, whichever the text uses: a commodity pact's
"producers", "producing countries", "producer members", "exporting countries"; a debtor's
"creditors", "creditor banks", "bank creditors", "commercial banks", "lenders".  Two role
adjectives that share a head ("producing and consuming countries") describe both sides, and a
pact has two: once one side acts in the negotiation, the other the text describes is made too,
wherever it is named.
The employers of a text that names their body in apposition ("the port employers'
organisation, SVZ") are that body, no side of their own.  Ministers are a side only with a
ministry's word before them ("trade ministers"; a bare "ministers" is one government's) and not
as a named body's ("finance ministers of the G8", "OPEC oil ministers").
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.actors.agency import agentive
from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.unions import LABOUR, apposed_to_employers

# role nouns: the side each describes and its kind
_ROLE_NOUNS = {
    "creditors": "creditors", "lenders": "creditors", "bondholders": "creditors",
    "producers": "producers", "exporters": "producers",
    "consumers": "consumers", "importers": "consumers",
    "employers": "employers", "shipowners": "employers",
}
# role adjectives before a group noun: "creditor banks", "producing countries"
_ROLE_ADJECTIVES = {
    "creditor": "creditors", "lending": "creditors",
    "producer": "producers", "producing": "producers", "exporting": "producers",
    "exporter": "producers",
    "consumer": "consumers", "consuming": "consumers", "importing": "consumers",
    "importer": "consumers",
}
# the names a side goes by, whichever one the text uses: a commodity agreement's "the
# producers", "producing countries", "producer members", "exporting countries" are one side, as a
# debtor's "creditors", "creditor banks", "bank creditors" and "commercial banks" are the other
_SIDE_FORMS = {
    "creditors": ("creditors", "creditor banks", "bank creditors", "commercial banks", "lenders"),
    "producers": ("producers", "producer countries", "producing countries", "exporters",
                  "exporting countries", "producer members"),
    "consumers": ("consumers", "consumer countries", "consuming countries", "importers",
                  "importing countries", "consumer members"),
}
_COUNTERPART = {"producers": "consumers", "consumers": "producers"}
_GROUP_NOUNS = frozenset({"banks", "countries", "nations", "states", "members", "group",
                          "governments", "delegates", "delegations", "side"})
_KINDS = {"creditors": "organization", "producers": "state_group", "consumers": "state_group",
          "employers": "organization", "ministers": "state_group"}
# the ministers of several states meeting as one side ("trade ministers meeting here have
# reached a consensus"): a ministry's word before "ministers"; a bare "ministers" is one
# government's (British ministers), and "OPEC oil ministers" are their organisation's part
_MINISTRIES = frozenset({"trade", "finance", "oil", "energy", "agriculture", "agricultural",
                         "farm", "economic", "economy", "commerce", "industry", "foreign"})
# words of a negotiation: the side acts in one ("the creditor banks rejected the proposal"), not
# in a market report ("consumers will pay more", "if importers can raise funds")
TABLE = re.compile(r"\b(?:talks|(?:re)?negotiat\w*|agree\w*|deal|accord|pact|treaty|proposals?|"
                    r"plans?|offer\w*|package|terms|dispute|settlement|contract|quotas?|formula|"
                    r"demands?|rescheduling|moratorium|bail-?out|rescue)\b", re.IGNORECASE)
# the creditors' own bodies: "the banks' steering committee", "the bank advisory committee"
_CREDITOR_BODIES = frozenset({"steering", "advisory"})
# modifiers a description may carry before its head ("commercial bank creditors", "the
# majority producer group"): adjectives of size, origin and standing, and the role nouns
_MODIFIERS = frozenset({"foreign", "commercial", "international", "private", "western",
                        "major", "big", "biggest", "main", "leading", "large", "larger", "small",
                        "smaller", "key", "majority", "minority", "dissident", "bank", "member",
                        "creditor", "producer", "consumer", "holder", "official"})


def _head(run: ActorRun, k: int) -> tuple[int, str] | None:
    """The description whose head ends at token ``k`` + 1: (its first token, the side)."""
    norm = run.t.norm
    w = norm[k]
    side = _ROLE_NOUNS.get(w)
    if side is not None:
        return k, side
    if w in _GROUP_NOUNS and k > 0 and norm[k - 1] in _ROLE_ADJECTIVES:
        return k - 1, _ROLE_ADJECTIVES[norm[k - 1]]
    if w == "banks" and k > 0 and norm[k - 1] == "commercial":
        return k - 1, "creditors"  # a debtor's "commercial banks", not its central bank
    if w == "committee" and k > 0 and norm[k - 1] in _CREDITOR_BODIES:
        return k - 1, "creditors"
    if w == "ministers" and k > 0 and norm[k - 1] in _MINISTRIES:
        return k - 1, "ministers"
    return None


def _owned(run: ActorRun, a: int) -> bool:
    """Whether the description starting at token ``a`` is qualified by a name before it
    ("Japanese banks", "ICO consumers"): a part of that actor, not a side of its own.  A
    possessor is no owner: "Brazil's creditors" face Brazil."""
    t = run.t
    p = a - 1
    if p >= 1 and t.norm[p] == "s" and t.raw[p - 1] in ("'", "’"):
        return False
    return p >= 0 and (bool(run.taken[p]) or t.cap(p) and p not in t.sent_tok)


def _of_named(run: ActorRun, j: int) -> bool:
    """Whether "of" or "from" and a name follow token ``j`` - 1 ("finance ministers of the
    G8"): the ministers are that body's, not a side of their own."""
    t = run.t
    if j >= t.n or t.norm[j] not in ("of", "from"):
        return False
    j += 1
    if j < t.n and t.norm[j] == "the":
        j += 1
    return j < t.n and bool(run.taken[j])


def collectives(run: ActorRun) -> None:
    """Sides described by their role (see the module docstring)."""
    t = run.t
    norm = t.norm
    found: dict[str, list[tuple[int, int]]] = {}
    # the first of two role adjectives sharing a head, with the head it borrows: its form
    shared: dict[tuple[int, int], str] = {}
    heads = [*_ROLE_NOUNS, *_GROUP_NOUNS, "committee", "ministers"]
    for k in run.positions(heads):
        if run.taken[k] or t.cap(k) and k not in t.sent_tok:
            continue  # "Consumers Union", "the Steering Committee of X": a name's word
        head = _head(run, k)
        if head is None:
            continue
        a, side = head
        while a > 0 and k - a < 3 and norm[a - 1] in _MODIFIERS and not run.taken[a - 1]:
            a -= 1
        if _owned(run, a) or any(run.taken[a:k + 1]) \
                or side == "ministers" and _of_named(run, k + 1):
            continue
        found.setdefault(side, []).append((a, k + 1))
        first = _shared_head(run, a, k, side)
        if first is not None:  # "producing and consuming countries": both sides
            found.setdefault(first[2], []).append(first[:2])
            shared[first[:2]] = t.span_text(first[0], first[1]) + " " + t.span_text(k, k + 1)
    if "creditors" in found:
        # "the banks" of a text about its creditors are the creditors
        for k in run.positions(("banks",)):
            if not run.taken[k] and not _owned(run, k) and not t.cap(k) \
                    and all(a != k and b != k + 1 for a, b in found["creditors"]):
                found["creditors"].append((k, k + 1))
    verbs = run.w("speech_verbs") | run.w("table_verbs")
    # "producers and consumers failed to agree": a description coordinated with the next
    # acts with it
    next_of = {a: b for spans in found.values() for a, b in spans}
    acting = {side for side, spans in found.items()
              if any(acts(run, a, _coordinated_end(run, b, next_of), verbs,
                          # (the employers act in a labour dispute's sentences as well:
                          # "employers decided to restart the redundancy procedures")
                          (TABLE, LABOUR) if side == "employers" else (TABLE,))
                     for a, b in spans)}
    # a commodity pact has two sides: once one acts in the negotiation, the other the text
    # describes is its counterpart, wherever it is named ("Consumers want frequent price
    # reviews", "Some 40 producing and consuming countries are taking part")
    acting |= {_COUNTERPART[side] for side in acting if side in _COUNTERPART} & set(found)
    if "employers" in acting and any(
            h.actor and run.kind_of(h.actor) == "organization"
            and apposed_to_employers(t.text, t.starts[h.i], t.ends[h.j - 1]) for h in run.hits):
        # "the port employers' organisation, SVZ": the employers the text describes are the
        # body it names (as "the union" of a text naming its union is that union)
        acting.discard("employers")
    for side, spans in found.items():
        if side not in acting:
            continue
        forms = Counter(_form(run, a, b, shared) for a, b in spans)
        aid = run.fresh_id(side)
        if aid in run.cands:
            continue
        # named by its most frequent form that says its role ("creditor banks", not "banks")
        name = max(forms, key=lambda f: (f != "banks", forms[f], len(f)))
        c = run.cand(aid, name=name, kind=_KINDS[side], origin="extracted")
        c.discovered = True
        for a, b in sorted(spans):
            if (a, b) in shared:
                c.alias(shared[(a, b)])  # "producing countries", then the text's "producing"
            c.alias(t.span_text(a, b))
            c.refs.append((t.starts[a], t.ends[b - 1], "description", "collective"))
            c.first = min(c.first, t.starts[a])
            for y in range(a, b):
                run.taken[y] = 1
        for form in _SIDE_FORMS.get(side, ()):
            c.alias(form)  # after the text's own forms: those come first


def _shared_head(run: ActorRun, a: int, k: int, side: str) -> tuple[int, int, str] | None:
    """The first of two role adjectives of different sides that share the head noun at token
    ``k`` ("producing and consuming countries", "exporting or importing nations"; the second's
    description starts at ``a``): its span and its side."""
    norm = run.t.norm
    if a != k - 1 or k < 3 or norm[k - 2] not in ("and", "or"):
        return None
    other = _ROLE_ADJECTIVES.get(norm[k - 3])
    if other is None or other == side or run.taken[k - 3] or not _common(run, k - 3):
        return None
    start = k - 3
    while start > 0 and k - 3 - start < 2 and norm[start - 1] in _MODIFIERS \
            and not run.taken[start - 1]:
        start -= 1
    return (None if _owned(run, start) else (start, k - 2, other))


def _common(run: ActorRun, i: int) -> bool:
    """Whether token ``i`` is a common word: lowercase, or a sentence's first word."""
    return not run.t.cap(i) or i in run.t.sent_tok


def _form(run: ActorRun, a: int, b: int, shared: dict[tuple[int, int], str]) -> str:
    """How the description at tokens [a, b) names its side: with the head it shares, and
    lowercase as a sentence's first word."""
    t = run.t
    form = shared.get((a, b)) or t.span_text(a, b)
    return form.lower() if a in t.sent_tok else form


def _coordinated_end(run: ActorRun, b: int, starts: dict[int, int]) -> int:
    """The end of the last description coordinated after the one ending at token ``b``."""
    norm = run.t.norm
    while b + 1 < run.t.n and norm[b] in ("and", "or"):
        nxt = b + 2 if norm[b + 1] == "the" else b + 1
        if nxt not in starts:
            break
        b = starts[nxt]
    return b


def acts(run: ActorRun, a: int, b: int, verbs: frozenset[str],
         where: tuple[re.Pattern[str], ...] = (TABLE,)) -> bool:
    """Whether the description at tokens [a, b) has its side act (:func:`.agency.agentive`)
    in a sentence that one of ``where`` finds words in (by default, those of a negotiation)."""
    t = run.t
    start, end = t.starts[a], t.ends[b - 1]
    lo, hi = t.sent_spans[t.sent[a]]
    if not any(p.search(t.text, lo, hi) for p in where):
        return False
    if agentive(t.text, start, end, min(lo, start), max(hi, end), verbs):
        return True
    near = max(lo, start - 120)
    # (a cheap test first: most descriptions have no "with", "between" nor "by" before them)
    if (t.text.find("with", near, start) >= 0 or t.text.find("between", near, start) >= 0) \
            and _SEATED_WITH.search(t.text, near, start) is not None:
        return True
    if t.text.find("by", near, start) >= 0 and _AGENT_BY.search(t.text, near, start):
        return True
    return _AS_BEFORE.search(t.text, max(near, start - 8), start) is not None \
        and _FINITE_AFTER.match(t.text, end) is not None


# the counterpart of a negotiation's own noun, a few words on: "an agreement cannot be reached
# with its lenders", "talks he began Tuesday with creditor banks", "negotiations between the
# dockers and employers"
# -- or of a verb of the table, past its object: "negotiating a freeze on interest with
# commercial banks", "will meet urgently with bank creditors"
_SEATED_WITH = re.compile(
    r"\b(?i:talks|negotiations?|agreement|accord|deal|discussions|consultations|"
    r"negotiat(?:e|es|ed|ing)|meet|meets|met|meeting)\b"
    r"(?:\s+[\w'’]+(?:[.,-]\d+)?){0,6}?\s+(?:with|between(?:\s+[^,.;()]{1,40}?\s+and))\s+"
    r"(?:(?:its|their|the|his|her|[A-Z][\w.]*['’]s?|\d[\d,.]*)\s+){0,2}$")
# the agent of a passive verb of the table: "the pact, agreed in principle last year by most
# of the world's exporters", "the terms endorsed by the 13-member steering committee"
_AGENT_BY = re.compile(
    r"\b(?i:agreed|endorsed|accepted|rejected|approved|signed|negotiated|proposed|offered|"
    r"opposed|demanded)\b(?:\s+[\w'’]+){0,5}?\s+by\s+(?:[\w'’-]+\s+){0,5}$")
# after "as", a description that a finite verb follows is a clause's subject, not the
# object of a preposition: "no agreement on quotas as consumers had tried to dictate shares"
_AS_BEFORE = re.compile(r"\b[Aa]s\s+(?:the\s+)?$")
_FINITE_AFTER = re.compile(r"\s+(?:had|have|has|were|are|would|will|could|did|do|want|wanted|"
                           r"refused|insisted|sought|demanded|rejected|offered|proposed)\b")
