"""Headlinese: the status a headline states in the present tense (issue 11).

A headline tells what happened in the present tense ("UNIONS, ACME REACH CONTRACT SETTLEMENT"),
"A and B to meet" a meeting ahead; the cues of running text
are past forms ("reached", "agreed to").  The headline's own cues are read in the title only:
in running text "they agree to" is as often a condition or a plan.  All texts are invented.
"""

from __future__ import annotations

import re

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations import lexicon as lex
from briefing.model import Negotiation

STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}
FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"],
         "union": ["Union of Rivet Workers", "RIVETERS"]}


def _primary(text: str, names: dict[str, list[str]], kind: str) -> Negotiation | None:
    return primary_with(text, names, kind, "1987-04-02")


def _title_labels(title: str) -> list[str]:
    return [label for label, _w, p in lex.TITLE_CUES
            for _m in re.finditer(p, title, re.IGNORECASE)]


@pytest.mark.parametrize("title, label", [
    ("RIVETERS, ACME REACH CONTRACT SETTLEMENT", "agreed"),
    ("ACME <ACM> AGREES TO BUY BOLT", "agreed"),
    ("RURITANIA WINS DEBT RESCHEDULING ACCORD", "agreed"),
    ("Minister hails Ruritania-Freedonia talks deal", "agreed"),
    ("ACME <ACM> ENDS BOLT <BLT> BID", "collapsed"),
    ("ACME <ACM> ENDS MERGER TALKS", "collapsed"),
    ("ACME <ACM>, BOLT <BLT> END TALKS", "collapsed"),
    ("ACME <ACM>, BOLT END ACQUISITION", "collapsed"),
    ("ACME ENDS TALKS WITH BOLT", "collapsed"),
    ("RIVETERS STRIKE TALKS BREAK OFF WITHOUT RESULT", "stalled"),
    ("UNION WALKS OUT OF PAY TALKS", "stalled"),
    ("RURITANIA PULLS OUT OF TRADE TALKS", "collapsed"),
    ("WAGE TALKS BREAKS DOWN", "collapsed"),
    ("PARLEY FAILS TO UNBLOCK FARM TALKS", "stalled"),
    ("WAGE TALKS CONTINUE, NO ACCORD SEEN LIKELY", "stalled"),
    ("NO PROSPECT IN SIGHT OF BUDGET ACCORD", "stalled"),
    ("Acme-Bolt tie-up 'delayed'", "stalled"),
    ("RIVETERS AND ACME TO MEET", "ongoing"),
    # a bidder taking its bid back; a price or a pair written with a slash
    ("ACME DROPS BID FOR BOLT <BLT>", "collapsed"),
    ("ACME WITHDRAWS BOLT OFFER", "collapsed"),
    ("ACME GROUP DROPS BOLT INDUSTRIES <BLT> TAKEOVER BID", "collapsed"),
    ("ACME <ACM> ABANDONS MERGER WITH BOLT", "collapsed"),
    ("BOLT <BLT> REJECTS 40 DLR/SHR OFFER", "collapsed"),
    ("ACME <ACM> ENDS SALE/LEASEBACK DEAL", "collapsed"),
])
def test_headline_present_tense(title: str, label: str) -> None:
    assert label in _title_labels(title)


@pytest.mark.parametrize("title", [
    "ACME, BOLT AGREE TO BEGIN TALKS",  # a first step, not a deal
    "ACME, BOLT AGREE TO CONTINUE TALKS",  # how they go on
    "RIVETERS IN CONTRACT TALKS",  # a contract is what the talks are about
    "Acme in strike settlement vote",
    "BOLT ENDS TALKS WITH PROGRESS",  # a round ended: talks are not a deal that ends
    "RURITANIA ENDS TALKS IN GENEVA",
    "ACME <ACM> WINS COAL CONTRACT",  # an award in a tender
    "ACME TO WITHDRAW BOLT OFFER",  # a plan
    "RURITANIA, FREEDONIA STRUGGLE TO AGREE ON FISH QUOTAS",  # an attempt, not a deal
    "ACME AND BOLT TO AGREE ON MERGER TERMS NEXT WEEK",  # a plan
    "BOLT HOLDER WITHDRAWS TAKEOVER MOTION",  # a court motion, not the bid
    "ACME SAYS GROUP DROPS OPPOSITION TO PLAN",
])
def test_headline_without_a_deal(title: str) -> None:
    assert not {"agreed", "collapsed"} & set(_title_labels(title))


