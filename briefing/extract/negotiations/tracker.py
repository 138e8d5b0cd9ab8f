"""Negotiation threads, status, agenda, rounds and the timeline of a document.

:func:`find_negotiations` reads the document into a :class:`~.state.TrackerState` (its
sentences with modality and status cues: :mod:`.units`), then finds the primary thread's sides
and mediators (:mod:`.parties`), the secondary threads (:mod:`.threads`), the status
(:mod:`.status`), the agenda (:mod:`.agenda`), the rounds (:mod:`.rounds`) and the timeline
(:mod:`briefing.extract.time.timeline`).

Cue sentences with only "they/all/both sides" take their sides from the sentence or title
before that names two states.  In a press briefing, question-and-answer segments about other
sides are left out of the primary's status and agenda; its agenda also leaves out the segments
that name none of its sides but the publisher's own government (named in every answer).  With
nobody at a table, a few weak cues ("agreement" in a business brief) make no thread.
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.extract.actors.initials import abbreviates
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations import sides as neg_sides
from briefing.extract.negotiations.agenda import issues as find_issues
from briefing.extract.negotiations.pairs import (
    headline_pair,
    joint_title_pair,
    title_pair,
    war_country,
)
from briefing.extract.negotiations.parties import score_sides
from briefing.extract.negotiations.rounds import rounds as find_rounds
from briefing.extract.negotiations.state import SecondaryThread, TrackerState
from briefing.extract.negotiations.status import (
    at_table,
    genre_title,
    lead_layers,
    lead_status,
    live_bid_title,
    open_questions,
    trend,
)
from briefing.extract.negotiations.threads import meeting_war_thread, secondary
from briefing.extract.negotiations.units import Unit
from briefing.extract.thread_notes import DISPLACED_NOTE
from briefing.extract.time.timeline import build_timeline
from briefing.knowledge import default_kb
from briefing.model import (
    Actor,
    Document,
    Negotiation,
    Quote,
    Round,
    Span,
    TimeExpression,
    TimelineEvent,
)

MIN_ANONYMOUS_SCORE = 2.0
# sentences naming a deal that keep a thread nobody is named at (see :func:`_deal_said`)
MIN_DEAL_SENTENCES = 2
# a deal's counterparts right after it: "... with A", "... between A and B", "... to connect A"
_COUNTERPART_AFTER = re.compile(r"\w*(?:\s+[\w’'-]+){0,4}?\s+(?:signed\s+|reached\s+|concluded\s+)?"
                                r"(?:with|between|among|from|to\s+connect)\s+(?:the\s+)?",
                                re.IGNORECASE)
# "ceasefire talks", "debt rescheduling negotiations": talks named by their subject
_TALKS_AFTER = re.compile(r"\s+(?:talks|negotiations)\b", re.IGNORECASE)
_PEACE_TALKS = re.compile(r"\bpeace\s+(?:talks|negotiations)\b", re.IGNORECASE)
# Cue sentences whose subject is only a pronoun or a collective: the sides are named elsewhere.
_COLLECTIVE = re.compile(r"\b(?:they|all|both\s+sides|the\s+(?:two\s+)?(?:sides|parties)|"
                         r"the\s+two\s+(?:countries|leaders|governments)|each\s+side)\b",
                         re.IGNORECASE)


def find_negotiations(
    document: Document, actors: tuple[Actor, ...], quotes: tuple[Quote, ...],
    times: tuple[TimeExpression, ...],
) -> tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]]:
    """Negotiation threads (the primary one first) and the dated events of ``document``."""
    # a document without a negotiation word is read no further (most of an archive): no
    # thread, and nothing but its headline's text is asked of its sentences below
    st = TrackerState(document, actors, quotes, times, whole=False)
    found = _read_threads(st)
    if not found[0] and _takeover_headline(st):
        # no thread, under a headline naming a takeover offer: read again with the headline
        # as a negotiation sentence (only then: where threads are found, the headline's
        # sides are already weighed)
        st = TrackerState(document, actors, quotes, times)
        title = next(u for u in st.units if u.is_title)
        title.negotiation = True
        found = _read_threads(st)
    return found


def _read_threads(st: TrackerState
                  ) -> tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]]:
    """The threads and dated events of the document ``st`` reads."""
    neg_units = [u for u in st.units if u.negotiation]
    if not neg_units:  # (always so in a reading that was not whole)
        return (), tuple(_timeline(st, []))
    party_scores, med_scores = score_sides(st)
    parties, mediators = _sides_by_score(party_scores, med_scores)
    title = next((u for u in st.units if u.is_title), None)
    own = neg_sides.publisher_state(st.doc.source, default_kb())
    displaced: tuple[list[str], list[str]] = ([], [])  # a table the title's pair replaced
    if parties:
        parties, mediators, displaced = _seated_by_knowledge_and_title(
            st, neg_units, title, own, parties, mediators, party_scores)
    parties, mediators, topic_sides = _sides_corrected(st, neg_units, title, own, parties,
                                                       mediators, party_scores)
    others = meeting_war_thread(st, parties, mediators, own) + secondary(st, parties, mediators)
    _seat_displaced(others, displaced)
    _claim_others_deals(st, parties, mediators)
    on_topic = _on_topic(st, topic_sides, mediators)
    # a government's titles, and any title naming the kind of document, are no headline
    genre = own is not None or (title is not None and genre_title(title.text))
    status, evidence, scores = lead_status(
        st, on_topic, genre_title=genre,
        bid_title=lambda: not genre and title is not None and live_bid_title([title])
        and _takeover_headline(st))
    if status == "ongoing" and not at_table(st.units):
        # appeals, efforts and offers with no meeting held: exploratory
        status = "exploratory"
    specific = max((w for lab, w in scores.items() if lab != "ongoing"), default=0.0)
    if not parties and not mediators and own is None and specific < MIN_ANONYMOUS_SCORE \
            and not _named_talks(st, neg_units) and not _headline_talks(st, genre) \
            and not _deal_said(neg_units) and not _deal_pursued(neg_units):
        # "agreement" in a business brief with nobody at a table: no thread to track (a
        # government's own text that says talks or a deal -- remarks that answer on a ceasefire,
        # a statement on a crisis -- speaks of a negotiation it follows: it keeps its thread)
        return (), tuple(_timeline(st, []))
    status = status or "ongoing"
    # (an agenda no reader filled has the deal itself, by its noun, in the body sentence that
    # gives the thread its status, else its first negotiation sentence: see agenda_fallbacks)
    issues = find_issues(st, _on_topic(st, topic_sides, mediators, strict=True), status,
                         frozenset(parties + mediators) - {own}, primary=True,
                         status_units=[u for u in evidence if not u.is_title]
                         or [u for u in neg_units if not u.is_title] or evidence or neg_units,
                         deal_noun=lambda: _deal_noun(st))
    rounds = find_rounds(st, st.units, frozenset(parties + mediators))
    label = _thread_label(st, parties, mediators)
    primary = Negotiation(
        id="n1", label=label, primary=True, parties=tuple(parties),
        mediators=tuple(mediators), status=status,
        status_evidence=tuple(st.doc.span(u.start, u.end) for u in evidence),
        trend=trend(st.units), issues=tuple(issues),
        rounds=tuple(r for r, _ in rounds),
        open_questions=tuple(open_questions(st, st.units)))
    return (primary, *_secondary_negotiations(st, others)), tuple(_timeline(st, rounds))


def _secondary_negotiations(st: TrackerState, others: list[SecondaryThread]
                            ) -> list[Negotiation]:
    """The secondary threads as negotiations, numbered after the primary ("n2", "n3", ...)."""
    return [Negotiation(
        id=f"n{i}", label=th.label, primary=False, parties=tuple(th.parties),
        mediators=tuple(th.mediators), status=th.status,
        status_evidence=tuple(st.doc.span(u.start, u.end) for u in th.evidence),
        trend=None, note=th.note, issues=tuple(th.issues)) for i, th in enumerate(others, start=2)]


def _sides_corrected(
    st: TrackerState, neg_units: list[Unit], title: Unit | None, own: str | None,
    parties: list[str], mediators: list[str], party_scores: dict[str, float],
) -> tuple[list[str], list[str], list[str]]:
    """The sides and mediators of the primary thread, as the headline, the sides named
    before, the war the text is about, co-mediators, acronyms, third states passing through
    and the publisher's own place at (or beside) the table correct the seating so far
    (``parties``, ``mediators``); and the sides that say which segments of a press briefing
    are the primary's (those found before the publisher is seated)."""
    headline = headline_pair(st, title, own) if title is not None else []
    if headline and not set(headline) & set(mediators) and not set(headline) <= set(parties) \
            and any(party_scores.get(p, 0.0) > 0.0 for p in headline):
        # "Acme rejects Bolt bid": the headline's two parties head the table (when the body
        # has one of them in its negotiation: "UK troops on Ivory Coast standby" has none)
        parties = (headline + [p for p in parties if p not in headline])[:4]
    if mediators and parties == [own]:
        # a government's readout of its call with a mediator: the publisher is no side of the
        # deal the mediator works on (its sides go unnamed)
        parties = []
    if not parties:
        parties = _sides_named_before(st, neg_units, parties, mediators)
    if not parties:
        parties = _sides_of_a_war_in(st, mediators)
    parties, mediators = neg_sides.co_mediators(
        parties, mediators, {a.id for a in st.index.actors}, own, default_kb(),
        st.doc.published)
    parties = _one_per_acronym(st, parties)
    parties = neg_sides.without_the_sides_country(parties, st.index.by_id)
    body = [u for u in st.units if not u.is_title]
    lede_end = body[1].end if len(body) > 1 else (body[0].end if body else 0)
    parties = neg_sides.without_passing_third_states(parties, st.index.by_id, lede_end)
    if len(parties) < 2:
        # a truce "in Yemen" whose other side goes unnamed or unseated: the war's country sits
        country = war_country(st, parties + mediators)
        if country is not None:
            parties = parties + [country]
    # the segments of a press briefing on the primary are those naming its sides found so far
    # (the publisher, named in every answer, would make every segment the primary's)
    topic_sides = list(parties)
    if len(parties) == 1 and not mediators and own and own not in parties \
            and own in party_scores:
        # a government's own release on its talks with one other side ("the dialogue we have
        # with Russia"): the publisher is the other side
        parties = parties + [own]
    if own is not None and parties == [own] and not mediators \
            and _deal_noun(st) not in ("talks", "negotiations"):
        # a government's own text on a deal ("a hostage deal", "the ceasefire") with nobody
        # but itself at the table: it works for a deal whose sides it does not name, as a
        # mediator, not as the one side of a one-sided thread (its own talks stay its own)
        parties, mediators = [], [own]
    if own is not None and not parties and not mediators and _deal_pursued(neg_units):
        # a government's own text working for a deal whose sides it names nowhere near ("we
        # are pushing hard for a ceasefire"): it works for it as a mediator, as when it names
        # itself in the sentence
        mediators = [own]
    # ... unless it habitually mediates a pair whose two sides the text names: they sit
    parties, mediators = neg_sides.publisher_mediates_pair(
        parties, mediators, own, st.index.actors, default_kb(), st.doc.published)
    # ... and its own deal, which the text seats it at, is no pair it brokers between
    parties, mediators = neg_sides.publisher_at_own_table(
        parties, mediators, own, party_scores, default_kb(), st.doc.published)
    return parties, mediators, topic_sides


