"""Anniversaries: "On this day 127 years ago", "fifty years ago today", "ten years ago to the
day" date the anniversary's own day that many years back (a day, not a year), so that the
date written out earlier in the message is the same event again.  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.time.timex import find_times


def _dates(sentence: str, published: str = "2025-12-10") -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.precision or "") for t in
            find_times(doc("Title\n\n" + sentence, published)) if t.kind == "date"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("On this day 127 years ago, the envoys signed the Treaty of Harrowgate.",
     [("127 years ago", "1898-12-10", "day")]),
    ("Fifty years ago today, the two kingdoms ended their war.",
     [("Fifty years ago today", "1975-12-10", "day")]),
    ("The truce was signed ten years ago to the day.",
     [("ten years ago to the day", "2015-12-10", "day")]),
    ("On this very day, exactly two decades ago, the accord took effect.",
     [("two decades ago", "2005-12-10", "day")]),
])
def test_an_anniversary_dates_its_day(sentence: str, expected: list) -> None:
    assert _dates(sentence) == expected


def test_the_29th_of_february_of_a_common_year_is_the_28th() -> None:
    assert _dates("On this day 25 years ago, the pact was signed.", "2024-02-29") == [
        ("25 years ago", "1999-02-28", "day")]


def test_years_ago_without_the_day_stay_a_year() -> None:
    assert _dates("The envoys signed the treaty 127 years ago.") == [
        ("127 years ago", "1898", "year")]


def test_the_anniversary_is_the_date_written_out_before() -> None:
    text = ("On December 10, 1898, envoys signed the Treaty of Harrowgate in Paris.\n\n"
            "On this day 127 years ago, the treaty ended the war between the two kingdoms.\n")
    b = analyse(doc("Invented headline\n\n" + text, "2025-12-10"))
    assert [e.date for e in b.timeline] == ["1898-12-10"], b.timeline


def test_the_written_date_is_the_evidence_when_the_anniversary_comes_first() -> None:
    text = ("On this day 127 years ago, the treaty ended the war between the two kingdoms.\n\n"
            "On December 10, 1898, envoys signed the Treaty of Harrowgate in Paris.\n")
    b = analyse(doc("Invented headline\n\n" + text, "2025-12-10"))
    assert [(e.date, b.document.text[e.evidence.start:e.evidence.end]) for e in b.timeline] \
        == [("1898-12-10", "December 10, 1898")], b.timeline
