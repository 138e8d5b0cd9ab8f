"""Secondary threads: negotiations in the text other than the one under way.

A historical deal that collapsed or failed is a separate thread, and so is a negotiation
"between" two other sides; "stalled talks on X" is a stalled thread owning X; a second pair the
knowledge base knows as a mediation, named in enough negotiation sentences, is a thread of its
own, and so is a deal named by another pair ("the 2020 U.S.-Taliban agreement") and talks or
a deal "with" a counterpart the table lacks ("also in talks with", "an agreement with"); a failed
earlier deal and a pair's deal take the agenda of their own sentences.  The spans they own are
claimed (:attr:`TrackerState.claimed`): they leave the primary.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.extract.gate import gated
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.agenda import issues as find_issues
from briefing.extract.negotiations.labels import issue_label
from briefing.extract.negotiations.state import SecondaryThread, TrackerState
from briefing.extract.negotiations.status import best_status
from briefing.extract.negotiations.talks_with import DEAL_WORDS, talks_with
from briefing.extract.negotiations.thread_items import ITEM_STATUS, claim_topics, deal_item
from briefing.extract.negotiations.units import Unit
from briefing.knowledge import default_kb
from briefing.model import Issue, TimeExpression

# "stalled talks on trade": a secondary, stalled thread about those issues.
_STALLED_TALKS = gated(re.compile(
    r"\b(?:stalled|suspended|frozen|deadlocked|broken-off|stalemated)\s+"
    r"(?:talks|negotiations|dialogues?|discussions)\s+(?:on|over|about)\s+",
    re.IGNORECASE))


_TALKS_BETWEEN = gated(re.compile(r"\b(?:negotiations|talks|peace process|dialogue)\s+between\s+",
                                  re.IGNORECASE))
# a deal "between" a pair ("the water arrangement between Israel and Jordan"): the pair's own
# deal when the two are named side by side
_DEAL_BETWEEN = gated(re.compile(r"\b(?:deal|agreement|accord|arrangement|treaty|pact|truce|"
                                 r"cease-?fire|memorandum|partnership)s?\s+between\s+",
                                 re.IGNORECASE))
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# ... the pair of a deal, whose first name may run on past what the index knows ("Airbus
# Industrie and Bolt", the index holding "Airbus") and whose "and" a wire may capitalise after
# an abbreviation ("the U.S. And Japan")
_DEAL_PAIR_AND = re.compile(r"(?:\s+[A-Z][\w.&’'-]*){0,2}\s+[Aa]nd\s+(?:the\s+)?")
# the roles of a mention that names no side at a table
_NOT_SEATED = frozenset({"location", "possessor", "modifier"})
# a pair that agrees, signs or recommits together ("Ukraine and Russia have recommitted to a
# ceasefire"): the pair's own deal
_PAIR_AGREES = re.compile(r"(?:['’]s)?\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|also\s+|jointly\s+|"
                          r"formally\s+)?(?:agreed|recommitted|signed|reached|concluded)\b")
# a word every such sentence holds (lower case in running text): the others are not read
_DEAL_GATE = gated(re.compile(r"agreed|recommitted|signed|reached|concluded|between"))
_TOPIC_STOP = re.compile(r"[.;:!?]|\s(?:and|but)\s+(?:to|the|a)\s")
# "U.S.-Taliban agreement", "Brazil-U.S. Partnership for the Energy Transition"
_PAIR_GAP = re.compile(r"\s?[-–/]\s?")
# the names before a pair in a longer chain ("U.S.-" in "U.S.-Mexico-Canada Agreement")
_CHAIN_BEFORE = re.compile(r"(?:[A-Z][\w.]*[-–])+$")
# (a partnership or a framework only when it is named: "the defense partnership remains ...")
_PAIR_DEAL = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Aa]greement|[Dd]eal|[Aa]ccord|"
                        r"[Pp]act|[Tt]reaty|[Tt]ruce|[Cc]ease-?fire|Partnership|Framework)\b")
# sentences a second known pair needs to make a thread of its own
_MIN_PAIR_UNITS = 2


def secondary(st: TrackerState, primary: list[str],
              mediators: list[str] | None = None) -> list[SecondaryThread]:
    """The secondary threads of the document (``primary``: the primary thread's sides,
    ``mediators``: its mediators)."""
    threads: list[SecondaryThread] = []
    seen_nouns: set[str] = set()
    for u in st.units:
        if not u.historical:
            continue
        bad = [c for c in u.cues if c[0] in lex.NEGATIVE]
        noun = lex.DEAL_NOUN.search(u.text)
        if not bad or noun is None or noun.group(0).lower() in ("talks", "negotiations"):
            continue
        # the deal noun nearest before the failure cue is the one that failed
        cue = bad[0]
        nouns = [m for m in lex.DEAL_NOUN.finditer(u.text) if u.start + m.start() < cue[2]]
        if nouns:
            noun = nouns[-1]
        key = noun.group(0).lower().replace("-", "").replace(" ", "")
        n_start, n_end = u.start + noun.start(), u.start + noun.end()
        st.claimed.append((n_start, n_end))
        st.claimed.append((cue[2], cue[3]))
        if key in seen_nouns:
            continue
        seen_nouns.add(key)
        when = next((t for t in u.times if st.is_past(t)), None)
        label = f"earlier {noun.group(0)}" + (f" ({when.text})" if when else "")
        status = "collapsed" if any(c[0] == "collapsed" for c in bad) else "stalled"
        # what the failed deal was about is its agenda, not the primary's -- unless it failed
        # weeks ago in the same talks ("the workers three weeks ago rejected a tentative
        # agreement that provided ...", "that meeting ended without agreement on new buffer
        # stock rules"): then it is what the talks under way are still about
        if _recent(st, when):
            issues = []
        else:
            issues = find_issues(st, [u], status)
            claim_topics(st, u)
        threads.append(SecondaryThread(list(primary), [], label, False, status, [u],
                                       note="historical: not the negotiation under way",
                                       issues=issues))
    threads.extend(_stalled_threads(st, primary))
    # negotiations "between" two other sides
    for u in st.units:
        if not u.negotiation or u.historical:
            continue
        m = _TALKS_BETWEEN.search(u.text)
        if not m:
            continue
        hits = [(h, p) for h, p in st.hits(u) if h.start >= u.start + m.end()][:2]
        pair = list(dict.fromkeys(p for _, p in hits))
        if len(pair) < 2 or set(pair) <= set(primary):
            continue
        mediators = [p for h, p in st.hits(u) if h.start < u.start + m.start()
                     and p not in pair][:2]
        status = best_status(st, [u])[0] or "ongoing"
        names = "–".join(st.name(p) for p in pair)
        threads.append(SecondaryThread(pair, mediators,
                                       f"{names} {m.group(0).split()[0].lower()}",
                                       False, status, [u]))
    # a table of three or more sides may have seated the side of another deal the story
    # recalls: another pair's deal and a rival's offer are read against the sides its lead
    # names (asked only of a pair or a bidder the table seats: most documents never ask)
    lead = _Lead(st, primary)
    threads.extend(_pair_deal_threads(st, primary, threads, lead))
    threads.extend(_known_pair_threads(st, primary, threads))
    threads.extend(_compound_pair_threads(st, primary, threads, lead))
    threads.extend(_talks_with_threads(st, primary, mediators or [], threads))
    threads.extend(_rival_offer_threads(st, primary, mediators or [], threads, lead))
    return threads


class _Lead:
    """The sides of the primary's table that the lead names, read once when first asked."""

    def __init__(self, st: TrackerState, primary: list[str]) -> None:
        self.st = st
        self.primary = primary
        self._core: list[str] | None = None

    def core(self) -> list[str]:
        if self._core is None:
            self._core = lead_sides(self.st, self.primary)
        return self._core


