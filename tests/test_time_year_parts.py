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
