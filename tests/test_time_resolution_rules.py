"""Dates resolved against the publication date on texts nobody tuned for: a bare month is the
nearest one unless the words right around it give a tense, a deadline day is the coming one, a
weekday takes the tense after it, "this weekend" early in the week looks back, two-digit
years, "October the 7th", "a year ago" to the month; and the timeline keeps the dates a quote
reports but not the speaker's own "today".  Invented sentences."""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, dates_in, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timeline import build_timeline
from briefing.extract.time.timex import find_times


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a reporting verb further back gives no tense to the month: the nearest June
    ("Roe said the series of gatherings includes the meeting in Venice in June.", "2021-03-22",
     [("June", "2021-06")]),
    # …but a verb right before it does
    ("The last truce collapsed in June.", "2021-03-22", [("June", "2020-06")]),
    ("The plan stands a fair chance of being accepted at the September meeting.", "2021-06-19",
     [("September", "2021-09")]),
    ("It looks much like what we saw in the November ceasefire deal.", "2024-08-16",
     [("November", "2023-11")]),
    # a deadline is the coming day unless that is most of a year away
    ("They promised to try to agree quotas before September 30, delegates said.", "2021-03-01",
     [("September 30", "2021-09-30")]),
    ("They had promised to finish by May 5.", "2021-06-10", [("May 5", "2021-05-05")]),
    # a weekday with no tense before it takes the tense after it
    ("But I want to highlight that, on Thursday, the President will welcome the envoy.",
     "2020-06-17", [("on Thursday", "2020-06-18")]),
    # "this weekend" written on a Tuesday about the past: the weekend just gone
    ("The envoy has helped the truce along, including calls this weekend.", "2020-06-16",
     [("this weekend", "2020-06-14")]),
    ("The leaders met at Camp David back in August of ’23.", "2024-10-25",
     [("August of ’23", "2023-08")]),
    ("More than four months ago, on October the 7th, the raid began.", "2024-02-12",
     [("four months ago, on October the 7th", "2023-10-07")]),  # one expression: the offset and its day
])
def test_dates_resolve_against_the_report(sentence: str, published: str,
                                          expected: list) -> None:
    assert [v for v in dates_in(sentence, published) if v[0] in dict(expected)] == expected


def test_a_year_ago_is_dated_to_the_month() -> None:
    (t,) = [t for t in find_times(doc("Title\n\nQuotas were suspended a year ago.",
                                      "2021-03-01")) if t.kind == "date"]
    assert (t.value, t.precision) == ("2020-03", "month")


def test_a_quote_reports_dated_events_but_its_today_is_the_conversation() -> None:
    text = ("Aid\n\n\"When the news broke last November, I did not know. I have no update for "
            "you today,\" the envoy said.\n")
    document = doc(text, "2021-03-20")
    envoy = actor(text, "envoy", "person", [], refs=["the envoy"])
    times = find_times(document)
    quotes = find_quotes(document, (envoy,), times)
    events = build_timeline(document, times, quotes, [])
    assert [(e.evidence.text, e.date) for e in events] == [("last November", "2020-11")]


def _events(text: str, published: str = "2024-11-26") -> list[str]:
    document = doc(text, published)
    times = find_times(document)
    return [e.evidence.text for e in build_timeline(document, times, (), [])]


def test_what_the_timeline_counts_as_an_event() -> None:
    text = ("Briefing\n\nMS. ROE: I don't have a specific update to provide you today. The envoy "
            "was in Cairo yesterday. We will have more to say as we get closer to Thursday.\n\n"
            "Q What happens if the cabinet rejects the deal tomorrow?\n\n"
            "MS. ROE: He will be traveling there on Monday.\n\nQ Monday?\n\n"
            "Q Will they meet next week?\n\n"
            "MS. ROE: We must prevent an October 7th-like attack.\n")
    got = _events(text)
    # the conversation's own today and Thursday, an echo, a yes/no question, a kind of attack
    assert "today" not in got and "Thursday" not in got and "next week" not in got
    assert "October 7th" not in got and got.count("Monday") + got.count("on Monday") == 1
    # a question that presupposes the event dates it
    assert "yesterday" in got and "tomorrow" in got


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    ("The envoys say that on Thanksgiving Day they’ll be in Geneva.", "2024-11-26",
     [("on Thanksgiving Day", "2024-11-28")]),
    ("The truce held over Christmas.", "2024-01-10", [("over Christmas", "2023-12-25")]),
    ("They hope for a deal by Christmas.", "2024-11-01", [("by Christmas", "2024-12-25")]),
    ("They met on Memorial Day.", "2024-06-10", [("on Memorial Day", "2024-05-27")]),
    # the custom, not a day
    ("Happy Thanksgiving. We honour the traditions of Thanksgiving.", "2024-11-26", []),
    ("Sales rose before Christmas shopping began.", "2024-11-26", []),
])
def test_named_days_of_the_calendar(sentence: str, published: str, expected: list) -> None:
    assert dates_in(sentence, published) == expected