def lead_sides(st: TrackerState, primary: list[str]) -> list[str]:
    """The sides of ``primary`` that the lead names (the title and the first sentence), when
    ``primary`` seats three or more and the lead names two of them, else ``primary``.

    "Airbus signs engine accord with Acme ... Airbus and Bolt have also concluded an accord":
    a table that seats Airbus, Acme and Bolt holds two deals, and the lead says which one the
    story is about; the other pair's deal is a thread of its own."""
    if len(primary) < 3:
        return primary
    lead: set[str] = set()
    first = True
    for u in st.units:
        if not u.is_title:
            if not first:
                break
            first = False
        # ("Britain's ECGD", "British exporters": a possessor or a modifier is not seated)
        lead.update(p for h, p in st.hits(u) if h.role not in _NOT_SEATED)
    core = [p for p in primary if p in lead]
    return core if 2 <= len(core) < len(primary) else primary


# a failed round this many days before publication is one of the talks under way
_RECENT_DAYS = 62


def _recent(st: TrackerState, when: TimeExpression | None) -> bool:
    """Whether a failure dated ``when`` (None: undated, "that meeting") is recent: a round of
    the talks under way rather than an earlier deal."""
    if when is None:
        return True
    ref = st.doc.published
    if not ref or not when.value or when.precision != "day":
        return False
    try:
        gap = dt.date.fromisoformat(ref[:10]) - dt.date.fromisoformat(when.value)
    except ValueError:
        return False
    return gap.days <= _RECENT_DAYS