def _sides_by_score(party_scores: dict[str, float], med_scores: dict[str, float]
                    ) -> tuple[list[str], list[str]]:
    """The sides (at most four, the strongest first) and the mediators the scores seat: the
    strongest side sets the bar, at 0.4 of its score (a mediator named more often does not),
    and a side scored as a mediator too mediates."""
    ranked = sorted(party_scores.items(), key=lambda kv: -kv[1])
    parties: list[str] = []
    # the strongest side sets the bar (a mediator named more often does not)
    ranked = [kv for kv in ranked if med_scores.get(kv[0], 0.0) < 1.0]
    if ranked:
        top = ranked[0][1]
        for pid, score in ranked:
            if len(parties) >= 4 or score < 0.4 * top:
                break
            if med_scores.get(pid, 0.0) >= 1.0:
                continue  # named as a mediator: not a side at the table
            parties.append(pid)
    mediators = [pid for pid, w in sorted(med_scores.items(), key=lambda kv: -kv[1])
                 if w >= 1.0 and pid not in parties]
    return parties, mediators


def _seated_by_knowledge_and_title(
    st: TrackerState, neg_units: list[Unit], title: Unit | None, own: str | None,
    parties: list[str], mediators: list[str], party_scores: dict[str, float],
) -> tuple[list[str], list[str], tuple[list[str], list[str]]]:
    """The sides and mediators the scores seated (``parties``, ``mediators``) as the
    knowledge base's mediations and the title correct them: a known mediator of the pair
    mediates, the title's pair ("Meeting Between President A and President B") or the
    publisher's joint title with another government sits; and the table that joint title
    displaced (its sides and mediators, empty when none)."""
    displaced: tuple[list[str], list[str]] = ([], [])
    present = {a.id for a in st.index.actors}
    named: dict[str, int] = defaultdict(int)
    for u in neg_units:
        for p in {p for _, p in st.hits(u)}:
            named[p] += 1
    parties, mediators = neg_sides.known_mediations(
        parties, mediators, present, default_kb(), st.doc.published, named)
    if title is not None:
        pair = title_pair(st, title)
        if pair:  # "Meeting Between President A and President B": the title's sides
            parties = list(pair)
            mediators = [m for m in mediators if m not in pair]
        joint = joint_title_pair(st, title, own)
        if joint and joint[1] not in mediators and party_scores.get(joint[1], 0.0) > 0.0:
            # the publisher and the government it appears with: their own table; the
            # talks seated before (others', which the publisher may broker) stay a thread
            displaced = ([p for p in parties if p not in joint], list(mediators))
            if len(displaced[0]) == 1:  # a lone side seated beside them: the publisher's
                displaced = ([joint[0], *displaced[0]], displaced[1])  # talks with it
            parties = list(joint)
            mediators = [m for m in mediators if m not in joint]
        mediators = neg_sides.statement_authors_mediate(
            title.text, [p for _h, p in st.hits(title)], parties, mediators)
    return parties, mediators, displaced


