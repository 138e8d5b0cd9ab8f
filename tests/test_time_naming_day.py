"""A day that names an event ("Iran's October 1st attacks", "the April 23 annual meeting") is
the nearest such day, whatever the tense of its clause.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("What is the army going to do in response to the rebels' October 1st attacks?",
     "2024-10-18", [("October 1st", "2024-10-01")]),
    ("The split is subject to approval at the April 23 annual meeting.", "1990-03-02",
     [("April 23", "1990-04-23")]),
    ("The bank had planned a new loan after the June 11 elections.", "1990-06-19",
     [("June 11", "1990-06-11")]),
    # a day after a preposition keeps the clause's tense
    ("The talks will resume on October 1.", "2024-10-18", [("October 1", "2025-10-01")]),
])
def test_a_day_naming_an_event_is_the_nearest(sentence: str, published: str,
                                              expected: list) -> None:
    assert dates_in(sentence, published) == expected


def test_a_weekday_naming_an_event_takes_the_tense_after_the_event() -> None:
    # "deadline" is no future cue for the day it names: "ended" after it tells the past
    got = dates_in("Talks, which continued past a midnight Friday deadline, ended Saturday after "
                 "the workers rejected the offer.", "1990-03-05")
    assert got == [("Friday", "1990-03-02"), ("Saturday", "1990-03-03")]