def _pair_deal_threads(st: TrackerState, primary: list[str], threads: list[SecondaryThread],
                       lead: _Lead | None = None) -> list[SecondaryThread]:
    """"the water arrangement between Israel and Jordan", "Ukraine and Russia have recommitted
    to a ceasefire": a deal of a pair named side by side that is not the primary's pair is a
    thread of its own; its sentence gives its status and agenda, which leave the primary's."""
    out: list[SecondaryThread] = []
    if not primary:
        return out  # with no side seated yet, the pair's deal may be the primary's own
    taken = {frozenset(t.parties) for t in threads}
    for u in st.units:
        # (a pair's deal recalled from the past is still the pair's, not the primary's)
        if u.is_title or u.asked or not u.negotiation:
            continue
        if _DEAL_GATE.search(u.text) is None:
            continue
        named = [(h, p) for h, p in st.hits(u) if h.role != "location" and not h.is_reference]
        between = _DEAL_BETWEEN.search(u.text)
        found: tuple[str, str, int, int] | None = None  # the pair, where the deal is named
        for (a, pa), (b, pb) in zip(named, named[1:], strict=False):
            if pa == pb or b.start < a.end \
                    or not _DEAL_PAIR_AND.fullmatch(st.text, a.end, b.start):
                continue
            if between is not None and u.start + between.end() == a.start:
                found = (pa, pb, u.start + between.start(), b.end)
            elif _PAIR_AGREES.match(st.text, b.end, u.end):
                found = (pa, pb, a.start, b.end)
            if found:
                break
        if found is None:
            continue
        pair = frozenset(found[:2])
        if pair in taken or pair <= set(primary) and (lead is None or pair <= set(lead.core())):
            continue
        taken.add(pair)
        status = best_status(st, [u])[0] or "agreed"
        issues = find_issues(st, [u], status)
        claim_topics(st, u)
        names = "–".join(st.name(p) for p in found[:2])
        noun = between.group(0).split()[0].lower() if between and found[2] == u.start + \
            between.start() else "agreement"
        out.append(SecondaryThread(list(found[:2]), [], f"{names} {noun}", False, status, [u],
                                   issues=issues or deal_item(st, u, found[2], status)))
    return out