def _seat_displaced(others: list[SecondaryThread], displaced: tuple[list[str], list[str]]
                    ) -> None:
    """Seat the pair a joint title displaced from the primary (``displaced``: its sides and
    mediators) at a secondary thread: the war the meeting speaks of, whose sides go unnamed,
    or a thread of its own (unless another thread already seats them)."""
    sides, meds = displaced
    if len(sides) < 2:
        return
    seated = next((t for t in others if set(sides) <= set(t.parties)), None)
    if seated is not None:
        seated.note = seated.note or DISPLACED_NOTE
        return
    unnamed = next((t for t in others if not t.parties), None)
    if unnamed is not None:
        unnamed.parties = list(sides)
        unnamed.mediators = list(dict.fromkeys(unnamed.mediators + meds))
        unnamed.note = DISPLACED_NOTE
    else:
        others.append(SecondaryThread(list(sides), meds, "talks", False,
                                      note=DISPLACED_NOTE))


# "DART MAKES OFFER FOR SUPERMARKETS", "BID FOR CONTROL OF WICKES": an offer for a named body
_OFFER_FOR = re.compile(r"\b(?:offers?|bids?)\s+(?:for|on)\s+(?:control\s+of\s+)?(?:the\s+)?$",
                        re.IGNORECASE)
