"""Texts typed in lower case: a wire story whose body runs "caracas, march 11 - venezuela will
supply ecuador ..." ("caracas, feb 26 - ...") names its months and weekdays in lower case, where the time patterns look
for the capitalised words ("March 11", "on Monday", "from August").

Such a text is known by its dateline: a month in lower case before the day, then the dash and a
lower-case word ("Quito, march 11 - ecuador ..."), which no text in ordinary case writes.  Its
time expressions are then found on a copy whose month and weekday names are capitalised (the
same length: every span the same); "march", "may" and the short forms ("feb 26") only before
a number, since as words they are also a verb, a modal and other words.
"""

from __future__ import annotations

import re

from briefing.extract.time.words import MONTH_ABBR, MONTH_NAMES, WEEKDAY_NAMES

_LOWER_MONTHS = MONTH_NAMES.lower()
_LOWER_ABBR = MONTH_ABBR.lower()
_LOWER_DATELINE = re.compile(rf"^[A-Z][A-Za-z .]*,\s+(?:{_LOWER_MONTHS}|(?:{_LOWER_ABBR})\.?)\s+"
                             r"\d{1,2}\s+[-–]\s+[a-z]", re.MULTILINE)
DATELINE_HEAD = 400  # a wire story's dateline opens its body, after the headline
_NAMES = re.compile(
    r"\b(?:(?:" + "|".join(m for m in _LOWER_MONTHS.split("|") if m not in ("march", "may"))
    + "|" + WEEKDAY_NAMES.lower() + r")\b|(?:march|may|" + _LOWER_ABBR + r")(?=\.?\s+\d))")


def cased_for_times(text: str) -> str:
    """``text``, or, when it is typed in lower case, a copy of it with its month and weekday
    names capitalised ("march 11" -> "March 11", "on monday" -> "on Monday")."""
    if text.find(" - ", 0, DATELINE_HEAD) < 0 or _LOWER_DATELINE.search(
            text, 0, DATELINE_HEAD) is None:
        return text  # (the cheap test first: a dateline's dash)
    return _NAMES.sub(lambda m: m.group().capitalize(), text)
