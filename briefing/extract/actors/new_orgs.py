"""Actor extraction, organisations the KB lacks: from strong patterns around a one-word name
("a spokesman for X", "X, Britain's biggest union") and from capitalised phrases that end on an
organisation head ("High Negotiations Committee"), each with its short forms.  (Stage 6 of the
actor finder, after composition: :mod:`~briefing.extract.actors.compose`.)"""

from __future__ import annotations

from itertools import compress

from briefing.extract.actors.aliases import name_run, org_kind, scan_local
from briefing.extract.actors.base import LEGAL_FORM_KEYS, ActorRun
from briefing.extract.actors.compose import match_agent
from briefing.extract.actors.firm_short_names import GENERIC_FIRST, first_word_short
from briefing.extract.actors.org_tails import org_end
from briefing.extract.actors.scan import TokenHit, mark
from briefing.extract.actors.unknown_people import given_names
from briefing.knowledge import (
    ABBREV,
    DEMONYM,
    NAME,
    SHORT,
    tokenize,
)

_COMPANY_SUFFIXES = LEGAL_FORM_KEYS | {"group", "holdings"}


# ------------------------------------------------------------------ 6. organisations
def org_patterns(run: ActorRun) -> None:
    """Organisations the KB lacks, from strong patterns around a one-word name:
    "a spokesman for X", "leader of X", "members of X"; "X, Britain's biggest union";
    "the Kuwaiti magazine X".  Each becomes an organisation, and its other mentions in
    the text ("X's") are found by the local gazetteer."""
    t = run.t
    norm = t.norm
    stop = run.w("name_stop")
    members = run.w("org_member_nouns")
    types = run.w("org_type_nouns")
    media = run.w("media_nouns")
    found: list[tuple[int, int]] = []
    for k in run.positions(members):
        # "a spokesman for X", "members of X" ("the member for Kensington" is a seat)
        prep = ("for", "of") if norm[k].startswith("spokes") else ("of",)
        if k + 2 < t.n and norm[k + 1] in prep and not t.caps[k]:
            found.append((k + 2, -1))
    for k in run.positions(media):
        # "the Kuwaiti magazine X", "the state news agency X"
        if k + 1 < t.n and k > 0 and not t.caps[k] and run.taken[k - 1]:
            found.append((k + 1, -1))
    poss_at = {h.i: h for h in run.hits if h.actor and h.possessive}
    near_type = {x - d for x in run.positions(types) for d in range(2, 9)}
    for k in run.positions((",",)):
        # "X, Britain's biggest union," : X before an apposition with an organisation noun
        if k not in near_type:
            continue
        q = k + 1
        if q < t.n and norm[q] in ("the", "a", "an"):
            q += 1
        else:
            own = poss_at.get(q)
            if own is None:
                continue  # an apposition opens with a determiner or a possessor
            q = own.j + t.possessive_after(own.j)
        for x in range(q, min(t.n, q + 6)):
            if t.raw[x] == "-" and t.glued(x):
                continue  # "third-largest bank"
            if not t.raw[x].isalpha():
                break
            if norm[x] in types and not t.caps[x] and \
                    t.possessive_after(x + 1) == 0 and (x + 1 >= t.n or norm[x + 1] in (
                        ",", ".", ";", "said", "says", "which", "that", ")", "and")):
                found.append((k - 1, k))
                break
            if norm[x] in (",", ".", ";", ":") or t.raw[x][:1].isdigit():
                break
    for a, end in found:
        single_org(run, a, end, stop)
    scan_local(run)


def single_org(run: ActorRun, a: int, end: int, stop: frozenset[str]) -> None:
    """Make an organisation of the one-word name at token ``a`` (or ending at ``end``)."""
    t = run.t
    if end >= 0:
        b = end
        a = b - 1
        if a >= 2 and t.raw[a - 1] == "-" and t.glued(a) and t.glued(a - 1) \
                and t.caps[a - 2]:
            a -= 2  # "Al-Majalis"
    else:
        b = a + 1
        if b + 1 < t.n and t.raw[b] == "-" and t.glued(b) and t.glued(b + 1) \
                and t.caps[b + 1]:
            b += 2
    # a sentence's first word may be a name when an apposition says what it is
    if a < 0 or b > t.n or not t.caps[a] or any(run.taken[a:b]) \
            or (a in t.sent_tok and end < 0) or t.norm[a] in stop or run.kb.title_first.get(t.norm[a]):
        return
    if b < t.n and t.caps[b] and not t.line_start[b]:
        return  # a longer name ("John Smith"): not this rule
    if b < t.n and (t.raw[b] in ("'", "’", "-") and t.glued(b)
                    and t.possessive_after(b) == 0 and not t.norm[b - 1].endswith("s")):
        return  # "Kata'ib", "DEI-related": part of a longer word
    if a > 0 and t.raw[a - 1] == "-" and t.glued(a):
        return  # "anti-DEI"
    if a > 0 and t.raw[a - 1] in (")", "]", "&") or t.norm[a] in _COMPANY_SUFFIXES:
        return  # "Equity (Pacific) Ltd": the tail of a longer name
    if a > 0 and t.caps[a - 1] and not t.line_start[a] and a - 1 not in t.sent_tok:
        return
    if len(t.raw[a]) < 3 and b - a == 1:
        return
    name = t.span_text(a, b)
    aid = run.fresh_id(name)
    c = run.cand(aid, name=name, kind="organization", origin="extracted")
    c.discovered = True
    run.local.setdefault(tokenize(name), []).append((aid, NAME, False, name, None, None))


