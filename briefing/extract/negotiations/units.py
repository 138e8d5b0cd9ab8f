"""Reading a document sentence by sentence for the negotiation tracker.

Each sentence (the title counts as one, weighted double; the lede counts one and a half) becomes
a :class:`Unit` with its dates, its flags (negotiation words, historical and hypothetical
markers, issue context, open questions) and its weighted status cues:

* **modality** -- *historical* when it carries a date well before publication ("a February
  cease-fire collapsed"; "from a week ago" and "since" compare with the past and do not count)
  or a word such as "previous"; a sentence opening with "They"/"It" inherits it from the one
  before; *hypothetical* when "if", "whether", "what happens" precede a cue.  Cues in such
  sentences weigh 0.3.
* **status cues** -- the weighted lexicon of :mod:`~briefing.extract.negotiations.lexicon`; a
  negator just before a cue turns it into what its negation means ("not agreed" -> ongoing).
  The title also gets the headline's present-tense cues (``TITLE_CUES``: "REACH SETTLEMENT",
  "ENDS BID", "FAILS TO").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from briefing.extract.gate import gated, lower_of, register_keys
from briefing.extract.negotiations import clauses
from briefing.extract.negotiations import issue_lexicon as ilex
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.scan import (
    Lexicon,
    Matches,
    SpanIndex,
    lowercase,
    unit_keys,
)
from briefing.model import Document, TimeExpression

HISTORICAL_FACTOR = 0.3
HYPOTHETICAL_FACTOR = 0.3
TITLE_WEIGHT = 2.0
LEDE_WEIGHT = 1.5
HISTORICAL_DAYS = 5  # a day-precision date this far before publication is the past
UNDATED_PAST_YEARS = 10  # with no publication date: this many years before the latest one named

_STATUS_LIST = sorted(lex.STATUS_CUES, key=lambda c: -c[1])
_STATUS = Lexicon.of([(str(i), p) for i, (_l, _w, p) in enumerate(_STATUS_LIST)])
# the headline's own cues (headlinese: :data:`lexicon.TITLE_CUES`), one regex over the title
_TITLE_CUES = [(label, w, gated(re.compile(p, re.IGNORECASE))) for label, w, p in lex.TITLE_CUES]
_ISSUES = Lexicon.of(ilex.ISSUES)
_ISSUE_CUES = Lexicon.of(ilex.ISSUE_STATUS_CUES)
# Sentence flags: negotiation words, historical and hypothetical markers, issue context, open
# questions (all run the same way, once per sentence).  The negotiation words alone, read
# first where a document may have none (:func:`read_units`): then no other flag is needed.
_NEG_FLAGS = Lexicon.of([("neg", lex.NEGOTIATION_WORDS.pattern),
                         ("neg", lex.CONTRACT_WORDS.pattern), ("offer", lex.OFFER_WORDS.pattern)])
_FLAGS = Lexicon.of([("neg", lex.NEGOTIATION_WORDS.pattern), ("neg", lex.CONTRACT_WORDS.pattern),
                     ("offer", lex.OFFER_WORDS.pattern),
                     ("hist", lex.HISTORICAL_WORDS.pattern),
                     ("hyp", lex.HYPOTHETICAL.pattern), ("ctx", lex.ISSUE_CONTEXT.pattern),
                     ("oq", lex.OPEN_QUESTION.pattern)])


# "since their joint September 27 meeting" compares with the past: the sentence is current
# (and "since the war began a decade ago": a since-clause dates where a present state started)
FROM_SINCE = re.compile(r"\b(?:from|since|compared (?:with|to))\s+(?:(?:the|their|its|our|his|"
                        r"her)\s+)?(?:[a-z]+\s+)?$|\bsince\s+(?:the\s+)?(?:[a-z]+\s+){1,3}"
                        r"(?:began|begun|started|broke\s+out|erupted)\s+(?:over\s+|more\s+than\s+"
                        r"|about\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


# "since the truce went into effect last April": a since-clause dates where the state in force
# now began (the past date in it does not make the truce a thing of the past)
_SINCE = re.compile(r"\bsince\s+(?:[^\s,;.]+\s+){0,8}$", re.IGNORECASE)


# "over the past year", "in the last six months": a span that runs up to now
UP_TO_NOW = re.compile(r"(?:(?:over|in|during|for|throughout)\s+)?the\s+(?:past|last)\s+",
                       re.IGNORECASE)


# A year after a verb in the past ("signed in 2000", "failed in 2000", "was founded in 1990"):
# news names the year of what happened before, the day of what happens now; what is expected,
# planned or due in a year is ahead
PAST_VERB_IN = re.compile(r"\b(?!(?:expected|scheduled|planned|slated|due|set|timed|aimed|"
                          r"targeted|proposed)\b)\w{3,}ed\s+(?:[\w-]+\s+){0,2}?in\s+$",
                          re.IGNORECASE)


INHERIT = re.compile(r"^\s*(?:They|It|He|She|The two|Those talks|The talks|That|This)\b")


@dataclass(slots=True, init=False)
class Unit:
    """One sentence (or the title) as the tracker reads it."""

    start: int
    end: int
    text: str
    para: int
    weight: float
    is_title: bool = False
    negotiation: bool = False
    past_time: bool = False
    historical: bool = False
    times: list[TimeExpression] = field(default_factory=list)
    flags: frozenset[str] = frozenset()
    question: bool = False  # an interrogative sentence, or a reporter's "Q" in a transcript
    asked: bool = False  # a question, or any sentence of a transcript's question turn
    hyp_at: int | None = None  # offset in the text of the first hypothetical marker
    cues: list[tuple[str, float, int, int]] = field(default_factory=list)  # label, w, s, e
    # per cue: its lexicon weight when the sentence asserts it, 0 when it does not (a past,
    # hypothetical, modal or asked cue); a negated cue keeps its weight ("not able to comply")
    firm: list[float] = field(default_factory=list)

    # written out so that mypyc compiles it (see quotes.actor_index.Hit): the fields above,
    # in their order, with their defaults (None: a new empty list)
    def __init__(self, start: int, end: int, text: str, para: int, weight: float,
                 is_title: bool = False, negotiation: bool = False, past_time: bool = False,
                 historical: bool = False, times: list[TimeExpression] | None = None,
                 flags: frozenset[str] = frozenset(), question: bool = False,
                 asked: bool = False, hyp_at: int | None = None,
                 cues: list[tuple[str, float, int, int]] | None = None,
                 firm: list[float] | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.para = para
        self.weight = weight
        self.is_title = is_title
        self.negotiation = negotiation
        self.past_time = past_time
        self.historical = historical
        self.times = [] if times is None else times
        self.flags = flags
        self.question = question
        self.asked = asked
        self.hyp_at = hyp_at
        self.cues = [] if cues is None else cues
        self.firm = [] if firm is None else firm


def iso_date(value: str | None) -> dt.date | None:
    """The ISO date at the start of ``value``, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def undated_past_before(ref: dt.date | None, dates: list[TimeExpression]) -> int | None:
    """With no publication date (``ref``), the latest year the text names stands for the
    present: a year more than a decade before it is the past ("in 1970 the G8 agreed ...").
    None when the document is dated or names no year."""
    if ref is not None:
        return None
    years = [int(t.value[:4]) for t in dates if t.value and t.value[:4].isdigit()]
    return max(years) - UNDATED_PAST_YEARS if years else None