def _compound_pair_threads(st: TrackerState, primary: list[str],
                           threads: list[SecondaryThread],
                           lead: _Lead | None = None) -> list[SecondaryThread]:
    """"the February 2020 U.S.-Taliban agreement", "the Brazil-U.S. Partnership for ...": a
    deal named by a pair of sides that is not the primary's is a thread of its own; the
    sentences naming it give its status and agenda, and leave the primary's."""
    out: list[SecondaryThread] = []
    by_pair: dict[frozenset[str], list[Unit]] = {}
    named_first: dict[frozenset[str], list[str]] = {}  # the pair in the order the text names it
    named_at: dict[frozenset[str], tuple[int, int]] = {}  # where the deal is first named
    taken = {frozenset(t.parties) for t in threads}
    for u in st.units:
        if u.is_title or u.asked or not ("-" in u.text or "–" in u.text or "/" in u.text):
            continue  # (a pair is joined by a dash or a slash: most sentences have none;
            # three substring tests in C cost less than a class tried at every position)
        hits = [h for h in st.index.within(u.start, u.end) if h.role != "location"]
        for a, b in zip(hits, hits[1:], strict=False):
            pa, pb = st.index.party_of(a.actor), st.index.party_of(b.actor)
            if not pa or not pb or pa == pb or b.start < a.end:
                continue
            deal = _PAIR_DEAL.match(st.text, b.end, u.end) \
                if _PAIR_GAP.fullmatch(st.text, a.end, b.start) else None
            if deal is None:
                continue
            pair = frozenset((pa, pb))
            if pair in taken or pair <= set(primary) and (
                    lead is None or pair <= set(lead.core())):
                continue
            named_first.setdefault(pair, [pa, pb])
            named_at.setdefault(pair, (a.start, deal.end()))
            units = by_pair.setdefault(pair, [])
            if u not in units:
                units.append(u)
    for pair, units in by_pair.items():
        status = best_status(st, units)[0] or "ongoing"
        issues = find_issues(st, units, status)
        if not issues:  # "the U.S.-Taliban agreement": the deal named is its one item
            at, deal_end = named_at[pair]
            chain = _CHAIN_BEFORE.search(st.text, max(units[0].start, at - 30), at)
            at = chain.start() if chain else at  # "U.S.-Mexico-Canada Agreement": whole
            label = issue_label(st.text, at, deal_end, units[0].end, "other")
            issues = [Issue("other", label, ITEM_STATUS.get(status, "open"),
                            (st.doc.span(units[0].start, units[0].end),))]
        for u in units:
            claim_topics(st, u)
        sides = named_first[pair]
        names = "–".join(st.name(p) for p in sides)
        out.append(SecondaryThread(sides, [], f"{names} agreement", False, status,
                                   units[:3], issues=issues))
    return out


def _known_pair_threads(st: TrackerState, primary: list[str],
                        threads: list[SecondaryThread]) -> list[SecondaryThread]:
    """A second known pair (the KB's mediations) named in the text's negotiation sentences
    is a thread of its own ("the hostage talks with Hamas" in a briefing on a truce in
    another war): its sentences -- those naming a side the primary lacks -- give its
    status and agenda, and leave the primary's."""
    kb = default_kb()
    present = {a.id for a in st.index.actors}
    out: list[SecondaryThread] = []
    taken = {frozenset(t.parties) for t in threads}
    for sides, meds in kb.mediations_at(st.doc.published):
        pair = frozenset(sides)
        if not pair <= present \
                or pair <= set(primary) or pair in taken:
            continue
        own = pair - set(primary)
        units = [u for u in st.units if u.negotiation and not u.is_title
                 and any(p in own for _, p in st.hits(u))]
        if len(units) < _MIN_PAIR_UNITS:
            continue
        taken.add(pair)
        status = best_status(st, units)[0] or "ongoing"
        issues = find_issues(st, units, status)
        st.claimed.extend((u.start, u.end) for u in units)
        names = "–".join(st.name(p) for p in sides)
        out.append(SecondaryThread(list(sides), [m for m in meds if m in present],
                                   f"{names} talks", False, status, units[:3], issues=issues))
    return out


