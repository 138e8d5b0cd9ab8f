"""A headline about talks that the lede reports is a negotiation even when its sides go
unnamed (issue 11).  Invented texts."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times


def _threads(text: str):
    d = doc(text, "1987-03-23")
    return find_negotiations(d, (), (), find_times(d))[0]


def test_headline_talks_with_unnamed_sides_is_a_thread() -> None:
    text = ("TALKS BEGIN TO END DOCKERS' STRIKE\n\nVALDOR, March 23 - Union leaders of 4,000 "
            "dockers began talks with the government today on ways to end their strike over "
            "pay, a ministry spokesman said.\n")
    threads = _threads(text)
    assert threads and threads[0].primary and threads[0].status in ("ongoing", "exploratory")


def test_headline_talks_the_lede_does_not_report_is_no_thread() -> None:
    text = ("TALKS OF THE TOWN\n\nVALDOR, March 23 - The harbour festival opened today with "
            "music and fireworks, organisers said.\n")
    assert _threads(text) == ()
