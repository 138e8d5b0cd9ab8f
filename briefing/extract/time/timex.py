"""Time expressions resolved against the publication date.

One pass of a few precompiled patterns over the text finds dates ("March 23-25, 2025",
"2016-09-04", "May 27th"), months ("in February", "last October", "November 1985"), years,
weekdays, relative days ("yesterday", "earlier today"), offsets ("a week ago", "last month",
"later this week") and durations ("nine hours", which are lengths, never events).

Resolution against ``document.published``:

* a bare weekday or month is the latest one on or before the reference date, unless the clause
  before it carries a future cue nearer than any past verb ("could announce a deal as early as
  Sunday", "will travel on Sunday") — then the next one on or after it; "last"/"next" force the
  direction;
* approximate offsets carry ``tolerance_days`` ("a week ago": ±3);
* with no publication date, relative expressions stay unresolved (``value=None``) with a note;
  absolute dates (with a year) are resolved all the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from briefing.extract.time import holidays, known_days
from briefing.extract.time.calendar_values import (
    SEASON_MONTH,
    YEAR_PARTS,
    add_months,
    century_of,
    count_of,
    iso_day,
    month_number,
    year_month,
)
from briefing.extract.time.candidates import Cand, candidates
from briefing.extract.time.cues import (
    ANNIVERSARY_BEFORE,
    CLAUSE_END,
    CLOCK_EVENT,
    CLOCK_RANGE_AFTER,
    CLOCK_RANGE_BEFORE,
    DAY_NEAR_AFTER,
    DAY_NEAR_BEFORE,
    DAY_OF_A_NAME,
    DEADLINE_BEFORE,
    DECADE_BEFORE,
    NEARLY_BEFORE,
    PART_OF_MONTH_DAYS,
    SINCE_BEFORE,
    YEAR_AS_MEASURE,
    day_value,
    month_value,
    tense_after,
    tense_before,
    weekday_value,
)
from briefing.extract.time.lower_case import cased_for_times
from briefing.extract.time.ranges import (
    after_ago,
    after_range_start,
    day_in_year,
    range_end_day,
    safe_date,
)
from briefing.extract.time.reference import own_date
from briefing.extract.time.tense_direction import (
    Clauses,
    day_direction,
    direction,
    looks_ahead,
    month_direction,
)
from briefing.extract.time.words import UNITS, WEEKDAYS
from briefing.model import Document, TimeExpression

NO_REFERENCE = "no publication date: relative expression not resolved"
CLOCK_NOTE = "a clock time of the day of the report"
ANNIVERSARY_NOTE = "an anniversary: the day that many years back"
YEAR_SPAN_MAX = 10  # "1990-1991", "2008-09": the years of a span lie this close
# A month or a day named without a year or "last" / "next" lies within the year around the
# report: a tense that puts it ten months or more away ("the study may be released in May",
# written in March and read as last May; "told him here in February", written in April and read
# as next February; "the union called off talks on a holiday on May 1", written in April and
# read as last May 1) is the report's tense, not the date's, and the nearer reading is meant (a
# report names a date that far off with its year, or with "last" / "next").  ("since April"
# written in March is last April: "since" looks back as far as it must.)
FAR_MONTHS = 10
FAR_DAYS = 335


def _nearer_year(ref: dt.date, year: int, month: int) -> int:
    """``year``, or the year that puts ``month`` nearer ``ref`` when it is FAR_MONTHS away."""
    ahead = (year - ref.year) * 12 + month - ref.month
    return year + 1 if ahead <= -FAR_MONTHS else year - 1 if ahead >= FAR_MONTHS else year


# (compiled once: a call of re.search(string) looks its pattern up in the regex module's
# cache each time, several microseconds)
_MONTH_PREPOSITION = re.compile(
    r"\b(?:in|since|until|by|of|from|through|during|before|after)\s+$")
_SPACES = re.compile(r"\s+")


class _Resolver:
    def __init__(self, document: Document) -> None:
        self.text = document.text
        self.clauses = Clauses(document)
        self.ref: dt.date | None = None
        if document.published:
            try:
                self.ref = dt.date.fromisoformat(str(document.published)[:10])
            except ValueError:
                self.ref = None
        if self.ref is not None:
            self.ref = own_date(document, self.ref) or self.ref
        # each day of a month the text has named so far, as read there ("since October 8th"):
        # named again without its year, it is that day again, however far off
        self.days_read: dict[tuple[int, int], dt.date] = {}

    def expr(self, c: Cand, value: str | None, precision: str | None, note: str = "",
             tol: int = 0, kind: str = "date") -> TimeExpression:
        return TimeExpression(
            start=c.start, end=c.end, text=self.text[c.start:c.end], value=value,
            precision=precision, resolved=value is not None or kind == "duration", note=note,
            kind=kind, tolerance_days=tol)

    def unresolved(self, c: Cand, precision: str) -> TimeExpression:
        return self.expr(c, None, precision, NO_REFERENCE)

    # each returns a TimeExpression, or None when the match is not a time expression after all
    def resolve(self, c: Cand) -> TimeExpression | None:
        method: Callable[[Cand], TimeExpression | None] = getattr(self, "_" + c.kind)
        return method(c)

    def _iso(self, c: Cand) -> TimeExpression | None:
        m = c.match
        day = safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        return self.expr(c, iso_day(day), "day") if day else None

    def _slash(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if m["y"] is None:
            # "since 9/11": the day of history it names (not "the 9/11 attacks": a modifier)
            if not known_days.named_alone(self.text, c.start):
                return None
            return self.expr(c, iso_day(known_days.slashed_day()), "day")
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if y < 100:
            y += 2000 if y < 70 else 1900
        # month/day/year (US news style) unless the first number cannot be a month
        month, day = (b, a) if a > 12 else (a, b)
        got = safe_date(y, month, day)
        return self.expr(c, iso_day(got), "day") if got else None

    def _mdy(self, c: Cand) -> TimeExpression | None:
        m = c.match
        return self._month_day(c, month_number(m["mon"]), int(m["d"]), m["y"])

    def _dmy(self, c: Cand) -> TimeExpression | None:
        m = c.match
        return self._month_day(c, month_number(m["mon"]), int(m["d"]), m["y"])

    def _month_day(self, c: Cand, month: int, day: int, year: str | None
                   ) -> TimeExpression | None:
        if not 1 <= day <= 31:
            return None
        if year:
            got = safe_date(int(year), month, day)
        elif self.ref is None:
            return self.unresolved(c, "day")
        else:
            got = day_value(self.ref, month, day, day_direction(self.text, self.clauses, c))
            # (a day read ahead keeps its year: "the talks will resume on October 1")
            if got is not None and (self.ref - got).days >= FAR_DAYS \
                    and not SINCE_BEFORE.search(self.text, max(0, c.start - 12), c.start):
                got = self.days_read.get((month, day)) or safe_date(
                    _nearer_year(self.ref, got.year, month), month, day) or got
        if got is None:
            return None
        if not year and self.ref is not None:
            got = known_days.event_day(self.ref, got)  # "the October 7 attacks"
        self.days_read.setdefault((month, day), got)
        return self.expr(c, iso_day(got), "day")

    def _my(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if YEAR_AS_MEASURE.match(self.text, c.end):
            return None  # "sales rose 23 pct over the March 1986 level"
        year = int(m["y"]) if m["y"] else century_of(int(m["y2"]), self.ref)
        return self.expr(c, year_month(year, month_number(m["mon"])), "month")

    def _month(self, c: Cand) -> TimeExpression | None:
        m = c.match
        name, mod = m["mon"], (m["mod"] or "").lower()
        if name == "May" and not mod:
            before = self.text[max(0, c.start - 12):c.start].lower()
            if not _MONTH_PREPOSITION.search(before):
                return None  # the modal verb
        if self.ref is None:
            return self.unresolved(c, "month")
        month = month_number(name)
        yrel = (m["yrel"] or "").lower()
        if yrel:  # "February last year", "June of next year"
            step = {"last": -1, "next": 1}.get(yrel, 0)
            return self.expr(c, year_month(self.ref.year + step, month), "month")
        if mod == "this":  # "payable this September": this year's
            y, mo = self.ref.year, month
        elif mod in ("last", "earlier"):
            y, mo = month_value(self.ref, month, "past", strict=True)
        elif mod in ("next", "later"):
            y, mo = month_value(self.ref, month, "future", strict=True)
        else:
            way = month_direction(self.text, self.clauses, self.ref, c, month)
            y, mo = month_value(self.ref, month, way, strict=False)
            near = _nearer_year(self.ref, y, mo)
            # (not "since April", nor a verb after it that tells the same way: "a January
            # truce collapsed", written in December, is last January)
            if near != y and not SINCE_BEFORE.search(self.text, max(0, c.start - 12), c.start) \
                    and tense_after(self.text, c.end) != ("past" if near > y else "future"):
                y = near
        return self.expr(c, year_month(y, mo), "month")

    def _weekday(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if m["pl"]:  # "on Sundays": a habit, not a date
            return None
        if not m["part"] and not m["wk"] and DAY_OF_A_NAME.match(self.text, c.end):
            return None  # "the Good Friday Agreement": a name
        mod = _SPACES.sub(" ", (m["mod"] or "").lower())
        if self.ref is None:
            return self.unresolved(c, "day")
        wd = WEEKDAYS[m["wd"].lower()]
        if m["wk"]:  # "Tuesday last week": the Tuesday of the week before the report's
            step = -7 if m["wk"].lower() == "last" else 7
            monday = self.ref - dt.timedelta(days=self.ref.weekday())
            return self.expr(c, iso_day(monday + dt.timedelta(days=step + wd)), "day")
        if mod in ("last", "past", "this past"):
            got = weekday_value(self.ref, wd, "past", strict=True)
        elif mod in ("next", "coming", "this coming"):
            got = weekday_value(self.ref, wd, "future", strict=True)
        elif DEADLINE_BEFORE.search(self.text, max(0, c.start - 24), c.start) and tense_before(
                self.text, c.start, self.clauses.start_of(c.start)) != "past":
            # "can you get a ceasefire by Monday?": a deadline with no past tense before it is
            # the coming day ("was given until Monday" stays past)
            got = weekday_value(self.ref, wd, "future", strict=False)
        else:
            got = weekday_value(self.ref, wd, direction(self.text, self.clauses, c), strict=False)
        return self.expr(c, iso_day(got), "day")

    def _dayword(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if self.ref is None:
            return self.unresolved(c, "day")
        word = (m["w"] or "").lower()
        offset = 0
        if word == "yesterday" or m["ln"]:
            offset = -1
        elif word == "tomorrow":
            offset = 1
        return self.expr(c, iso_day(self.ref + dt.timedelta(days=offset)), "day")

    def _ago(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if self.ref is None:
            return self.unresolved(c, "day")
        n, unit = count_of(m["n"]), UNITS[m["u"].lower()]
        sign = 1 if m["dir"].lower() in ("later", "from now") else -1
        if m["dir"].lower() in ("earlier", "later", "before") and unit not in ("hour", "day"):
            # "two years earlier" is relative to another event, not to the publication date
            return None
        if unit == "hour":
            return self.expr(c, iso_day(self.ref), "day")
        if unit in ("day", "week"):
            days = n * (7 if unit == "week" else 1)
            tol = 0 if unit == "day" else 3
            if m["n"].lower() in ("a few", "few", "several"):
                tol = max(tol, 2 * days // 3)
            return self.expr(c, iso_day(self.ref + dt.timedelta(days=sign * days)), "day",
                             tol=tol)
        if unit == "month":
            y, mo = add_months(self.ref, sign * n)
            return self.expr(c, year_month(y, mo), "month")
        years = n * (10 if unit == "decade" else 1)
        if sign < 0 and (m["today"] or ANNIVERSARY_BEFORE.search(
                self.text, max(0, c.start - 24), c.start)):
            # "On this day 127 years ago", "ten years ago today": the anniversary's day (the
            # 29th of February of a year without one: the 28th)
            day = safe_date(self.ref.year - years, self.ref.month, self.ref.day) \
                or dt.date(self.ref.year - years, self.ref.month, 28)
            return self.expr(c, iso_day(day), "day", ANNIVERSARY_NOTE)
        if unit == "year" and n <= 2:  # "a year ago": the same month a year back
            return self.expr(c, year_month(self.ref.year + sign * years, self.ref.month), "month")
        if sign < 0 and NEARLY_BEFORE.search(self.text, max(0, c.start - 16), c.start):
            years -= 1  # "the war began nearly a decade ago" (in 2023): 2014, not 2013
        return self.expr(c, f"{self.ref.year + sign * years:04d}", "year")

    def _window(self, c: Cand) -> TimeExpression | None:
        """"over the past month": the middle of the window, give or take half of it; "over the
        past year": the month it began."""
        m = c.match
        if self.ref is None:
            return self.unresolved(c, "day")
        if m["u"].lower() == "year":
            return self.expr(c, year_month(self.ref.year - 1, self.ref.month), "month", tol=31)
        days = 30 if m["u"].lower() == "month" else 7
        return self.expr(c, iso_day(self.ref - dt.timedelta(days=days // 2)), "day",
                         tol=days // 2)

    def _relunit(self, c: Cand) -> TimeExpression | None:
        m = c.match
        if self.ref is None:
            return self.unresolved(c, "day")
        rel, unit = m["rel"].lower(), m["u"].lower()
        pre, end = (m["pre"] or "").lower(), (m["end"] or "").lower()
        ref = self.ref
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        if unit in ("week", "weekend"):
            monday = ref - dt.timedelta(days=ref.weekday())
            base = monday + dt.timedelta(days=7 * step)
            if unit == "weekend":
                if step == 0 and ref.weekday() <= 2 \
                        and direction(self.text, self.clauses, c) == "past":
                    # "calls this weekend" written on a Tuesday: the weekend just past
                    return self.expr(c, iso_day(monday - dt.timedelta(days=1)), "day", tol=1)
                return self.expr(c, iso_day(base + dt.timedelta(days=5)), "day", tol=1)
            if step == 0:
                if pre in ("earlier", "early"):
                    got = max(monday, ref - dt.timedelta(days=3))
                    return self.expr(c, iso_day(got), "day", tol=2)
                if pre in ("later", "late"):
                    got = min(monday + dt.timedelta(days=6), ref + dt.timedelta(days=2))
                    return self.expr(c, iso_day(got), "day", tol=2)
                return self.expr(c, iso_day(ref), "day", tol=3)
            if "end" in end:
                return self.expr(c, iso_day(base + dt.timedelta(days=4)), "day", tol=3)
            return self.expr(c, iso_day(ref + dt.timedelta(days=7 * step)), "day", tol=3)
        if unit == "month":
            y, mo = add_months(ref, step)
            return self.expr(c, year_month(y, mo), "month")
        if pre in ("early", "late"):  # "late last year": its November, give or take
            month, tol = YEAR_PARTS[pre]
            return self.expr(c, year_month(ref.year + step, month), "month", tol=tol)
        return self.expr(c, f"{ref.year + step:04d}", "year")

    def _season(self, c: Cand) -> TimeExpression | None:
        """"this fall": the season's middle month (northern seasons, the winter's January) of
        the report's year, a year on or back for "next"/"last"; give or take 45 days."""
        if self.ref is None:
            return self.unresolved(c, "month")
        m = c.match
        rel, season = m["rel"].lower(), m["s"].lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
        month = SEASON_MONTH[season]
        year = self.ref.year + step
        if season == "winter" and self.ref.month >= 3:
            year += 1  # "this winter" said in the autumn: the one that turns the year
        return self.expr(c, year_month(year, month), "month", tol=45)

    def _weekend(self, c: Cand) -> TimeExpression | None:
        """The weekend just past (its Sunday); late in the week the coming one (its Saturday)
        when the clause speaks of the future; written on a weekend, that weekend."""
        ref = self.ref
        if ref is None:
            return self.unresolved(c, "day")
        wd = ref.weekday()
        if wd >= 5:
            return self.expr(c, iso_day(ref), "day", tol=1)
        if wd >= 2 and tense_before(self.text, c.start, self.clauses.start_of(c.start)) == "future":
            return self.expr(c, iso_day(ref + dt.timedelta(days=5 - wd)), "day", tol=1)
        return self.expr(c, iso_day(ref - dt.timedelta(days=wd + 1)), "day", tol=1)

    def _holiday(self, c: Cand) -> TimeExpression | None:
        """"on Thanksgiving Day": the nearest one in the clause's direction.  A month-long
        season ("Ramadan") is a date only as a deadline ("a deal by Ramadan": its first day);
        "during Ramadan", "through Ramadan" name the month."""
        deadline = c.match.group(0).split()[0].lower() in ("by", "before", "until", "till")
        if not deadline and holidays.is_season(c.match.group("name")):
            return None
        if self.ref is None:
            return self.unresolved(c, "day")
        # a deadline: "by Christmas"
        future = direction(self.text, self.clauses, c) == "future" or deadline
        got = holidays.resolve(c.match.group("name"), self.ref, future)
        return self.expr(c, iso_day(got), "day") if got else None

    def _partof(self, c: Cand) -> TimeExpression | None:
        """"by the end of 1987": that year's December; "the beginning of March", "the end of
        the month": the first or last day of the month, give or take five days; "the middle
        of this month": its 15th."""
        m = c.match
        part = m["p"].lower()
        if m["y"] or (m["u"] and m["u"].lower() == "year"):
            if m["y"]:
                year = int(m["y"])
            elif self.ref is None:
                return self.unresolved(c, "month")
            else:
                year = self.ref.year + {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
            month = {"end": 12, "middle": 6}.get(part, 1)
            return self.expr(c, year_month(year, month), "month", tol=45 if part == "middle" else 0)
        if m["mon"]:
            month = month_number(m["mon"])
            if m["my"]:
                year = int(m["my"])
            elif self.ref is None:
                return self.unresolved(c, "day")
            else:
                way = month_direction(self.text, self.clauses, self.ref, c, month)
                year, month = month_value(self.ref, month, way, strict=False)
        elif self.ref is None:
            return self.unresolved(c, "day")
        else:
            year, month = add_months(self.ref, {"next": 1, "last": -1}.get(m["rel"].lower(), 0))
        first = dt.date(year, month, 1)
        if part == "end":
            y2, m2 = add_months(first, 1)
            day = dt.date(y2, m2, 1) - dt.timedelta(days=1)
        else:
            day = first + dt.timedelta(days=14 if part == "middle" else 0)
        return self.expr(c, iso_day(day), "day", tol=PART_OF_MONTH_DAYS)

    def _yearpart(self, c: Cand) -> TimeExpression | None:
        """"end-1986": that year's last month; "mid-1987" its middle, give or take 45 days."""
        month, tol = YEAR_PARTS[c.match["p"].lower()]
        return self.expr(c, year_month(int(c.match["y"]), month), "month", tol=tol)

    def _year(self, c: Cand) -> TimeExpression | None:
        """A year, unless it names no time: a decade ("since the mid 1990's") or the standard
        a quantity is measured by ("aid is half its 1960 levels", "at 1980 prices")."""
        if YEAR_AS_MEASURE.match(self.text, c.end) \
                or CLOCK_RANGE_AFTER.match(self.text, c.end) or (
                c.match["y"].endswith("0") and DECADE_BEFORE.search(
                    self.text, max(0, c.start - 20), c.start)
                and self.text.startswith(("'s", "’s"), c.end)):
            return None
        return self.expr(c, c.match["y"], "year")

    def _yearspan(self, c: Cand) -> TimeExpression | None:
        """"1990-1991", "2008-09": the first year, when the second follows it closely (not
        "1990-12", a month, nor "2001-1987", no span)."""
        first, second = int(c.match["y"]), c.match["y2"]
        last = int(second) if len(second) == 4 else first - first % 100 + int(second)
        if not 0 < last - first <= YEAR_SPAN_MAX:
            return None
        return self.expr(c, f"{first:04d}", "year")

    def _within(self, c: Cand) -> TimeExpression | None:
        if self.ref is None:
            return self.unresolved(c, "day")
        n, unit = count_of(c.match["n"]), c.match["u"].lower()
        days = max(1, round(n / 24)) if unit == "hours" else n * (7 if unit == "weeks" else 1)
        return self.expr(c, iso_day(self.ref + dt.timedelta(days=days)), "day",
                         tol=max(1, days // 4))

    def _inoffset(self, c: Cand) -> TimeExpression | None:
        """"should be completed in about two weeks", "we'll know in a couple days": the day
        (the month, for months) that many ahead of the report, when the words before it look
        ahead; else a length ("the war ended in 11 days")."""
        if not looks_ahead(self.text, self.clauses, c):
            return self._duration(c)
        if self.ref is None:
            return self.unresolved(c, "day")
        m = c.match
        n, unit = count_of(m["n"]), UNITS[m["u"].lower()]
        if unit == "month":
            y, mo = add_months(self.ref, n)
            return self.expr(c, year_month(y, mo), "month")
        days = n * (7 if unit == "week" else 1)
        tol = 3 if unit == "week" else max(1, days // 4)
        if m["n"].lower() in ("a few", "few", "several"):
            tol = max(tol, 2 * days // 3)
        return self.expr(c, iso_day(self.ref + dt.timedelta(days=days)), "day", tol=tol)

    def _clock(self, c: Cand) -> TimeExpression | None:
        """"resumed at 1000 EST": the day of the report; a clock time of a day named next to it
        ("Friday at 1000 EST", "at 2400 EDT yesterday") is part of that day's expression."""
        if DAY_NEAR_BEFORE.search(self.text, max(0, c.start - 24), c.start) \
                or DAY_NEAR_AFTER.match(self.text, c.end) \
                or self.text[c.start - 1:c.start] in ("(", "/") \
                or CLOCK_RANGE_BEFORE.search(self.text, max(0, c.start - 12), c.start):
            # "1500 EST (2000 GMT)": the same hour told again; "a session from 1700 to 2100
            # local time": hours of business
            return self._duration(c)
        # only the hour of a meeting, talks, a strike or a deadline dates an event ("At 1430 GMT
        # the index was down 8 points" is the hour of a quote on a market)
        start = self.clauses.start_of(c.start)
        stop = CLAUSE_END.search(self.text, c.end)
        if not CLOCK_EVENT.search(self.text, start, stop.start() if stop else len(self.text)):
            return self._duration(c)
        if self.ref is None:
            return self.unresolved(c, "day")
        return self.expr(c, iso_day(self.ref), "day", CLOCK_NOTE)

    def _since_years(self, c: Cand) -> TimeExpression | None:
        """Things that last (an agreement, a strike, a lull), never a person's age: N years
        (months, weeks) ago."""
        if self.ref is None:
            return self.unresolved(c, "year")
        n = count_of(c.match["n"] or c.match["n2"] or "a")
        unit = c.match["u"] or "year"
        if unit == "week":  # "a week-old strike": it began that many weeks before the report
            return self.expr(c, iso_day(self.ref - dt.timedelta(days=7 * n)), "day", tol=3)
        if unit == "month":
            y, mo = add_months(self.ref, -n)
            return self.expr(c, year_month(y, mo), "month")
        return self.expr(c, f"{self.ref.year - n:04d}", "year")

    def _duration(self, c: Cand) -> TimeExpression | None:
        return self.expr(c, None, None, "a duration, not a date", kind="duration")


def find_times(document: Document) -> tuple[TimeExpression, ...]:
    """Time expressions in ``document``, in text order, resolved against ``published``."""
    resolver = _Resolver(document)
    out: list[TimeExpression] = []
    # (a text typed in lower case is searched with its months and weekdays capitalised)
    for cand in candidates(cased_for_times(document.text)):
        got = resolver.resolve(cand)
        if got is not None:
            if out and got.precision == "month" and got.value and len(got.value) == 7:
                got = after_range_start(document.text, out[-1], got)
            if out and (one := after_ago(document.text, out[-1], got)
                        or day_in_year(document.text, out[-1], got)) is not None:
                out[-1] = one
                continue
            out.append(got)
            ends = range_end_day(document.text, got)
            if ends is not None:
                out[-1], end = ends
                if end is not None:
                    out.append(end)
    return tuple(out)


def reference_date(document: Document) -> dt.date | None:
    """The publication date as a ``date``, or ``None`` (missing or malformed)."""
    return _Resolver(document).ref