_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _talks_with_threads(st: TrackerState, primary: list[str], mediators: list[str],
                        threads: list[SecondaryThread]) -> list[SecondaryThread]:
    """"Acme is also in talks with Bolt", "talks are continuing with Sylvania", "Sylvania signed
    an agreement with Latveria": talks or a deal with a counterpart the primary's table lacks,
    in a sentence naming none of the primary's sides but the talker, are a thread of their own
    (ongoing unless its sentence says otherwise), labelled by the deal's noun when a deal is
    named; its sentences give its agenda, which leaves the primary's.  A past deal counts (past
    talks may be the primary's earlier rounds); the first sentence, the story's own talks,
    does not."""
    if not primary:
        return []  # with no side seated, the talks may be the primary's own
    table = set(primary) | set(mediators)
    taken = {frozenset(t.parties) for t in threads}
    by_pair: dict[frozenset[str], tuple[list[str], list[Unit]]] = {}
    # the first sentence reports the story's own talks: a counterpart it names that the table
    # lacks is the table's error, not another thread
    lede = next((u for u in st.units if not u.is_title), None)
    nouns: dict[frozenset[str], str] = {}  # the first noun each pair's talks are named by
    for u in st.units:
        if u.is_title or u is lede or u.asked or not u.negotiation:
            continue
        found = talks_with(u.text)
        if found is None:
            continue
        m_start, m_end, word = found
        word = word.rstrip("s")
        if u.historical and word not in DEAL_WORDS:
            continue  # (past talks may be earlier rounds of the primary's; a past deal is one)
        at = u.start + m_end
        hits = [(h, p) for h, p in st.hits(u) if h.role != "location" and not h.is_reference]
        after = [(h, p) for h, p in hits if h.start >= at]
        if not after or after[0][0].start > at + 2:
            continue  # the counterpart must follow at once
        other = after[0][1]
        sides = [other]
        # "with Bolt and Cogs": both counterparts
        if len(after) > 1 and after[1][1] != other \
                and _PAIR_AND.fullmatch(st.text, after[0][0].end, after[1][0].start):
            sides.append(after[1][1])
        # the talker: the side named last before the talks in the same clause ("Acme is also
        # in talks with", not "Acme's entry took years, and talks with")
        before = [h_p for h_p in hits if h_p[0].end <= u.start + m_start
                  and h_p[1] not in sides]
        talker = before[-1][1] if before and _CLAUSE_BREAK.search(
            st.text, before[-1][0].end, u.start + m_start) is None else None
        if other in table:
            # talks with the primary's sides are theirs -- unless an outsider holds them
            # ("Cogs is in negotiations with Acme and Bolt to take a stake"; with one side
            # seated, the talker is likely the other)
            if talker is None or talker in table or len(primary) < 2:
                continue
        elif len({p for _, p in hits} & table) > 1:
            continue  # the primary's own sides speak of it: their talks
        elif len(sides) > 1 and sides[1] in table:
            sides.pop()
        if talker is not None:
            sides.insert(0, talker)
        pair = frozenset(sides)
        if pair <= table or pair in taken:
            continue
        entry = by_pair.setdefault(pair, (sides, []))
        if u not in entry[1]:
            entry[1].append(u)
        nouns.setdefault(pair, word if word in DEAL_WORDS else "talks")
    out = _grouped_threads(st, by_pair, "talks")
    for th, noun in zip(out, nouns.values(), strict=True):  # "A–B agreement": a deal's noun
        th.label = th.label.rsplit(" ", 1)[0] + " " + noun
    return out


def _grouped_threads(st: TrackerState, by_pair: dict[frozenset[str], tuple[list[str], list[Unit]]],
                     noun: str) -> list[SecondaryThread]:
    """One secondary thread per pair of sides, from the sentences gathered for it: their best
    status, their agenda (whose topics leave the primary's), labelled "A–B <noun>"."""
    out: list[SecondaryThread] = []
    for sides, units in by_pair.values():
        status = best_status(st, units)[0] or "ongoing"
        issues = find_issues(st, units, status)
        for u in units:
            claim_topics(st, u)
        names = "–".join(st.name(p) for p in sides)
        out.append(SecondaryThread(sides, [], f"{names} {noun}", False, status, units[:3],
                                   issues=issues))
    return out


