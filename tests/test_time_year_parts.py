"""Years counted back short of the count ("nearly a decade ago") and the early or late part of
a year named from the report ("late last year").  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract.time.timex import find_times


def _dates(sentence: str, published: str = "2023-05-16") -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.precision)
            for t in find_times(doc("Title\n\n" + sentence, published)) if t.kind == "date"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It is the calmest spell since the war began nearly a decade ago.", "2014"),
    ("The border treaty was signed almost five years ago.", "2019"),
    # not short of it: the plain count
    ("It is the calmest spell since the war began over a decade ago.", "2013"),
    ("The border treaty was signed five years ago.", "2018"),
])
def test_nearly_n_years_ago_is_the_year_after(sentence: str, expected: str) -> None:
    assert [v for _t, v, _p in _dates(sentence)] == [expected]


def test_nearly_two_years_ago_in_a_month_keeps_the_month_s_year() -> None:
    assert [v for _t, v, _p in _dates("The pact was signed almost two years ago in August.")] \
        == ["2021-08"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks have gone on since late last year.", ("late last year", "2022-11", "month")),
    ("A wave of strikes broke out early this year.", ("early this year", "2023-02", "month")),
    ("The plant will open late next year.", ("late next year", "2024-11", "month")),
    # "later this year" names no part of it
    ("The envoy will visit later this year.", ("later this year", "2023", "year")),
])
def test_the_early_or_late_part_of_a_year_is_a_month(sentence: str, expected: tuple) -> None:
    assert _dates(sentence) == [expected]