# "REGAL UPS BELL <BPSIQ> BID", "TESCO EXTENDS HILLARDS OFFER": the body (or bidder) a verb's
# offer is named by (not "ACME <ACM> OFFER OVERSUBSCRIBED", the headline's own subject: a share
# issue; nor "BP SHARE OFFER": a word between)
_NAMED_OFFER = re.compile(r"(?:\s*<[\w.]+>)?(?:['’]s)?\s+(?:offer|bid)\b(?!\s+(?:to|for\s+(?:own|its)"
                          r")\b)", re.IGNORECASE)


def _takeover_headline(st: TrackerState) -> bool:
    """Whether the headline names an offer for a firm or by a named bidder ("DART MAKES OFFER
    FOR SUPERMARKETS <SGL>", "JONES GETS VULCAN <VUL> BID"): a takeover's, a negotiation
    sentence though no other word of it is one (a share issue's "ACME <ACM> OFFER
    OVERSUBSCRIBED", a bid for wheat or for bills names no body so)."""
    title = next((u for u in st.units if u.is_title), None)
    if title is None or title.negotiation or _OFFER_WORD.search(title.text) is None:
        return False
    for h in st.index.within(title.start, title.end):
        if h.role == "location" or h.actor.kind not in ("organization", "person"):
            continue
        if _OFFER_FOR.search(st.text, title.start, h.start) or (
                h.start > title.start and _NAMED_OFFER.match(st.text, h.end, title.end)
                and _LISTED_BEFORE.search(st.text, title.start, h.start) is None):
            return True
    return False


