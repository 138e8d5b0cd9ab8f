"""Times that name a period, a stretch or a thing rather than an event of the text, or an
event the text already dated ("today's meeting" after the meeting).

A year a sum or a plan is for ("the budget for fiscal 1988"), the year of a figure ("350 job
cuts this year"), a part of the report's own year ("the first half of 1987"), a year naming
which thing is meant ("the 1967 borders"), the week ahead as a stretch ("over the coming week")
and the week ahead named again in other words ("before the end of next week" … "next
weekend"): the timeline (``timeline.py``) asks these before it dates a time as an event.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.model import TimeExpression

# The year a sum, a budget or a plan is for ("requested $3 billion for 2022", "the budget for
# fiscal 1988", "350 of them planned for this year", "our goal for this year"): a period, not an
# event, when it is this year or a later one (a past year's figures, "losses for last year", are
# reported as what happened). A date set for an event is one ("a summit scheduled for 2025").
# (the lookbehinds come after "for", each reaching back over it: the same matches, but the
# engine tries them only where "for" stands, not at each position of the window; ~10x cheaper)
_PERIOD_FOR = re.compile(r"(?:\bfor(?<!\bset\sfor)(?<!\bdue\sfor)(?<!\bslated\sfor)"
                         r"(?<!\bscheduled\sfor)(?<!\bplanned\sfor)(?<!\bexpected\sfor)"
                         r"(?<!\bpostponed\sfor)(?<!\bdelayed\sfor)(?<!\bcalled\sfor)\s+|"
                         r"\bfiscal\s+)(?:fiscal\s+)?(?:year\s+)?$", re.IGNORECASE)
PERIOD_WINDOW = 30
# ... and the year of a figure, the amount right before it ("350 job cuts this year", "save 50
# mln dlrs this year", "inflation of six pct next year"): the period the figure is counted over.
# (not "G7 this year": the digit of a name; nor "the first two months of this year": a part)
_AMOUNT_BEFORE = re.compile(r"(?<![\w.,])(?:\$\s*)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|twenty|thirty|forty|fifty|hundred)(?:\s*(?:pct|"
                            r"percent|%))?(?:\s+(?!(?:days?|weeks?|months?|quarters?|of)\b)"
                            r"[A-Za-z]+){0,3}\s+$", re.IGNORECASE)
AMOUNT_WINDOW = 45
_BARE_YEAR = re.compile(r"(?:this|next)\s+year", re.IGNORECASE)  # (not "later this year": a time)
# A part of the report's own year ("the first two months of this year", "the second half of
# 1987", "first-quarter 1987", "the final quarter of the year"): the period a figure or a plan
# is counted over, inside the time the report is in, not an event of it.
_PART_OF_YEAR = re.compile(r"\b(?:first|second|third|fourth|final|last)[\s-]+(?:half|quarter|"
                           r"(?:[a-z]+\s+)?(?:months|weeks))(?:\s+of)?(?:\s+the)?\s+$",
                           re.IGNORECASE)
PART_WINDOW = 36
# ... and the year named before what it is a period of ("a 1988 budget plan", "next year's
# crops", "the 1987 crop price")
_PERIOD_OF = re.compile(r"(?:['’]s)?\s+(?:budgets?|crops?|harvests?|spending|fiscal)\b",
                        re.IGNORECASE)
# A year between a determiner and the noun it qualifies ("the 1979 accord", "its 1986 audit",
# "of 2024 operations"); (not "In 1986 it cut": a pronoun or a function word after the year)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|same|of)\s+$",
                                re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:it|they|he|she|we|and|or|to|the|a|an|was|were|is|are|had|"
                         r"has|have|when|as|after|before|until|through|from|with|in|on|at|by|"
                         r"for|of|that|which|but|if|under|onwards)\b)(?:[a-z][a-z-]+|[A-Z]{2,})\b")
_NEXT_WEEK = re.compile(r"\bnext\s+week", re.IGNORECASE)  # (and "next weekend")
# The week ahead as a stretch: "over the coming week", "over the course of this week",
# "throughout the next week" (CONVENTIONS, session 20 rule 5: 0 of 7 dated in the visible gold)
_WEEK_AHEAD = re.compile(r"(?:this|the\s+)?(?:this|coming|next)\s+week", re.IGNORECASE)
_SPREAD_OVER = re.compile(r"\b(?:over|throughout|during)\s+(?:the\s+course\s+of\s+)?"
                          r"(?:the\s+)?$", re.IGNORECASE)
SPREAD_WINDOW = 30
# A goal's horizon: a year set as the limit of a target, years ahead of the report ("halve the
# gap by 2030", "net zero no later than 2050", "a pledge to mobilize $600 billion by 2027", "to
# eliminate farm subsidies by the year 2000"): when the goal is to be met, not an event the
# text dates (released sets, session 22: a year written four or more years ahead after these
# words: gold 2, extra 22).  A year near the report ("close the plant by 1989", written in 1987)
# is a plan's date, and a part of a year ("not ready by early 1992") a time something is due:
# both stay.
_GOAL_BY = re.compile(r"\b(?:by|no\s+later\s+than|through\s+to)\s+(?:the\s+year\s+)?$",
                      re.IGNORECASE)
GOAL_WINDOW = 24
GOAL_YEARS = 4  # how far ahead of the report a year is a goal's horizon
# ... and a year that far ahead right before the noun it names ("the 2030 Agenda", "the 2050
# Strategy for the Blue Pacific", "respective 2030 NDCs", "2050 net zero commitments"), not
# after a preposition of time ("in 2030 Ukraine will …" dates a clause): released dev-blind22,
# 7 extra, 0 gold (session 23)
_HORIZON_NAMES = re.compile(r"\s+(?!(?:it|they|he|she|we|and|or|to|the|a|an|was|were|is|are|"
                            r"will|would|had|has|have|when|as|at|by|in|on|for|of|that|which|"
                            r"but|if|with|from)\b)(?:[a-z][a-z-]+|[A-Z][A-Za-z]+)\b")
_TIME_PREPOSITION = re.compile(r"\b(?:in|by|until|till|through|before|after|since|from|to|"
                               r"during|into|beyond|year)\s+$", re.IGNORECASE)


def part_of_own_year(text: str, t: TimeExpression, published: str | None) -> bool:
    """``t`` is the report's own year framing a part of it ("the first half of 1987")."""
    return bool(published and t.value == published[:4] and _PART_OF_YEAR.search(
        text, max(0, t.start - PART_WINDOW), t.start))


