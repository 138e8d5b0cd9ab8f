"""Days and months counted ahead of the report ("in about two weeks", "in a couple of
months"): dated when the clause before them looks ahead, lengths otherwise.  Invented
sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.time.timex import find_times


def _times(sentence: str, published: str = "2021-03-10") -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.kind) for t in find_times(doc("Title\n\n" + sentence, published))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The merger, which should be completed in about two weeks, will cut costs.",
     ("in about two weeks", "2021-03-24")),
    ("The firm told reporters it hoped to finish the talks in a couple of months.",
     ("in a couple of months", "2021-05")),
    ("We'll know in a couple days whether the truce holds.", ("in a couple days", "2021-03-12")),
    ("An announcement will be made in 10 days' time, an official said.",
     ("in 10 days' time", "2021-03-20")),
    ("The two delegations are expected to meet again in three weeks.",
     ("in three weeks", "2021-03-31")),
])
def test_a_count_ahead_of_the_report_is_a_date(sentence: str, expected: tuple) -> None:
    assert (expected[0], expected[1], "date") in _times(sentence)


@pytest.mark.parametrize("sentence", [
    "The border war ended in 11 days.",
    "It was the second explosion in four days.",
    "The currency fell sharply in two days of trading.",
    "There has not been a round of talks in about three weeks.",
    "A long siege could have lasted months, but it ended in nine days.",
    "The port handles 300 trucks in a day.",
])
def test_a_length_is_no_date(sentence: str) -> None:
    assert not [t for t in _times(sentence) if t[2] == "date"]


def test_the_count_ahead_is_a_timeline_event() -> None:
    b = analyse(doc("Invented headline\n\nThe union and the employers resumed talks on pay. "
                    "A union official said a final deal should be signed in about two weeks.\n",
                    "2021-03-10"))
    assert any(e.date == "2021-03-24" and e.tolerance_days >= 3 for e in b.timeline), b.timeline


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks to end a week-old national dockers' strike broke down.", ("a week-old", "2021-03-03")),
    ("Tokyo will keep its seven-month-old chip agreement with Seoul.",
     ("seven-month-old", "2020-08")),
    ("The two-week-old walkout at the mill goes on.", ("two-week-old", "2021-02-24")),
])
def test_the_age_of_a_strike_or_pact_dates_its_start(sentence: str, expected: tuple) -> None:
    assert (expected[0], expected[1], "date") in _times(sentence)


@pytest.mark.parametrize("sentence", [
    "A 27-year-old man was hurt in the clashes.",
    "The five-year-old war goes on.",
    "The envoy met a two-month-old baby and her mother.",
])
def test_the_age_of_a_person_or_a_war_is_a_length(sentence: str) -> None:
    assert not [t for t in _times(sentence) if t[2] == "date"]
