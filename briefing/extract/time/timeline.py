"""The timeline: every dated event of a document, once, labelled by its clause.

An *event* is a time expression with a value that dates something the text asserts:

* not in a yes/no question ("Will they meet next week?"), unless it writes the date out ("the
  results of November 5th?"); a question that presupposes the event dates it ("What happens
  if the cabinet rejects the deal tomorrow?");
* not a vague expression a speaker uses about the conversation itself inside a quote ("today"
  in "I have no update for you today"): a quote's expressions count when they date something
  ("the talks on March 3", "last November", "by 2013");
* not the conversation's own time ("I don't have an update for you today", "on the call
  today we have", "as we get closer to Thursday"), nor a kind of event ("an October 7th-like
  attack");
* the same date again is the same event when it is written out again ("May 27"), when a vague
  expression is repeated word for word, or when its clause says much the same (naming the same
  person is not enough); a year written or named again ("In 2022, … In 2022, …", "this
  year") tells the same event only by its clause (the report's own year never: it is the
  time the report is in, its events are told by their own days): a year holds many events
  ("next year's deficit", a possessive, names no new one); the dateline dates the report,
  and "today" in its own sentence the event reported (two items); a headline's date that the text
  repeats is the text's event ("PACT TO BE ADOPTED TOMORROW" over "… will be adopted
  tomorrow").

Rounds of talks dated by their clause rather than a time expression of their own ("talks in
Geneva" with the date of the sentence) are added with the phrase that names them, when their
sentence opens with them ("The talks in Geneva marked progress").
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.extract.gate import gated
from briefing.extract.time.periods import (
    budget_period,
    distant_goal,
    names_next_week,
    part_of_own_year,
    possessive_day,
    stretch_ahead,
    week_ahead_again,
    year_names_a_thing,
)
from briefing.extract.time.timex import ANNIVERSARY_NOTE, CLOCK_NOTE
from briefing.extract.time.words import FUTURE_CUES, MONTH_NAMES, PAST_VERBS
from briefing.model import Document, Quote, Round, Span, TimeExpression, TimelineEvent

_CLAUSE_SPLIT = re.compile(r"[,;:—–()]|\s-\s")
_CLAUSE_MARKS = ",;:—–()"  # (the class of _CLAUSE_SPLIT)


def _clause_ends(text: str) -> list[int]:
    """The ends of ``_CLAUSE_SPLIT``'s matches in ``text``, in order.  Without a hyphen only
    its class can match, one character at a time: one ``str.find`` scan per mark, in C,
    instead of both alternatives tried at each position."""
    if "-" in text:
        return [m.end() for m in _CLAUSE_SPLIT.finditer(text)]
    out: list[int] = []
    # (the loop inline, not occurrences(): a generator per mark and unit cost 6 M instructions
    # over articles/, +0.5 %)
    for mark in _CLAUSE_MARKS:
        at = text.find(mark)
        while at >= 0:
            out.append(at + 1)
            at = text.find(mark, at + 1)
    out.sort()
    return out
_WHEN_AFTER = re.compile(r"\s*,?\s*when\s+([^,.;:!?]+)", re.IGNORECASE)
_DANGLING = frozenset({"on", "in", "at", "from", "since", "by", "of", "the", "a", "an", "to",
                       "until", "before", "after", "as", "early", "late", "and", "for", "or",
                       "into", "during", "around", "till", "even", "last", "next",
                       "this", "than"})
_LABEL_TRIM = ",;:—-\"“”.!?…"  # a word that is only these is no word of the label
# ("tomorrow" too: said again in a text, it is the one occasion the text looks ahead to)
_VAGUE = re.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|tomorrow|this|next|coming|last|"
                    r"the)\b", re.IGNORECASE)
_STOP = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "for", "with", "by", "from",
    "that", "this", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "as", "said", "says", "will", "would",
})
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .’'-]+(?:,\s*[A-Za-z .]+)?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\(\w+\)\s*)?[-–—]")
# Inside a quote, these words date the conversation, not an event the speaker reports.
_SPEAKERS_NOW = re.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|now|this\s+(?:morning|"
                           r"afternoon|evening|week))$", re.IGNORECASE)
# A yes/no question: an auxiliary verb opens it (after a reporter's "Q" and a conjunction).
# ("Can you tell us about the strikes last week?" is a request that presupposes them)
_ASKS_WHETHER = re.compile(r"(?:Q\.?\s+)?(?:(?:And|So|But|Now|Then|Also)[,\s]+)?(?:will|would|"
                           r"should|shall|is|are|was|were|do|does|did|has|have|had)\b(?!\s+you\b)",
                           re.IGNORECASE)
# ... right after the verb of what was done that day ("Putin said today", "the President
# announced today", "comments he made today")
# (not "added", "continued": they go on with the same statement, the same event)
_DONE_BEFORE = re.compile(r"\b(?!(?:added|continued)\b)(?:said|says|announced|made|approved|"
                          r"signed|met|spoke|told|released|issued|launched|[a-z]+ed)\s+"
                          r"(?:(?:a|an|the|[a-z]+)\s+){0,3}$")
# "And today, …": a day opening its sentence, then the sentence's verb of what was done
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:And|But|So|Also)\s+)?")
_CLAUSE_STOP = re.compile(r"[.;:?!]")
# (not what was talked about: "Today, the King and I discussed …" is the day's one meeting)
_PAST_DEED = re.compile(r",\s+(?:[^,.;:?!]+,\s+)?(?:the\s+|our\s+|his\s+|her\s+)?[\w’'.-]+(?:\s+"
                        r"[\w’'.-]+){0,6}?\s+(?!(?:discussed|talked|spoke|met|continued)\b)"
                        r"(?:announced|approved|signed|agreed|released|issued|launched|reached|"
                        r"arrived|[a-z]+ed)\b")
# Words that make a date the conversation's own: the briefing, the call, what is said in it.
_ABOUT_THE_TALK = gated(re.compile(
    r"\b(?:(?:an?|any|no)\s+(?:[a-z]+\s+){0,2}updates?\b|"
    r"more to (?:say|share)|"
    # "I don't have anything to announce today", "nothing to preview for you today"
    r"(?:anything|nothing)\s+(?:new\s+|more\s+|further\s+)?(?:to\s+(?:announce|share|add|"
    r"preview)|for\s+you)|"
    r"(?:we|I)\s+(?:talked|spoke|talk|speak)\s+about|"
    r"get(?:ting)?\s+closer\s+to|where we are|on (?:the|this) call|"
    r"for your (?:awareness|reporting|flexibility|patience|time)|"
    r"(?:won[’']t|will\s+not|not\s+going\s+to|don[’']t\s+want\s+to)\s+(?:\w+\s+)?"
    r"(?:rehash|recap|repeat|go\s+over|walk\s+through))\b", re.IGNORECASE))
TALK_WINDOW = 48
# The speaker's presence at the occasion itself: "delighted to be here today", "good to be
# together this evening", "with you here tonight", "this opportunity here and today" — the
# speech's own time (the event is the speech, dated by its record), not an event it reports.
_PRESENT_HERE = re.compile(r"(?:\b(?:be|being|am|are|is|[’']m|[’']re)\s+(?:all\s+)?(?:here|"
                           r"together|with\s+(?:you|us|all\s+of\s+you))(?:\s+(?:here|today))?"
                           r"|\bhere\s+and)\s+$", re.IGNORECASE)
PRESENT_WINDOW = 40
# "more urgent today than when …", "far weaker today than they were": a state now compared
# with another time, not something that happened today.
_COMPARED_THAN = re.compile(r"\s+than\b")
# A year in a programme's name ("Vision 2030", "Agenda 2063", "Expo 2020"): a name, no event
# (knowledge: these words name plans and fairs by their year).
_NAMED_BY_YEAR = re.compile(r"\b(?:Vision|Agenda|Expo|Horizon)\s+$")
# The time a briefing's embargo lifts ("this call is embargoed until tomorrow, September 13th,
# at 2:00 p.m.", "no content may be published or made public until noon today", "until the
# embargo is lifted tomorrow"): when the text may be reported, not an event it reports.
_EMBARGO_UNTIL = re.compile(r"\b(?:embargoed|published|made\s+public|reported)\s+until\b"
                            r"|\bembargo\s+(?:is\s+)?lifted\b", re.IGNORECASE)
EMBARGO_WINDOW = 50
# A market quote of the day: a price written with its fraction or decimals right before the day
# ("up from 3.80/90 yesterday", "the yield fell to 7.86 pct from 7.93 pct yesterday", "the rate
# dropped to 5-15/16 today") or right after it ("shares traded today at 4.42", "the dollar closed
# in Tokyo today at 141.35 yen", "down from yesterday's 6.14 pct average"): the day says when
# the price stood, not an event.
_PRICE = r"\d[\d,]*(?:\.\d+(?:/\d+)?|-?\d*/\d+)"
_QUOTED_BEFORE = re.compile(rf"\b(?:at|from|to)\s+{_PRICE}(?:\s+(?:pct|percent|dlrs|cts|yen|"
                            r"marks|stg|francs|points))?\s+$", re.IGNORECASE)
_QUOTED_AFTER = re.compile(rf"(?:\s+in\s+[A-Z][a-z]+)?\s+at\s+{_PRICE}|['’]s\s+{_PRICE}")
QUOTE_WINDOW = 40
# A superlative measured from a date: "its highest level since April", "the biggest strike
# since 1993": the date is the benchmark of a comparison, not an event the text reports.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|greatest|best|worst|strongest|weakest|"
    r"deepest|sharpest|steepest|longest|shortest|fastest|slowest|heaviest|deadliest)\b"
    r"[^.;:!?]{0,60}\bsince\s+$", re.IGNORECASE)
SINCE_WINDOW = 90
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # (the cheap test first)
# A security's maturity written out ("senior notes due 1992", "bonds due January 1, 1997"):
# the date is the paper's term, part of its name, not an event ("debt due this year" is a
# payment the text reports, and stays).
_DUE_BEFORE = re.compile(r"\bdue\s+$")
DUE_WINDOW = 5
# A sentence framed by "This year, …" that tells no past deed ("This year, the feast comes at
# a time of grief", "This year, let us remember …") says what the year is like, no event of it
# ("This year, the council approved the plan" tells one).
_YEAR_FRAME = re.compile(r"This\s+year\b")
# A month named in words ("December", "last December", "the December accord"): named again in
# any wording, it is the same month's event again (a month holds few events of one report)
_MONTH_NAME = re.compile(rf"\b(?:{MONTH_NAMES})\b")
# Broadcast programmes named by a time word: "on Fox News Sunday", "on This Week" (a
# knowledge-base fact: these titles name a programme, not a day or a week).
_PROGRAMME = re.compile(r"Fox\s+News\s+Sunday|Sunday\s+Morning\s+Futures|\bon\s+This\s+Week\b")
PROGRAMME_WINDOW = 12
_PROGRAMME_FIRST = frozenset("ST")  # how a time inside one of those names starts
# A day named from the day of the text: each is said of its own event ("Putin said today …",
# "the President approved today …"), so a repeated one is told apart by its clause.
_DEICTIC_DAY = re.compile(r"(?:earlier\s+|later\s+)?(?:today|tonight|yesterday|tomorrow)",
                          re.IGNORECASE)
# A sentence about talks still to come (the day of the text does not date them).
_NOT_YET = re.compile(r"\b(?:will|would|shall|upcoming|expected|planned|next|going\s+to|"
                      r"set\s+to|scheduled)\b|[’']ll\b", re.IGNORECASE)
# A round of talks is dated by its sentence only when the sentence is about it: the round
# opens it as its subject ("The talks in Hangzhou marked progress", the seed's one item dated
# so), not named on the way ("on return from talks in New York", "during our last meeting here
# in Washington", "one follow-up on the talks in Doha": released dev-blind22, 15 of 15 such
# items extra, none gold).
_ROUND_OPENS = re.compile(r"\s*(?:(?:And|But|So)\s+)?(?:(?:The|These|Those|This|Their|Its)\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,2}")
_ECHO = re.compile(r"(?:Q\.?\s+)?(?:\w+\s+){0,2}\w+\s*\?+")
_ADJECTIVE_AFTER = re.compile(r"[-–](?:like|style|type|era)\b")
# A month naming a market contract by its delivery month ("the June bond", "gains in June
# T-bonds", "the September options contract"): a contract, not a date of an event
_CONTRACT_AFTER = re.compile(r"\s+(?:T-bonds?|bonds?|futures|contracts?|options?|delivery|"
                             r"deliveries)\b")
# A spoken repair: a time, a dash, maybe a filler, and the time meant ("four years ago —
# three years ago", "in 2022 — right? — in that — December 2022", "today — or excuse me, on
# Friday")
_REPAIR = re.compile(r"\s*[—–]\s*(?:(?:I\s+mean|or|excuse\s+me|sorry|rather|right\?|in\s+that|"
                     r"actually|no)[\s,]*(?:[—–]\s*)?)*(?:(?:in|on|at|by|since)\s+)?")
# Between two dates of one list or range ("1985 and 1986", "April 6 to 8", "1978-1986")
# (a hyphen only unspaced: "March 9 - Today …" is a dateline and a sentence)
_LIST_JOIN = re.compile(r"\s*,?\s*(?:and|or|to|through|until|till)\s+|-")
_LIST_COMMA = re.compile(r",\s*")
# First and second person: the speaker's own occasion ("we are today", "I will tell you
# tomorrow"), not a reported event ("us" in lower case only: "US" is the country)
_SPEAKER_PERSON = re.compile(r"\b(?:[Ii]|[Ww]e|[Yy]ou|me|us|[Oo]ur|[Mm]y|[Yy]our)\b")
_GOES_ON = re.compile(r"\b(?:added|continued)\s+(?:\w+\s+){0,3}$")
_CLAUSE_VERB = re.compile(r"\b(?:who|which|that|is|are|has|have|[a-z]{3,}ed)\b")
# Two clauses of one date tell the same event when they share this much of their words (the
# same person named in both is not enough: a person does several things in a day, and each
# report of them is dated on its own).
SAME_EVENT_OVERLAP = 0.5
LABEL_WORDS = 12  # an event's label is cut after this many words


_CONTENT_WORD = re.compile(r"[a-z][a-z’'-]+")


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in _STOP}


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _named_month(t: TimeExpression) -> bool:
    """``t`` is a month by its name ("last December")."""
    return t.precision == "month" and _MONTH_NAME.search(t.text) is not None


class _Told:
    """What the timeline has told so far, to know a time said again: the clauses' words by
    the expression's value and wording (``by_text``) and by value with whether it was the
    dateline (``by_value``), the months named, the days an event of that day dates (not the
    dateline), and the week ahead as each wording dated it."""

    def __init__(self) -> None:
        self.by_text: dict[tuple[str | None, str], list[set[str]]] = defaultdict(list)
        self.by_value: dict[str | None, list[tuple[set[str], bool]]] = defaultdict(list)
        self.months: set[str | None] = set()
        self.days: set[str | None] = set()
        self.weeks_ahead: list[TimeExpression] = []

    def add(self, t: TimeExpression, words: set[str], dateline: bool) -> None:
        """``t``, dating an event its clause tells in ``words``, told."""
        if _named_month(t):
            self.months.add(t.value)
        self.by_text[(t.value, t.text.lower())].append(words)
        self.by_value[t.value].append((words, dateline))
        if t.precision == "day" and not t.tolerance_days and not dateline:
            self.days.add(t.value)
        if names_next_week(t):
            self.weeks_ahead.append(t)


@dataclass(slots=True, init=False, unsafe_hash=True)
class _Sentence:
    start: int
    end: int
    text: str
    question: bool  # an interrogative, or a reporter's "Q" in a transcript

    # written out so that mypyc compiles it (see quotes.actor_index.Hit); no code sets a field
    def __init__(self, start: int, end: int, text: str, question: bool) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.question = question


class _Timeline:
    def __init__(self, document: Document, times: tuple[TimeExpression, ...],
                 quotes: tuple[Quote, ...]) -> None:
        self.doc = document
        self.text = document.text
        self.times = [t for t in times if t.kind == "date"]
        self.quotes = sorted((q.start, q.end) for q in quotes)  # quotes do not nest
        self.quote_starts = [a for a, _b in self.quotes]
        text = self.text
        self.units = [_Sentence(s.start, s.end, text[s.start:s.end],
                                text[s.start:s.end].rstrip().endswith("?")
                                or text.startswith("Q ", s.start))
                      for para in document.paragraphs for s in para.sentences]
        self.starts = [u.start for u in self.units]

    def unit_of(self, pos: int) -> _Sentence | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        return self.units[k] if k >= 0 and pos < self.units[k].end else None

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quotes[i][1]

    def asserts_no_event(self, t: TimeExpression, u: _Sentence | None) -> bool:
        if u is not None and u.question and u.text.rstrip().endswith("?") \
                and not any(ch.isdigit() for ch in t.text) and _ASKS_WHETHER.match(u.text):
            # a yes/no question asks whether the event happens ("Will they meet next week?");
            # one that presupposes it still dates it ("What happens if the cabinet rejects
            # the deal tomorrow?"), and so does a date written out ("November 5th?")
            return True
        if u is not None and _ECHO.fullmatch(self.text, u.start, u.end):
            return True  # "Q Tomorrow?": a reporter echoing what was just said
        if _ADJECTIVE_AFTER.match(self.text, t.end):
            return True  # "an October 7th-like attack" names a kind of event
        if t.precision == "month" and t.text[:1].isupper() and _CONTRACT_AFTER.match(
                self.text, t.end):
            return True  # "the June bond broke above resistance"
        if t.precision == "year" and (budget_period(self.text, t, self.doc.published) or _NAMED_BY_YEAR.search(
                self.text, max(0, t.start - 8), t.start)
                or distant_goal(self.text, t, self.doc.published)):
            return True  # ("for 2022", "Vision 2030", "halve the gap by 2030")
        if _DEICTIC_DAY.fullmatch(t.text) and (
                _QUOTED_AFTER.match(self.text, t.end) or _QUOTED_BEFORE.search(
                    self.text, max(0, t.start - QUOTE_WINDOW), t.start)):
            return True  # "traded today at 4.42", "up from 3.80/90 yesterday"
        if t.text[:7].lower() == "within ":
            # "within 30 days", "within the next three weeks": a window counted from a start
            # the text need not date (an offer's signing, a law's enactment), not an event
            return True
        if _DUE_BEFORE.search(self.text, max(0, t.start - DUE_WINDOW), t.start) \
                and any(ch.isdigit() for ch in t.text):
            return True  # "notes due 1992"
        if u is not None and self.embargo_lifts(t, u):
            return True  # "embargoed until tomorrow at 2:00 p.m."
        if _SINCE_BEFORE.search(self.text, max(0, t.start - 10), t.start) and \
                _SUPERLATIVE_SINCE.search(self.text, max(0, t.start - SINCE_WINDOW), t.start):
            return True  # "the highest level since April"
        if u is not None and t.start == u.start and _YEAR_FRAME.match(t.text) \
                and not PAST_VERBS.search(self.text, u.start, u.end):
            return True  # "This year, the feast comes at a time of grief."
        # (a time inside a programme's name is its "Sunday" or "This Week": the cheap test
        # first, the search only for those)
        if t.text[:1] in _PROGRAMME_FIRST:
            for m in _PROGRAMME.finditer(self.text, max(0, t.start - PROGRAMME_WINDOW),
                                         t.end + PROGRAMME_WINDOW):
                if m.start() <= t.start and t.end <= m.end():
                    return True  # "the Attorney General on Fox News Sunday"
        if u is not None and _ABOUT_THE_TALK.search(
                self.text, max(u.start, t.start - TALK_WINDOW), min(u.end, t.end + TALK_WINDOW)):
            # "I don't have an update for you today", "as we get closer to Thursday": the
            # conversation itself, not an event
            return True
        # the speaker's own "today" inside a quote dates the conversation, not an event
        # (not "today's talks": the possessive names an event of that day)
        return self.in_quote(t.start) and bool(_SPEAKERS_NOW.match(t.text.strip())) \
            and not self.text.startswith(("'s ", "’s "), t.end)

    def embargo_lifts(self, t: TimeExpression, u: _Sentence) -> bool:
        """``t`` is when the text's embargo lifts: "until" or "lifted" shortly before it in its
        sentence, after "embargoed" / "made public" ("embargoed until noon today")."""
        lo = max(u.start, t.start - EMBARGO_WINDOW)
        if self.text.find("until", lo, t.start) < 0 and self.text.find("lifted", lo,
                                                                       t.start) < 0:
            return False  # (the cheap test first: most times have neither word before them)
        return _EMBARGO_UNTIL.search(self.text, max(u.start, lo - 20), t.start) is not None

    def occasion_now(self, t: TimeExpression) -> bool:
        """``t`` ("today", "this evening") is the speaker's occasion or the present state."""
        return bool(_SPEAKERS_NOW.match(t.text.strip())) and (
            _COMPARED_THAN.match(self.text, t.end) is not None
            or _PRESENT_HERE.search(self.text, max(0, t.start - PRESENT_WINDOW), t.start)
            is not None)

    def events(self, rounds: list[tuple[Round, Span | None]]) -> list[TimelineEvent]:
        """The timeline: each time expression that dates an event and tells no event already
        told, then the rounds of talks no time expression dates; by date."""
        events: list[TimelineEvent] = []
        told = _Told()
        title_end = self.doc.title_span[1] if self.doc.title_span else -1
        body_values = {t.value for t in self.times if t.start >= title_end}
        list_ends, in_list = self.date_lists()
        # the days an anniversary message writes out ("On November 11, 1918, …"): its "on this
        # day 107 years ago", before or after, is that event again, the written date its evidence
        written = {t.value for t in self.times if t.note != ANNIVERSARY_NOTE}
        for k, t in enumerate(self.times):
            if not t.value or k in in_list \
                    or self._passed_over(k, t, title_end, body_values, written):
                continue
            u = self.unit_of(t.start)
            if self._no_event(t, u, told):
                continue
            label = self.label(t, u)
            words = _content_words(label)
            if self._told_again(t, u, words, told):
                continue
            told.add(t, words, self.is_dateline(t))
            events.append(TimelineEvent(t.value, label,
                                        self.doc.span(t.start, list_ends.get(k, t.end)),
                                        t.precision or "day", t.tolerance_days))
        self._add_rounds(rounds, events)
        events.sort(key=lambda e: (e.date, e.evidence.start))
        return events

    def _passed_over(self, k: int, t: TimeExpression, title_end: int,
                     body_values: set[str | None], written: set[str | None]) -> bool:
        """Whether the ``k``-th time expression ``t`` is no date of its own: an anniversary of
        a date written out, a date the speaker corrects, or the title's day the lede tells
        again."""
        if t.note == ANNIVERSARY_NOTE and t.value in written:
            return True
        if k + 1 < len(self.times) and _REPAIR.fullmatch(self.text, t.end,
                                                         self.times[k + 1].start):
            return True  # "four years ago — three years ago": the speaker corrects himself
        # "PACT TO BE ADOPTED TOMORROW": the lede tells the same day
        return t.start < title_end and t.value in body_values

    def _no_event(self, t: TimeExpression, u: _Sentence | None, told: _Told) -> bool:
        """Whether ``t`` dates no event: the speaker's occasion, the week ahead again, a stretch
        ahead, a part of the report's own year, or a time the sentence asserts nothing of (the
        first three kept in ``told``: said again, they are that time again)."""
        if self.occasion_now(t):
            # "weaker today than", "delighted to be here today": no event, but still the
            # text's one "today": said again word for word, it is that occasion again
            told.by_text[(t.value, t.text.lower())].append(set())
            return True
        if week_ahead_again(t, told.weeks_ahead):
            return True  # "meet in Cairo before the end of next week … Cairo next weekend"
        if stretch_ahead(self.text, t):
            # "over the course of this week, there are working group engagements": work
            # spread over the coming days, a stretch (no point in time), but the week
            # named again in the same words is that stretch again
            told.by_text[(t.value, t.text.lower())].append(set())
            return True
        if t.precision == "year" and part_of_own_year(self.text, t, self.doc.published):
            # "exports rose 35 pct in the first three months of this year": no event, but
            # the report's own year said once (named again, it is that time again)
            told.by_value[t.value].append((set(), False))
            return True
        return self.asserts_no_event(t, u)

    def _told_again(self, t: TimeExpression, u: _Sentence | None, words: set[str],
                    told: _Told) -> bool:
        """Whether ``t`` (its clause's content ``words``) dates an event already told."""
        # the same date again is the same event: an absolute date ("May 27") always; a
        # vague expression ("today", "next week") when repeated word for word; otherwise
        # (an approximate offset too: "over the weekend" twice may be two events of it)
        # when its clause says much the same
        same_text = told.by_text[(t.value, t.text.lower())]
        same_value = told.by_value[t.value]
        if same_value and any(ch.isdigit() for ch in t.text) and t.precision != "year" \
                and t.note != CLOCK_NOTE:  # ("resumed at 1000 EST" writes no date again)
            return True
        if t.value in told.days and possessive_day(self.text, t):
            return True  # "met today … today's meeting went well": that event again
        if _named_month(t) and t.value in told.months:
            return True  # "last December … the December accord": that month's event again
        if same_text and (t.precision != "year" or self.text.startswith(
                ("'s", "’s"), t.end)) and (
                t.precision == "month" or (
                _VAGUE.match(t.text) and not self.past_offset(t) and not (
                    _DEICTIC_DAY.fullmatch(t.text.strip())
                    and (_DONE_BEFORE.search(self.text, max(0, t.start - 40), t.start)
                         or self.done_after(t, u) or self.reported_in_prose(t, u))))):
            return True
        # the dateline dates the report; the same day said again dates an event of its
        # own, in the dateline's own sentence too ("MOSCOW, April 13 - … talks collapsed
        # today": the report's day and the day of the collapse); the dateline is never a
        # clause to compare with (its clause is the report's first sentence)
        if any(not dateline and _overlap(words, w) >= SAME_EVENT_OVERLAP
               for w, dateline in same_value):
            return True
        if same_value and t.precision == "year" and year_names_a_thing(self.text, t):
            return True  # "the 1967 borders … the 1967 lines": that year's thing again
        # the report's own year named again ("this year … later this year … in 1987"): the
        # time the report is in, once; its other events tell their own day
        published = self.doc.published
        return bool(same_value and t.precision == "year" and published
                    and t.value == published[:4])

    def _add_rounds(self, rounds: list[tuple[Round, Span | None]],
                    events: list[TimelineEvent]) -> None:
        """The rounds of talks (with a date, told in a sentence that opens on them) that no
        event's evidence already covers, added to ``events``."""
        for rnd, ev in rounds:
            if rnd.date is None or ev is None:
                continue
            u = self.unit_of(ev.start)
            if u is not None and (u.question or _NOT_YET.search(u.text)):
                # "upcoming talks in Cairo", "will not attend the talks in Geneva", "Does it
                # make those talks in Europe harder?": no time expression dates these talks,
                # and they did not happen on the day of the text
                continue
            if any(e.evidence.start < ev.end and ev.start < e.evidence.end for e in events):
                continue
            if u is None or not _ROUND_OPENS.fullmatch(self.text, u.start, ev.start):
                continue  # "on return from talks in New York": named on the way, not told
            label = f"talks in {rnd.place}" + (f" ({rnd.outcome.replace('_', ' ')})"
                                               if rnd.outcome else "")
            events.append(TimelineEvent(rnd.date, label, ev,
                                        "day" if len(rnd.date) == 10 else "month", 1))

    def date_lists(self) -> tuple[dict[int, int], set[int]]:
        """Lists and ranges of dates ("from 1978 to 1986", "April 6 to 8", "in 1987, 1988 and
        1989", "March and April"): one event, dated by the first, its evidence the whole list.
        Returns {index of a list's first date: the list's end} and the indexes of the rest."""
        ends: dict[int, int] = {}
        rest: set[int] = set()
        first = 0
        for k in range(1, len(self.times)):
            a, b = self.times[k - 1], self.times[k]
            if not (a.value and b.value) or _REPAIR.fullmatch(self.text, a.end, b.start):
                continue
            if _LIST_JOIN.fullmatch(self.text, a.end, b.start) or (
                    # a comma alone joins years ("1987, 1988 and 1989"), not "Today, Monday"
                    _LIST_COMMA.fullmatch(self.text, a.end, b.start)
                    and a.text.isdigit() and b.text.isdigit()):
                if k - 1 not in rest:
                    first = k - 1
                ends[first] = b.end
                rest.add(k)
        return ends, rest

    @staticmethod
    def past_offset(t: TimeExpression) -> bool:
        """"last week", "last night", "last Friday": said again, each may tell an event of its
        own ("Last week the council voted … The envoy left last week"), told apart by its
        clause; not "last year's" (a year holds many events: its possessive names no new one)."""
        return t.precision != "year" and t.text[:5].lower() == "last "

    def reported_in_prose(self, t: TimeExpression, u: _Sentence | None) -> bool:
        """"Smith, who flies to Brussels today, …", "the plan that was put forward here today":
        in written prose (not a transcript's turns) a day named again inside a third person's
        clause dates what that clause reports; "We are today at a difficult moment", "Today is
        a long day" (the speaker's own occasion, the day itself) do not."""
        if self.doc.turns or u is None or _OPENS_SENTENCE.fullmatch(self.text, u.start, t.start):
            return False
        if _SPEAKER_PERSON.search(self.text, u.start, t.start) or _GOES_ON.search(
                self.text, max(u.start, t.start - 40), t.start):
            return False  # ("The envoy added today …" goes on with the same statement)
        # a clause with a verb of its own before the day ("who flies to Brussels today"), not
        # a noun the day qualifies ("The announcement today will end the fighting": the same
        # announcement)
        return bool(_CLAUSE_VERB.search(self.text, u.start, t.start)
                    or FUTURE_CUES.search(self.text, u.start, t.start)
                    or PAST_VERBS.search(self.text, u.start, t.start))

    def done_after(self, t: TimeExpression, u: _Sentence | None) -> bool:
        """"And today, the President approved …", "Today, after months of talks, the envoy
        announced …": the day opens its sentence, whose main verb tells what was done."""
        if u is None or not _OPENS_SENTENCE.fullmatch(self.text, u.start, t.start):
            return False
        clause_end = _CLAUSE_STOP.search(self.text, t.end, u.end)
        return bool(_PAST_DEED.search(self.text, t.end, clause_end.start() if clause_end
                                      else u.end))

    def is_dateline(self, t: TimeExpression) -> bool:
        """"BAHRAIN, March 19 -" at the head of a paragraph: the date of the report."""
        line_start = self.text.rfind("\n", 0, t.start) + 1
        return bool(_DATELINE_BEFORE.fullmatch(self.text, line_start, t.start)
                    and _DATELINE_AFTER.match(self.text, t.end))

    def label(self, t: TimeExpression, u: _Sentence | None) -> str:
        """The clause around the expression, without it ("talks resumed in Geneva")."""
        if u is None:
            return t.text
        cuts = [u.start] + [u.start + e for e in _clause_ends(u.text)] + [u.end]
        lo = max(c for c in cuts if c <= t.start)
        hi = min((c for c in cuts if c > t.start), default=u.end)
        when = _WHEN_AFTER.match(self.text, t.end, u.end)
        if when:  # "… from a week ago, when Kerry and Lavrov met in Geneva"
            clause = when.group(1)
        else:
            clause = (self.text[lo:t.start] + " " + self.text[t.end:hi]).strip()
        words = clause.split()
        if len(words) < 3:
            words = (self.text[u.start:t.start] + " " + self.text[t.end:u.end]).split()
        while words and (words[-1].lower().strip(_LABEL_TRIM) in _DANGLING
                         or not words[-1].strip(_LABEL_TRIM)):
            # "talks resumed on" reads better as "talks resumed"; "could stretch into 2005,
            # even 2006." without its date is "could stretch into 2005", not "…, even ."
            words.pop()
        if len(words) > LABEL_WORDS:
            words = words[:LABEL_WORDS] + ["…"]
        label = " ".join(words).strip(" ,;:-—\"“”")
        return label or t.text


def build_timeline(document: Document, times: tuple[TimeExpression, ...],
                   quotes: tuple[Quote, ...],
                   rounds: list[tuple[Round, Span | None]]) -> list[TimelineEvent]:
    """Every dated event of ``document`` once, in date order (rounds: the negotiation rounds
    with the phrase that names each, ``None`` when a time expression already dates it)."""
    return _Timeline(document, times, quotes).events(rounds)
