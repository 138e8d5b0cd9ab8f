"""Ramadan, a month that moves through the calendar: a deadline ("a deal by Ramadan") is its
first day that year; "during Ramadan", "through Ramadan" name the month, not a day.  Invented
sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in

from briefing.extract.time import holidays


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("Do you think there will be a truce by Ramadan?", "2024-03-05",
     [("by Ramadan", "2024-03-11")]),
    ("Mediators want the hostages home before Ramadan.", "2023-02-20",
     [("before Ramadan", "2023-03-23")]),
    ("Both sides pledged calm until Ramadan.", "1987-04-02", [("until Ramadan", "1987-04-30")]),
])
def test_a_deadline_of_ramadan_is_its_first_day(sentence: str, published: str,
                                                expected: list) -> None:
    assert dates_in(sentence, published) == expected


@pytest.mark.parametrize("sentence", [
    "If the fighting continues through Ramadan, it could be very dangerous.",
    "Prayers at the mosque went on during Ramadan.",
    "Ramadan is a time of fasting.",
])
def test_the_month_itself_is_no_date(sentence: str) -> None:
    assert dates_in(sentence, "2024-03-05") == []


def test_a_year_without_a_known_first_day_is_no_date() -> None:
    assert holidays.day_in("Ramadan", 1950) is None
    assert dates_in("They want a deal by Ramadan.", "1950-03-05") == []
