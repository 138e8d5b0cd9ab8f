"""Days that name one event of history, written without their year ("the October 7
attacks", "since 9/11").

Facts, not guesses: after such an event, its day named without a year in a report is that
event's day, however far back (a report of December 2024 that speaks of "the October 7
attacks" means October 2023's, not the October just past).  A report written within a few
days of the day's return (an anniversary's own week) reads it as that year's day.
"""

from __future__ import annotations

import datetime as dt
import re

# (month, day) -> the event's date, where the day in words names the event ("September 11th"
# in words names the anniversary as often: only "9/11" below names 2001's day)
_EVENTS: dict[tuple[int, int], dt.date] = {
    (10, 7): dt.date(2023, 10, 7),  # Hamas's attack on Israel
}
_SLASHED_DAY = dt.date(2001, 9, 11)  # the attacks on New York and Washington
OWN_WEEK = 3  # a day this close to the report is the report's own week's day
# "9/11" written as a noun ("since 9/11", "on 9/11,"): the end of the candidates' pattern of
# dates written with slashes, after its day and month (the words before it are tested by
# ``named_alone``)
SLASHED = r"(?<=\b9/11)\b(?![/-])"
# ... after a preposition ("since 9/11", "the attacks on 9/11"):
# not as a modifier after a determiner or a number ("the 9/11 attacks", "five 9/11
# defendants", "post-9/11")
_NOUN_BEFORE = re.compile(r"\b(?:on|since|after|before|of|until)\s$", re.IGNORECASE)


def event_day(ref: dt.date, read: dt.date) -> dt.date:
    """``read`` (a day of the month and day named without a year, as the tense read it), or
    the historic event of that month and day when the report comes after it."""
    event = _EVENTS.get((read.month, read.day))
    if event is None or ref <= event or read == event or abs((read - ref).days) <= OWN_WEEK:
        return read
    return event


def named_alone(text: str, start: int) -> bool:
    """"9/11" at ``start`` names the day itself, after a preposition of time ("since 9/11",
    "on 9/11"), not a thing of that day ("the 9/11 attacks", "five 9/11 defendants")."""
    return _NOUN_BEFORE.search(text, max(0, start - 8), start) is not None


def slashed_day() -> dt.date:
    """The day "9/11" names."""
    return _SLASHED_DAY
