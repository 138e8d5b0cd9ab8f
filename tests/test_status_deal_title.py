"""A headline naming a deal as made, where the body says no more than talks (issue 11).

"FARMERS CRITICISE MILK PACT", "ACME SAYS SUPPLY PACT BETTER THAN RIVALS'": the headline tells
of a deal that exists; a body whose only cues are "talks" or "met" (or none) does not make it
still under negotiation.  A headline that puts the deal ahead, in doubt or in dispute ("EXPECTED",
"HOPES FOR", "TRUCE POSSIBLE", "REJECTS"), a body with a cue of its own, and a title
that names the kind of document say nothing of the kind.  All texts are invented.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import primary_with

from briefing.model import Negotiation

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}

BODY = ("\n\nPORTVILLE, April 2 - Acme Corp said the supply terms it set with Bolt Industries "
        "last month were better than those of its rivals.\n\nAcme and Bolt met in Portville "
        "on Monday, a spokesman said.\n")


def _primary(text: str) -> Negotiation:
    primary = primary_with(text, FIRMS, "organization", "1987-04-02")
    assert primary is not None, "no primary thread: the status test would say nothing"
    return primary


@pytest.mark.parametrize("title", [
    "ACME SAYS SUPPLY PACT WITH BOLT BETTER THAN RIVALS'",
    "FARMERS CRITICISE ACME-BOLT SUPPLY ACCORD",
])
def test_a_deal_the_headline_names_was_made(title: str) -> None:
    assert _primary(title + BODY).status == "agreed"


@pytest.mark.parametrize("title", [
    "ACME-BOLT SUPPLY PACT EXPECTED THIS WEEK",
    "ACME HOPES FOR SUPPLY DEAL WITH BOLT",
    "ACME, BOLT SUPPLY TRUCE POSSIBLE",
    "ACME REJECTS SUPPLY PACT WITH BOLT",
])
def test_a_deal_the_headline_puts_ahead_is_not_made(title: str) -> None:
    assert _primary(title + BODY).status != "agreed"


def test_the_body_cue_still_decides() -> None:
    text = ("ACME SAYS SUPPLY PACT WITH BOLT BETTER THAN RIVALS'\n\nPORTVILLE, April 2 - "
            "Acme Corp said the talks with Bolt Industries on new supply terms collapsed on "
            "Monday.\n")
    assert _primary(text).status == "collapsed"


def test_a_title_naming_the_document_says_nothing() -> None:
    text = "Statement on the Supply Agreement Between Acme and Bolt" + BODY
    assert _primary(text).status != "agreed"


# the body recalls the deal as made in the past ("reached last December") and says no more of
# the present than talks: the headline naming the deal as made still decides
PAST_BODY = ("\n\nPORTVILLE, April 2 - Acme Corp and Bolt Industries ended another long "
             "negotiating session this week.\n\nThe supply accord reached last December set "
             "prices for two years, a spokesman said.\n\nOfficials said talks on other "
             "products would follow.\n")


def test_a_deal_the_body_recalls_as_past_keeps_the_headline_deal() -> None:
    assert _primary("ACME-BOLT SUPPLY ACCORD PAVES WAY FOR MORE TRADE" + PAST_BODY).status \
        == "agreed"


def test_a_failure_the_body_tells_keeps_the_headline_deal_from_deciding() -> None:
    text = ("ACME-BOLT SUPPLY ACCORD PAVES WAY FOR MORE TRADE" + PAST_BODY +
            "\nTalks on a second accord collapsed on Monday, Bolt said.\n")
    assert _primary(text).status != "agreed"


@pytest.mark.parametrize("title,made", [
    ("ACME RENEGOTIATION OF BOLT SUPPLY DEAL MOVING ALONG", False),
    ("ACME, BOLT IN RE-NEGOTIATION OF SUPPLY PACT", False),
    ("ACME SUPPLY PACT SEEN AS GOOD FOR BOLT", True),
    ("PRICE FALL SEEN AS TEST OF ACME-BOLT ACCORD", True),
    ("ACME-BOLT SUPPLY PACT SEEN BY FRIDAY", False),
])
def test_renegotiation_puts_the_deal_ahead_and_seen_as_judges_it(title: str, made: bool) -> None:
    from briefing.extract.negotiations.status import deal_made_title
    from briefing.extract.negotiations.units import Unit

    assert deal_made_title([Unit(0, len(title), title, 0, 1.0, is_title=True)]) is made
