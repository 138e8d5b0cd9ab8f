"""Durations and ages are not events: they resolve to no date and stay off the timeline."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

TEXT = ("Truce\n\nRuritania welcomed a 15-day extension of the truce in the 6-1/2-year-old war. "
        "Talks could make progress in the next few months, officials said on June 10.\n")


def test_durations_have_no_date() -> None:
    times = find_times(doc(TEXT))
    others = [t for t in times if t.text != "June 10"]
    assert len(others) == 3  # the extension, the age of the war, the next few months
    assert all(t.kind == "duration" and t.value is None for t in others)
    assert [(t.kind, t.value) for t in times if t.text == "June 10"] == [("date", "2020-06-10")]


def test_only_the_dated_event_reaches_the_timeline() -> None:
    d = doc(TEXT)
    _threads, timeline = find_negotiations(d, (), (), find_times(d))
    assert [(e.date, e.evidence.text) for e in timeline] == [("2020-06-10", "June 10")]