@pytest.mark.parametrize("title", ["RURITANIA TO MEET DEBT PAYMENTS",
                                   "ACME <ACM> NOW MEETS LISTING REQUIREMENTS"])
def test_meeting_an_obligation_is_no_meeting(title: str) -> None:
    assert _title_labels(title) == []


def test_headline_settlement_is_agreed() -> None:
    text = ("RIVETERS, ACME REACH CONTRACT SETTLEMENT\n\nTORONTO, April 2 - Acme Corp said "
            "contract negotiations with the Union of Rivet Workers concluded in a memorandum "
            "of settlement for a new three-year collective contract.\n\nThe company said "
            "negotiations began in March.\n")
    assert _primary(text, FIRMS, "organization").status == "agreed"


def test_headline_present_tense_is_not_read_in_running_text() -> None:
    # "agree to" in the body is a condition here, not a deal done
    text = ("Acme and Bolt talks\n\nAcme Corp and Bolt Industries held talks on a joint "
            "venture on Tuesday. Acme would buy a stake if both boards agree to the terms.\n")
    assert _primary(text, FIRMS, "organization").status not in lex.POSITIVE


def test_hailed_deal_is_agreed() -> None:
    text = ("Ruritania welcomes move\n\nThe prime minister of Ruritania has hailed a deal "
            "with Freedonia on border trade as a step toward peace.\n")
    assert _primary(text, STATES, "state").status == "agreed"


def test_a_deal_still_to_strike_is_not_agreed() -> None:
    # an infinitive or a future signs nothing yet ("hoping to strike a deal at a June summit")
    text = ("Budget row\n\nThe prime minister of Ruritania called the rebate unjustified.\n\n"
            "Ruritania and Freedonia are gearing up for tough negotiations on the budget, "
            "hoping to strike a deal at a June summit.\n")
    assert _primary(text, STATES, "state").status not in lex.POSITIVE
    done = ("Budget\n\nRuritania and Freedonia struck a deal on the budget at a June summit.\n")
    assert _primary(done, STATES, "state").status == "agreed"


@pytest.mark.parametrize("title", [
    "RURITANIA, BANKS AGREE NEW DEBT TERMS",
    "TRADE BLOC AGREES EXPORT SUBSIDY CUTS",
    "ACME <ACM> AGREES STAKE SALE TO BOLT",
])
def test_headline_agrees_a_thing(title: str) -> None:
    # headlinese agrees its object directly, with no "to" or "on"
    assert "agreed" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "MINISTERS EXPECTED TO AGREE FARM PRICES",  # a plan
    "ACME AGREES WITH BOLT ON OUTLOOK",  # an opinion shared
    "ANALYSTS AGREE THAT RATES WILL RISE",
    "ECONOMISTS AGREE, DOLLAR TO FALL",
])
def test_headline_agree_without_a_deal(title: str) -> None:
    assert "agreed" not in _title_labels(title)


def test_headline_agrees_a_thing_decides() -> None:
    text = ("RURITANIA, FREEDONIA AGREE GRAIN QUOTA CUTS\n\nVALDOR, April 2 - Ruritania and "
            "Freedonia have agreed cuts in their grain quotas, officials said.\n\nThe talks "
            "began in March and further meetings are planned.\n")
    assert _primary(text, STATES, "state").status == "agreed"


def test_headline_will_not_agree_is_no_deal() -> None:
    text = ("RURITANIA WILL NOT AGREE PRICE RISE\n\nVALDOR, April 2 - Ruritania said it would "
            "not accept a price rise in its talks with Freedonia next month.\n\nThe two "
            "agreed a pricing pact last year.\n")
    assert _primary(text, STATES, "state").status not in lex.POSITIVE


