"""Deals agreed with a time between the verb and its object; talks that failed to do anything.

"Acme agreed last Friday with its banks to lower the margin", "ministers agreed after 36 hours
of talks the details of an accord": the adverbial between "agreed" and what was agreed leaves
the agreement what it is.  "Last-ditch talks failed to solve the row": when talks, a meeting or
a summit are the subject of "failed to", they came to nothing whatever the verb (a side that
"failed to pay" is another matter).  "Ended their talks early on Monday morning without
agreement" ends them without a deal however long the time told between.  Invented sentences
(issue 11).
"""

from __future__ import annotations

import re

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations.status_cues import STATUS_CUES
from briefing.model import Negotiation


def _labels(sentence: str) -> set[str]:
    return {label for label, _w, p in STATUS_CUES if re.search(p, sentence, re.IGNORECASE)}


@pytest.mark.parametrize("sentence", [
    "Ruritania agreed last Friday with its 13-bank advisory committee to lower the margin.",
    "The ministers agreed yesterday to cut milk output by nine pct.",
    "The ministers finally agreed after 36 hours of negotiations the fine details of the plan.",
    "Acme agreed early today on a price for the shares.",
    "The two sides agreed this week in principle to merge their units.",
])
def test_a_time_between_agreed_and_its_object_is_still_a_deal(sentence: str) -> None:
    assert "agreed" in _labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The terms are to be agreed yesterday's way.",
    "Ruritania agreed in January to work together with the banks.",
    "The ministers agreed yesterday to continue the talks.",
])
def test_a_time_does_not_make_a_procedure_or_a_plan_a_deal(sentence: str) -> None:
    assert "agreed" not in _labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The government resigned after last-ditch talks failed to solve the language row.",
    "The meeting of the two unions failed to produce a common position.",
    "Negotiations between the two firms have failed to narrow their differences.",
    "Ministers ended their talks early on Monday morning without agreement.",
])
def test_talks_that_failed_to_do_anything_failed(sentence: str) -> None:
    assert "stalled" in _labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The company failed to pay the interest due on its notes.",
    "Talks will resume on Monday, the ministry said.",
])
def test_a_side_failing_is_no_failed_talks(sentence: str) -> None:
    assert "stalled" not in _labels(sentence)


def test_failed_talks_to_reach_a_deal_count_once() -> None:
    sentence = "The talks in Portville failed to reach a deal on prices."
    hits = [label for label, _w, p in STATUS_CUES
            if label == "stalled" and re.search(p, sentence, re.IGNORECASE)]
    assert hits == ["stalled"]


PARTIES = {"ruritania": ["Ruritania", "RURITANIA"], "freedonia": ["Freedonia", "FREEDONIA"]}


def _primary(text: str) -> Negotiation | None:
    return primary_with(text, PARTIES, "state", "1987-10-19")


def test_a_government_falls_after_talks_failed() -> None:
    text = ("RURITANIAN KING SEEN ACCEPTING RESIGNATION\n\n"
            "PORTVILLE, Oct 19 - The Ruritanian government is expected to resign after "
            "last-ditch talks with Freedonia failed to solve a border row, radio said.\n\n"
            "Ruritania and Freedonia ended their talks early on Monday morning without "
            "agreement, the radio said.\n")
    prim = _primary(text)
    assert prim is not None and prim.status in {"stalled", "collapsed"}


def test_a_deal_agreed_last_friday_is_agreed() -> None:
    text = ("RURITANIA PLANS NEW BORROWING\n\n"
            "PORTVILLE, Oct 19 - Ruritania plans to borrow again within limits, the finance "
            "minister said.\n\n"
            "Ruritania agreed last Friday with Freedonia to lower the interest margin on its "
            "debt, he said.\n\n"
            "The minister said progress had been made in the talks with Freedonia.\n")
    prim = _primary(text)
    assert prim is not None and prim.status == "agreed"