def organisations(run: ActorRun) -> None:
    """Capitalised phrases with an organisation head the KB lacks ("High Negotiations
    Committee") become organisations, with their head as a short form."""
    t = run.t
    heads = run.w("org_heads")
    lead_at = {h.i: h for h in run.hits if h.ftype in (DEMONYM, NAME)
               and run.kind_of(h.actor or "") == "state"}
    if t.upper_doc:
        return
    taken, caps, heading = run.taken, t.caps, t.heading_toks
    pos = 0
    for k in list(compress(range(t.n), caps)):  # the capitalised tokens, found in C
        if k < pos or k in heading:
            continue
        if taken[k]:
            h0 = lead_at.get(k)
            if h0 is None or h0.j >= t.n or taken[h0.j] or not caps[h0.j]:
                continue
        span = name_run(run, k)
        if span is None:
            continue
        a, b = span
        if any(run.taken[a:b]):
            # stop before the first taken token; a leading demonym or state name may be
            # absorbed ("Syrian Observatory for Human Rights")
            lead = [h for h in run.hits if h.i == a and h.ftype in (DEMONYM, NAME)
                    and run.kind_of(h.actor or "") == "state"]
            start_free = lead[0].j if lead else a
            stop_at = next((y for y in range(start_free, b) if run.taken[y]), b)
            b = stop_at
            of_state = _state_of(run, start_free, stop_at, heads)
            if of_state is not None:
                # "the Shipping Corporation of India": one name, the state inside it no
                # mention of its own (as "Lebanese Armed Forces", "Kingdom of Saudi Arabia")
                run.hits.remove(of_state)
                b = of_state.j + (of_state.j < t.n and t.norm[of_state.j] in LEGAL_FORM_KEYS)
            if lead and b - start_free < 1:
                pos = max(b, k + 1)
                continue
        b = _long_run_end(run, a, b, heads)
        b = org_end(run, a, b, heads)  # ("Radical Party Deputy Jo Roe": the party)
        a = _after_person_of(run, a, b, heads)  # ("Jo Roe of Acme Securities": the firm)
        while b > a and t.norm[b - 1] in ("of", "for", "the", "and", "-", "&", "on"):
            b -= 1
        if b - a < 2 or not (any(t.norm[y] in heads for y in range(a, b))
                             or _final_head(run, a, b)):
            pos = max(b, k + 1)
            continue
        if t.norm[b - 1] == "bank" and all(t.norm[y] in run.w("directions")
                                           or t.norm[y] == "the" for y in range(a, b - 1)):
            pos = b  # "the West Bank", "East Bank": a place, not an organisation
            continue
        if a in t.sent_tok and t.norm[a] == "the":
            a += 1
        kind = org_kind(run, (a, b))
        agent = match_agent(run, a)
        if kind is None or (agent is not None and agent[0] == b):
            pos = b  # "Coast Guard" alone: whose is unknown
            continue
        lead = [h for h in run.hits if h.i == a and h.j < b]
        name = t.span_text(a, b)
        aid = run.fresh_id(name)
        c = run.cand(aid, name=name, kind=kind, origin="extracted")
        c.discovered = True
        if lead and run.kind_of(lead[0].actor or "") == "state" and kind == "government":
            c.part_of = lead[0].actor
        for h in lead:
            run.hits.remove(h)
        h = TokenHit(a, b, ((aid, NAME, False, name, None, None),), rule="organisation")
        h.actor, h.ftype = aid, NAME
        h.possessive = t.possessive_after(b) > 0
        run.hits.append(h)
        mark(run.taken, [h])
        last = t.raw[b - 1]
        head_pos = next((y for y in range(a, b) if t.norm[y] in heads), b - 1)
        if kind == "organization" and t.norm[head_pos] in _BUSINESS_HEADS \
                and t.norm[a] not in GENERIC_FIRST and not (a > 0 and t.caps[a - 1]) \
                and not any(t.raw[x].islower() for x in run.positions((t.norm[a],))):
            # "Fleet Financial Group" ... "Fleet has": the first word of a business, unless
            # the text uses it as a common word ("industrial", "five") or the name began
            # before it ("Boston Five Cents Savings Bank")
            first_word_short(run, aid, a, b)
        short = t.raw[head_pos] if head_pos != a else last
        if t.cap(head_pos) and head_pos > a:
            run.local.setdefault((t.norm[head_pos],), []).append(
                (aid, SHORT, False, short, None, None))
        pos = b


