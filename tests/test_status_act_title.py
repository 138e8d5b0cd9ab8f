"""A headline announcing the act two sides have settled, a title marking a deal (issue 11).

Headlinese "ACME TO SELL UNIT TO BOLT", "RURITANIA TO LEND OIL TO FREEDONIA" announces what
the sides have settled, as to come: where the body says no more than talks held, the deal was
made.  A wish or a plan before it ("SEEKS FUNDS TO BUY", "IN PLAN TO BUY"), one side's own act
(a central bank selling bills, a buy-back, notes sold), or a clearance or readiness ("CLEARED
TO BUY", "READY TO BUY") is no deal.  The same act told as done ("ACME BUYS BOLT", "ACME
SELLS TWO UNITS TO BOLT") is a deal made too, unless it is one side's own act on a market or a
stake ("BUYS BACK SHARES", "BUYS DOLLARS", "SELLS CONVERTIBLE DEBT", "BUYS STAKE IN", "ACQUIRES
9.9 PCT OF", "BUYS INTO").  A title that marks the anniversary or the day of a
deal ("... Armistice Day", "the Anniversary of the Truce in ...") tells the deal made: the body
tells that deal's story.  Invented sentences.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import primary_with

from briefing.extract.negotiations.status import commemorates_deal, deal_made_title
from briefing.extract.negotiations.units import Unit
from briefing.model import Negotiation

STATES = {"ruritania": ["Ruritania", "RURITANIA"], "freedonia": ["Freedonia", "FREEDONIA"]}


def _primary(text: str) -> Negotiation | None:
    return primary_with(text, STATES, "state", "1987-04-02")


def _title(text: str) -> list[Unit]:
    return [Unit(0, len(text), text, 0, 1.0, is_title=True)]


@pytest.mark.parametrize("title", [
    "ACME <ACM> TO MERGE WITH BOLT <BLT>", "ACME TO SELL PLASTICS UNIT TO BOLT",
    "RURITANIA TO LEND OIL TO FREEDONIA", "Toy maker to buy rival chain",
    "ACME AND BOLT TO COMBINE OPERATIONS"])
def test_act_settled_is_a_deal_made(title: str) -> None:
    assert deal_made_title(_title(title))


@pytest.mark.parametrize("title", [
    "RURITANIA SEEKS FUNDS TO BUY GRAIN", "ACME IN PLAN TO BUY BOLT",
    "CENTRAL BANK TO SELL 300 BILLION IN BILLS", "ACME TO BUY BACK SHARES",
    "ACME UNIT TO SELL 10-YEAR NOTES", "ACME CLEARED TO BUY BOLT", "ACME READY TO BUY BOLT",
    "ACME MAY TRY TO BUY BOLT", "ACME BIDS TO BUY BOLT"])
def test_wish_plan_or_own_act_is_no_deal(title: str) -> None:
    assert not deal_made_title(_title(title))


@pytest.mark.parametrize("title", [
    "ACME <ACM> BUYS BOLT <BLT>", "ACME SELLS TWO UNITS TO BOLT", "ACME ACQUIRES BOLT PAPER UNIT",
    "ACME COMPLETES SALE OF PLASTICS UNIT", "ACME MERGES WITH BOLT", "Toy maker buys rival chain"])
def test_act_done_is_a_deal_made(title: str) -> None:
    assert deal_made_title(_title(title))


@pytest.mark.parametrize("title", [
    "ACME BUYS BACK SHARES", "CENTRAL BANK BUYS DOLLARS IN TOKYO", "ACME SELLS CONVERTIBLE DEBT",
    "ACME BUYS STAKE IN BOLT", "ACME ACQUIRES 9.9 PCT OF BOLT", "ACME BUYS INTO BOLT",
    "ACME SELLS POSITION IN BOLT", "ACME UNIT SELLS 10-YEAR NOTES", "ACME SEEKS TO BUY BOLT",
    "ACME TALKS ON BOLT PURCHASE"])
def test_own_act_stake_or_wish_told_in_the_present_is_no_deal(title: str) -> None:
    assert not deal_made_title(_title(title))


def test_done_act_headline_over_talks_only_body_is_agreed() -> None:
    firms = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}
    text = ("ACME BUYS BOLT PAPER UNIT\n\n"
            "PORTVILLE, April 2 - Acme Corp said it will pay 40 mln dlrs for the paper unit of "
            "Bolt Industries.\n\n"
            "Acme and Bolt met in Portville on Monday, a spokesman said.\n")
    prim = primary_with(text, firms, "organization", "1987-04-02")
    assert prim is not None and prim.status == "agreed"


def test_act_headline_over_talks_only_body_is_agreed() -> None:
    text = ("RURITANIA TO LEND OIL TO FREEDONIA\n\n"
            "Ruritania will supply Freedonia with crude oil to help it meet export commitments, "
            "the energy minister said.\n\n"
            "The minister spoke after talks with Freedonia's deputy minister.\n")
    prim = _primary(text)
    assert prim is not None and prim.status == "agreed"


@pytest.mark.parametrize("title,marks", [
    ("Presidential Message on National Veterans Armistice Day", True),
    ("Statement on the Fifth Anniversary of the Truce in Ruritania", True),
    ("Message on the Anniversary of the Ratification of the 1850 Treaty of Freedonia", True),
    ("Remarks on the First Day of the Trade Talks", False),
    ("Statement on the Anniversary of the Founding of Ruritania", False)])
def test_commemorated_deal(title: str, marks: bool) -> None:
    assert commemorates_deal(_title(title)) is marks


def test_armistice_day_message_is_a_deal_made() -> None:
    text = ("Message on National Veterans Armistice Day\n\n"
            "Seventy years ago, the guns fell silent along the border between Ruritania and "
            "Freedonia.\n\n"
            "Today we honour the soldiers of Ruritania who fought in that war, and the "
            "negotiators of Ruritania and Freedonia who met in a border village for two years "
            "of talks.\n")
    prim = _primary(text)
    assert prim is not None and prim.status == "agreed"