def test_this_month_is_this_years() -> None:
    assert dates_in("Coupons payable this September were cut.", "1987-03-01") == \
        [("this September", "1987-09")]


def test_since_looks_back() -> None:
    assert dates_in("Everything he did since the 7th of October aimed at war.", "2024-09-26") \
        == [("the 7th of October", "2023-10-07")]
    assert dates_in("Prices have risen since November.", "2024-09-26") == \
        [("November", "2023-11")]


def test_over_the_past_month_is_a_window_ending_at_the_report() -> None:
    (t,) = [t for t in find_times(doc("Title\n\nOver the past month, I have had calls.",
                                      "2024-02-12")) if t.kind == "date"]
    assert (t.value, t.precision, t.tolerance_days) == ("2024-01-28", "day", 15)


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a deadline counted from the report
    ("They will respond within 48 hours if it goes on.", "2015-08-21",
     [("within 48 hours", "2015-08-23")]),
    # a thing concluded years ago, a pause that began years ago
    ("They should implement a 23-year-old association agreement.", "1987-04-13",
     [("23-year-old", "1964")]),
    ("Broadcasts resumed after an 11-year lull.", "2015-08-21", [("an 11-year", "2004")]),
    # ages of people and of states of affairs are lengths of time
    ("A 27-year-old man was hurt in the five-year-old war.", "2015-08-21", []),
])
def test_deadlines_and_ages(sentence: str, published: str, expected: list) -> None:
    assert dates_in(sentence, published) == expected


def _own(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(doc(text, published))}


def test_relative_days_are_said_from_the_datelines_day() -> None:
    # filed the day after the sidecar's date: "tonight" is the dateline's night
    got = _own("COFFEE TALKS\n\nLONDON, March 2 - The council was likely to adjourn sometime "
               "tonight, delegates said. They met yesterday.\n", "1987-03-01")
    assert got["tonight"] == "1987-03-02" and got["yesterday"] == "1987-03-01"


def test_a_transcripts_date_line_is_the_day_it_speaks_from() -> None:
    text = ("Remarks by the President\n\nSouth Lawn\n(February 26, 2024)\n\n5:32 P.M. EST\n\n"
            "THE PRESIDENT: I spoke to him yesterday.\n")
    assert _own(text, "2024-02-27")["yesterday"] == "2024-02-25"


def test_a_date_line_far_from_the_publication_date_is_not_the_reference() -> None:
    # a date line weeks away is a date the text is about, not the day it was said
    text = "Report\n\nSouth Lawn\n(February 6, 2024)\n\nTHE PRESIDENT: I spoke to him yesterday.\n"
    assert _own(text, "2024-02-27")["yesterday"] == "2024-02-26"


@pytest.mark.parametrize(("text", "published", "expression", "value", "precision"), [
    ("A deficit would be reached by the end of 1987.", "1987-04-01", "the end of 1987",
     "1987-12", "month"),
    ("At the beginning of 1986 it had assets of 88 mln dlrs.", "1987-04-01",
     "the beginning of 1986", "1986-01", "month"),
    ("Prices fell from 1,550 at the beginning of March.", "1987-03-27",
     "the beginning of March", "1987-03-01", "day"),
    ("The premier visits Washington at the end of the month for talks.", "1987-04-10",
     "the end of the month", "1987-04-30", "day"),
    ("Talks resume in the middle of this month.", "2005-01-05", "the middle of this month",
     "2005-01-15", "day"),
    ("The pact runs until the end of March 1988.", "1987-01-05", "the end of March 1988",
     "1988-03-31", "day"),
])
def test_a_part_of_a_year_or_month(text: str, published: str, expression: str, value: str,
                                   precision: str) -> None:
    got = {t.text: (t.value, t.precision) for t in find_times(doc("H\n\n" + text + "\n",
                                                                  published))}
    assert got[expression] == (value, precision)
