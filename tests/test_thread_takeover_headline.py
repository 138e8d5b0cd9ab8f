"""A headline naming a takeover offer makes a thread where no other sentence would (issue 11).

"DART MAKES OFFER FOR SUPERMARKETS <SGL>", "JONES GETS VULCAN <VUL> BID": an offer for a named
body, or a named bidder's offer a verb acts on, is a takeover's; its lede often holds no other
negotiation word ("is making a 120 mln stg offer for ..."), and no thread was built.  A share
issue ("ACME <ACM> OFFER OVERSUBSCRIBED": the headline's own subject), firms that offer products
(its verb) and bids for goods name no takeover.  All texts are invented.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, doc

from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Negotiation

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}


def _threads(title: str, lede: str) -> tuple[Negotiation, ...]:
    text = f"{title}\n\nTORONTO, March 23 - {lede}\n\nThe company makes rivets and bolts.\n"
    d = doc(text, "1987-03-23")
    actors = tuple(actor(text, aid, "organization", n) for aid, n in FIRMS.items())
    return find_negotiations(d, actors, (), find_times(d))[0]


@pytest.mark.parametrize("title", [
    "ACME <ACM> MAKES OFFER FOR BOLT <BLT>",
    "ACME MAKES 120 MLN DLR BID FOR CONTROL OF BOLT",
    "ACME GETS BOLT <BLT> BID",
    "ACME EXTENDS BOLT OFFER",
])
def test_a_takeover_headline_makes_a_thread(title: str) -> None:
    threads = _threads(title, "Acme Corp said it is making a recommended cash payment of "
                              "27 dlrs a share to holders of Bolt Industries.")
    assert threads and threads[0].primary
    assert set(threads[0].parties) == {"acme", "bolt"}


@pytest.mark.parametrize("title", [
    "ACME <ACM> OFFER OVERSUBSCRIBED",
    "BOLT, ACME <ACM> OFFER NEW RIVET PRODUCTS",
    "ACME ACCEPTS BID FOR WHEAT FLOUR",
])
def test_a_share_issue_a_product_or_goods_make_no_thread(title: str) -> None:
    assert _threads(title, "Acme Corp said the issue of two mln shares at 27 dlrs a share "
                           "was sold to holders of Bolt Industries.") == ()