@pytest.mark.parametrize("title", [
    "ACME, RIVETERS SETTLE PAY DISPUTE",
    "ACME <ACM> UNIT STRIKE ENDS",
    "RURITANIA ENDS DOCK STRIKE",
    "BOLT RESOLVES ROW WITH SUPPLIERS",
])
def test_headline_settles_a_dispute(title: str) -> None:
    assert "agreed" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "ACME HOPES TO SOLVE DISPUTE",  # a hope
    "RURITANIA BIDS TO END TRADE ROW",
    "RIVETERS CALL GENERAL STRIKE",
    "FREEDONIA, RURITANIA IN DISPUTE OVER GRAIN",  # "over" is what the dispute is about
    "MINISTER PREDICTS END OF RURITANIA-FREEDONIA TRADE DISPUTE",
    "LEADER HOPES VISIT WILL HELP END TRADE ROW",
])
def test_headline_dispute_not_settled(title: str) -> None:
    assert "agreed" not in _title_labels(title)


def test_headline_strike_ends_decides() -> None:
    text = ("ACME <ACM> RIVETERS STRIKE ENDS\n\nTORONTO, April 2 - Members of the Union of Rivet "
            "Workers returned to work at Acme Corp plants on Thursday, the company said.\n\n"
            "The union had rejected an offer in March and talks resumed last week.\n")
    assert _primary(text, FIRMS, "organization").status == "agreed"


@pytest.mark.parametrize("title", [
    "RIVETERS REJECT ACME <ACM> UNIT OFFER",  # a ticker between the words
    "BOLT BOARD SPURNS ACME BID",
    "RURITANIA TURNS DOWN FREEDONIA PEACE PLAN",
])
def test_headline_rejects_an_offer(title: str) -> None:
    assert "collapsed" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "ACME REJECTS BID TALK",  # talk of a bid, no bid
    "RURITANIA REJECTS CLAIMS OF FRAUD",
    "RIVETERS PREPARED TO REJECT NEW OFFER",  # a plan
])
def test_headline_rejects_no_offer(title: str) -> None:
    assert "collapsed" not in _title_labels(title)


def test_headline_rejecting_an_offer_decides() -> None:
    text = ("RIVETERS REJECT ACME <ACM> UNIT OFFER\n\nTORONTO, April 2 - The Union of Rivet "
            "Workers rejected a new contract proposal from Acme's Bolt division and stay out of "
            "work, a union spokesman said.\n\nAcme Corp and the union signed a contract in "
            "1984.\n")
    assert _primary(text, FIRMS, "organization").status in lex.NEGATIVE


@pytest.mark.parametrize("title, label", [
    ("Acme-Bolt merger 'at risk'", "stalled"),
    ("RURITANIA DEBT DEAL IN DOUBT", "stalled"),
    ("Trade talks in jeopardy, minister warns", "stalled"),
    ("RURITANIA UNITY TALKS OFF, LEADER SAYS", "collapsed"),
    ("ACME <ACM> SAYS BOLT MERGER IS OFF", "collapsed"),
])
def test_headline_deal_in_danger_or_off(title: str, label: str) -> None:
    assert label in _title_labels(title)


@pytest.mark.parametrize("title", ["TALKS OFF TO GOOD START", "TALKS OFF THE COAST"])
def test_headline_off_that_is_no_end(title: str) -> None:
    assert "collapsed" not in _title_labels(title)


def test_headline_negotiators_are_at_work() -> None:
    assert "ongoing" in _title_labels("GRAIN NEXT TEST FOR PRICE PACT NEGOTIATORS")
    # the body's other pact, signed in another market, does not make the headline's talks done
    text = ("GRAIN NEXT TEST FOR PRICE PACT NEGOTIATORS\n\nLONDON, April 2 - Ruritania and "
            "Freedonia will test their resolve on grain prices at talks in Geneva.\n\n"
            "Ruritania and Freedonia signed a new sugar pact with buffer stock rules.\n")
    assert _primary(text, STATES, "state").status not in lex.POSITIVE


@pytest.mark.parametrize("title, agreed", [
    ("ACME <ACM> ACCEPTS NEW BOLT BID", True),
    ("BOLT BOARD ACCEPTS ACME TAKEOVER OFFER", True),
    ("RURITANIA ACCEPTS DEBT ACCORD TERMS", True),
    ("CONSUMERS ACCEPT COMPROMISE QUOTA PLAN", False),  # one side of several
    ("ACME ACCEPTS BID TALK", False),
])
def test_headline_accepts_a_bid(title: str, agreed: bool) -> None:
    assert ("agreed" in _title_labels(title)) is agreed


