"""An offer with both its ends named opens talks, where no negotiation word does (issue 11).

A text with no word of talks or deals in it ("Ruritania offered Freedonia a grain loan") still
reports a negotiation when an offer is made to a named party ("offered Freedonia", "offer
wheat to Freedonia") or by one ("the freeze offered by Ruritania") and the sentence names
another.  An offer to nobody named (shares sold, a price, a vision, a post offered "to a member
of his party"), the noun "offering" of a share sale, the agent of another verb ("offered via a
syndicate managed by"), and the news agency an official tells of it make no thread; where the
text already has negotiation sentences, an offer sentence is left as it reads.  Invented
sentences only.
"""

from __future__ import annotations

import re

from _neg_fixtures import actor, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.state import TrackerState
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Actor, Negotiation


def _actors(text: str) -> tuple[Actor, ...]:
    return (actor(text, "ruritania", "state", ["Ruritania"]),
            actor(text, "freedonia", "state", ["Freedonia"]),
            actor(text, "reuters", "organization", ["Reuters"]))


def _threads(text: str) -> tuple[Negotiation, ...]:
    d = doc(text)
    return find_negotiations(d, _actors(text), (), find_times(d))[0]


def test_an_offer_from_one_party_to_another_is_a_thread() -> None:
    text = ("Grain loan\n\nRuritania offered Freedonia a grain loan at a low rate of interest, "
            "officials said. Freedonia has not answered yet.\n")
    threads = _threads(text)
    assert threads and threads[0].primary
    assert set(threads[0].parties) == {"ruritania", "freedonia"}
    assert threads[0].status in ("ongoing", "exploratory")


def test_an_offer_made_by_a_named_party_passively() -> None:
    text = ("Debt relief\n\nFreedonia no longer needs the repayment freeze offered by "
            "Ruritania, its finance minister said.\n")
    threads = _threads(text)
    assert threads and threads[0].primary and "ruritania" in threads[0].parties


def test_an_offer_of_goods_to_a_named_party_is_a_thread() -> None:
    text = ("Wheat plan\n\nLawmakers urged Ruritania to offer subsidized wheat to Freedonia, "
            "a spokesman said.\n")
    threads = _threads(text)
    # (a thread; "to Freedonia" is read as a place gone to by the side scores, which seat
    # Ruritania alone here)
    assert threads and threads[0].primary and "ruritania" in threads[0].parties


def test_an_offer_to_nobody_named_is_no_thread() -> None:
    for sentence in ("Ruritania said prices in Freedonia were steady, with offers unchanged at "
                     "330 dlrs a tonne.",
                     "The Ruritania leader would rather offer the post to a member of his "
                     "party than to anyone from Freedonia's.",
                     "The Ruritania bonds are being offered via a syndicate managed by "
                     "Freedonia's central bank.",
                     "Ruritania and Freedonia offer new rivets this spring."):
        assert _threads(f"Market notes\n\n{sentence}\n") == (), sentence


def test_an_offer_naming_one_party_is_no_thread() -> None:
    text = ("Share sale\n\nRuritania offered two million bonds to investors at par on Monday, "
            "the treasury said. The bonds mature in ten years.\n")
    assert _threads(text) == ()


def test_the_agency_told_of_an_offer_is_no_end_of_it() -> None:
    text = ("Loan plan\n\nRuritania has offered a grain loan, an official told Reuters on "
            "Monday. The loan would run for three years.\n")
    assert _threads(text) == ()


def test_a_share_offering_is_no_offer_to_a_counterpart() -> None:
    for phrase in ("a public offering of shares", "the offering was priced",
                   "a shelf offering of bonds", "offering of 3 mln shares"):
        assert not re.search(lex.OFFER_WORDS, phrase), phrase
    for phrase in ("offering Freedonia a loan", "offered to sell", "an aid offer to",
                   "the freeze offered by"):
        assert re.search(lex.OFFER_WORDS, phrase), phrase


def test_offers_in_a_text_with_talks_read_as_they_are() -> None:
    text = ("Grain talks\n\nRuritania and Freedonia held talks on a grain loan on Monday. "
            "Ruritania offered Freedonia better terms, officials said.\n")
    d = doc(text)
    st = TrackerState(d, _actors(text), (), find_times(d))
    offer = next(u for u in st.units if u.text.startswith("Ruritania offered"))
    assert not offer.negotiation
    assert any(u.negotiation for u in st.units)
