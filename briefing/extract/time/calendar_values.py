"""Calendar values for the resolver of :mod:`~briefing.extract.time.timex`.

The ISO strings of a day and a month, month arithmetic, a month's number from its name, the
century of a two-digit year, a count written in words or digits, and the months of the
seasons and of the parts of a year.
"""

from __future__ import annotations

import datetime as dt

from briefing.extract.time.words import MONTHS, NUMBERS

# A season's middle month (the northern hemisphere's, as the corpora's news is).
SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}
# "end-1986", "mid-1987": (month, tolerance in days) of a part of a year.
YEAR_PARTS = {"end": (12, 0), "late": (11, 45), "mid": (6, 45), "early": (2, 45),
              "start": (1, 0)}


def month_number(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def add_months(day: dt.date, n: int) -> tuple[int, int]:
    total = day.year * 12 + (day.month - 1) + n
    return total // 12, total % 12 + 1


def iso_day(day: dt.date) -> str:
    return day.isoformat()


def year_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def century_of(yy: int, ref: dt.date | None) -> int:
    """"’23": the year of that ending nearest the reference date (or this century)."""
    base = (ref.year if ref else 2000) // 100 * 100
    options = (base - 100 + yy, base + yy, base + 100 + yy)
    return min(options, key=lambda y: abs(y - (ref.year if ref else 2000)))


def count_of(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else NUMBERS.get(token, 1)
