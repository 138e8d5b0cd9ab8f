"""Whether a date without a year or a relative date lies before or after the report.

Functions of the resolver of :mod:`~briefing.extract.time.timex`: the tense of the clause
around an expression (``direction``), for a day (``day_direction``: a deadline or a day naming
an event is the nearest one) and a bare month (``month_direction``: with no tense, the nearest
one up to five months ahead), and whether the clause before it looks ahead
(``looks_ahead``).  :class:`Clauses` holds the sentence starts they look back to.
"""

from __future__ import annotations

import bisect
import datetime as dt

from briefing.extract.time.candidates import Cand
from briefing.extract.time.cues import (
    DEADLINE_BEFORE,
    EVENT_NOUN_AFTER,
    HAVE_AFTER,
    HOPED_TO,
    MODAL_BEFORE,
    MONTH_TENSE_WINDOW,
    NAMING_BEFORE,
    NEAREST_MONTHS_AHEAD,
    NOUN_AFTER,
    SINCE_BEFORE,
    tense_after,
    tense_before,
)
from briefing.extract.time.words import FUTURE_CUES, PAST_VERBS
from briefing.model import Document


class Clauses:
    """Sentence starts, to look back only within the expression's own sentence."""

    def __init__(self, document: Document) -> None:
        starts = [s.start for s in document.sentences]
        if document.title_span:
            starts.append(document.title_span[0])
        self.starts = sorted(set(starts)) or [0]

    def start_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.starts[i] if i >= 0 else 0


def direction(text: str, clauses: Clauses, c: Cand) -> str:
    """'future' or 'past': the tense of the clause before the expression, else of the
    words after it ("on Thursday, the President will welcome"), else the past (news
    reports the past)."""
    got = tense_before(text, c.start, clauses.start_of(c.start))
    if got == "none":
        # the event the day names is no tense of its own ("a midnight Friday deadline,
        # ended Saturday": the words after it tell)
        named = EVENT_NOUN_AFTER.match(text, c.end)
        got = tense_after(text, named.end() if named else c.end)
    return "future" if got == "future" else "past"

def day_direction(text: str, clauses: Clauses, c: Cand) -> str:
    """For a day without a year: the nearest such day to the publication date when the
    clause gives no tense, or when the day is a deadline ("before October 30", "by May
    5": the tense of the clause is the asking, not the day); else the clause's tense."""
    if SINCE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return "past"  # "since the 7th of October"
    if DEADLINE_BEFORE.search(text, max(0, c.start - 24), c.start):
        return "deadline"
    if NAMING_BEFORE.search(text, max(0, c.start - 8), c.start) \
            and NOUN_AFTER.match(text, c.end):
        # "what Israel is going to do in response to Iran's October 1st attacks": a day
        # that names an event is the nearest one, whatever the clause's tense
        return "nearest"
    got = tense_before(text, c.start, clauses.start_of(c.start))
    return "nearest" if got == "none" else got

def month_direction(text: str, clauses: Clauses, ref: dt.date | None, c: Cand,
                    month: int) -> str:
    """The tense of the words just before or after a bare month; with none, the nearest
    such month ("a ceiling from July to December" published in June; "the September
    meeting" published in June), up to five months ahead."""
    if SINCE_BEFORE.search(text, max(0, c.start - 12), c.start):
        return "past"  # "since March"
    lo = max(clauses.start_of(c.start), c.start - MONTH_TENSE_WINDOW)
    got = tense_before(text, c.start, lo)
    if got == "none":
        got = tense_after(text, c.end)
    if got == "none" and ref is not None:
        # "the G-7 meeting in Venice in June" (written in March): the nearest June
        ahead = (month - ref.month) % 12
        got = "future" if 0 < ahead <= NEAREST_MONTHS_AHEAD else "past"
    return "future" if got == "future" else "past"


def looks_ahead(text: str, clauses: Clauses, c: Cand) -> bool:
    """The clause before the expression looks ahead: a future cue ("will", "expects",
    "hoped to") nearer than any verb in the past, and not a past conditional ("could have
    lasted months")."""
    lo = max(clauses.start_of(c.start), c.start - 90)
    window = text[lo:c.start]
    ahead = [m.end() for m in FUTURE_CUES.finditer(window)
             if not HAVE_AFTER.match(window, m.end())]
    ahead += [m.end() for m in HOPED_TO.finditer(window)]
    if not ahead:
        return False
    past = [m.end() for m in PAST_VERBS.finditer(window)
            if not MODAL_BEFORE.search(window, 0, m.start())]
    return not past or max(ahead) > max(past)