# "rejected a takeover proposal from Bolt", "Bolt's 27 dlr a share offer": another bidder's offer
_OFFER_FROM = gated(re.compile(r"\b(?:offer|bid|proposal|approach)s?\s+from\s+", re.IGNORECASE))
_OWN_OFFER = re.compile(r"['’]s\s+(?:[\w$./-]+\s+){0,5}?(?:offer|bid|proposal)s?\b")
_MODIFIER_GAP = re.compile(r"\s+(?:(?!(?:for|to|of|in|on|at|over|and|or|with)\s)[a-z][\w-]*\s+){1,2}")
_OFFER_GATE = gated(re.compile(r"offer|bid\b|proposal"))


def _rival_offer_threads(st: TrackerState, primary: list[str], mediators: list[str],
                         threads: list[SecondaryThread],
                         lead: _Lead | None = None) -> list[SecondaryThread]:
    """"Acme rejected a takeover proposal from Bolt", "Bolt's 27 dlr a share offer for Acme":
    an offer made by a bidder the primary's table lacks, to one of its sides, is the bidder's
    own thread with that side (a rival bid); its sentences give its status and agenda, which
    leave the primary's."""
    if len(primary) < 2:
        return []  # with one side seated, the bidder is likely the other
    table = set(primary) | set(mediators)
    taken = {frozenset(t.parties) for t in threads}
    by_pair: dict[frozenset[str], tuple[list[str], list[Unit]]] = {}
    for u in st.units:
        if u.is_title or u.asked or _OFFER_GATE.search(u.text) is None:
            continue
        hits = [(h, p) for h, p in st.hits(u) if h.role != "location" and not h.is_reference]
        bidder: str | None = None
        m = _OFFER_FROM.search(u.text)
        if m is not None:
            at = u.start + m.end()
            # (the sentence's hits leave out a name after "from": a place's preposition)
            after = [h for h in st.index.within(at, min(u.end, at + 40))
                     if h.role != "location" and not h.is_reference and h.start <= at + 30
                     and _CLAUSE_BREAK.search(st.text, at, h.start) is None]
            # ("from German rival Bolt": the demonym qualifies the bidder named next)
            while len(after) > 1 and _MODIFIER_GAP.fullmatch(st.text, after[0].end,
                                                              after[1].start):
                after = after[1:]
            bidder = st.index.party_of(after[0].actor) if after else None
        if bidder is None:
            bidder = next((p for h, p in hits if p not in table
                           and _OWN_OFFER.match(st.text, h.end, u.end)), None)
        if bidder is None or bidder in mediators:
            continue
        seated = table
        if bidder in table:
            # a bidder seated at a table of three or more that the lead does not name
            if lead is None or bidder in lead.core():
                continue
            seated = set(lead.core()) | set(mediators)
        target = next((p for _h, p in hits if p in seated), None)
        if target is None:
            continue
        pair = frozenset((bidder, target))
        if pair in taken:
            continue
        entry = by_pair.setdefault(pair, ([bidder, target], []))
        if u not in entry[1]:
            entry[1].append(u)
    return _grouped_threads(st, by_pair, "offer")


def _stalled_threads(st: TrackerState, primary: list[str]) -> list[SecondaryThread]:
    """"a resumption of stalled talks on trade and humanitarian issues": a secondary thread,
    stalled, whose agenda is what follows "on"; its cue and issues leave the primary."""
    out: list[SecondaryThread] = []
    for u in st.units:
        if u.is_title:
            continue
        m = _STALLED_TALKS.search(u.text)
        if m is None:
            continue
        lo = u.start + m.end()
        stop = _TOPIC_STOP.search(st.text, lo, u.end)
        hi = stop.start() if stop else u.end
        found = [x for x in st.issue_matches.within(lo, hi) if not st.in_name(x[0], x[1])]
        issues = [Issue(key, issue_label(st.text, a, b, hi, key), "open",
                        (st.doc.span(u.start, u.end),)) for a, b, key in found]
        st.claimed.append((u.start + m.start(), hi))
        label = "stalled " + st.text[u.start + m.start():hi].split(" ", 1)[1][:60]
        out.append(SecondaryThread(list(primary), [], label.strip(), False, "stalled", [u],
                                   issues=issues))
        break  # one such thread: later mentions repeat it
    return out


