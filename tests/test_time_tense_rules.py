"""Days and months without a year: the present of a scheduled event is the future, and a
reported clause ("announced that on April 17 he would …") has its own tense.  Invented
sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract.time.timex import find_times


def _values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(doc("Headline\n\n" + text + "\n", published))}


@pytest.mark.parametrize(("text", "published", "expression", "expected"), [
    # the present tense of a scheduled event
    ("The plan was designed, officials said, to help when the talks reopen on Tuesday.",
     "1987-03-01", "on Tuesday", "1987-03-03"),
    ("The pact was signed in 1982 and the current one expires in October.", "1987-03-19",
     "October", "1987-10"),
    # a reported clause: its own tense, not the reporting verb's
    ("Reagan last Friday announced that on April 17 he would raise tariffs.", "1987-04-01",
     "April 17", "1987-04-17"),
    # still the past where the reported clause is past
    ("The minister said that on March 3 the banks had agreed.", "1987-04-01", "March 3",
     "1987-03-03"),
])
def test_tense_of_a_bare_day(text: str, published: str, expression: str,
                             expected: str) -> None:
    values = _values(text, published)
    got = next(v for k, v in values.items() if expression in k)
    assert got == expected, values


def test_at_the_weekend_is_the_weekend_just_past() -> None:
    # 2020-06-17 is a Wednesday; the British "at the weekend" of a past clause: Sunday the 14th
    values = _values("The proposal was withdrawn, setting the stage for compromise at the "
                     "weekend.", "2020-06-17")
    assert values.get("at the weekend") == "2020-06-14", values


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("The coalition first fought together in 1990-1991.", "1990-1991", "1990"),
    ("The target could be reached earlier, by 2008-09.", "2008-09", "2008"),
    ("Profits fell in 2004/05, the firm said.", "2004/05", "2004"),
])
def test_a_span_of_years_is_dated_by_its_first(text: str, expression: str,
                                                expected: str) -> None:
    assert _values(text, "2010-06-14").get(expression) == expected


def test_no_span_of_years_backwards_or_a_date() -> None:
    values = _values("Call 2001-1987 for the list. They met on 1990-12-01.", "2010-06-14")
    assert "2001-1987" not in values
    assert values.get("1990-12-01") == "1990-12-01"


@pytest.mark.parametrize(("text", "published", "expression", "expected"), [
    ("On Tuesday last week, the president said he would talk.", "1987-06-19",
     "Tuesday last week", "1987-06-09"),
    ("The president was in Berlin on Friday of last week.", "2024-10-25",
     "Friday of last week", "2024-10-18"),
    ("The envoys meet on Monday next week.", "2020-06-17", "Monday next week", "2020-06-22"),
])
def test_a_weekday_of_last_or_next_week(text: str, published: str, expression: str,
                                        expected: str) -> None:
    values = _values(text, published)
    got = next(v for k, v in values.items() if expression in k)
    assert got == expected, values


def test_a_deed_governing_the_date_makes_it_past_despite_a_modal_further_back() -> None:
    # "proposals unveiled on April 14", written on April 26: the April just past, though the
    # sentence opens on "would"; a day planned or scheduled keeps looking ahead
    text = ("Farm talks\n\nBRUSSELS, April 26 - The cuts would be eased by Commission proposals "
            "unveiled on April 14 for cash grants. A vote is scheduled on May 3.\n")
    dates = {t.value for t in find_times(doc(text, "1987-04-26"))}
    assert "1987-04-14" in dates and "1987-05-03" in dates


def test_a_past_participle_before_on_and_its_day_makes_the_day_past() -> None:
    # "foundered" + "on Sunday afternoon" (the expression holds the preposition), and the
    # clause after it would otherwise read as the future ("when it became clear they would …")
    got = _values("The talks foundered on Sunday afternoon when it became clear the parties "
                  "would not agree.", "1987-03-04")
    assert got["on Sunday afternoon"] == "1987-03-01"


@pytest.mark.parametrize(("text", "published", "expression", "expected"), [
    # the present progressive of an arrangement is the coming day (2024-02-26 is a Monday)
    ("Q Sir, you're heading to the border on Thursday. Why now?", "2024-02-26", "on Thursday",
     "2024-02-29"),
    ("The envoy is coming to the White House on Friday for talks.", "2024-02-26", "on Friday",
     "2024-03-01"),
    # the past progressive, and a progressive further back that tells what goes on now
    ("The envoy was meeting rebels on Friday when the shots rang out.", "2024-02-26",
     "on Friday", "2024-02-23"),
    ("Things are moving the right way and are, I think, very consistent with the May 27th "
     "text.", "2024-08-16", "May 27th", "2024-05-27"),
])
def test_a_present_progressive_right_before_a_day_arranges_it(text: str, published: str,
                                                              expression: str,
                                                              expected: str) -> None:
    assert _values(text, published)[expression] == expected


@pytest.mark.parametrize(("text", "expression", "expected"), [
    # a verb in the past right after the month: the deed dates it, not the nearest such
    # month ahead
    ("Chile in February stopped interest payments on its debt to the banks.", "February",
     "1987-02"),
    # a participle with its agent before the day: a deed done, though a modal comes first
    ("Any accord must place the debt within the terms proposed by Chile on September 25.",
     "September 25", "1987-09-25"),
])
def test_a_deed_in_the_past_dates_the_day_or_month(text: str, expression: str,
                                                   expected: str) -> None:
    values = _values(text, "1987-10-19")
    got = next(v for k, v in values.items() if expression in k)
    assert got == expected, values


def test_ahead_of_an_event_and_the_present_of_its_start_are_the_future() -> None:
    got = _values("The minister told reporters here ahead of his departure on Sunday for the "
                  "conference, which starts June 25.", "1987-06-19")
    assert got["on Sunday"] == "1987-06-21" and got["June 25"] == "1987-06-25"


def test_set_for_a_day_is_the_coming_one() -> None:
    got = _values("Spokeswoman Phyllis Oakley said the trip is set for April 6 to 8.",
                  "1987-03-31")
    assert got["April 6"] == "1987-04-06" and got["8"] == "1987-04-08"


def test_a_weekday_after_by_is_a_deadline_still_to_come() -> None:
    got = _values("Q Are you still confident you can get a ceasefire by Monday?", "2024-03-01")
    assert got["Monday"] == "2024-03-04"


def test_a_past_deadline_stays_past() -> None:
    got = _values("The company was given until Monday to reply, but it failed to.", "2024-03-01")
    assert got["Monday"] == "2024-02-26"
