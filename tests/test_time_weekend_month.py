"""The weekend near the report ("over the weekend", "at the end of the weekend") and a month of
the year before or after ("February last year") (issue 11).  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract.time.timex import find_times


def _values(sentence: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(doc("Title\n\n" + sentence, published))]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # written on a Monday: the weekend just past, even after a future cue earlier in the text
    ("The envoy met them over the weekend.", "2024-04-08", [("over the weekend", "2024-04-07")]),
    ("She will say more; the envoy was there over the weekend.", "2024-04-09",
     [("over the weekend", "2024-04-07")]),
    ("The plan went out at the end of the weekend.", "2024-04-08",
     [("the end of the weekend", "2024-04-07")]),
    # late in the week a future clause means the coming weekend
    ("The envoy will travel there over the weekend.", "2024-04-11",
     [("over the weekend", "2024-04-13")]),
    # written on a Saturday: that weekend
    ("Talks went on during the weekend.", "2024-04-13", [("during the weekend", "2024-04-13")]),
])
def test_the_weekend_near_the_report(sentence: str, published: str, expected: list) -> None:
    assert _values(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Quotas were suspended in February last year.", [("February last year", "1986-02")]),
    ("A vote is due in June next year.", [("June next year", "1988-06")]),
    ("The pact expires in March of this year.", [("March of this year", "1987-03")]),
])
def test_a_month_of_last_or_next_year(sentence: str, expected: list) -> None:
    assert _values(sentence, "1987-06-19") == expected


def test_the_weekend_alone_is_no_date() -> None:
    assert _values("Shops close at weekends and the weekend is quiet.", "2024-04-08") == []