def is_past(text: str, ref: dt.date | None, t: TimeExpression,
            undated_before: int | None = None) -> bool:
    """Whether ``t`` dates something well before ``ref`` (the publication date); in an undated
    text, whether its year is before ``undated_before`` (:func:`undated_past_before`)."""
    if ref is None or not t.value:
        if t.value and t.precision == "year" and PAST_VERB_IN.search(text, max(0, t.start - 50),
                                                                      t.start):
            return True  # undated: "the contract, signed in 2000", "a merger failed in 2000"
        return bool(undated_before and t.value and t.value[:4].isdigit()
                    and int(t.value[:4]) < undated_before)
    if FROM_SINCE.search(text[max(0, t.start - 40):t.start]) or UP_TO_NOW.match(t.text):
        return False
    if t.precision == "day":
        day = iso_date(t.value)
        return day is not None and (ref - day).days > HISTORICAL_DAYS + t.tolerance_days
    if t.precision == "month":
        return t.value < f"{ref.year:04d}-{ref.month:02d}"
    return t.value < f"{ref.year:04d}"


@dataclass(slots=True)
class UnitReading:
    """The sentences of a document, and the agenda lexicons' matches over them."""

    units: list[Unit]
    issue_matches: Matches
    issue_cue_matches: Matches
    # False: no sentence has a negotiation word, and the units were read no further (their
    # dates, flags, modality and cues are left empty: :func:`read_units`'s ``whole``)
    whole: bool = True
    # where a reading that was not whole found an offer (:data:`lexicon.OFFER_WORDS`): the
    # tracker asks whether one is made between two parties (then it reads the document whole)
    offers: tuple[int, ...] = ()


