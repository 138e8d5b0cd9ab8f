"""Deals agreed with a time between the verb and its object.

"Acme agreed last Friday with its banks to lower the margin", "ministers agreed after 36 hours
of talks the details of an accord": the adverbial between "agreed" and what was agreed leaves
the agreement what it is.  Invented sentences (issue 11).
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


PARTIES = {"ruritania": ["Ruritania", "RURITANIA"], "freedonia": ["Freedonia", "FREEDONIA"]}


def _primary(text: str) -> Negotiation | None:
    return primary_with(text, PARTIES, "state", "1987-10-19")


def test_a_deal_agreed_last_friday_is_agreed() -> None:
    text = ("RURITANIA PLANS NEW BORROWING\n\n"
            "PORTVILLE, Oct 19 - Ruritania plans to borrow again within limits, the finance "
            "minister said.\n\n"
            "Ruritania agreed last Friday with Freedonia to lower the interest margin on its "
            "debt, he said.\n\n"
            "The minister said progress had been made in the talks with Freedonia.\n")
    prim = _primary(text)
    assert prim is not None and prim.status == "agreed"
