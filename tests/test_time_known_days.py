"""Days that name one event of history without their year: "the October 7 attacks" in a report
after October 2023 is that day, however far back; "since 9/11" is September 11, 2001, and "the
9/11 attacks" (a modifier) no time.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import dates_in


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # two months after the day's return, the tense would read the October just past
    ("The envoy spoke of the October 7 attacks on the border towns.", "2024-12-10",
     [("October 7", "2023-10-07")]),
    ("October 7th would not have happened under a stronger deterrent.", "2025-03-03",
     [("October 7th", "2023-10-07")]),
    # read ahead, the same
    ("The minister will speak about the horrors of October 7.", "2024-03-07",
     [("October 7", "2023-10-07")]),
    # the report's own week: that year's day (an anniversary's report)
    ("Crowds gathered on October 7 to mourn.", "2024-10-08", [("October 7", "2024-10-07")]),
    # before the event, an ordinary day
    ("The council met on October 7.", "2022-11-02", [("October 7", "2022-10-07")]),
    # a year written after it wins
    ("The raid of October 7 of last year shook the region.", "2024-04-10",
     [("October 7 of last year", "2023-10-07")]),
])
def test_a_day_of_history_without_its_year(sentence: str, published: str,
                                           expected: list) -> None:
    assert dates_in(sentence, published) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The region has changed since 9/11, the senator said.", [("9/11", "2001-09-11")]),
    ("We went after the terrorists who attacked us on 9/11 and won.", [("9/11", "2001-09-11")]),
    # a modifier: a thing of that day, no time
    ("The 9/11 commission met with the five 9/11 families.", []),
    ("He cited the post-9/11 era.", []),
    # a date with its year stays a date
    ("The notice was dated 9/11/1985.", [("9/11/1985", "1985-09-11")]),
])
def test_nine_eleven_as_a_noun(sentence: str, expected: list) -> None:
    assert dates_in(sentence, "2021-07-08") == expected
