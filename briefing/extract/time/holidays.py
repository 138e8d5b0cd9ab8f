"""Named days of the calendar ("on Thanksgiving Day", "by Christmas", "New Year's Eve").

Facts, not guesses: a fixed day of a month, or the n-th weekday of a month (Thanksgiving is
the fourth Thursday of November).  Only a day after a preposition of time counts ("on Thanksgiving Day", "by Christmas"):
"Happy Thanksgiving" or "the traditions of Thanksgiving" name the custom.  Without a year
the day is the nearest occurrence to the
publication date in the direction the clause gives (the past unless a future cue says
otherwise), as for weekdays.
"""

from __future__ import annotations

import datetime as dt
import re

# name -> (month, day) for fixed days, or (month, -n, weekday) for the n-th weekday
# (n = 5: the last one)
_FIXED: dict[str, tuple[int, int]] = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year’s day": (1, 1), "new year's eve": (12, 31),
    "new year’s eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4),
    "veterans day": (11, 11), "juneteenth": (6, 19), "halloween": (10, 31),
    "valentine's day": (2, 14), "valentine’s day": (2, 14),
}
_NTH: dict[str, tuple[int, int, int]] = {
    "thanksgiving day": (11, 4, 3), "thanksgiving": (11, 4, 3), "memorial day": (5, 5, 0),
    "labor day": (9, 1, 0), "martin luther king jr. day": (1, 3, 0),
    "presidents' day": (2, 3, 0), "presidents’ day": (2, 3, 0),
}
# the first day of Ramadan, which moves through the calendar (a fact of each year, as
# commonly observed; its eve is the evening before)
_RAMADAN: dict[int, tuple[int, int]] = {
    1985: (5, 21), 1986: (5, 10), 1987: (4, 30), 1988: (4, 18), 1989: (4, 7),
    2000: (11, 27), 2001: (11, 16), 2002: (11, 6), 2003: (10, 27), 2004: (10, 15),
    2005: (10, 5), 2006: (9, 24), 2007: (9, 13), 2008: (9, 1), 2009: (8, 22), 2010: (8, 11),
    2011: (8, 1), 2012: (7, 20), 2013: (7, 9), 2014: (6, 28), 2015: (6, 18), 2016: (6, 6),
    2017: (5, 27), 2018: (5, 16), 2019: (5, 6), 2020: (4, 24), 2021: (4, 13), 2022: (4, 2),
    2023: (3, 23), 2024: (3, 11), 2025: (3, 1), 2026: (2, 18), 2027: (2, 8), 2028: (1, 28),
}
PATTERN = re.compile(
    # only after a preposition of time ("on Thanksgiving Day", "by Christmas"): "Happy
    # Thanksgiving", "the traditions of Thanksgiving" name the custom, not a day
    r"\b(?:on|by|before|after|until|till|since|over|during|at|around|through)\s+"
    r"(?P<name>Christmas(?: Day| Eve)?|New Year[’']s (?:Day|Eve)|Independence Day|"
    r"the Fourth of July|Veterans Day|Juneteenth|Halloween|Valentine[’']s Day|"
    r"Thanksgiving(?: Day)?|Memorial Day|Labor Day|Martin Luther King Jr\. Day|"
    r"Presidents[’'] Day|Ramadan)\b(?![’']s\b)"
    # "Christmas shopping", "Thanksgiving dinner": the season or the custom, not a day
    r"(?!\s+(?:shopping|season|trees?|dinners?|lights|cards?|holidays?|parties|party|presents?|"
    r"gifts?|messages?|turkeys?|break|spirit|decorations|music|weekend)\b)")
TRIGGER_WORDS = ["Christmas", "New Year", "Independence", "Fourth", "Veterans", "Juneteenth",
                 "Halloween", "Valentine", "Thanksgiving", "Memorial", "Labor", "Martin",
                 "Presidents", "Ramadan"]


def is_season(name: str) -> bool:
    """A named time that lasts a month (Ramadan), not a day."""
    return name.lower() == "ramadan"


def _nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date:
    if n == 5:  # the last one
        last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def day_in(name: str, year: int) -> dt.date | None:
    """The date of the named day in ``year``."""
    key = name.lower()
    if key in _FIXED:
        month, day = _FIXED[key]
        return dt.date(year, month, day)
    if key in _NTH:
        month, n, weekday = _NTH[key]
        return _nth_weekday(year, month, n, weekday)
    if key == "ramadan" and year in _RAMADAN:
        month, day = _RAMADAN[year]
        return dt.date(year, month, day)
    return None


def resolve(name: str, ref: dt.date, future: bool) -> dt.date | None:
    """The named day nearest ``ref``: the coming one when ``future``, else the last one on or
    before it."""
    this = day_in(name, ref.year)
    if this is None:
        return None
    if future:
        return this if this >= ref else day_in(name, ref.year + 1)
    return this if this <= ref else day_in(name, ref.year - 1)
