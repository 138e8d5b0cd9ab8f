"""Tense cues of time expressions: whether the words around a date look back or ahead.

The patterns and the two tense functions the resolver of :mod:`~briefing.extract.time.timex`
uses, split from it to keep each module short: the tense of the clause before an expression
(``tense_before``), of the words after it (``tense_after``), the cues of counts ahead, clock
times, measures and days that name events, and the day, month or weekday a tense picks.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.extract.time.ranges import safe_date
from briefing.extract.time.words import FUTURE_CUES, PAST_VERBS

MODAL_BEFORE = re.compile(r"\b(?:(?:will|would|shall|should|could|might|must|to|can)\s+(?:be\s+|have\s+)?"
                           r"|being\s+)$", re.IGNORECASE)
# "announced that …", "said that …": the reported clause after it (the last such "that")
# a past participle or past tense governing the date ("proposals unveiled on April 14", "talks
# opened in March"): the past, whatever a modal further back says; not the words of a plan
# ... and a participle with its agent ("the terms proposed by Brazil on September 25"): the
# deed of someone named is done, even a proposal
DONE_ON = re.compile(r"\b(?!(?:schedul|plann|expect|slat|propos|intend|design|set|need|"
                      r"postpon|delay|reschedul|timed|fix)ed\b)[a-z]{3,}ed\s+(?:on|in)\s+(?:the\s+)?$|"
                      r"\b(?!(?:schedul|plann|expect|slat|intend|design|set|need|postpon|delay|"
                      r"reschedul|timed|fix)ed\b)[a-z]{3,}ed\s+by\s+(?:(?![a-z]+ed\s)[\w.’'-]+\s+){1,4}?(?:on|in)\s+"
                      r"(?:the\s+)?$",
                      re.IGNORECASE)
# a verb in the past right after the expression ("Brazil in February stopped interest
# payments"): the deed dates it, not the nearest such month ahead
DONE_AFTER = re.compile(r"\s+(?:(?:also|then|first|later|again|abruptly|suddenly|formally)\s+)?"
                         r"(?!(?:need|expect|schedul|plann|propos|intend|due|set)ed\b)[a-z]{3,}ed\b")
REPORTED_CLAUSE = re.compile(r"\b(?:said|says|announced|declared|warned|stated|added|told\s+"
                              r"\w+|confirmed)\s+that\s+(?!.*\b(?:said|says|announced|"
                              r"declared|warned|stated|added|told|confirmed)\s+that\s)",
                              re.IGNORECASE)

# what a subject wants or is likely to do looks ahead, even in a past report ("told Reuters
# it hoped to conclude the talks in a couple of months")
HOPED_TO = re.compile(r"\b(?:hoped|hoping|wants?|wanted|likely|ready)\s+to\b", re.IGNORECASE)
HAVE_AFTER = re.compile(r"\s+have\b")

# a weekday that begins the name of a pact or an event ("the Good Friday Agreement", "the
# Sunday Accords"): a name, no day near the text (capitalised: "on Friday agreement was near")
DAY_OF_A_NAME = re.compile(r"\s+(?:Agreements?|Accords?|Treaty|Pact|Massacre|Uprising|"
                           r"Offensive)\b")
# "On this day 127 years ago": the anniversary's own day, that many years back
ANNIVERSARY_BEFORE = re.compile(r"\bthis\s+(?:very\s+|same\s+)?day,?\s+(?:exactly\s+)?$",
                                re.IGNORECASE)
# short of the count: "nearly a decade ago" is in the year after the one ten years back
NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost|not\s+quite|just\s+under|less\s+than)\s+$",
                            re.IGNORECASE)

# a year that names no time: the standard a quantity is measured by ("to 1977 levels", "at
# 1980 prices"), and a decade ("the mid 1990's")
YEAR_AS_MEASURE = re.compile(r"\s+(?:levels?|prices|terms|dollars)\b", re.IGNORECASE)
DECADE_BEFORE = re.compile(r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)

# a day named right next to a clock time ("Friday at 1000 EST", "at 2400 EDT yesterday")
DAY_WORDS = (r"(?:yesterday|today|tomorrow|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|"
              r"Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
              r"\s+\d{1,2})")
DAY_NEAR_BEFORE = re.compile(DAY_WORDS + r"(?:\s+(?:morning|afternoon|evening|night))?,?"
                              r"\s+(?:at|by|until|from|after|before|around|about|between)\s+"
                              r"(?:about\s+)?$")
DAY_NEAR_AFTER = re.compile(r"[^.;:!?\n]{0,30}?\b(?:on\s+)?" + DAY_WORDS + r"\b")
CLOCK_RANGE_BEFORE = re.compile(r"\b\d{4}\s+(?:to|and|-|–)\s+$")
# "from 1800 to 2100 local time": the first hour is no year
CLOCK_RANGE_AFTER = re.compile(r"\s+(?:to|and|-|–)\s+\d{4}\s+(?:hours|hrs|GMT|EST|EDT|CST|CDT|"
                                r"PST|PDT|BST|local\s+time)\b")
CLOCK_EVENT = re.compile(r"\b(?:talks|negotiat\w*|meet\w*|session|council|conference|summit|"
                          r"strike|walkout|deadline|vote|resum\w*|reconven\w*|adjourn\w*|"
                          r"ceasefire|cease-fire|truce|signing|signed)\b", re.IGNORECASE)

# a day between a determiner or a possessive and a noun names an event ("Iran's October 1st
# attacks", "the May 27 text")
NAMING_BEFORE = re.compile(r"(?:\b[Tt]he|[’']s|s[’'])\s+$")
NOUN_AFTER = re.compile(r"[ \t]+(?!(?:of|and|or|to|in|on|at|for|by|from|with|as|when|that|"
                         r"which|is|was|were|are|will|would|the|a|an)\b)[a-z]{3,}\b")

# an event a day names ("the Friday deadline", "Sunday's talks")
EVENT_NOUN_AFTER = re.compile(r"(?:[’']s)?\s+(?:deadline|meetings?|talks|session|vote|elections?|"
                               r"summit|call|visit|attacks?|announcement|statement|speech|"
                               r"address|debate|hearing|deal|agreement|accord|ceasefire|truce|"
                               r"raids?|bombing)\b")

# The present progressive of an arrangement, right before the day: "you're heading to the
# border on Thursday", "he is traveling to Cairo on Monday" (not the past's "was meeting"; not a
# progressive further back, which tells what goes on now: "things are moving the right way and,
# I think, very consistent with the May 27th text").
PROGRESSIVE = re.compile(r"\b(?:am|is|are|[’']re|[’']m)\s+(?:(?:not|also|still|now)\s+)?"
                          r"[a-z]{2,}ing\b", re.IGNORECASE)
PROGRESSIVE_REACH = 40  # characters between the verb's start and the day


def tense_before(text: str, start: int, clause_start: int) -> str:
    """'future' when the nearest cue before ``start`` in its clause is a future cue."""
    lo = max(clause_start, start - 90)
    # "Reagan announced that on April 17 he would …": a reported clause has its own tense
    that = REPORTED_CLAUSE.search(text, lo, start)
    if that is not None:
        lo = that.end()
    window = text[lo:start]
    fut = [m.end() for m in FUTURE_CUES.finditer(window)]
    fut += [m.end() for m in PROGRESSIVE.finditer(window, max(0, len(window) - PROGRESSIVE_REACH))]
    fut.sort()
    # "will be held", "to be signed": a participle after a modal is not the past
    past = [m.end() for m in PAST_VERBS.finditer(window)
            if not MODAL_BEFORE.search(window, 0, m.start())]
    # (the expression may hold the preposition itself: "foundered" + "on Sunday afternoon")
    prep = text[start:start + 3]
    done = DONE_ON.search(window + prep if prep.lower() in ("on ", "in ") else window)
    if done is not None and not MODAL_BEFORE.search(window, 0, done.start()):
        past.append(len(window))  # "proposals unveiled on April 14": the deed dates the day
    if fut and (not past or fut[-1] > past[-1]):
        return "future"
    return "past" if past else "none"


# A bare month takes its tense from the words just before it ("collapsed in June", "will meet
# in June"), not from a reporting verb further back ("Moore said … the meeting in June"); with
# no tense it is the nearest such month, counting up to five months ahead.
MONTH_TENSE_WINDOW = 32
NEAREST_MONTHS_AHEAD = 5
SINCE_BEFORE = re.compile(r"\b(?:since|ever since)\s+(?:the\s+)?$", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?]")
DEADLINE_BEFORE = re.compile(
    r"\b(?:before|by|until|till|no\s+later\s+than|not\s+later\s+than|ahead\s+of|"
    r"deadline\s+(?:of|is|was)?)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.IGNORECASE)


def tense_after(text: str, end: int) -> str:
    """The tense of the rest of the clause after an expression ("a February truce collapsed")."""
    if DONE_AFTER.match(text, end):
        return "past"
    stop = CLAUSE_END.search(text, end, end + 60)
    window = text[end:stop.start() if stop else end + 60]
    fut = FUTURE_CUES.search(window)
    past = next((m for m in PAST_VERBS.finditer(window)
                 if not MODAL_BEFORE.search(window, 0, m.start())), None)
    if fut and (past is None or fut.start() < past.start()):
        return "future"
    return "past" if past else "none"


def weekday_value(ref: dt.date, wd: int, direction: str, strict: bool) -> dt.date:
    if direction == "future":
        delta = (wd - ref.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return ref + dt.timedelta(days=delta)
    delta = (ref.weekday() - wd) % 7
    if strict and delta == 0:
        delta = 7
    return ref - dt.timedelta(days=delta)


def month_value(ref: dt.date, month: int, direction: str, strict: bool) -> tuple[int, int]:
    if direction == "future":
        year = ref.year if (month > ref.month or (month == ref.month and not strict)) \
            else ref.year + 1
    else:
        year = ref.year if (month < ref.month or (month == ref.month and not strict)) \
            else ref.year - 1
    return year, month


PART_OF_MONTH_DAYS = 5  # "the end of March": its last day, give or take this many
DEADLINE_DAYS = 240  # a deadline day without a year is the coming one up to this far ahead


def day_value(ref: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    this = safe_date(ref.year, month, day)
    if this is None:
        return None
    if direction == "deadline":  # "before September 30": the coming one, unless far off
        coming = this if this >= ref else safe_date(ref.year + 1, month, day)
        if coming is not None and (coming - ref).days <= DEADLINE_DAYS:
            return coming
        direction = "nearest"
    if direction == "nearest":  # no tense either way: the occurrence closest to the reference
        options = [d for d in (safe_date(ref.year - 1, month, day), this,
                               safe_date(ref.year + 1, month, day)) if d is not None]
        return min(options, key=lambda d: abs((d - ref).days))
    if direction == "future":
        return this if this >= ref else safe_date(ref.year + 1, month, day)
    return this if this <= ref else safe_date(ref.year - 1, month, day)
