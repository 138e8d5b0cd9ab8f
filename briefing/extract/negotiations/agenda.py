"""A thread's agenda: its issues, each with a status and the sentences that give it.

Issues come from an issue lexicon in negotiation sentences; their status from the nearest status
cue in the sentence (goal clauses make an *objective*).  Each item of an enumerated agenda list
is an issue; one item per topic in a thread, labelled by
:mod:`~briefing.extract.negotiations.labels` (a complete phrase); an item with no cue of its own
is open unless the deal is agreed (a deal that is only near agrees nothing yet); preconditions
and demands make contested.

Items no topic word names come from :mod:`~briefing.extract.negotiations.commitments`: what
the sides commit to (agreed; a deal still sought is an objective), call for (open), aim the
talks at (objective) or demand (contested), and the items of a list of sticking points
(contested) -- each keyed by a topic word in its clause, else ``other``.  Commitments, calls,
aims and demands count only in a negotiation sentence, one whose subject is the sides together,
or one naming a side other than the publisher's own government.  Finer topics of one fixed
topic (quotas, tariffs: trade) are one item, whose label names both when it fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.extract.determiners import ARTICLES, BODY_POSSESSIVES, DEMONSTRATIVES
from briefing.extract.gate import gated, lowered
from briefing.extract.negotiations import commitments as committed
from briefing.extract.negotiations import conditions
from briefing.extract.negotiations import issue_lexicon as ilex
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.item_context import (
    LIFTED,
    REJECTED_DEAL,
    counts_as_item,
    in_force,
    sought_in_talks,
)
from briefing.extract.negotiations.labels import (
    MAX_LABEL,
    deal_label,
    ends_cut,
    issue_label,
    item_label,
    phrase_at,
)
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.talks_topic import topic_item
from briefing.extract.negotiations.units import Unit
from briefing.model import ISSUE_FAMILY, Issue

_ISSUE_PRIORITY = {"contested": 0, "open": 1, "provisionally_agreed": 2, "agreed": 3,
                   "objective": 4, "objective_weak": 5}


_NEXT_STEPS = re.compile(r"\b(?:steps|next phase|series of|roadmap|eventually|in the future)\b",
                         re.IGNORECASE)


# a term provisionally agreed in talks not yet near a deal: said so in its sentence
_PROVISIONAL = re.compile(r"\b(?:provisional\w*|tentative\w*|draft|in principle|framework|"
                          r"under the (?:deal|agreement|proposal|plan|accord))\b", re.IGNORECASE)
# a term of an agreed deal still provisional or open: said so in its sentence
_STILL_OPEN = re.compile(r"\b(?:provisional\w*|tentative\w*|draft|in principle|unclear|"
                         r"question|still (?:being |to be )?(?:\w+ed|discuss\w*|negotiat\w*|"
                         r"unresolved|open)|yet to|to be (?:determined|decided|worked out|"
                         r"resolved|agreed|negotiated|finali[sz]ed)|remain(?:s|ed)? "
                         r"(?:unresolved|open|outstanding|to be)|outstanding|unresolved|"
                         r"later (?:date|stage)|if|unless|whether)\b", re.IGNORECASE)


_LIST_STOP = re.compile(r"[—–:;()]|\s-\s|\.\s|\.$|\b(?:were|was|are|is|have|has|will)\b")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# what is recognised has a name: "recognise Cyprus", "recognition of the Palestinian state"
_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+|a\s+|an\s+)?[A-Z]")
# a deal to conclude or finalise: one item of a thread, however often it is said
_TO_CONCLUDE = re.compile(r"(?:conclud|finali[sz])\w*\b")
# the words a label's bare form drops: articles, demonstratives and a body's possessives (not a
# quantifier: "withdraw all troops" and "withdraw troops" are kept apart, as are a person's
# "his", "her", "our" -- narrower than DETERMINERS since the agenda was written so; widening it
# would merge items, a change of output to be counted, not made in passing)
_BARE_DROPS = ARTICLES | DEMONSTRATIVES | BODY_POSSESSIVES
# a subject that is the sides together ("the two leaders committed to ...")
_JOINT_SUBJECT = re.compile(r"\b(?:they|both|all three|the two|the (?:three\s+)?(?:leaders|"
                            r"presidents|ministers|sides|parties|delegations|governments|"
                            r"(?:national security\s+)?advis[eo]rs))\b", re.IGNORECASE)
# "principal concerns—a, b, and c": an enumerated agenda, one issue per item.
_LIST_HEAD = gated(re.compile(
    r"\b(?:concerns|issues|priorities|agenda|topics|areas|points|questions|"
    r"demands|elements|components|pillars)\s*(?:[—–:]|,?\s+(?:including|such as|"
    r"namely)\s+)", re.IGNORECASE))

# asked of most sentences of a thread: on their lowercase text (speed, same answers)
_TERMS = lowered(ilex.TERM_WORDS)


@dataclass(slots=True)
class _Entry:
    """An issue being gathered: its key, status (None: no cue yet), evidence and label."""

    key: str
    status: str | None
    label: str
    evidence: list[Unit] = field(default_factory=list)


def uncued_status(thread_status: str) -> str:
    """The status of an item no cue of its own gives one, in a thread of ``thread_status``."""
    # an agreed deal agrees its items; a deal that is only near does not make every item
    # provisionally agreed: an item without a cue of its own is open
    # ... and in talks that stalled or collapsed, what is on the table is what divides them
    return "agreed" if thread_status in lex.DEAL_MADE else \
        "contested" if thread_status in ("stalled", "collapsed") else "open"


def issues(st: TrackerState, units: list[Unit], thread_status: str,
           sides: frozenset[str] = frozenset(), primary: bool = False) -> list[Issue]:
    """The issues of the thread whose sentences are ``units`` and whose status is
    ``thread_status``.  A commitment or a call is an item in a negotiation sentence, or in one
    that names one of ``sides`` (the thread's sides and mediators but the publisher's own
    government, which a press briefing names in every answer).  A ``primary`` thread in which
    no term is found has the deal itself as its one item (see :func:`_deal_itself`)."""
    default = uncued_status(thread_status)
    found: dict[tuple[str, str], _Entry] = {}
    order: list[tuple[str, str]] = []
    # a transcript's answers range over every file of the day (health insurance, taxes): there
    # the terms of a deal count only in a sentence about talks
    terms_anywhere = not st.doc.turns
    # what a side will get or give is a term of a deal made or near, not of talks far from one
    # (nor in a transcript: its answers range over the day)
    deal_made = terms_anywhere and thread_status in ("agreed", "implementing", "near_agreement")
    for u in units:
        if u.is_title:
            continue
        talks = u.negotiation or "ctx" in u.flags
        if not talks and not (terms_anywhere and _TERMS.found(u.text)):
            _positions(st.text, u, found, order, terms_anywhere, deal_made)
            continue
        found_here = st.issue_matches.within(u.start, u.end)
        matches = [h for h in found_here
                   if not st.claimed_at(h[0], h[1]) and not st.in_name(h[0], h[1])
                   and not _recognises_no_name(st.text, h)
                   and (h[2] != "enforcement" or ilex.ENFORCED_DEAL.search(u.text) is not None)
                   and counts_as_item(h[2], talks, u.negotiation, terms_anywhere,
                                      st.text[h[0]:h[1]])]
        if not talks:
            # the terms of a deal are said in sentences with no word of talks ("the buffer
            # stock remains ...", "a spread of 5/8 point over LIBOR"): the thread's sentences
            # that name them are its agenda
            if not matches:
                _positions(st.text, u, found, order, terms_anywhere, deal_made)
                continue
            found_here = [h for h in found_here if h[2] in ilex.TERM_KEYS]
        # what the sides commit to and the sticking points they list: items a topic word
        # inside keys, the others ``other`` (a question commits nobody to anything)
        forced: dict[tuple[int, int], str] = {}
        if not u.asked and (committed.may_have_phrases(st.text, u.start, u.end) or (
                deal_made and committed.may_transfer(st.text, u.start, u.end))
                or committed.may_grieve_or_sign(st.text, u.start, u.end)):
            about = u.negotiation or _JOINT_SUBJECT.search(u.text) is not None or bool(
                sides and any(p in sides for _h, p in st.hits(u)))
            forced = _phrase_items(st.text, u, found_here, found, order, about,
                                    focus=terms_anywhere, deal_made=deal_made)
        if not matches:
            continue
        cues = st.issue_cue_matches.within(u.start, u.end, exclusive=False)
        items = _list_items(st.text, u) if u.negotiation else []
        if items:
            # "principal concerns—a, b, and c—were addressed": one issue per item, each with
            # the status the sentence gives the whole list
            list_status = min((c[2] for c in cues if c[2] not in ("objective_weak", "open")),
                              key=lambda lab: _ISSUE_PRIORITY[lab], default=None)
            in_list = [m for m in matches if any(a <= m[0] < b for a, b in items)]
            for a, b in items:
                keyed = [m for m in in_list if a <= m[0] < b]
                key = keyed[0][2] if keyed else next(
                    (k for k, pattern in ilex.LIST_ITEM_KEYS if pattern.search(st.text, a, b)),
                    "other")
                slot = (key, st.text[a:b].lower()) if key == "other" else (_topic(key), "")
                if slot in found:
                    continue
                found[slot] = _Entry(key, list_status, item_label(st.text, a, b, key), [u])
                order.append(slot)
            matches = [m for m in matches if m not in in_list]
        for s, e, key in sorted(matches):
            status = _item_status(st, u, s, e, key, cues, forced, thread_status)
            # an objective ("steps to reach a durable cessation of hostilities") is another
            # issue than the same key agreed or disputed (the truce already in force)
            # (a topic's label is made once: a topic said again only adds its evidence)
            label = issue_label(st.text, s, e, u.end, key) if key == "other" else ""
            slot = _other_slot(found, label) if key == "other" else (_topic(key), "")
            entry = found.get(slot)
            if entry is None:
                label = label or issue_label(st.text, s, e, u.end, key)
                entry = found[slot] = _Entry(key, status, label)
                order.append(slot)
            else:
                if entry.status is None and status is not None:
                    entry.status = status
                elif status == "contested" and entry.status == "open":
                    # a topic first named as open ("talks on quotas") and then disputed in a
                    # later sentence ("producers rejected the quota plan") divides the sides:
                    # the dispute, wherever it is told, is its status
                    entry.status = status
                if key != entry.key:  # "export quotas" then "tariffs on steel": one trade item
                    entry.label = _joined(entry.label, issue_label(st.text, s, e, u.end, key))
            if u not in entry.evidence and len(entry.evidence) < 3:
                entry.evidence.append(u)
    # what the deal still needs approved ("subject to approval by shareholders"): one item
    # (a cheap test of the whole text first: most documents name no approval at all)
    cond = conditions.first_condition(st.text, ((u.start, u.end, u.text) for u in units
                                                if not (u.is_title or u.asked))) \
        if conditions.may_hold(st.text) else None
    if cond is not None:
        slot = _other_slot(found, cond[0])
        if slot not in found:
            unit = next(u for u in units if u.start == cond[2])
            found[slot] = _Entry("other", cond[1], cond[0], [unit])
            order.append(slot)
    out = []
    for slot in order:
        entry = found[slot]
        ev = tuple(st.doc.span(u.start, u.end) for u in entry.evidence)
        out.append(Issue(entry.key, entry.label, entry.status or default, ev))
    if primary and len(out) < 2 and (not out or terms_anywhere):
        # a primary thread with fewer than two items names the deal it is about as well
        # (not in a transcript, whose answers range over every file of the day: there only
        # when nothing else is found)
        deal = _deal_itself(st, units, default)
        if deal and _bare(deal[0].label) not in {_bare(i.label) for i in out}:
            out = deal + out
    if primary and terms_anywhere:
        out += _figure_terms(st, units, out, default)
    if primary and not out:  # no item at all: what its talks are on (see talks_topic)
        out = topic_item(st, units, default)
    return out


# a figure a thread's sentence states: an amount of money, a share or a rate ("a 120 pct pay
# raise", "48.6 mln dlrs", "$2 billion")
_FIGURE = gated(re.compile(
    r"(?:[$£€]\s?\d[\d.,]*(?:\s+(?:mln|bln|billion|million|trillion)\b)?|"
    r"\d[\d.,/-]*\s*(?:%|(?:pct|per\s+cent|percent)\b|(?:mln|bln|billion|million|"
    r"trillion)\s+(?:dlrs|dollars|pounds|stg|francs|marks|yen|euros?)\b|(?:dlrs|dollars|pounds|"
    r"stg|francs|marks|yen|euros?)\b))", re.IGNORECASE))
_MIN_OTHER = 2
# a figure that measures a market or an account ("shares rose 4.5%", "a trade surplus of 58
# billion dlrs", "inflation fell to 16.9 pct") reports; it is no term one side puts to another
_MEASURED = gated(re.compile(
    r"\b(?:rose|risen|rises|fell|fallen|falls|slump\w*|dropp?(?:ed|s)?|gain(?:ed|s)|climb\w*|"
    r"declin\w*|jump\w*|soar\w*|plung\w*|tumbl\w*|shot\s+up|total(?:l?ed|s|ing)|"
    r"amount(?:ed|s)\s+to|surplus|inflation|turnover|profits?|loss(?:es)?|assets|revenues?|"
    r"sales|earnings|estimates?|figures|record(?:ed)?|slid|closed|analysts?|average|"
    r"(?:were|was|is|are)\s+(?:up|down))\b", re.IGNORECASE))
# the words of a figure itself: a label of only these ("5.8 billion dlrs") says not what it is
_FIGURE_WORDS = frozenset(["pct", "percent", "per", "cent", "mln", "bln", "billion", "million",
                           "trillion", "dlrs", "dlr", "dollars", "pounds", "stg", "francs",
                           "marks", "yen", "euros", "euro", "a", "an", "to", "from", "of", "in",
                           "about", "some", "and", "or", "up", "by", "at", "over"])


def _figure_terms(st: TrackerState, units: list[Unit], have: list[Issue],
                  status: str) -> list[Issue]:
    """``other`` items for a primary thread that has fewer than ``_MIN_OTHER`` of them: the
    figures its sentences state, first said first -- a wire story's terms are its numbers (the
    pay rise offered, the share tendered for, the sum rescheduled) -- each from a sentence no
    item holds yet, with the thread's own status for its items.  Not in a sentence dated long
    before publication (background), not a figure that measures a market or an account, nor
    one whose label names nothing but the figure."""
    room = _MIN_OTHER - sum(1 for i in have if i.key == "other")
    if room <= 0:
        return []
    used = {(sp.start, sp.end) for i in have for sp in i.evidence}
    labels = {_bare(i.label) for i in have}
    out: list[Issue] = []
    for u in units:
        if len(out) >= room:
            break
        if u.is_title or u.asked or u.historical or (u.start, u.end) in used or not (
                u.negotiation or _TERMS.found(u.text)):
            continue
        m = _FIGURE.search(st.text, u.start, u.end)
        if m is None or _MEASURED.search(st.text, u.start, u.end):
            continue
        label = issue_label(st.text, m.start(), m.end(), u.end, "other")
        figure = " ".join(m.group().lower().split())
        if any(figure in lab for lab in labels):
            continue  # the same figure said again ("the 3% limit", "the 3% ceiling"): one term
        if _bare(label) in labels or not committed.readable(label, 3) or not any(
                w.isalpha() and w.lower() not in _FIGURE_WORDS for w in label.split()):
            continue
        labels.add(_bare(label))
        out.append(Issue("other", label, status, (st.doc.span(u.start, u.end),)))
    return out


# the deal a thread is about, named in one of its sentences: "signed a five-year defence and
# economic agreement", "negotiating for a new contract"
# (gated: asked of every sentence of a primary thread with fewer than two items)
_DEAL_ITSELF = gated(re.compile(r"\b(?:a|an|the|its|their|his|her)\s+((?:(?!(?:of|the|a|an|in|on|to|"
                          r"for|with|by|at|from|or)\b)[\w-]+\s+){0,4}?(?:deal|"
                          r"agreement|accord|pact|treaty|contract|merger|settlement|truce|"
                          r"cease-?fire|takeover|buyout|rescheduling)s?)\b", re.IGNORECASE))


def _deal_itself(st: TrackerState, units: list[Unit], status: str) -> list[Issue]:
    """The one item of a thread whose sentences name no term: the deal it is about, from the
    first of its negotiation sentences to name one ("a new three-year contract"), with the
    thread's own status for its items -- an analyst reads what the talks are about, and a
    negotiation always has at least that on its agenda."""
    for u in units:
        if u.is_title or not u.negotiation or u.asked:
            continue
        m = _DEAL_ITSELF.search(st.text, u.start, u.end)
        if m is None:
            continue
        label = deal_label(st.text, m.start(1), m.end(1), u.end)
        words = label.split()
        if len(words) >= 2 and words[-2].lower() == "to":
            # "deal to turn" (its object cut off): the deal's own words
            label = item_label(st.text, m.start(1), m.end(1), "other")
        if label and committed.readable(label, 2) and not ends_cut(label):
            return [Issue("other", label, status, (st.doc.span(u.start, u.end),))]
    return []


def _item_status(st: TrackerState, u: Unit, s: int, e: int, key: str,
                 cues: list[tuple[int, int, str]], forced: dict[tuple[int, int], str],
                 thread_status: str) -> str | None:
    """The status of the item keyed ``key`` at ``s``..``e`` of ``u`` (None: no cue gives one;
    the thread's default then): the one its commitment or sticking point forces, else the
    nearest cue's (``cues``), read against the thread's status (``thread_status``: a deal
    made agrees its terms, talks broken down contest theirs) and the words around the item
    (:mod:`~briefing.extract.negotiations.item_context`)."""
    status = forced.get((s, e)) or _issue_status(cues, s, e, u)
    if key == "settlement" and status != "contested":
        # the lasting peace beyond the deal is what the sides work toward, whatever
        # the deal's own status ("committed to advance a durable resolution"): an
        # objective, unless a side is said to reject it
        status = "objective_end"
    if status == "provisionally_agreed" and (s, e) not in forced \
            and thread_status not in ("near_agreement", "agreed", "implementing") \
            and not _PROVISIONAL.search(u.text):
        # "would" in talks far from a deal is what a side wants, not a term agreed
        # provisionally: only a near deal, or a text said to be a draft, has those
        status = "open"
    if status in ("provisionally_agreed", "open") and (s, e) not in forced \
            and thread_status in lex.DEAL_MADE \
            and not _STILL_OPEN.search(u.text):
        # the terms of a deal reached: "under the deal ... would", "remains" (the
        # term kept) agree them; only a term said to be provisional or still open is
        status = "agreed"
    if key == "ceasefire" and status in (None, "open") and (s, e) not in forced \
            and in_force(st.text, s, e, u):
        status = "agreed"
    if status != "contested" and (s, e) not in forced \
            and REJECTED_DEAL.search(st.text, u.start, s) is not None:
        # "the miners rejected a tentative agreement that provided X": the terms of a
        # deal a side turned down are what divides the sides
        status = "contested"
    if key == "punitive_tariffs" and status != "contested" and (s, e) not in forced \
            and LIFTED.search(st.text, max(u.start, s - 40), s) is None:
        # tariffs one side imposes on the other's goods as a penalty divide the
        # sides, whatever the modal or the announcement ("would raise tariffs on",
        # "announced plans to put 300 mln dlrs in tariffs"); lifting them is a term
        status = "contested"
    if status == "open" and (s, e) not in forced \
            and thread_status in ("stalled", "collapsed"):
        # talks that broke down over it: "talks on quotas" is what divides them
        status = "contested"
    if status in ("objective", "objective_weak") and (s, e) not in forced \
            and sought_in_talks(st.text, s, e, u, key):
        # the deal the talks seek is their agenda, not a purpose beyond it: "talks
        # aimed at averting strikes", "aiming to conclude the agreement for a
        # ceasefire", "pushing for a ceasefire deal" leave the item open
        status = "open"
    if status == "objective_end":
        status = "objective"
    elif status == "objective_weak":
        # "agreed to ensure …" or a commitment in an agreed deal; else a purpose
        # (in an agreed deal, unless the sentence plans next steps: "steps to reach a
        # durable cessation of hostilities" is still an objective)
        agreed = ilex.COMMITMENT_BEFORE.search(st.text, max(u.start, s - 60), s) or (
            thread_status in lex.DEAL_MADE
            and not _NEXT_STEPS.search(st.text, u.start, s))
        status = "agreed" if agreed else "objective"
    return status


def _joined(label: str, more: str) -> str:
    """``label`` and ``more`` as one label when it fits ("Export quotas and tariffs on steel"),
    else ``label``."""
    if more.lower() in label.lower() or ":" in more:
        return label
    tail = more[0].lower() + more[1:] if more[1:2].islower() else more
    joined = f"{label} and {tail}"
    return joined if len(joined) <= MAX_LABEL and " and " not in label else label


def _recognises_no_name(text: str, match: tuple[int, int, str]) -> bool:
    """Recognition is normalisation when what is recognised has a name ("recognise Cyprus",
    "recognition of the Palestinian state"), not "recognizing universal connectivity"."""
    s, e, key = match
    return key == "normalisation" and text[s:e].lower().startswith("recogni") \
        and _NAMED_AFTER.match(text, e) is None


def _other_slot(found: dict[tuple[str, str], _Entry], label: str) -> tuple[str, str]:
    """The slot of an ``other`` item: that of an item said before whose label starts the same
    ("refugees to return home" and "... home in the east"), else its own."""
    bare = _bare(label)
    if _TO_CONCLUDE.match(bare):
        bare = "conclude deal"  # "conclude a settlement", "conclude an agreement": one item
    for key, seen in found:
        if key == "other" and seen and (bare.startswith(seen) or seen.startswith(bare)):
            return (key, seen)
    return ("other", bare)


def _bare(label: str) -> str:
    """A label without its determiners, lowercased: "Withdraw these regulations" and
    "Withdraw regulations" are one item."""
    return " ".join(w for w in label.lower().split() if w not in _BARE_DROPS)


def _topic(key: str) -> str:
    """The topic a key is one item of: a finer key of a fixed topic is that topic (quotas and
    tariffs are one trade item), the finer keys exported as ``other`` (debt, accession,
    migration) stay topics of their own."""
    family = ISSUE_FAMILY.get(key, key)
    return key if family == "other" else family


def _positions(text: str, u: Unit, found: dict[tuple[str, str], _Entry],
               order: list[tuple[str, str]], focus: bool, deal_made: bool) -> None:
    """Add to ``found`` what a side seeks or proposes in ``u``, a sentence of the thread with
    no word of talks (an ``other`` item each), what its talks focus on when ``focus``, and
    what a side will get or give by the deal when ``deal_made``."""
    if not u.asked and (committed.may_state_position(text, u.start, u.end) or (
            deal_made and committed.may_transfer(text, u.start, u.end))
            or committed.may_grieve_or_sign(text, u.start, u.end)):
        _phrase_items(text, u, [], found, order, False, positions_only=True, focus=focus,
                      deal_made=deal_made)


def _phrase_items(text: str, u: Unit, matches: list[tuple[int, int, str]],
                  found: dict[tuple[str, str], _Entry], order: list[tuple[str, str]],
                  about: bool, positions_only: bool = False,
                  focus: bool = False, deal_made: bool = False) -> dict[tuple[int, int], str]:
    """Add to ``found`` an ``other`` item for each commitment, call, position or sticking
    point of ``u`` with no topic word (commitments and calls only when the sentence is
    ``about`` the thread; only positions, and what talks focus on, when ``positions_only``);
    return the status each phrase gives the topic words it holds.  What talks focus on counts
    when ``focus``: not in a transcript, whose speakers range over every file of the day.
    What a side will get or give counts when ``deal_made`` (the thread's deal is made or
    near)."""
    forced: dict[tuple[int, int], str] = {}
    phrases = committed.positions(text, u.start, u.end)
    if committed.may_grieve_or_sign(text, u.start, u.end):
        phrases += committed.grievances(text, u.start, u.end) + \
            committed.signed(text, u.start, u.end)
    if focus:
        phrases += committed.talks_focus(text, u.start, u.end)
    if deal_made:
        phrases += committed.transfers(text, u.start, u.end)
    if not positions_only:
        phrases += committed.sticking_points(text, u.start, u.end) + \
            committed.deal_terms(text, u.start, u.end)
    if about:
        phrases += committed.commitments(text, u.start, u.end) + \
            committed.calls(text, u.start, u.end) + \
            committed.purposes_and_demands(text, u.start, u.end)
    for ph in phrases:
        if ph.status == "contested_clause":  # a grievance: contested, labelled as a clause
            ph = committed.Phrase(ph.start, ph.end, "contested")
            listed = False
        else:
            listed = ph.status == "contested"  # a list item is its own words
        # a topic word in a commitment's clause keys it; a list item is its own words
        reach = ph.end if not listed else \
            ph.start + len(" ".join(phrase_at(text, ph.start, ph.start + 1, ph.end))) + 1
        keyed = [m for m in matches if ph.start <= m[0] < reach]
        if ph.status in ("agreed", "objective"):  # a call or a demand leaves the topic's own
            # cue to say where it stands
            for m in keyed:
                forced[(m[0], m[1])] = ph.status
        if keyed:
            continue
        label = item_label(text, ph.start, ph.end, "other") if listed else \
            issue_label(text, ph.start, ph.start + 1, ph.end, "other")
        slot = _other_slot(found, label)
        # a sticking point may be one word ("piracy"); a commitment needs two
        if slot not in found and committed.readable(label, 1 if listed else 2):
            found[slot] = _Entry("other", None if ph.status == "term" else ph.status, label, [u])
            order.append(slot)
    return forced


def _list_items(text: str, u: Unit) -> list[tuple[int, int]]:
    """The items of an enumerated agenda in ``u`` ("concerns—a, b, and c—"), as spans."""
    head = _LIST_HEAD.search(u.text)
    if head is None:
        return []
    lo = u.start + head.end()
    rest = text[lo:u.end]
    stop = _LIST_STOP.search(rest)
    body = rest[:stop.start()] if stop else rest
    items: list[tuple[int, int]] = []
    pos = 0
    for part in _LIST_SPLIT.split(body):
        at = body.find(part, pos)
        pos = at + len(part)
        words = part.split()
        if 1 <= len(words) <= 6 and part.strip():
            start = lo + at + (len(part) - len(part.lstrip()))
            items.append((start, lo + at + len(part.rstrip())))
    return items if len(items) >= 3 else []


def _issue_status(cues: list[tuple[int, int, str]], s: int, e: int,
                  u: Unit) -> str | None:
    """The status the nearest cue of ``cues`` gives the issue at ``s``-``e``."""
    inside = [c for c in cues if s <= c[0] and c[1] <= e]
    if inside:  # "air force would be grounded": the cue inside the trigger
        return min(inside)[2]
    # a cue may end inside the trigger ("to improve relations")
    before = [c for c in cues if c[0] < s and c[1] <= e and s - c[1] <= 120]
    if before:
        nearest = max(c[1] for c in before)
        labels = [c[2] for c in before if c[1] == nearest]
        label = min(labels, key=lambda lab: _ISSUE_PRIORITY[lab])
        if label == "objective_weak" and any(
                c[2] == "objective" and c[1] >= nearest - 12 for c in before):
            return "objective"  # "in an effort to halt": the stated purpose
        return label
    after = [c for c in cues if c[0] >= e and c[0] - e <= 60]
    if after:
        return min(after, key=lambda c: c[0])[2]
    return None
