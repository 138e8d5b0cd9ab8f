"""The day a text speaks from, when it is not the publication date.

A wire story filed the day after its sidecar date ("LONDON, March 2 -" published March 1) or a
transcript posted the next morning with its date line under the venue ("(February 26, 2024)")
says "today", "tonight", "on Tuesday" from its own day; so does a call whose head names its
embargo's day beside "tomorrow" ("embargoed until tomorrow, September 13th").
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.extract.time.ranges import safe_date
from briefing.extract.time.words import MONTH_NAMES, MONTHS
from briefing.model import Document

# The day a text speaks from: its dateline's ("LONDON, March 2 -") or a transcript's date line
# ("(February 26, 2024)" under the venue), when it lies within a few days of the publication
# date (wire stories filed the day after, transcripts posted the next morning): "today",
# "tonight", "on Tuesday" are said from that day, not from the day the file was published.
OWN_DATE_DAYS = 3
OWN_DATE_HEAD = 600  # a transcript's date line stands among its first lines
_DATE_LINE = re.compile(rf"^[ \t]*\(?(?P<mon>{MONTH_NAMES})\.? (?P<d>\d{{1,2}}),? (?P<y>\d{{4}})\)?"
                        r"[ \t]*$", re.MULTILINE)

# A day named beside the word that counts from the text's own day, in the head of a text with no
# date line ("embargoed until tomorrow, September 13th, at 2:00 p.m."; "today, March 4"): the
# text speaks from that day, less one for "tomorrow".
_NAMED_BESIDE = re.compile(rf"\b(?P<w>[Tt]oday|[Tt]omorrow)(?:\s+morning)?,\s+(?P<mon>{MONTH_NAMES})"
                           r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b")


def _named_beside(text: str, published: dt.date) -> dt.date | None:
    """The day a head's "tomorrow, September 13th" or "today, March 4" says the text is of
    (its year the publication's)."""
    if text.find("oday,", 0, OWN_DATE_HEAD) < 0 and text.find("omorrow", 0, OWN_DATE_HEAD) < 0:
        return None  # (the cheap test first: most heads name neither)
    m = _NAMED_BESIDE.search(text, 0, OWN_DATE_HEAD)
    if m is None:
        return None
    day = safe_date(published.year, MONTHS[m["mon"].lower()], int(m["d"]))
    if day is None:
        return None
    return day - dt.timedelta(days=1) if m["w"].lower() == "tomorrow" else day


def own_date(document: Document, published: dt.date) -> dt.date | None:
    """The dateline's day (its year the one nearest ``published``) or the first date line's,
    when it differs from ``published`` by a few days at most."""
    found: list[dt.date] = []
    line = document.dateline
    if line is not None and line.date:
        day = dt.date.fromisoformat(line.date)
        found += [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := safe_date(y, day.month, day.day)) is not None]
    else:
        m = _DATE_LINE.search(document.text, 0, OWN_DATE_HEAD)
        d = safe_date(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"])) if m is not None \
            else _named_beside(document.text, published)
        if d is not None:
            found.append(d)
    near = [d for d in found if 0 < abs((d - published).days) <= OWN_DATE_DAYS]
    return min(near, key=lambda d: abs((d - published).days)) if near else None