# "APPLE, ACME <ACM> OFFER NEW PRODUCTS": a name listed in the headline's subject, whose
# "offer" is its verb
_LISTED_BEFORE = re.compile(r"(?:,|\band|&)\s*$", re.IGNORECASE)
_OFFER_WORD = re.compile(r"\b(?:offer|bid)s?\b", re.IGNORECASE)


def _one_per_acronym(st: TrackerState, parties: list[str]) -> list[str]:
    """Sides named once in full and once by their initials ("London Stock Exchange", "LSE")
    are one side: of the two actors, the one named less often leaves the table (the actors
    pass merges the two when it found the short form itself: :mod:`.actors.initials`)."""
    names = {p: st.name(p) for p in parties}
    mentions = {a.id: len(a.mentions) for a in st.index.actors}
    drop: set[str] = set()
    for short, name in names.items():
        for longer, full in names.items():
            if longer != short and abbreviates(name, full):
                drop.add(short if mentions.get(short, 0) < mentions.get(longer, 0) else longer)
    return [p for p in parties if p not in drop]


def _claim_others_deals(st: TrackerState, parties: list[str], mediators: list[str]) -> None:
    """"welcomed the agreements to connect Iraq's grid to the GCC's", "trade agreements signed
    with A, B and C": a deal whose own counterparts, named right after it, are not at the
    primary's table is another pair's; its agreed cue does not give the primary's status, and
    neither does its failure ("Acme rejected a takeover proposal from Bolt" in a story on
    Cogs's bid for Acme).  With one side at the table the counterpart named after its deal is
    the other side the table lacks ("Acme agreed to merge with Bolt"), so nothing is claimed."""
    if len(parties) < 2:
        return
    table = set(parties) | set(mediators)
    for u in st.units:
        for label, _w, s, e in u.cues:
            if label not in ("agreed", "implementing", "stalled", "collapsed"):
                continue
            m = _COUNTERPART_AFTER.match(st.text, e, u.end)
            if m is None:
                continue
            named = [h for h in st.index.within(m.end(), min(u.end, m.end() + 40))
                     if h.role != "location" and not h.is_reference]
            if not named or named[0].start > m.end() + 2:
                continue  # the counterpart must follow at once
            pid = st.index.party_of(named[0].actor)
            if pid and pid not in table:
                st.claimed.append((s, e))