# a leaders' meeting named by the title: "... Before Bilateral Meeting", "Readout of X's Meeting
# with Y", "Joint Statement Following Meeting Between A and B", "Remarks by the President on His
# Meetings in Ruritania"
_MEETING_TITLE = re.compile(r"\bMeetings?\b")
# ... and what two governments say together: "A Joint Statement Between A and B", "... in
# Joint Press Statements", "A-B Joint Communique" (three or more who speak together on a war
# are more often its mediators, or a coalition in it: "Joint Statement from the Leaders of A,
# B and C" on a truce they broker)
_JOINT_TITLE = re.compile(r"\bJoint\s+(?:Press\s+)?(?:Statements?|Communiqu[eé]|Declaration)\b",
                          re.IGNORECASE)
_MEETINGS_IN = re.compile(r"\bMeetings?\s+in\b")
# the agenda of a war the meeting talks about, not the meeting's own
_WAR_KEYS = frozenset({"ceasefire", "hostage_release"})


def meeting_war_thread(st: TrackerState, parties: list[str], mediators: list[str],
                       own: str | None) -> list[SecondaryThread]:
    """A meeting of leaders whose title names the meeting and whose sides sit at the primary
    ("Remarks by the President and the Prime Minister of Ruritania Before Bilateral Meeting":
    the meeting is the primary; or a joint statement of two governments): a cease-fire or
    a hostage release they talk of is a war elsewhere, whose deal is a thread of its own -- its
    sentences give its status and agenda, which leave the meeting's; a war a state, when the
    sentences name other states.  Its sides go unnamed (the meeting's leaders work for it)."""
    title = next((u for u in st.units if u.is_title), None)
    if title is None or not parties or _MEETING_TITLE.search(title.text) is None and (
            len(parties) != 2 or _JOINT_TITLE.search(title.text) is None):
        return []
    named = {p for h, p in st.hits(title) if h.role != "location"} | ({own} if own else set())
    if _MEETINGS_IN.search(title.text):
        # "Remarks by the President on His Meetings in Ruritania": the host sits at them
        named |= {p for h in st.index.within(title.start, title.end)
                  if h.actor.kind == "state" and (p := st.index.party_of(h.actor))}
    if not set(parties) <= named:
        return []  # the primary is no meeting of the title's leaders: a war's own talks
    units = [u for u in st.units if not u.is_title and any(
        key in _WAR_KEYS for _s, _e, key in st.issue_matches.within(u.start, u.end))]
    if not units:
        return []
    # one war a place: the sentences that name the same other state (not the meeting's sides,
    # its mediators nor the publisher) are one thread ("the truce in A", "the ceasefire in
    # B": two wars); a sentence that names none goes on with the war said before it ("... the
    # truce in A. They thanked the envoy for achieving the truce")
    at_table = set(parties) | set(mediators) | ({own} if own else set())
    by_place: dict[str, list[Unit]] = {}
    place = ""
    for u in units:
        place = next((p for h in st.index.within(u.start, u.end)
                      if h.actor.kind == "state" and (p := st.index.party_of(h.actor))
                      and p not in at_table), place)
        by_place.setdefault(place, []).append(u)
    out = []
    for group in by_place.values():
        status = best_status(st, group)[0] or "ongoing"
        issues = find_issues(st, group, status)
        noun = "ceasefire" if any(i.key == "ceasefire" for i in issues) else "hostage deal"
        out.append(SecondaryThread([], [m for m in mediators if m not in parties], noun, False,
                                   status, group[:3], issues=issues))
    for u in units:
        claim_topics(st, u)
        # the war's deal nouns are not the meeting's ("the ceasefire" names no truce of theirs)
        st.claimed.extend((u.start + m.start(), u.start + m.end())
                          for m in lex.DEAL_NOUN.finditer(u.text))
    return out
