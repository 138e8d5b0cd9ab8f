"""Datelines: the place (and often the date and agency) a wire story opens with.

``PRETORIA, March 24 - …``, ``WASHINGTON (Reuters) - …``, ``GAZA CITY, Oct. 9, 2023 — …``,
``SAN JOSE, Calif., May 2 - …``: an upper-case place at the start of one of the first
paragraphs, an optional ``, Month Day[, Year]``, an optional ``(Agency)``, then a dash.  A first
paragraph that is only a date ("Wednesday, January 9, 2008") is a dateline without a place.
The date takes its year from the dateline, else from the publication date (the latest such
day on or before it); without either it stays unresolved (``date`` is ``None``).
"""

from __future__ import annotations

import re
from datetime import date

from briefing.model import Dateline, Section

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,3}"  # PRETORIA, NEW YORK, GAZA CITY
    r"(?:, (?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.)(?: [A-Z][a-z]+\.?){0,2})?)"  # , Calif. / , D.C.
    rf"(?:,? (?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?)?"
    r"(?: ?\((?P<agency>[A-Z][A-Za-z .&-]{1,30})\))?"
    r" ?(?:-{1,2}|[–—]) ")
# A line that is only a date ("Wednesday, January 9, 2008", "March 24, 2023"): the date a
# story is filed under (Wikinews and press-release style), with no place.
_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    rf"(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})")
FILED_AFTER_DAYS = 3  # a dateline this many days after the publication date is still its own
PARAGRAPHS_LOOKED_AT = 3  # a byline or a time line may come before the dateline


def find_dateline(text: str, sections: tuple[Section, ...],
                  published: str | None) -> Dateline | None:
    """The dateline at the start of one of the document's first paragraphs, if any."""
    seen = 0
    for section in sections:
        for para in section.paragraphs:
            m = _DATELINE.match(text, para.start, para.end)
            if m:
                return _dateline(m, published)
            m = _DATE_LINE.fullmatch(text, para.start, para.end)
            if m:
                return Dateline(m.start(), m.end(), m.group(0), None,
                                _resolve(_month(m["month"]), int(m["day"]), int(m["year"]),
                                         published))
            seen += 1
            if seen >= PARAGRAPHS_LOOKED_AT:
                return None
    return None


def _dateline(m: re.Match[str], published: str | None) -> Dateline:
    when = None
    if m["month"]:
        when = _resolve(_month(m["month"]), int(m["day"]), int(m["year"]) if m["year"] else None,
                        published)
    end = m.end()
    while end > m.start() and m.string[end - 1] == " ":
        end -= 1
    return Dateline(m.start(), end, m.string[m.start():end], _place(m["place"]), when,
                    m["agency"].strip() if m["agency"] else None)


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _resolve(month: int, day: int, year: int | None, published: str | None) -> str | None:
    """``YYYY-MM-DD``: the dateline's year, else the latest such day on or before
    ``published`` (or a few days after it: a story filed the day after its publication date
    is dated by the sidecar a day early); ``None`` when neither is known or the day does not
    exist."""
    try:
        if year is not None:
            return date(year, month, day).isoformat()
        if not published or len(published) < 10:
            return None
        pub = date.fromisoformat(published[:10])
        for y in (pub.year + 1, pub.year, pub.year - 1):
            try:
                candidate = date(y, month, day)
            except ValueError:
                continue  # 29 February
            if (candidate - pub).days <= FILED_AFTER_DAYS:
                return candidate.isoformat()
    except ValueError:
        return None
    return None


def _place(place: str) -> str:
    """``NEW YORK`` → ``New York``; ``WASHINGTON, D.C.`` keeps its initials."""
    words = []
    for word in place.split(" "):
        if "." in word and len(word) <= 5 or not word.isupper():
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)
