"""Ranges written with the month once ("March 3 to 5", "March 3-5") and ranges of months
("from July to December"): the end of a range dated like its start, never before it."""

from __future__ import annotations

import datetime as dt
import re

from briefing.model import TimeExpression


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The calendar date, or None for one that does not exist ("February 30")."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# "March 3 to 5", "between March 3 and 5", "March 3-5": the bare day that ends a range; it is
# followed by punctuation, a year, or a word that starts a new phrase -- never by a noun it
# counts ("3 and 5 people", "to 10 percent", "at 5 pm", "fell on April 2 to 3.775 billion")
_FOUR_DIGITS = re.compile(r"\d{4}")  # a year written out
_DAY_RANGE_END = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?"
                            r"(?=\s*(?:[.,;:)](?!\d)|$)|\s+(?:in|at|on|and|for|with|when|while|of|"
                            r"the|a|an|under|before|after|during)\b)")
_INNER_END = re.compile(r"\d{1,2}\s*[-–]\s*(\d{1,2})$")
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")
_HAS_MONTH = re.compile(r"[A-Za-z][A-Za-z]{2}")  # (led by a class: the engine skips to it)


def range_end_day(text: str, first: TimeExpression
                   ) -> tuple[TimeExpression, TimeExpression | None] | None:
    """The end of a range of days written with the month once ("from March 3 to 5", "March
    3-5"): a day of the same month after the start.  A year written after the end ("March 12
    to 14, 2019") dates both.  Returns (the start, possibly re-dated; the end or None)."""
    if first.precision != "day" or not first.value or len(first.value) != 10 \
            or not _HAS_MONTH.search(first.text) or not first.text.rstrip()[-1:].isdigit():
        return None
    inner = _INNER_END.search(first.text)
    m = None if inner else _DAY_RANGE_END.match(text, first.end)
    if inner is None and m is None:
        return None
    day = int(inner.group(1) if inner else m.group(1))  # type: ignore[union-attr]
    year, month = int(first.value[:4]), int(first.value[5:7])
    after = first.end if inner else m.end(1)  # type: ignore[union-attr]
    written = _YEAR_AFTER.match(text, after)
    if written and not _FOUR_DIGITS.search(first.text):
        year = int(written.group(1))
    start = safe_date(year, month, int(first.value[8:10]))
    end = safe_date(year, month, day)
    if start is None or end is None or end <= start:
        return None
    if start.isoformat() != first.value:
        first = TimeExpression(first.start, first.end, first.text, start.isoformat(), "day",
                               first.resolved, first.note, first.kind, first.tolerance_days)
    if inner:  # "March 3-5" is one expression: its start stands for the range
        return first, None
    span = (m.start(1), m.end(1))  # type: ignore[union-attr]
    return first, TimeExpression(span[0], span[1], text[span[0]:span[1]], end.isoformat(), "day",
                                 first.resolved, "end of a range of days", first.kind,
                                 first.tolerance_days)


_RANGE_GAP = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s*")


def after_range_start(text: str, first: TimeExpression, second: TimeExpression
                       ) -> TimeExpression:
    """"from July to December": the end of a range of months is not before its start."""
    if first.precision != "month" or not first.value or len(first.value) != 7:
        return second
    if second.value is None or not _RANGE_GAP.fullmatch(text[first.end:second.start]) \
            or second.value >= first.value:
        return second
    if _FOUR_DIGITS.search(second.text):
        return second  # a written year wins
    year = int(second.value[:4]) + 1
    return TimeExpression(second.start, second.end, second.text, f"{year:04d}{second.value[4:]}",
                          second.precision, second.resolved, second.note, second.kind,
                          second.tolerance_days)


# "two years ago in August", "over four months ago, on October the 7th": one time, told twice
_AGO_THEN = re.compile(r",?\s+(?:back\s+)?(?:on|in)\s+(?:the\s+)?")
_AGO = re.compile(r"\bago$", re.IGNORECASE)


def after_ago(text: str, first: TimeExpression, second: TimeExpression
              ) -> TimeExpression | None:
    """The one expression "N years ago in August" makes of an offset and the month or day
    that follows it: the month in the offset's year ("almost two years ago in August", written
    in May 2024: August 2022); a day written out is its own date.  ``None`` when the two are
    not one ("a year ago. In March, ...")."""
    if not (first.value and second.value and _AGO.search(first.text)
            and _HAS_MONTH.search(second.text) and second.precision in ("day", "month")
            and _AGO_THEN.fullmatch(text, first.end, second.start)):
        return None
    value = second.value
    if not _FOUR_DIGITS.search(second.text) and len(first.value) >= 4:
        value = first.value[:4] + second.value[4:]
        if safe_date(int(value[:4]), int(value[5:7]), int(value[8:10]) if len(value) == 10
                      else 1) is None:
            return None
    return TimeExpression(first.start, second.end, text[first.start:second.end], value,
                          second.precision, True, "an offset and the date it names",
                          second.kind, 0)


# "May 31 this year", "March 3 last year", "October 7 of last year", "September 15th of
# 2021": a day and the year it falls in, told apart (a written year only after "of": "March 3
# 1750 workers" counts workers)
_YEAR_OF = re.compile(r"\s*,?\s*(of\s+)?")
_REL_YEAR = re.compile(r"(?:this|last|next)\s+year$", re.IGNORECASE)


def day_in_year(text: str, first: TimeExpression, second: TimeExpression
                ) -> TimeExpression | None:
    """The one expression "May 31 this year" or "September 15th of 2021" makes of a day
    without a year and the year named right after it; ``None`` when the two are not one."""
    if not (first.value and second.value and first.precision == "day" and len(first.value) == 10
            and second.precision == "year" and _HAS_MONTH.search(first.text)
            and not _FOUR_DIGITS.search(first.text)):
        return None
    joint = _YEAR_OF.fullmatch(text, first.end, second.start)
    if joint is None or not (_REL_YEAR.search(second.text) or (
            joint.group(1) and _FOUR_DIGITS.fullmatch(second.text))):
        return None
    day = safe_date(int(second.value[:4]), int(first.value[5:7]), int(first.value[8:10]))
    if day is None:
        return None
    return TimeExpression(first.start, second.end, text[first.start:second.end], day.isoformat(),
                          "day", True, "a day and the year it falls in", first.kind, 0)
