"""Texts typed in lower case: a wire story whose body runs "caracas, march 11 - venezuela will
supply ecuador ..." ("caracas, feb 26 - ...") names its months and weekdays in lower case, where the time patterns look
for the capitalised words ("March 11", "on Monday", "from August").

Such a text is known by its dateline (:func:`briefing.extract.lower_case_text.
dateline_in_lower_case`, where every stage asks whether a text is typed in lower case).  Its
time expressions are then found on a copy whose month and weekday names are capitalised (the
same length: every span the same); "march", "may" and the short forms ("feb 26") only before
a number, since as words they are also a verb, a modal and other words.
"""

from __future__ import annotations

import re

from briefing.extract.lower_case_text import LOWER_ABBR, LOWER_MONTHS, dateline_in_lower_case
from briefing.extract.time.words import WEEKDAY_NAMES

_NAMES = re.compile(
    r"\b(?:(?:" + "|".join(m for m in LOWER_MONTHS.split("|") if m not in ("march", "may"))
    + "|" + WEEKDAY_NAMES.lower() + r")\b|(?:march|may|" + LOWER_ABBR + r")(?=\.?\s+\d))")


def cased_for_times(text: str) -> str:
    """``text``, or, when its dateline is typed in lower case, a copy of it with its month and
    weekday names capitalised ("march 11" -> "March 11", "on monday" -> "on Monday")."""
    if not dateline_in_lower_case(text):
        return text
    return _NAMES.sub(lambda m: m.group().capitalize(), text)
