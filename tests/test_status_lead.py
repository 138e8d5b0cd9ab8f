"""The primary status is decided by the lead: the headline, else the lede, else the body.

News puts the state of play in the headline and the first paragraph; the body carries
background, history and other threads, which is where cue rules misfire (issue 11).  Only what
the lead asserts decides: a hypothetical, a possibility or a past event in it does not.  A
government's own title names the kind of document ("Readout of ... Meeting"): its everyday
"meeting" decides nothing.  All texts are invented.
"""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Document, Negotiation

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"]}
STATES = {"ruritania": ["Ruritania", "RURITANIA"], "freedonia": ["Freedonia", "FREEDONIA"],
          "usa": ["United States"]}


def _primary(d: Document, names: dict[str, list[str]], kind: str) -> Negotiation:
    actors = tuple(actor(d.text, aid, kind, n) for aid, n in names.items())
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    return next(t for t in threads if t.primary)


def test_headline_talks_outweigh_a_deal_signed_in_the_lede() -> None:
    # the headline says they are talking; what the lede signs is a step on the way
    text = ("ACME, BOLT IN JOINT VENTURE TALKS\n\nTORONTO, March 25 - Acme Corp said it signed "
            "a letter of intent to enter into further negotiations on a joint venture with "
            "Bolt Industries.\n\nAcme said it agreed on a framework for the talks.\n")
    assert _primary(doc(text, "1987-03-25"), FIRMS, "organization").status == "ongoing"


def test_headline_talks_outweigh_another_deal_that_collapsed_in_the_body() -> None:
    text = ("RURITANIA, FREEDONIA START NEW TRADE TALKS\n\nGENEVA, March 9 - Ruritania and "
            "Freedonia began talks on a new trade pact on Monday, delegates said.\n\n"
            "Delegates recalled the collapse of the tin agreement, which broke down when its "
            "buffer stock ran out of money.\n")
    assert _primary(doc(text, "1987-03-09"), STATES, "state").status == "ongoing"


def test_a_silent_headline_leaves_the_status_to_the_lede() -> None:
    text = ("RURITANIA AND FREEDONIA\n\nGENEVA, March 9 - Ruritania and Freedonia have agreed "
            "on a new trade pact, delegates said.\n\nTalks had gone on for a year.\n")
    assert _primary(doc(text, "1987-03-09"), STATES, "state").status == "agreed"


def test_a_hypothetical_lede_does_not_decide() -> None:
    # "if they are unable to reach a pact": no stall asserted; the body says where they are
    text = ("RURITANIA TIES SEEN WORSE WITHOUT PACT\n\nWASHINGTON, June 18 - Ties between "
            "Ruritania and Freedonia could worsen if the two are unable to reach a trade pact, "
            "a study said.\n\nNegotiators of Ruritania and Freedonia have made progress in "
            "their talks this month, officials said.\n")
    status = _primary(doc(text, "1987-06-18"), STATES, "state").status
    assert status not in lex.NEGATIVE


def test_a_readout_title_meeting_does_not_decide() -> None:
    text = ("Readout of the Meeting Between Ruritania and Freedonia\n\nThe leaders of Ruritania "
            "and Freedonia met today in Geneva. They signed an agreement on border trade.\n")
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        published="2023-05-02", source="The White House"))
    assert _primary(d, STATES, "state").status == "agreed"


def test_the_lede_shows_the_status_the_headline_gives() -> None:
    # the lede spells the headline out: it is evidence too, though its own words are no cue
    text = ("ACME, BOLT REACH CONTRACT SETTLEMENT\n\nTORONTO, April 2 - Acme Corp said contract "
            "negotiations with Bolt Industries concluded in a memorandum of settlement.\n\n"
            "The company said its plants would reopen on Monday.\n")
    n = _primary(doc(text, "1987-04-02"), FIRMS, "organization")
    assert n.status == "agreed"
    shown = [e.text for e in n.status_evidence]
    assert shown[0].startswith("ACME, BOLT REACH") and shown[1].startswith("TORONTO")


def test_a_title_naming_the_kind_of_document_is_no_headline() -> None:
    # "Outcomes of the ... talks" names the document, not the state: no source needed
    text = ("Outcomes of the Ruritania and Freedonia talks\n\nRuritania and Freedonia met in "
            "Geneva on Monday. The outcomes:\n\n- Ruritania and Freedonia have agreed to a "
            "cease-fire along the border.\n")
    assert _primary(doc(text, "2031-03-24"), STATES, "state").status == "agreed"


def test_a_soft_cue_in_the_lede_does_not_decide() -> None:
    # "failures" of a policy is no failure of talks; the lede needs a specific cue to decide
    text = ("Peace through strength\n\nAfter four years of foreign policy failures, Ruritania "
            "has made tremendous progress in its talks with Freedonia.\n\nRuritania and "
            "Freedonia held a second round of negotiations in Geneva. The talks made progress on "
            "trade, officials said.\n")
    assert _primary(doc(text, "2025-03-01"), STATES, "state").status not in lex.NEGATIVE


def test_a_dispute_the_headline_names_is_not_settled_by_a_deal_in_the_body() -> None:
    # the body recalls a deal the two signed years ago: the dispute the headline names is live
    text = ("ACME IN PRICE DISPUTE WITH BOLT\n\nTORONTO, May 4 - Acme Corp said it would not "
            "pay the prices Bolt Industries asks for its ore.\n\nAcme said it wants lower "
            "prices next year.\n\nAcme and Bolt signed a supply agreement that runs to 1990.\n")
    assert _primary(doc(text, "1987-05-04"), FIRMS, "organization").status in (
        "ongoing", "exploratory")


def test_a_dispute_headline_keeps_the_failure_the_body_tells() -> None:
    text = ("ACME IN PRICE DISPUTE WITH BOLT\n\nTORONTO, May 4 - Acme Corp said it would not "
            "pay the prices Bolt Industries asks for its ore.\n\nAcme said its talks with Bolt "
            "on prices collapsed on Friday.\n")
    assert _primary(doc(text, "1987-05-04"), FIRMS, "organization").status in lex.NEGATIVE


def test_a_dispute_the_headline_settles_or_a_row_of_wins_is_no_live_dispute() -> None:
    for head in ("ACME SHARES RISE FOR A THIRD DAY IN A ROW", "ACME DISPUTE ENDS"):
        text = (f"{head}\n\nTORONTO, May 4 - Acme Corp said it had a good quarter.\n\n"
                "Acme and Bolt Industries have agreed to a new supply contract, Acme said.\n")
        status = _primary(doc(text, "1987-05-04"), FIRMS, "organization").status
        assert status == "agreed", head
