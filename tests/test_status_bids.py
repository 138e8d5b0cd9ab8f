"""A takeover bid the headline names, and a deadlock, in the primary's status (issue 11).

General facts of news style, tested on invented sentences:

* a headline that completes a takeover ("ACME COMPLETING TENDER OFFER", "ACME COMPLETES BOLT
  MERGER") tells it done (``implementing``); "TO COMPLETE MERGER" is a plan, and a tender offer
  only started ("ACME STARTS BOLT BID") may be hostile: an offer put, as "MAKES BID";
* a headline that names a bid put, raised or weighed and settles nothing ("ACME DETAILS
  SWEETENED BOLT OFFER", "BOLT TO CONSIDER ACME OFFER") has the offer on the table: the body's
  side deals (financing agreed, confidentiality agreements signed) or an earlier failed attempt
  do not make the talks agreed or failed; a headline that approves or recommends the bid does
  not keep it open;
* a "deadlock" with a side, between sides or over an issue is a negotiation that is stuck: such a
  sentence is a negotiation sentence, and stalled, though it holds no other word of talks.
"""

from __future__ import annotations

import re

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.status import live_bid_title
from briefing.extract.negotiations.units import Unit
from briefing.model import Negotiation

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}
STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}
_TITLE = [(lab, re.compile(p, re.IGNORECASE)) for lab, _w, p in lex.TITLE_CUES]


def _primary(text: str, names: dict[str, list[str]], kind: str) -> Negotiation | None:
    return primary_with(text, names, kind, "1987-04-02")


def _title_labels(title: str) -> set[str]:
    return {lab for lab, rx in _TITLE if rx.search(title)}


@pytest.mark.parametrize("title", [
    "ACME COMPLETING TENDER OFFER", "ACME COMPLETES BOLT TENDER OFFER",
    "ACME <ACM> COMPLETES BOLT <BLT> ACQUISITION", "ACME, BOLT COMPLETE MERGER",
    "ACME COMPLETED BOLT PURCHASE"])
def test_takeover_completed_is_done(title: str) -> None:
    assert "implementing" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "ACME TO COMPLETE BOLT MERGER", "ACME <ACM> STARTS BOLT <BLT> BID",
    "ACME MAKES BID FOR BOLT", "ACME COMPLETES BID FOR OWN SHARES",
    "ACME COMPLETES NEW PRODUCT LINE"])
def test_takeover_planned_started_or_put_is_not_done(title: str) -> None:
    assert "implementing" not in _title_labels(title)


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text, 0, 1.0, is_title=True)


@pytest.mark.parametrize("title,live", [
    ("ACME DETAILS SWEETENED BOLT <BLT> OFFER", True),
    ("BOLT <BLT> TO CONSIDER ACME OFFER", True),
    ("ACME MAKES 90 MLN DLR BID FOR BOLT", True),
    ("BOLT <BLT> APPROVES ACME OFFER", False),
    ("ACME MAKES AGREED BID FOR BOLT", False),
    ("BOLT HOLDER SUES TO STOP ACME BID", False)])
def test_live_bid_title(title: str, live: bool) -> None:
    assert live_bid_title([_unit(title)]) is live


def test_side_deal_does_not_settle_a_live_bid() -> None:
    text = ("ACME DETAILS SWEETENED BOLT <BLT> OFFER\n\n"
            "Acme Corp raised its offer for Bolt Industries to 42 dlrs a share from 40 dlrs, "
            "a filing showed.\n\n"
            "Bolt said it received the revised takeover bid from Acme on Monday.\n\n"
            "Acme and Bolt also signed confidentiality agreements, which give Acme access to "
            "Bolt's records.\n")
    prim = _primary(text, FIRMS, "organization")
    assert prim is not None and prim.status in ("ongoing", "exploratory")


def test_earlier_failure_does_not_end_a_live_bid() -> None:
    text = ("BOLT <BLT> TO CONSIDER ACME OFFER\n\n"
            "Bolt Industries said its board will consider the merger proposal submitted by "
            "Acme Corp.\n\n"
            "After a failed first attempt in 1985, Acme's latest merger plan calls for a "
            "share swap, Bolt said.\n")
    prim = _primary(text, FIRMS, "organization")
    assert prim is not None and prim.status in ("ongoing", "exploratory")


def test_approved_bid_stays_agreed() -> None:
    text = ("BOLT <BLT> APPROVES ACME OFFER\n\n"
            "Bolt Industries said its board approved the offer of Acme Corp.\n\n"
            "Acme and Bolt signed a merger agreement on Tuesday, Bolt said.\n")
    prim = _primary(text, FIRMS, "organization")
    assert prim is not None and prim.status == "agreed"


@pytest.mark.parametrize("phrase", ["the deadlock with Freedonia", "deadlocked over fish",
                                    "a deadlock between the two capitals"])
def test_deadlock_is_a_negotiation_word(phrase: str) -> None:
    assert lex.NEGOTIATION_WORDS.search(phrase) is not None


@pytest.mark.parametrize("phrase", ["Is there a deadlock?", "a deadlocked jury"])
def test_bare_deadlock_names_no_negotiation(phrase: str) -> None:
    assert lex.NEGOTIATION_WORDS.search(phrase) is None


def test_deadlock_without_talks_is_stalled() -> None:
    text = ("RURITANIA MINISTER TRAVELS TO FREEDONIA\n\n"
            "Ruritania hopes for a breakthrough on the deadlock with Freedonia over fishing "
            "rights during next week's visit by its trade minister, officials said.\n\n"
            "The minister leaves on Sunday.\n")
    prim = _primary(text, STATES, "state")
    assert prim is not None and prim.status == "stalled"
