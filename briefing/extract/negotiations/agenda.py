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
topic (quotas, tariffs: trade) are one item, whose label names both when it fits.  A primary
thread whose sentences give fewer than two items has those of
:mod:`~briefing.extract.negotiations.agenda_fallbacks` added (the deal itself, figures, the
topic of its talks, its deal noun).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from briefing.extract.gate import gated
from briefing.extract.negotiations import commitments as committed
from briefing.extract.negotiations import conditions
from briefing.extract.negotiations import issue_lexicon as ilex
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.agenda_fallbacks import fallback_items, uncued_status
from briefing.extract.negotiations.item_context import (
    LIFTED,
    REJECTED_DEAL,
    counts_as_item,
    in_force,
    sought_in_talks,
)
from briefing.extract.negotiations.labels import (
    MAX_LABEL,
    bare_label,
    issue_label,
    item_label,
    phrase_at,
)
from briefing.extract.negotiations.state import TrackerState
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
# a subject that is the sides together ("the two leaders committed to ...")
_JOINT_SUBJECT = re.compile(r"\b(?:they|both|all three|the two|the (?:three\s+)?(?:leaders|"
                            r"presidents|ministers|sides|parties|delegations|governments|"
                            r"(?:national security\s+)?advis[eo]rs))\b", re.IGNORECASE)
# "principal concerns—a, b, and c": an enumerated agenda, one issue per item.
_LIST_HEAD = gated(re.compile(
    r"\b(?:concerns|issues|priorities|agenda|topics|areas|points|questions|"
    r"demands|elements|components|pillars)\s*(?:[—–:]|,?\s+(?:including|such as|"
    r"namely)\s+)", re.IGNORECASE))


@dataclass(slots=True)
class _Entry:
    """An issue being gathered: its key, status (None: no cue yet), evidence and label."""

    key: str
    status: str | None
    label: str
    evidence: list[Unit] = field(default_factory=list)


@dataclass(slots=True)
class _Agenda:
    """A thread's agenda as its sentences are read: what each is read against (the thread's
    status, its sides, whether terms count outside talk sentences, whether its deal is made
    or near) and the items gathered (``found`` by slot, ``order``: the slots first found
    first)."""

    st: TrackerState
    thread_status: str
    sides: frozenset[str]
    terms_anywhere: bool
    deal_made: bool
    found: dict[tuple[str, str], _Entry] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)


def issues(st: TrackerState, units: list[Unit], thread_status: str,
           sides: frozenset[str] = frozenset(), primary: bool = False,
           status_units: Sequence[Unit] = (),
           deal_noun: Callable[[], str] | None = None) -> list[Issue]:
    """The issues of the thread whose sentences are ``units`` and whose status is
    ``thread_status``.  A commitment or a call is an item in a negotiation sentence, or in one
    that names one of ``sides`` (the thread's sides and mediators but the publisher's own
    government, which a press briefing names in every answer).  A ``primary`` thread whose
    sentences give fewer than two items has the fallbacks of
    :mod:`~briefing.extract.negotiations.agenda_fallbacks` added (``status_units`` and
    ``deal_noun``: the last one's, the deal by its noun)."""
    # a transcript's answers range over every file of the day (health insurance, taxes): there
    # the terms of a deal count only in a sentence about talks
    terms_anywhere = not st.doc.turns
    # what a side will get or give is a term of a deal made or near, not of talks far from one
    # (nor in a transcript: its answers range over the day)
    deal_made = terms_anywhere and thread_status in ("agreed", "implementing", "near_agreement")
    agenda = _Agenda(st, thread_status, sides, terms_anywhere, deal_made)
    for u in units:
        if not u.is_title:
            _read_sentence(agenda, u)
    _approval_item(agenda, units)
    default = uncued_status(thread_status)
    out = []
    for slot in agenda.order:
        entry = agenda.found[slot]
        ev = tuple(st.doc.span(u.start, u.end) for u in entry.evidence)
        out.append(Issue(entry.key, entry.label, entry.status or default, ev))
    if primary:
        out = fallback_items(st, units, out, thread_status, terms_anywhere, status_units,
                             deal_noun)
    return out


def _read_sentence(agenda: _Agenda, u: Unit) -> None:
    """Add to ``agenda`` the items of its sentence ``u``: what a side seeks in a sentence with
    no word of talks, else the commitments and sticking points it states, the items of an
    enumerated agenda, and each topic its matches key."""
    st = agenda.st
    talks = u.negotiation or "ctx" in u.flags
    if not talks and not (agenda.terms_anywhere and ilex.TERMS_LOWERED.found(u.text)):
        _positions(st.text, u, agenda.found, agenda.order, agenda.terms_anywhere,
                   agenda.deal_made)
        return
    found_here = st.issue_matches.within(u.start, u.end)
    matches = _item_matches(st, u, found_here, talks, agenda.terms_anywhere)
    if not talks:
        # the terms of a deal are said in sentences with no word of talks ("the buffer
        # stock remains ...", "a spread of 5/8 point over LIBOR"): the thread's sentences
        # that name them are its agenda
        if not matches:
            _positions(st.text, u, agenda.found, agenda.order, agenda.terms_anywhere,
                       agenda.deal_made)
            return
        found_here = [h for h in found_here if h[2] in ilex.TERM_KEYS]
    forced = _forced_statuses(agenda, u, found_here)
    if not matches:
        return
    cues = st.issue_cue_matches.within(u.start, u.end, exclusive=False)
    if u.negotiation:
        matches = _enumerated_items(agenda, u, matches, cues)
    for s, e, key in sorted(matches):
        _add_keyed_item(agenda, u, s, e, key, _item_status(st, u, s, e, key, cues, forced,
                                                           agenda.thread_status))