# the headline's own subject is talks ("TALKS BEGIN TO END MINERS' STRIKE", "PAY TALKS RESUME")
_HEADLINE_TALKS = re.compile(r"\b(?:talks|negotiations)\b", re.IGNORECASE)


def _headline_talks(st: TrackerState, genre: bool) -> bool:
    """Whether the headline is about talks and the lede reports them: a negotiation under
    way even when its sides go unnamed ("union leaders began talks with the government")
    (a title naming the kind of document is no headline)."""
    if genre:
        return False
    title, lede = lead_layers(st, st.units)
    return any(_HEADLINE_TALKS.search(u.text) and not u.historical for u in title) \
        and any(_HEADLINE_TALKS.search(u.text) and not u.historical for u in lede)


def _named_talks(st: TrackerState, units: list[Unit]) -> bool:
    """Whether the text names talks by their subject ("the ceasefire talks", "debt rescheduling
    talks", "peace negotiations"): a negotiation under way even when its sides go unnamed
    (a question about them counts: the answer speaks of them)."""
    for u in units:
        if u.historical:
            continue
        if _PEACE_TALKS.search(u.text):
            return True
        for s, e, _key in st.issue_matches.within(u.start, u.end):
            if _TALKS_AFTER.match(st.text, e) and not st.in_name(s, e):
                return True
    return False


def _on_topic(st: TrackerState, parties: list[str], mediators: list[str],
              strict: bool = False) -> list[Unit]:
    """The units of the primary thread.  In a press briefing (reporters' questions, each
    with its answers) a question-and-answer segment that names other sides and none of the
    primary's is another topic: its cues and agenda are not the primary's.  ``strict`` (for
    the agenda): a segment after the opening one must name a side or mediator of the primary
    other than the publisher's own government, which its spokesman names in every answer."""
    starts = [k for k, u in enumerate(st.units) if u.text.startswith("Q ")]
    if len(starts) < 3 or not parties:
        return st.units
    keep = set(parties) | set(mediators)
    topical = keep
    if strict:
        own = neg_sides.publisher_state(st.doc.source, default_kb())
        topical = (keep - {own}) or keep
    out: list[Unit] = []
    bounds = [0] + starts + [len(st.units)]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        segment = st.units[lo:hi]
        named = {pid for u in segment for _h, pid in st.hits(u)}
        if named and not named & keep:
            continue
        if strict and lo and not named & topical:
            continue
        out.extend(segment)
    return out


def _sides_named_before(st: TrackerState, neg_units: list[Unit], parties: list[str],
                        mediators: list[str]) -> list[str]:
    """"In these calls, they took stock of …": cue sentences whose subject is a pronoun or
    a collective take their sides from the nearest sentence before (or the title) that
    names two or more states or people (a person counts for their state)."""
    cue = next((u for u in neg_units if not u.historical and _COLLECTIVE.search(u.text)),
               None)
    if cue is None:
        return parties
    before = [u for u in st.units if u.start < cue.start and not u.is_title]
    title = [u for u in st.units if u.is_title]
    for u in list(reversed(before)) + title:
        named: list[str] = []
        for h in st.index.within(u.start, u.end):
            if h.role == "location":
                continue
            pid = st.index.party_of(h.actor)
            target = st.index.by_id.get(pid or "")
            if pid and pid not in mediators and pid not in named and (
                    target is None or target.kind == "state"):
                named.append(pid)
        if len(named) >= 2:
            return list(dict.fromkeys(parties + named))[:4]
    return parties