def budget_period(text: str, t: TimeExpression, published: str | None) -> bool:
    """``t`` is the year a sum or a plan is for ("for 2022", "the 2022 budget") or a
    figure is counted over ("350 job cuts this year"), this year or a later one."""
    if not _PERIOD_FOR.search(text, max(0, t.start - PERIOD_WINDOW), t.start) \
            and not _PERIOD_OF.match(text, t.end) \
            and not (_BARE_YEAR.fullmatch(t.text) and _AMOUNT_BEFORE.search(
                text, max(0, t.start - AMOUNT_WINDOW), t.start)):
        return False
    if published and t.value:
        return t.value[:4] >= published[:4]
    return t.text.strip().lower().startswith(("this", "next"))


def year_names_a_thing(text: str, t: TimeExpression) -> bool:
    """``t`` is a year written as the modifier of a noun after a determiner ("the 1967
    borders", "its 1985 audit", "details of 2024 operations"): the year names which thing
    is meant, as a name does, and tells no event of its own clause."""
    if not t.text.isdigit():
        return False
    return bool(_DETERMINER_BEFORE.search(text, max(0, t.start - 8), t.start)
                and _NOUN_AFTER.match(text, t.end))


def stretch_ahead(text: str, t: TimeExpression) -> bool:
    """``t`` is this or the coming week as a stretch that activity is spread over ("over
    the coming week", "throughout the course of this week"), not a day something happens
    ("talks next week", "before the end of next week")."""
    return _WEEK_AHEAD.fullmatch(t.text) is not None and _SPREAD_OVER.search(
        text, max(0, t.start - SPREAD_WINDOW), t.start) is not None


def names_next_week(t: TimeExpression) -> bool:
    """``t`` is an approximate day of the coming week ("next week", "next weekend", "before
    the end of next week")."""
    return bool(t.tolerance_days and t.value and len(t.value) == 10
                and _NEXT_WEEK.search(t.text))


def week_ahead_again(t: TimeExpression, weeks_ahead: list[TimeExpression]) -> bool:
    """``t`` ("next weekend", "by next week") names the coming week an earlier wording of
    it already dated ("before the end of next week"): a text looks ahead to one occasion
    of the coming week, whatever words it uses for it again (as it does when it repeats
    "next week" word for word)."""
    if not weeks_ahead or not t.value or not names_next_week(t):
        return False
    day = date.fromisoformat(t.value)
    return any(w.value is not None and abs((date.fromisoformat(w.value) - day).days)
               <= max(w.tolerance_days, t.tolerance_days) for w in weeks_ahead)


def distant_goal(text: str, t: TimeExpression, published: str | None) -> bool:
    """``t`` is a year written out, ``GOAL_YEARS`` or more after the report's, that a target
    is to be met by ("by 2030", "no later than 2050") or that names a plan or a target by its
    horizon ("the 2030 Agenda", "our enhanced 2030 targets", "2050 net zero commitments"): a
    goal's horizon, not an event."""
    if not (published and t.value and t.text.isdigit()
            and int(t.value[:4]) - int(published[:4]) >= GOAL_YEARS):
        return False
    return _GOAL_BY.search(text, max(0, t.start - GOAL_WINDOW), t.start) is not None or (
        _HORIZON_NAMES.match(text, t.end) is not None
        and _TIME_PREPOSITION.search(text, max(0, t.start - 10), t.start) is None)


# A day in the possessive names an event of that day ("today's meeting", "yesterday's
# statement", "Wednesday's strike"). Once the timeline dates an event of that very day (not the
# dateline alone, which dates the report, nor a stretch such as "this week" whose value is that
# day), the possessive names that event again, not a new one: "The ministers met in Brussels
# today. … Officials said today's meeting went well." The visible gold dates the same event once
# (eval/CONVENTIONS.md, session 20 rule 2); released dev-blind22 (session 23): 16 extra items
# fewer, 2 gold items lost. Written dates ("May 27's vote") are already one event per date.
# (Here rather than in a module of its own: the one more import moved the benchmark's count by
# about 3 M instructions, a shift of the collector's timing, not work.)
def possessive_day(text: str, t: TimeExpression) -> bool:
    """``t`` is one day in words followed by the possessive ("today's", "yesterday’s",
    "Wednesday's"); not a stretch ("last week's talks", "last year's figures": a week or a
    year holds several events, 5 extra against 3 gold on the released sets), nor a date
    written out."""
    return t.precision == "day" and not t.tolerance_days and text.startswith(
        ("'s", "’s"), t.end) and not any(ch.isdigit() for ch in t.text)

