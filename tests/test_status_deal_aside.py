"""A deal told with "already" or "also" is one made before the talks the story tells, or
beside them: not where those talks stand (invented texts)."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.model import Negotiation


def _primary(text: str) -> Negotiation:
    found = analyse(doc(text, "2020-06-14")).negotiations
    return next(n for n in found if n.primary)


_AID = ("ECUADOR SEEKS MORE OIL AID FROM VENEZUELA\n\nQUITO, June 10 - Ecuador's energy "
        "minister arrived in Caracas for talks with Venezuelan officials on further oil aid, "
        "officials said.\n\nVenezuela has {verb} to lend Ecuador three mln barrels of crude "
        "oil.\n\nThe minister met his Venezuelan counterpart today.\n")


def test_a_deal_already_made_is_no_status_of_the_talks() -> None:
    assert _primary(_AID.format(verb="already agreed")).status == "ongoing"


def test_the_same_deal_told_as_news_is_agreed() -> None:
    assert _primary(_AID.format(verb="agreed")).status == "agreed"


def test_a_readout_that_lists_what_they_also_agreed_is_agreed() -> None:
    n = _primary("Readout of the Call\n\nThe presidents of Chile and Peru spoke today about "
                 "fishing rights. The two presidents agreed to reopen the southern fishing "
                 "grounds. They also agreed to set up a joint coast guard.\n")
    assert n.status == "agreed"
