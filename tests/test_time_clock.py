"""Clock times of the day of the report ("negotiations resumed at 1000 EST", "a council
meeting was set for 1900 hours"): dated, and an event of their own, when they give the hour of
talks, a meeting, a strike or a deadline.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in, doc

from briefing.extract import analyse


def _dates(sentence: str) -> list[tuple[str, str | None]]:
    return dates_in(sentence, "1990-03-27")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Pay negotiations resumed at 1000 EST, as expected.", [("1000 EST", "1990-03-27")]),
    ("A full council meeting was set for 1900 hours, delegates said.",
     [("1900 hours", "1990-03-27")]),
    ("The union will strike at 0600 local time unless a deal is reached.",
     [("0600 local time", "1990-03-27")]),
])
def test_the_hour_of_talks_is_the_day_of_the_report(sentence: str, expected: list) -> None:
    assert _dates(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the hour of a day named next to it belongs to that day
    ("Talks will resume Friday at 1000 EST in the capital.", [("Friday", "1990-03-30")]),
    ("The contract with the union expired at 2400 EDT yesterday.",
     [("yesterday", "1990-03-26")]),
    # the same hour told again in another zone
    ("The meeting is set to begin at 1500 EST (2000 GMT).", [("1500 EST", "1990-03-27")]),
    # hours of business, and the hour of a market quote
    ("The exchange proposed an evening session from 1800 to 2100 local time.", []),
    ("At 1430 GMT the share index was down eight points.", []),
    ("The currency touched a low of 1.80 marks at 1027 GMT.", []),
])
def test_other_clock_times_date_no_event(sentence: str, expected: list) -> None:
    assert _dates(sentence) == expected


def test_the_hour_of_talks_is_an_event_beside_the_dateline() -> None:
    b = analyse(doc("Invented headline\n\nDETROIT, March 27 - The union and the carmaker met "
                    "on pay. Union officials said negotiations resumed at 1000 EST.\n",
                    "1990-03-27"))
    assert [e.evidence.text for e in b.timeline if e.date == "1990-03-27"] \
        == ["March 27", "1000 EST"], b.timeline
