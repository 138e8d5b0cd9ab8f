"""Ranges of days written with the month once (issue 11): "from March 3 to 5", "between
March 3 and 5", "March 12 to 14, 2019"; a number the date is followed by is no day.
Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract.time.timex import find_times


def _values(sentence: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(doc("Title\n\n" + sentence, "2024-04-08"))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The talks ran from March 3 to 5.", [("March 3", "2024-03-03"), ("5", "2024-03-05")]),
    ("Talks were held between March 3 and 5 in Geneva.",
     [("March 3", "2024-03-03"), ("5", "2024-03-05")]),
    ("They met March 12 to 14, 2019.",
     [("March 12", "2019-03-12"), ("14", "2019-03-14"), ("2019", "2019")]),
])
def test_the_end_of_a_range_of_days_is_a_date(sentence: str, expected: list) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "On March 3, 5 people died.", "On March 3 and 4 pct rose.", "It closed on March 3 at 5 pm.",
    "On March 3 to 10 percent of them voted.",
    "Balances fell on March 3 to 3.775 billion dlrs.",
])
def test_a_count_after_a_date_is_no_day(sentence: str) -> None:
    assert [v for _t, v in _values(sentence)] == ["2024-03-03"]


def test_an_offset_and_the_date_it_names_are_one_expression() -> None:
    def got(text: str, published: str) -> list[tuple[str, str | None]]:
        return [(t.text, t.value) for t in find_times(doc("H\n\n" + text + "\n", published))]

    # the month in the offset's year; a day written out is its own date
    assert got("The law was signed almost two years ago in August, enacting it.",
               "2024-05-21") == [("two years ago in August", "2022-08")]
    assert got("Over four months ago, on October the 7th, the war began.", "2024-02-12") == \
        [("four months ago, on October the 7th", "2023-10-07")]
    # not one expression: another sentence, or a place
    assert got("It was signed a year ago. In March 2023, the talks resumed.", "2024-02-12") == \
        [("a year ago", "2023-02"), ("March 2023", "2023-03")]
    assert got("The pact was signed three years ago in Geneva.", "2024-02-12") == \
        [("three years ago", "2021")]


def test_a_day_and_the_year_named_after_it_are_one_expression() -> None:
    def got(text: str) -> list[tuple[str, str | None]]:
        return [(t.text, t.value) for t in find_times(doc("H\n\n" + text + "\n",
                                                          "1987-08-01"))]

    assert got("It covers payments due by May 31 this year.") == \
        [("May 31 this year", "1987-05-31")]
    assert got("They met on March 3 last year.") == [("March 3 last year", "1986-03-03")]
    assert got("They met on March 3. This year the talks failed.") == \
        [("March 3", "1987-03-03"), ("This year", "1987")]
    # "of" between them: the day of that year, however far back ("October 7" alone, written
    # in August, would be the coming one)
    assert got("They condemned the raid of October 7 of last year.") == \
        [("October 7 of last year", "1986-10-07")]
    assert got("That was September 15th of 1985, long before the talks.") == \
        [("September 15th of 1985", "1985-09-15")]
    assert got("The pact ends on May 1 of this year.") == [("May 1 of this year", "1987-05-01")]
    # a number after a day is no year without "of"
    assert [t for t, _v in got("On March 3 1750 workers struck.")] == ["March 3"]
