"""Dates of history in anniversary messages: a month, a day and an older year after a comma
("signed on September 3, 1721") are one date of that year, not this year's day; a number
after a day with no comma ("March 3 1750 workers") stays no year.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in


def _dates(sentence: str) -> list[tuple[str, str | None]]:
    return dates_in(sentence, "2026-01-14")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Envoys signed the Treaty of Harrowgate on September 3, 1721.",
     [("September 3, 1721", "1721-09-03")]),
    ("The truce, proclaimed on April 11, 1619, held for years.",
     [("April 11, 1619", "1619-04-11")]),
    ("The assembly first met on 4 July, 1776.", [("4 July, 1776", "1776-07-04")]),
    ("The pact was signed on May 2, 1898.", [("May 2, 1898", "1898-05-02")]),
])
def test_an_older_year_after_the_day_dates_it(sentence: str, expected: list) -> None:
    assert _dates(sentence) == expected


def test_a_count_after_a_day_is_no_year() -> None:
    got = _dates("On March 3 1750 workers struck at the mill.")
    assert [text for text, _value in got] == ["March 3"], got