@pytest.mark.parametrize("title", [
    "QUOTA PACT EXTENSION LIKELY - DELEGATES",
    "ACCORD SAID IN SIGHT IN DOCK STRIKE",
    "RURITANIA DEBT DEAL SEEN IMMINENT",
])
def test_headline_expects_a_deal(title: str) -> None:
    assert "near_agreement" in _title_labels(title)


def test_headline_expects_no_deal() -> None:
    text = ("WAGE TALKS CONTINUE, NO ACCORD SEEN LIKELY\n\nTORONTO, April 2 - Acme Corp and "
            "the Union of Rivet Workers resumed talks on Thursday.\n")
    assert _primary(text, FIRMS, "organization").status != "near_agreement"


@pytest.mark.parametrize("title", [
    "ACME <ACM> PLANT WORKERS ON STRIKE",
    "RURITANIAN DOCKERS CALL GENERAL STRIKE",
    "FREEDONIA BANK STRIKE SPREADS, UNION SAYS",
    "RIVETERS STAGE ONE-DAY STRIKE",
])
def test_headline_strike_under_way_stalls(title: str) -> None:
    assert "stalled" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "ACME SETS TALKS ON STRIKE",  # talks about it
    "RIVETERS HOLD WARNING STRIKES",
    "EX-MINISTER ON HUNGER STRIKE",
    "DOCKERS CALL OFF STRIKE",
    "UNION TO CALL STRIKE",
    "RIVETERS IN STRIKE BALLOT",
])
def test_headline_strike_not_under_way(title: str) -> None:
    assert "stalled" not in _title_labels(title)


@pytest.mark.parametrize("title", [
    "MINISTER SAYS EXTENSION OF QUOTA PACT IS UNREALISTIC",
    "GRAIN PACT UNLIKELY BY AUTUMN - ADVISER",
])
def test_headline_writes_a_deal_off(title: str) -> None:
    assert "stalled" in _title_labels(title)


@pytest.mark.parametrize("title, agreed", [
    ("RURITANIA, WESTERN CREDITORS IN DEBT ACCORD", True),
    ("ACME <ACM>, BOLT <BLT> IN MERGER PACT", True),
    ("ACME <ACM> IN DEAL WITH BOLT", True),
    ("Ruritania and Freedonia in gas export deal", True),
    ("ACME, BOLT IN DEAL TALKS", False),
    ("ACME, BOLT IN DISPUTE OVER SUPPLY PACT", False),
    ("FREEDONIA IN BREACH OF GRAIN ACCORD", False),
])
def test_headline_in_a_deal(title: str, agreed: bool) -> None:
    assert ("agreed" in _title_labels(title)) is agreed


@pytest.mark.parametrize("title, stalled", [
    ("FARM MINISTERS POSTPONE TALKS ON QUOTA PACT", True),
    ("ACME <ACM> SUSPENDS MERGER TALKS", True),
    ("RURITANIA DEFERS DEBT TALKS WITH BANKS", True),
    ("RURITANIA TO POSTPONE TALKS", False),  # a plan
    ("ACME <ACM> POSTPONES ANNUAL MEETING", False),  # a company's meeting
    ("ACME DELAYS BID, TALKS CONTINUE", False),
])
def test_headline_talks_put_off(title: str, stalled: bool) -> None:
    assert ("stalled" in _title_labels(title)) is stalled


@pytest.mark.parametrize("title, stalled", [
    ("BOARD SEEN UNLIKELY TO SET NEW QUOTA TALKS", True),
    ("COUNCIL UNLIKELY TO CALL FRESH PRICE TALKS", True),
    ("TALKS UNLIKELY TO END THIS WEEK", False),
])
def test_headline_no_new_talks_in_sight(title: str, stalled: bool) -> None:
    assert ("stalled" in _title_labels(title)) is stalled


def test_headline_talks_put_off_decides_over_the_ledes_talks() -> None:
    text = ("MINISTERS POSTPONE TALKS ON RIVET PACT\n\nTORONTO, April 2 - Ruritania and "
            "Freedonia ended twelve hours of talks on the rivet pact early today and will meet "
            "again next week.\n")
    assert _primary(text, STATES, "state").status == "stalled"