def _item_matches(st: TrackerState, u: Unit, found_here: list[tuple[int, int, str]],
                  talks: bool, terms_anywhere: bool) -> list[tuple[int, int, str]]:
    """The issue matches of ``u`` (``found_here``) that count as its items: none another
    thread claimed or inside a name, no recognition of nothing named, enforcement only of a
    deal (see :func:`~briefing.extract.negotiations.item_context.counts_as_item`)."""
    return [h for h in found_here
            if not st.claimed_at(h[0], h[1]) and not st.in_name(h[0], h[1])
            and not _recognises_no_name(st.text, h)
            and (h[2] != "enforcement" or ilex.ENFORCED_DEAL.search(u.text) is not None)
            and counts_as_item(h[2], talks, u.negotiation, terms_anywhere,
                               st.text[h[0]:h[1]])]


def _forced_statuses(agenda: _Agenda, u: Unit, found_here: list[tuple[int, int, str]]
                     ) -> dict[tuple[int, int], str]:
    """Add to ``agenda`` the ``other`` items of what the sides commit to and the sticking
    points they list in ``u``; return the status each such phrase gives the topic words
    inside it (a question commits nobody to anything)."""
    st = agenda.st
    if u.asked or not (committed.may_have_phrases(st.text, u.start, u.end) or (
            agenda.deal_made and committed.may_transfer(st.text, u.start, u.end))
            or committed.may_grieve_or_sign(st.text, u.start, u.end)):
        return {}
    about = u.negotiation or _JOINT_SUBJECT.search(u.text) is not None or bool(
        agenda.sides and any(p in agenda.sides for _h, p in st.hits(u)))
    return _phrase_items(st.text, u, found_here, agenda.found, agenda.order, about,
                         focus=agenda.terms_anywhere, deal_made=agenda.deal_made)


def _enumerated_items(agenda: _Agenda, u: Unit, matches: list[tuple[int, int, str]],
                      cues: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add to ``agenda`` one item per item of an enumerated agenda in ``u`` ("principal
    concerns—a, b, and c—were addressed"), each with the status the sentence gives the whole
    list; return the matches outside the list."""
    st = agenda.st
    items = _list_items(st.text, u)
    if not items:
        return matches
    list_status = min((c[2] for c in cues if c[2] not in ("objective_weak", "open")),
                      key=lambda lab: _ISSUE_PRIORITY[lab], default=None)
    in_list = [m for m in matches if any(a <= m[0] < b for a, b in items)]
    for a, b in items:
        keyed = [m for m in in_list if a <= m[0] < b]
        key = keyed[0][2] if keyed else next(
            (k for k, pattern in ilex.LIST_ITEM_KEYS if pattern.search(st.text, a, b)),
            "other")
        slot = (key, st.text[a:b].lower()) if key == "other" else (_topic(key), "")
        if slot in agenda.found:
            continue
        agenda.found[slot] = _Entry(key, list_status, item_label(st.text, a, b, key), [u])
        agenda.order.append(slot)
    return [m for m in matches if m not in in_list]


def _add_keyed_item(agenda: _Agenda, u: Unit, s: int, e: int, key: str,
                    status: str | None) -> None:
    """Add to ``agenda`` the item the match ``s``..``e`` keyed ``key`` names in ``u``, with
    ``status``: a topic said again only adds its evidence (and a cue it lacked, or the
    dispute that divides the sides over it)."""
    st = agenda.st
    # an objective ("steps to reach a durable cessation of hostilities") is another
    # issue than the same key agreed or disputed (the truce already in force)
    # (a topic's label is made once: a topic said again only adds its evidence)
    label = issue_label(st.text, s, e, u.end, key) if key == "other" else ""
    slot = _other_slot(agenda.found, label) if key == "other" else (_topic(key), "")
    entry = agenda.found.get(slot)
    if entry is None:
        label = label or issue_label(st.text, s, e, u.end, key)
        entry = agenda.found[slot] = _Entry(key, status, label)
        agenda.order.append(slot)
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


def _approval_item(agenda: _Agenda, units: list[Unit]) -> None:
    """Add to ``agenda`` what the deal still needs approved ("subject to approval by
    shareholders"): one item (a cheap test of the whole text first: most documents name no
    approval at all)."""
    st = agenda.st
    cond = conditions.first_condition(st.text, ((u.start, u.end, u.text) for u in units
                                                if not (u.is_title or u.asked))) \
        if conditions.may_hold(st.text) else None
    if cond is None:
        return
    slot = _other_slot(agenda.found, cond[0])
    if slot not in agenda.found:
        unit = next(u for u in units if u.start == cond[2])
        agenda.found[slot] = _Entry("other", cond[1], cond[0], [unit])
        agenda.order.append(slot)


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
    bare = bare_label(label)
    if _TO_CONCLUDE.match(bare):
        bare = "conclude deal"  # "conclude a settlement", "conclude an agreement": one item
    for key, seen in found:
        if key == "other" and seen and (bare.startswith(seen) or seen.startswith(bare)):
            return (key, seen)
    return ("other", bare)


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