# "both sides of the conflict today in A", "the parties to the war in A": a civil war's
# country stands for its unnamed sides
_SIDES_OF_WAR_IN = re.compile(r"\b(?:sides|parties)\s+(?:of|to|in)\s+the\s+(?:conflict|war|"
                              r"fighting)(?:\s+\w+){0,2}?\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _sides_of_a_war_in(st: TrackerState,
                       mediators: list[str]) -> list[str]:
    """The state whose war's sides the talks are between, when no side is named."""
    for u in st.units:
        if u.historical or u.question or "sides" not in u.text and "parties" not in u.text:
            continue  # cheap first
        for h in st.index.within(u.start, u.end):
            pid = st.index.party_of(h.actor)
            target = st.index.by_id.get(pid or "")
            if pid and pid not in mediators and target is not None and target.kind == "state" \
                    and _SIDES_OF_WAR_IN.search(st.text, max(u.start, h.start - 60), h.start):
                return [pid]
    return []


def _deal_said(units: list[Unit]) -> bool:
    """Whether the text asserts a deal in sentences of its own more than once ("We need a
    hostage deal, and we need a ceasefire." ... "The deal needs to get done"): a deal at
    stake even when nobody is named at its table and no cue says where it stands (one
    passing "agreement" -- "the public service agreements they sign up to" -- is none; a
    reporter's questions assert nothing)."""
    return sum(1 for u in units if not u.asked and lex.DEAL_NOUN.search(u.text)) \
        >= MIN_DEAL_SENTENCES


# the text's own speakers working for what their sentence names ("we are pushing hard for",
# "which we continue to work tirelessly to achieve", "I will keep pressing for")
_PURSUED = re.compile(r"\b(?:[Ww]e|I)\s+(?:are\s+|am\s+|will\s+|continue\s+to\s+|keep\s+|"
                      r"remain\s+)?(?:\w+\s+)?(?:work(?:ing)?|push(?:ing)?|press(?:ing)?|"
                      r"striv(?:e|ing))\b")


def _deal_pursued(units: list[Unit]) -> bool:
    """Whether the text's speakers assert, once, that they work for a deal their sentence
    names ("we are pushing hard for an immediate ceasefire", "a hostage deal, which we
    continue to work to achieve"): a deal at stake though nobody is named at its table (talks
    are no deal: "we are working on the talks"; a question asserts nothing)."""
    for u in units:
        if u.asked or u.historical or _PURSUED.search(u.text) is None:
            continue
        if any(m.group(0).lower() not in ("talks", "negotiations")
               for m in lex.DEAL_NOUN.finditer(u.text)):
            return True
    return False


def _deal_noun(st: TrackerState) -> str:
    """The deal noun the negotiation sentences say most ("ceasefire", "hostage deal",
    "talks"), "negotiations" when none (a noun a secondary thread claimed is its own)."""
    nouns: dict[str, int] = defaultdict(int)
    for u in st.units:
        if u.negotiation and not u.historical:
            for m in lex.DEAL_NOUN.finditer(u.text):
                if not st.claimed_at(u.start + m.start(), u.start + m.end()):
                    nouns[m.group(0).lower()] += 1
    return max(nouns, key=lambda n: nouns[n]) if nouns else "negotiations"


def _thread_label(st: TrackerState, parties: list[str], mediators: list[str]) -> str:
    """"A–B talks (mediated by C)": the sides, the deal noun said most, the mediators."""
    noun = _deal_noun(st)
    sides = "–".join(st.name(p) for p in parties) or "Unidentified parties"
    label = f"{sides} {noun}"
    if mediators:
        label += " (mediated by " + ", ".join(st.name(m) for m in mediators) + ")"
    return label


def _timeline(st: TrackerState, rounds: list[tuple[Round, Span | None]]) -> list[TimelineEvent]:
    """The document's dated events, with the rounds no time expression dates."""
    return build_timeline(st.doc, tuple(st.times), st.quotes, rounds)