_RUN_LIMIT = 8  # (name_run's default length)


def _long_run_end(run: ActorRun, a: int, b: int, heads: frozenset[str] | set[str]) -> int:
    """The end of a capitalised run cut at name_run's limit when a long title and a name run
    on after the body ("Harbor Foundation National Security Senior Research Fellow Jo Roe:"):
    read further, the run ends on a person's name, which :func:`org_end` then leaves out; a
    cut run ends on the given name and no name is found.  ``b`` when the run was not cut or
    the longer run ends on no person."""
    t = run.t
    if b - a != _RUN_LIMIT or b >= t.n or not t.cap(b) or any(run.taken[a:b]):
        return b
    longer = name_run(run, a, limit=_RUN_LIMIT + 4)
    if longer is None or longer[1] <= b:
        return b
    end = org_end(run, a, longer[1], heads)
    return end if end < b else b


def _after_person_of(run: ActorRun, a: int, b: int, heads: frozenset[str] | set[str]) -> int:
    """Where the organisation starts in the run ``a``..``b`` when a person's name opens it
    before "of": "Jo Roe of Acme Securities", "Analyst Jo Roe of Acme Securities" name a
    person (a given name and one or two capitalised words, none a head) affiliated with the
    firm after "of"; ``a`` otherwise ("Bank of Japan", "Association of Jo Roe Fans")."""
    if b - a < 4:
        return a  # (most runs: too short for a name, "of" and a firm)
    t = run.t
    y = next((x for x in range(a + 2, min(b - 1, a + 5)) if t.norm[x] == "of"), -1)
    if y < 0:
        return a
    given = given_names(run.kb)
    final = run.w("final_org_heads")
    for g in range(a, y - 1):
        if t.norm[g] in given and y - g <= 3 and all(
                t.cap(x) and t.raw[x].isalpha() and t.norm[x] not in heads
                and t.norm[x] not in final for x in range(g, y)):
            return y + 1
    return a


def _state_of(run: ActorRun, start: int, y: int, heads: frozenset[str] | set[str]
              ) -> TokenHit | None:
    """The state's hit at token ``y`` when the free words ``start``..``y`` end on an
    organisation head and "of" ("Electronic Industries Association of Japan", "Bank of New
    Zealand"; not "of the US": the state after "the" is where the body is)."""
    t = run.t
    if y - start < 2 or y >= t.n or t.norm[y - 1] != "of" or t.norm[y - 2] not in heads:
        return None
    return next((h for h in run.hits if h.i == y and h.ftype in (NAME, ABBREV)
                 and run.kind_of(h.actor or "") == "state"), None)


# a possessive before a capitalised name ("My Administration", "Our Board") makes no name
_OWNER_WORDS = frozenset({"my", "our", "your", "his", "her", "its", "their", "this", "that"})


def _final_head(run: ActorRun, a: int, b: int) -> bool:
    """Whether ``a``..``b`` ends on a head that names an organisation only as a name's last
    word or before its "of" ("Federal Aviation Administration", "Chamber of Commerce"; not
    "Executive Order", "My Administration")."""
    norm, heads = run.t.norm, run.w("final_org_heads")
    if norm[a] in _OWNER_WORDS:
        return False
    return norm[b - 1] in heads or any(norm[y] in heads and norm[y + 1] in ("of", "for")
                                       for y in range(a + 1, b - 1))


# organisation heads that make a business: its first word stands for it ("Fleet Financial
# Group" ... "Fleet said"), as a firm's with a legal form does (:mod:`.firms`)
_BUSINESS_HEADS = frozenset({"group", "holdings", "securities", "corporation", "industries",
                             "airlines", "airways", "motors", "bank"})
