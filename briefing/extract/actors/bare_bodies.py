"""A government body named by one bare word: "the Treasury said", "a Treasury spokesman".

Wire and BBC copy name a state's treasury without its state as often as with it.  Counted
over the released gold sets but blind14 (session 15): where "Treasury" stands capitalised and
no name already holds it, gold marks it a mention at every place but where it opens a
financial instrument ("Treasury bills", "Treasury bonds": no body), and the extractor found
none of them (16 misses in 9 documents); before a person's title ("Treasury Secretary Jo
Roe") gold is split (2 marked, 5 not) and the word is left alone; after it, "the Secretary of
the Treasury" is the office's own name like "Secretary of State" (gold marks none of 4, session
20).  Whose treasury, in this
order: the one actor of the text whose name or KB id already says "treasury" ("U.S.
Treasury" named before or after: the bare word is its mention); else the state whose capital
the dateline names ("ROME, March 25 - ... the Treasury's offer"), its body like the home
bodies' (:mod:`.home_bodies`), or the publisher's state (a White House release: the U.S.
Treasury); else a body of its own, "Treasury" (a BBC story has no dateline).
"""

from __future__ import annotations

from functools import lru_cache

from briefing.extract.actors.base import ActorRun
from briefing.extract.actors.compose import demonym_of
from briefing.extract.actors.coreference import publishing_state
from briefing.extract.actors.home_bodies import home_state
from briefing.knowledge import NAME, KnowledgeBase

# the words after "Treasury" that make it a financial instrument or a market, not the body
_INSTRUMENTS = frozenset({
    "bill", "bills", "bond", "bonds", "note", "notes", "security", "securities", "yield",
    "yields", "issue", "issues", "market", "markets", "paper", "stock", "stocks", "debt",
    "auction", "auctions", "rate", "rates", "refunding", "certificate", "certificates",
    "coupon", "coupons", "futures", "prices", "price", "strips", "bid", "bids", "offering",
    "offerings", "holdings", "portfolio", "-",
    # a person's title ("Treasury Secretary Jo Roe"): gold marks the word there 2 times in 7
    "secretary", "undersecretary", "under", "assistant", "deputy", "minister", "chief"})


def _is_treasury(actor_id: str, name: str) -> bool:
    """Whether an actor is a treasury itself (not a body named after one: "Treasury Select
    Committee")."""
    name = name.lower()
    return actor_id.endswith("treasury") or name.endswith("treasury") \
        or name == "treasury department"


@lru_cache(maxsize=4)
def _kb_treasuries(kb: KnowledgeBase) -> dict[str, str]:
    """The KB's treasuries by the state they belong to (cached per KB)."""
    out: dict[str, str] = {}
    for actor_id in kb.entities:
        ent = kb.get(actor_id) or {}
        if ent.get("kind") == "government" and ent.get("part_of") \
                and _is_treasury(actor_id, str(ent.get("name") or "")):
            out.setdefault(str(ent["part_of"]), actor_id)
    return out


def _owner(run: ActorRun) -> str | None:
    """The one treasury actor the text names already, if one."""
    owners = {h.actor for h in run.hits if h.actor and _is_treasury(
        h.actor, getattr(run.cands.get(h.actor), "name", ""))}
    return next(iter(owners)) if len(owners) == 1 else None


def _named_before(run: ActorRun, k: int) -> bool:
    """Whether a name stands right before the word, a bracket between them aside ("(U.S.)
    Treasury"): whose treasury it is is that name's business, not this rule's."""
    p = k - 1
    while p >= 0 and run.t.norm[p] in (")", "]"):
        p -= 1
    return p >= 0 and p < k - 1 and bool(run.taken[p])


# the words of an office whose name ends "of (the) Treasury"
_OFFICE_WORDS = frozenset({"secretary", "secretaries", "undersecretary", "under-secretary"})


def _office_of(run: ActorRun, k: int) -> bool:
    """Whether the word ends an office's name: "Secretary of (the) Treasury"."""
    p = k - 1 - (k >= 1 and run.t.norm[k - 1] == "the")
    return p >= 1 and run.t.norm[p] == "of" and run.t.norm[p - 1] in _OFFICE_WORDS


def bare_bodies(run: ActorRun) -> None:
    """Capitalised "Treasury" no name holds: the text's treasury (see the module docstring)."""
    t = run.t
    ks = [k for k in run.positions(("treasury",)) if not run.taken[k] and t.cap(k)
          and not (k + 1 < t.n and t.norm[k + 1] in _INSTRUMENTS)
          and not _named_before(run, k) and not _office_of(run, k)]
    if not ks:
        return
    sid = _owner(run)
    if sid is None:
        state = home_state(run) or publishing_state(run)
        known = _kb_treasuries(run.kb).get(state) if state is not None else None
        if known is not None:
            for k in ks:
                run.claim(k, known, NAME, "bare_body")
            return
        if state is not None:
            sid = f"{state}_treasury"
            name = f"{demonym_of(run, state)} Treasury"
        else:
            sid, name = "treasury", "Treasury"
        if sid in run.kb.entities and run.kind_of(sid) != "government":
            sid = "x_" + sid
        c = run.cands.get(sid)
        if c is None:
            c = run.cand(sid, name=name, kind="government", origin="extracted")
            c.part_of = state
            c.discovered = True
    for k in ks:
        run.claim(k, sid, NAME, "bare_body")