class _QuestionTurns:
    """A transcript's question turns: every sentence of a reporter's turn asks."""

    def __init__(self, document: Document) -> None:
        asked = [t for t in document.turns if t.question]
        self._starts = [t.start for t in asked]
        self._ends = [t.end for t in asked]

    def __contains__(self, pos: int) -> bool:
        """Whether ``pos`` is inside a question turn of a transcript ("Q ...")."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def read_units(doc: Document, dates: list[TimeExpression], ref: dt.date | None,
               whole: bool = True) -> UnitReading:
    """The title and every sentence of ``doc`` as units, with their dates (``dates``, the
    document's date expressions), modality and status cues.  Without ``whole``, a document
    none of whose sentences (title included) has a negotiation word is read no further than
    that: the tracker finds no thread in it and asks its units nothing else (most of a news
    archive: two documents in three of a Reuters sample)."""
    text = doc.text
    turns = _QuestionTurns(doc)
    units: list[Unit] = []
    if doc.title_span:
        s, e = doc.title_span
        units.append(Unit(s, e, text[s:e], -1, TITLE_WEIGHT, is_title=True))
    for p_index, para in enumerate(doc.paragraphs):
        weight = LEDE_WEIGHT if p_index == 0 else 1.0
        for sent in para.sentences:
            units.append(Unit(sent.start, sent.end, text[sent.start:sent.end],
                              p_index, weight))
    low = lowercase(text)
    # the sentences' spans, sorted and indexed once for the four lexicons
    keyed = [(u.start, u.end, unit_keys(low, u.start, u.end)) for u in units]
    spans = SpanIndex(keyed)
    if len(lower_of(text)) == len(text):  # (low is then text.lower(), char for char)
        for u, (_lo, _hi, keys) in zip(units, keyed, strict=True):
            register_keys(u.text, keys)  # the gates' word keys of each sentence
    status = Matches(_STATUS, low, spans)
    issue_matches = Matches(_ISSUES, low, spans)
    issue_cue_matches = Matches(_ISSUE_CUES, low, spans)
    # a flag is whether a sentence has such a cue and where the first is: first matches do
    # (each pattern's first match per span is the same in either lexicon: the negotiation
    # words are read twice only in the sentences up to the first that has one)
    if not whole:
        negotiation = Matches(_NEG_FLAGS, low, spans, first_only=True)
        offers: list[int] = []
        for u in units:  # (up to the first sentence with a negotiation word: lazy scans)
            found = negotiation.within(u.start, u.end, exclusive=False)
            if any(tag == "neg" for _s, _e, tag in found):
                break
            offers.extend(s for s, _e, _tag in found)
        else:
            return UnitReading(units, issue_matches, issue_cue_matches, whole=False,
                               offers=tuple(offers))
    flags = Matches(_FLAGS, low, spans, first_only=True)
    times = sorted(dates, key=lambda t: t.start)
    undated_before = undated_past_before(ref, dates)
    ti = 0
    prev: Unit | None = None
    for u in units:
        if u.is_title:
            u.times = [t for t in times if u.start <= t.start < u.end]
        else:
            while ti < len(times) and times[ti].start < u.start:
                ti += 1
            j = ti
            while j < len(times) and times[j].start < u.end:
                u.times.append(times[j])
                j += 1
        found = flags.within(u.start, u.end, exclusive=False)
        u.flags = frozenset(tag for _s, _e, tag in found)
        u.hyp_at = next((s for s, _e, tag in found if tag == "hyp"), None)
        u.negotiation = "neg" in u.flags
        u.question = u.text.rstrip().endswith("?") or u.text.startswith("Q ")
        # every sentence of a reporter's turn asks: it asserts no status or side; its
        # dates still count ("You said that, since October 7th, …")
        u.asked = u.question or u.start in turns
        u.past_time = any(is_past(text, ref, t, undated_before) for t in u.times)
        if not u.times and prev is not None and INHERIT.match(u.text):
            u.past_time = prev.past_time or prev.historical
        u.historical = u.past_time or "hist" in u.flags
        # status cues count in negotiation sentences and in the one right after one in the
        # same paragraph ("The official said the two sides are close …")
        in_context = u.negotiation or u.is_title or (
            prev is not None and prev.negotiation and prev.para == u.para)
        if in_context:
            _score(u, [(a, b) + _STATUS_LIST[int(tag)][:2]
                       for a, b, tag in status.within(u.start, u.end)])
        if u.is_title:
            _score(u, [(u.start + m.start(), u.start + m.end(), label, w)
                       for label, w, rx in _TITLE_CUES for m in rx.finditer(u.text)])
        if not u.is_title:
            prev = u
    return UnitReading(units, issue_matches, issue_cue_matches)


def _score(u: Unit, cues: list[tuple[int, int, str, float]]) -> None:
    """Add ``cues`` (start, end, label, weight) to ``u`` with their weights in ``u``."""
    for start, end, label, weight in cues:
        s, e = start - u.start, end - u.start
        if label == "implementing" and clauses.IN_FORCE_CUE.search(u.text, s, e) \
                and not clauses.deal_subject(u.text[:s]):
            continue  # a tariff or a law taking effect is no deal in force
        w = weight * u.weight
        before = u.text[max(0, s - 25):s]
        if lex.NEGATION.search(before) and "not" not in u.text[s:e].lower():
            label2 = lex.NEGATED.get(label)
            if label2 is None:
                continue
            w *= 0.5
        else:
            label2 = label
        firm = weight
        if label2 == label and label in ("agreed", "implementing", "stalled", "collapsed") \
                and clauses.modal_clause(u.text, s, e):
            w *= HYPOTHETICAL_FACTOR  # "a breakdown could be harmful": a possibility
            firm = 0.0
        if u.historical and not (label2 == "implementing"
                                 and _SINCE.search(u.text, max(0, s - 90), s)):
            w *= HISTORICAL_FACTOR
            firm = 0.0
        elif (u.hyp_at is not None and u.hyp_at < start) or u.asked:
            w *= HYPOTHETICAL_FACTOR  # a question asserts no status either
            firm = 0.0
        u.cues.append((label2, w, start, end))
        u.firm.append(firm)
