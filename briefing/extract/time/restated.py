"""An event of a dated day named again: the timeline (``timeline.py``) asks these before it
dates a time a second time.

A day in the possessive names an event of that day ("today's meeting", "yesterday's
statement", "Wednesday's strike"). Once the timeline dates an event of that very day (not the
dateline alone, which dates the report, nor a stretch such as "this week" whose value is that
day), the possessive names that event again, not a new one: "The ministers met in Brussels
today. … Officials said today's meeting went well." The visible gold dates the same event once (eval/CONVENTIONS.md, session 20 rule 2). Measured on the
released sets dev-blind22 (session 23): 16 extra items fewer, 3 gold items lost (old sets 2 / 2,
blind13-15 2 / 0, blind16-22 12 / 1). Written dates ("May 27's vote") are already one event per
date.
"""

from __future__ import annotations

from briefing.model import TimeExpression


def possessive_day(text: str, t: TimeExpression) -> bool:
    """``t`` is one day in words followed by the possessive ("today's", "yesterday’s",
    "Wednesday's"); not a stretch ("last week's talks", "last year's figures": a week or a
    year holds several events, 5 extra against 3 gold on the released sets), nor a date
    written out."""
    return t.precision == "day" and not t.tolerance_days and text.startswith(
        ("'s", "’s"), t.end) and not any(ch.isdigit() for ch in t.text)

