"""A thread's status, trend and open questions from the weighted cues of its sentences.

The primary thread's status is decided by the lead first (:func:`lead_status`): news puts the
state of play in the headline and the first paragraph, and the body carries background, history
and other threads.  So the headline's cues decide when it has any, then the lede's (its first
sentences), and the body's only when both are silent.  Within one of these layers the status is
the label with the highest score (a specific cue needs only half the weight of
"ongoing" to win; an agreement only the past gives never outweighs a cue of the present; a
label no cue asserts never outweighs the labels asserted, :func:`prefer_asserted`); its
evidence is the sentences that gave it.  Appeals and offers with no
meeting held are exploratory (:func:`at_table`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.units import HISTORICAL_FACTOR, Unit
from briefing.model import Span

MAX_STATUS_EVIDENCE = 6
ONGOING_DISCOUNT = 0.5

# A meeting or talks actually under way (no table: an offer or appeal is exploratory).
_TABLE = re.compile(r"\b(?:talks|negotiations|negotiating|negotiators?|met|meeting|meetings|"
                    r"round|summit|consultations|discussions|delegations?|spoke\s+(?:\w+\s+)?with|"
                    r"calls?\s+with|mediat\w*|facilitat\w*)\b", re.IGNORECASE)


_NO_TABLE_BEFORE = re.compile(r"\b(?:offer\w*|propos\w*|call\w*\s+for|ready\s+for|willing\w*|"
                              r"open\s+to|invit\w*|suggest\w*|seek\w*|urg\w*)\s+(?:\w+\s+){0,5}$",
                              re.IGNORECASE)


# a deal verb told with "also" or "already" (in the cue or just before it): a deal beside the
# one the story is about, or one made before its talks
_ASIDE_DEAL = re.compile(r"\b(?:also|already)\b", re.IGNORECASE)


def best_status(st: TrackerState, units: list[Unit], firm_only: bool = False,
                min_weight: float = 0.0) -> tuple[str | None, list[Unit], dict[str, float]]:
    """The best status label of ``units`` (None: no cue), its evidence and every label's score
    (cues in spans claimed by secondary threads do not count; ``firm_only``: nor do cues the
    sentence does not assert -- past, hypothetical, modal, asked; ``min_weight``: nor do
    asserted cues of a state other than talks whose lexicon weight is lower)."""
    scores: dict[str, float] = defaultdict(float)
    by_unit: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    current: set[str] = set()  # labels a cue of the present gives
    for k, u in enumerate(units):
        for (label, w, s, e), firm in zip(u.cues, u.firm, strict=True):
            aside = label == "agreed" and _ASIDE_DEAL.search(
                u.text, max(0, s - u.start - 12), e - u.start) is not None
            if st.claimed_at(s, e) or firm_only and (not firm or aside) \
                    or firm < min_weight and label not in _SAME_AS_TALKS:
                continue
            if aside:
                # "Venezuela has already agreed to lend oil", "he also signed a deal on
                # tourism": a deal made before the talks the story tells, or one beside
                # them -- weighed as the past is, and never where things stand now
                w *= HISTORICAL_FACTOR
            scores[label] += w
            by_unit[label][k] += w
            # a deal agreed in the past is an earlier deal; a failure or a truce in force
            # since a past date may be where things stand now
            if not (u.historical or aside) or label != "agreed":
                current.add(label)
    if not scores:
        return None, [], {}
    # "talks", "met" are everywhere: a specific cue needs only half their weight to win; an
    # agreement only the past gives ("in 1970 they agreed") never outweighs the present
    best = max(scores, key=lambda lab: (lab in current or not current,
                                        scores[lab] * (ONGOING_DISCOUNT if lab == "ongoing"
                                                       else 1.0), lab != "ongoing"))
    contrib = by_unit[best]
    top = max(contrib.values())
    chosen = sorted((k for k, w in contrib.items() if w >= 0.25 * top),
                    key=lambda k: -contrib[k])[:MAX_STATUS_EVIDENCE]
    return best, [units[k] for k in sorted(chosen)], dict(scores)


# A title that names the kind of document, not what happened ("Readout of ...", "Outcomes of
# the ... talks", "Joint Statement on ..."): its "talks" or "meeting" says nothing of the state
_GENRE_TITLE = re.compile(r"^\s*(?:(?:the\s+)?white\s+house\s+|joint\s+|u\.s\.\s*-\s*\w+\s+)?"
                          r"(?:statements?|remarks|readout|outcomes?|fact\s+sheet|"
                          r"(?:background\s+)?press\s+(?:briefing|gaggle|call|conference)|"
                          r"message|letter|transcript|communiqu[eé]|declaration|proclamation)"
                          r"\s+(?:of|by|from|on|for|to|after|before|at|between|with)\b",
                          re.IGNORECASE)


def genre_title(title: str) -> bool:
    """Whether ``title`` names the kind of document ("Readout of the President's Call with
    ...", "Outcomes of the Ecuador and Peru talks") rather than telling what happened."""
    return _GENRE_TITLE.match(title) is not None


# the lexicon's weight of a specific signal (softer cues weigh 1): what a lede needs to decide
SPECIFIC_WEIGHT = 1.5
# what a lede may say of the talks a headline names, without contradicting it
_REFINES = frozenset({"near_agreement", "exploratory"})
# labels of talks held or sought: a soft cue of these contradicts no one
_SAME_AS_TALKS = frozenset({"ongoing", "exploratory"})
# the sentences of the first paragraph that make the lede (a readout's first paragraph may be
# the whole readout)
LEDE_SENTENCES = 2


# a dispute a headline names and does not settle (not "in a row", "death row", "DISPUTE ENDS")
_LIVE_DISPUTE = re.compile(r"(?<!\bin a )(?<!\bdeath )(?<!\bskid )\b(?:disputes?|rows?|feuds?|"
                           r"rifts?|spats?|wrangles?|quarrels?)\b(?!\s+(?:ends|ended|settled|"
                           r"resolved|is\s+over)\b)", re.IGNORECASE)


# a headline naming a deal ("FARMERS CRITICISE EC MILK PACT", "BANKERS SATISFIED WITH PARIS
# ACCORD") tells of a deal that exists, unless it puts it ahead, in doubt or in dispute: a
# future, a wish, a plan, an attempt, talks or an offer, a refusal ("TRUCE POSSIBLE", "TO SIGN
# PACT", "ACCORD MAY BE REACHED", "SEEKS NEW DEAL", "REJECTS PACT", "DEAL NEAR", "ACACIA
# RENEGOTIATION OF OIL DEAL"); "seen as" is a judgement of what exists, not a forecast ("DEBT
# PACT SEEN AS GOOD FOR ECONOMY", "DOLLAR DROP SEEN AS TEST OF ACCORD")
_DEAL_TITLE = re.compile(r"\b(?:pacts?|deals?|accords?|agreements?|treaty|treaties|truce|"
                         r"cease-?fire|settlement|armistice)\b", re.IGNORECASE)
_DEAL_AHEAD_TITLE = re.compile(
    r"(?:\b(?:to|will|may|might|could|would|should|possible|possibly|seen(?!\s+as\b)|sees|expected|"
    r"expects|hopes?|hoped|seeks?|sought|near|nears|nearer|close|closer|reaching|reach|talks|"
    r"talk|(?:re-?)?negotiat\w*|offers?|proposed|proposals?|plans?|planned|bids?|draft|new|"
    r"urges?|calls?|wants?|push\w*|aims?|no|without|fails?|failed|rejects?|rejected|opposes?|"
    r"threat\w*|demands?|asks?|seek|eyes|mulls?|considers?|weighs?|pursues?|renewal|renew|"
    r"extend\w*)\b|\?)", re.IGNORECASE)


# headlinese "ACME TO MERGE WITH BOLT", "ACME TO SELL UNIT TO BOLT", "RURITANIA TO LEND OIL TO
# FREEDONIA": the act the two sides have settled, announced as to come (its subject is the
# headline's first words; "SEEKS FUNDS TO BUY", "URGES JAPAN TO OPEN", "IN PLAN TO BUY" put a
# wish or a plan before it: :data:`_DEAL_AHEAD_TITLE`)
# (nor one side's own act: "CENTRAL BANK TO SELL BILLS", "ACME TO BUY BACK SHARES", "ACME TO
# SELL NOTES"; nor a clearance, a readiness or a move told of the subject: "CLEARED TO BUY",
# "READY TO BUY", "MOVE TO SELL")
_ACT_TITLE = re.compile(r"^(.{1,80}?)(?<!ed )(?<!ready )(?<!move )(?<!able )\bto\s+(?:merge|sell|"
                        r"buy|acquire|purchase|lend|supply|swap|combine|take\s+over)\b"
                        r"(?!\s+back\b)(?!(?:\s+[\w.,/<>-]+){0,6}?\s+(?:bills|notes|shares|"
                        r"shrs|stock|debentures|bonds|securities|time)\b)", re.IGNORECASE)

# ... and the same act told as done, in the headline's present ("ACME BUYS BOLT", "ACME SELLS
# TWO UNITS TO BOLT", "ACME COMPLETES SALE OF UNIT"); not one side's own act on a market ("ACME
# BUYS BACK SHARES", "CENTRAL BANK BUYS DOLLARS", "ACME SELLS CONVERTIBLE DEBT"), nor a stake,
# a percentage or a position bought or sold, a holding no other side consents to ("ACME BUYS
# STAKE IN BOLT", "ACME ACQUIRES 9.9 PCT OF BOLT", "ACME BUYS INTO BOLT")
_DONE_ACT_TITLE = re.compile(r"^(.{1,80}?)\b(?:buys|sells|acquires|merges\s+with|"
                             r"completes\s+(?:the\s+)?(?:sale|purchase|acquisition|merger))\b"
                             r"(?!\s+(?:back|into)\b)(?!(?:\s+[\w.,/<>-]+){0,6}?\s+(?:bills|"
                             r"notes|shares|shrs|stock|debentures|bonds|securities|stakes?|"
                             r"dollars?|yen|marks|sterling|currenc\w*|coupons|debt|convertibles?|"
                             r"preferred|positions?|interests?|pct|percent)\b)", re.IGNORECASE)


def deal_made_title(title: list[Unit]) -> bool:
    """Whether the headline names a deal as one that exists (:data:`_DEAL_TITLE`, nothing of
    :data:`_DEAL_AHEAD_TITLE`), or the act two sides have settled, as to come
    (:data:`_ACT_TITLE`) or as done (:data:`_DONE_ACT_TITLE`)."""
    for u in title:
        if _DEAL_TITLE.search(u.text) is not None and _DEAL_AHEAD_TITLE.search(u.text) is None:
            return True
        for pattern in (_ACT_TITLE, _DONE_ACT_TITLE):
            act = pattern.match(u.text)
            if act is not None and _DEAL_AHEAD_TITLE.search(act.group(1)) is None:
                return True
    return False


# what settles a bid the headline names, when no cue of the headline does: approved,
# recommended, agreed, or fought in court ("AMERICAN EXPRESS APPROVES SHEARSON OFFER", "MAKES
# AGREED BID", "SUES TO STOP BID")
_BID_SETTLED = re.compile(r"\b(?:approv\w*|recommend\w*|agreed|friendly|endors\w*|backs?|"
                          r"sues?|blocks?|stops?|clear\w*|wins?|won|succeed\w*|lapses?|"
                          r"expires?|extends?|extended)\b", re.IGNORECASE)


def live_bid_title(title: list[Unit]) -> bool:
    """Whether no word of the headline settles the takeover bid it names (the headline's
    status cues -- "ACCEPTS", "REJECTS", "ENDS", "STARTS" -- decide before this is asked)."""
    return not any(_BID_SETTLED.search(u.text) for u in title)


# a title that commemorates a deal ("Presidential Message on National Korean War Veterans
# Armistice Day", "Statement on the One-Year Anniversary of the Truce in Yemen", "... of the
# Ratification of the 1783 Treaty of Paris"): the deal it marks was made
_COMMEMORATED_DEAL = re.compile(r"\b(?:anniversary|day)\b.{0,80}?\b(?:treaty|armistice|truce|"
                                r"accords?|agreement|cease-?fire|peace)\b|"
                                r"\b(?:treaty|armistice|truce|accords?|agreement|cease-?fire)\s+"
                                r"(?:[\w-]+\s+)?day\b", re.IGNORECASE)


def commemorates_deal(title: list[Unit]) -> bool:
    """Whether the title marks the anniversary or the day of a deal (:data:`_COMMEMORATED_DEAL`)."""
    return any(_COMMEMORATED_DEAL.search(u.text) for u in title)


def lead_layers(st: TrackerState, units: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """The headline and the lede among ``units``: the title; the first paragraph's first
    sentences (a wire story's dateline paragraph, a news piece's first paragraph, a
    statement's or readout's opening).  A transcript has no lede: its first paragraphs are
    a time stamp and the host's greeting."""
    title = [u for u in units if u.is_title]
    if st.doc.turns:
        return title, []
    lede = [u for u in units if not u.is_title and u.para == 0][:LEDE_SENTENCES]
    return title, lede


_MEETING = re.compile(r"meetings?", re.IGNORECASE)


def _meeting_only(title: list[Unit]) -> bool:
    """Whether the headline's only cue is the noun "meeting" ("CARTEL CHIEF EXPECTS CALM
    MEETING", "MINISTERS ISSUE STATEMENT AFTER MEETING", "ACME SETS MEETING ON MERGER"): a
    meeting of a body is an event, not the state of its talks, which the lede or the body tell
    (a deal in force reviewed, a merger agreed put to the shareholders)."""
    cues = [u.text[s - u.start:e - u.start] for u in title for (_l, _w, s, e) in u.cues]
    return bool(cues) and all(_MEETING.fullmatch(c) for c in cues)


def _tells_failure(units: list[Unit]) -> bool:
    """Whether any of ``units`` holds a cue of talks stalled or collapsed (claimed by another
    thread or not, asserted or not)."""
    return any(label in lex.NEGATIVE for u in units for (label, _w, _s, _e) in u.cues)


def prefer_asserted(st: TrackerState, units: list[Unit], label: str | None,
                    evidence: list[Unit]) -> tuple[str | None, list[Unit]]:
    """The whole text's ``label`` unless no cue of the text asserts it while some cue asserts
    another: then the label of the asserted cues alone.  A state only a possibility, a
    question, a condition or the past gives ("the takeover could fail", "he would reject
    proposals", "the company rejected an earlier proposal in April") is no statement of where
    the thread stands when the text asserts talks held ("met on Monday").  A deal in force
    named in a sentence of the present is the exception: the deal is presupposed whatever
    the mood of what is done to it ("would look at ways of strengthening the accord")."""
    if label is None:
        return label, evidence
    other_asserted = False
    for u in units:
        for (cue_label, _w, s, e), firm in zip(u.cues, u.firm, strict=True):
            if cue_label == label:
                if (firm or label == "implementing" and not u.historical) \
                        and not st.claimed_at(s, e):
                    return label, evidence  # asserted, or a deal in force named now
            elif firm and not other_asserted and not st.claimed_at(s, e):
                other_asserted = True
    if not other_asserted:
        return label, evidence
    found, ev, _scores = best_status(st, units, firm_only=True)
    return (found, ev) if found is not None else (label, evidence)


def lead_status(st: TrackerState, units: list[Unit], genre_title: bool = False,
                bid_title: Callable[[], bool] | None = None
                ) -> tuple[str | None, list[Unit], dict[str, float]]:
    """The status of the thread whose sentences are ``units``: the headline's, else the
    lede's, else the whole text's (:func:`best_status`); the scores are always the whole
    text's.  Only what the lead asserts decides (a hypothetical "if they are unable to
    reach a pact", a possibility, a past event do not).  The headline decides with any cue,
    "talks" too ("Acme, Bolt in joint venture talks": what the lede then signs is another
    matter); the lede only with a cue more specific than talks held ("the chairman of the
    negotiating conference" says nothing of where they stand).  ``genre_title``: the title
    names the kind of document ("Readout of the President's Meeting with ..."): its
    everyday "meeting" says nothing of the state of play either.  ``bid_title``: whether
    the headline names a takeover offer made, raised or weighed (:func:`live_bid_title`;
    asked only where the body would decide a deal made or failed)."""
    label, evidence, scores = best_status(st, units)
    label, evidence = prefer_asserted(st, units, label, evidence)
    title, lede = lead_layers(st, units)
    decided: tuple[str, list[Unit]] | None = None
    for layer in (title, lede):
        # (a lede's soft cue -- "four years of foreign policy failures", a bare "signed" --
        # is no statement of where the talks stand; a headline is short enough to trust one)
        found, ev, layer_scores = best_status(st, layer, firm_only=True, min_weight=(
            SPECIFIC_WEIGHT if layer is lede else 0.0))
        weak = set(layer_scores) <= {"ongoing"}
        if found is None or weak and (genre_title or layer is lede or _meeting_only(layer)):
            continue
        if decided is not None:
            # a lede that says how far the talks of the headline are ("close to a deal",
            # "offered talks") refines it: same coarse state, more precise
            if found in _REFINES:
                decided = found, ev + decided[1]
            break
        decided = found, ev
        if not weak:
            break
    if decided is None:
        if commemorates_deal(title) and label not in lex.NEGATIVE:
            # the text marks the day of a deal made long ago: its history is the news, and
            # what the body says of talks or of the past is that deal's story
            return "agreed", title, scores
        if label in lex.DEAL_MADE and any(_LIVE_DISPUTE.search(u.text) for u in title):
            # the headline names a dispute it does not settle ("WATER FIRM IN ARGENTINA ROW",
            # "A, B IN PRICE DISPUTE", "HOPES TO SOLVE DISPUTE"): the sides are still at odds,
            # whatever deal of the past or of another pair the body recalls (its failures
            # still tell how the dispute stands)
            return "ongoing", title, scores
        if label is not None and label not in _SAME_AS_TALKS and label != "near_agreement" \
                and bid_title is not None and bid_title():
            # the headline tells a bid put, raised or weighed and settles nothing ("ACME
            # DETAILS SWEETENED BOLT <BLT> OFFER", "ACME TO CONSIDER BOLT OFFER"): the offer is
            # on the table, whatever side deal (financing, confidentiality) or earlier failed
            # attempt the body tells
            return "ongoing", title, scores
        if not genre_title and (label is None or label in _SAME_AS_TALKS) \
                and not _tells_failure(units) and deal_made_title(title):
            # the body says no more than talks held, the headline names the deal as made
            # ("PHILIPPINES SAYS DEBT PACT BETTER THAN MEXICO'S"): it was agreed -- also where
            # the body recalls that deal as made in the past ("the outline accord reached last
            # December"), which never outweighs the present's talks, unless a failure is told
            # (a truce "signed and then collapsed" is no deal that exists, whichever thread
            # its failure went to)
            return "agreed", title, scores
        return label, evidence, scores
    found, ev = decided
    # the lede spells out what the headline says (news style): it shows the status too; the
    # body's evidence backs the lead's label only when it gave the same one
    shown = ev + [u for u in lede if u not in ev and (u.negotiation or u.cues)][:1]
    if found == label:
        shown += [u for u in evidence if u not in shown]
    return found, sorted(shown[:MAX_STATUS_EVIDENCE], key=lambda u: u.start), scores


def trend(units: list[Unit]) -> str:
    """improving, worsening or flat: the cues said now against those of the past."""
    now_pos = now_neg = past_pos = past_neg = 0.0
    for u in units:
        for label, w, _s, _e in u.cues:
            if label in lex.POSITIVE or label == "ongoing" and w >= 0.9:
                if u.historical:
                    past_pos += w
                else:
                    now_pos += w
            elif label in lex.NEGATIVE:
                if u.historical:
                    past_neg += w
                else:
                    now_neg += w
    if now_pos > now_neg and past_neg > past_pos:
        return "improving"
    if now_neg > now_pos and past_pos > past_neg:
        return "worsening"
    if now_pos > 2 * now_neg and now_pos > 0:
        return "improving"
    if now_neg > 2 * now_pos and now_neg > 0:
        return "worsening"
    return "flat"


def at_table(units: list[Unit]) -> bool:
    """Whether the text has talks or a meeting held (not only offered or proposed)."""
    low_units = [u for u in units if not u.question]
    for u in low_units:
        for m in _TABLE.finditer(u.text):
            if _NO_TABLE_BEFORE.search(u.text[max(0, m.start() - 60):m.start()]):
                continue
            if u.hyp_at is not None and u.hyp_at < u.start + m.start():
                continue
            return True
    return False


def open_questions(st: TrackerState, units: list[Unit]) -> list[Span]:
    """Sentences that leave a question open."""
    out: list[Span] = []
    for u in units:
        t = u.text.strip()
        if u.is_title or t.startswith("Q "):
            continue
        question = t.endswith("?") and (u.negotiation or "ctx" in u.flags)
        if question or "oq" in u.flags:
            out.append(st.doc.span(u.start, u.end))
    return out
