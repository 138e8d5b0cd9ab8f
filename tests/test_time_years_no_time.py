"""Years that name no time: the standard a quantity is measured by ("to 1977 levels", "at
1980 prices", "over the March 1986 level") and a decade ("the mid 1990's").  Invented
sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in


def _dates(sentence: str) -> list[tuple[str, str | None]]:
    return dates_in(sentence, "2004-05-16")


@pytest.mark.parametrize("sentence", [
    "Firms improved their debt ratios to 1977 levels.",
    "Aid budgets are half their 1960 levels, the charity said.",
    "Output calculated at 1980 prices rose two pct.",
    "Car sales rose 23 pct over the March 1996 level.",
    "The country has imported oil since the mid 1990's.",
    "In the 1980's, farm trade grew.",
])
def test_no_date(sentence: str) -> None:
    assert _dates(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The pact was signed in 1990.", [("1990", "1990")]),
    ("2000's budget deal held.", [("2000", "2000")]),
    ("Prices fell in March 1996.", [("March 1996", "1996-03")]),
])
def test_a_year_of_an_event_stays(sentence: str, expected: list) -> None:
    assert _dates(sentence) == expected
