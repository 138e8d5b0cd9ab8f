"""A deal at stake with nobody named at its table is still a negotiation thread (issue 11).

A text that asserts a deal in two sentences of its own ("We need a hostage deal, and we need a
ceasefire." ... "The deal needs to get done") is about that deal even when no side is named
at the table and no cue says where it stands; one passing "agreement" is not, and a reporter's
questions assert nothing; renegotiating is negotiating, and so is a
takeover, tender or buyout offer (not any "bid for"), and a labour strike (not an air
strike).  A deal the text's own speakers say, once, that they work for ("we are pushing hard
for a truce") is at stake too; a government that says so mediates it.  A government's own
text keeps a thread its negotiation sentences give even with nobody named at the table (its
remarks answer on talks it follows).  Invented sentences only.
"""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Negotiation


def _threads(text: str) -> tuple[Negotiation, ...]:
    d = doc(text)
    return find_negotiations(d, (), (), find_times(d))[0]


def test_a_deal_said_twice_is_a_thread() -> None:
    text = ("Remarks on the road\n\nThank you all for coming. We need a hostage deal, and we "
            "need a ceasefire. The families have waited long enough. The deal needs to get "
            "done, and it needs to get done now.\n")
    threads = _threads(text)
    assert len(threads) == 1 and threads[0].primary
    assert threads[0].parties == () and threads[0].status == "ongoing"


def test_a_single_passing_agreement_is_no_thread() -> None:
    text = ("Budget row\n\nThe minister criticised the union leader. Departments get their money "
            "on the basis of the service agreements they sign up to. The reforms go ahead.\n")
    assert _threads(text) == ()


def test_questions_about_a_deal_assert_none() -> None:
    text = ("Evening notes\n\nIs a deal close? Will the ceasefire hold? Nobody in the room "
            "could say, and the guests went home.\n")
    assert _threads(text) == ()


def test_renegotiating_is_negotiating() -> None:
    from _neg_fixtures import actor
    text = ("Debt plan\n\nRuritania suspended repayments on its loans in order to start "
            "renegotiating its obligations with Freedonia next month, a spokesman said.\n")
    d = doc(text)
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),
              actor(text, "freedonia", "state", ["Freedonia"]))
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    assert threads and threads[0].primary


def test_a_tender_offer_or_buyout_is_a_negotiation() -> None:
    from _neg_fixtures import actor
    text = ("Acme begins offer\n\nAcme Corp said it has started a 30 dlr a share tender offer "
            "for all the shares of Bolt Industries, whose board will study it.\n")
    d = doc(text)
    actors = (actor(text, "acme", "organization", ["Acme Corp", "Acme"]),
              actor(text, "bolt", "organization", ["Bolt Industries"]))
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    assert threads and threads[0].primary


def test_bids_for_bills_or_licences_are_no_takeover() -> None:
    text = ("Treasury sale\n\nBids for the bills will be received at all branches until noon. "
            "The ministry will also invite bids for two telephone licences.\n")
    assert _threads(text) == ()


def test_a_labour_strike_is_a_negotiation_but_an_air_strike_is_not() -> None:
    from _neg_fixtures import actor
    text = ("Dockers walk out\n\nDockers at the port of Ruritania went on strike over pay on "
            "Monday, and the national strike was spreading, the union said.\n")
    d = doc(text)
    actors = (actor(text, "ruritania", "state", ["Ruritania"]),)
    assert find_negotiations(d, actors, (), find_times(d))[0]
    text = ("Raid\n\nThe air strikes on the bridge went on all night, and a second strike hit "
            "the depot at dawn.\n")
    assert _threads(text) == ()


def test_a_deal_the_speakers_work_for_is_a_thread_said_once() -> None:
    # a government's statement on a war: one sentence works for a truce nobody is named at
    text = ("Statement on the attack\n\nWe are shocked by the attack on the convoy. The "
            "victims were delivering food. And we are pushing hard for an immediate truce as "
            "part of a prisoner exchange.\n")
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source="The White House"))
    threads = find_negotiations(d, (), (), find_times(d))[0]
    assert len(threads) == 1 and threads[0].mediators == ("usa",)
    assert threads[0].status in ("ongoing", "exploratory")
    # (anyone's text: "which we continue to work to achieve" after the deal)
    text = ("Evening notes\n\nThe shelling went on all night. This shows the urgency of a "
            "ceasefire, which we continue to work tirelessly to achieve.\n")
    assert _threads(text)


def test_working_on_talks_or_asking_about_a_deal_is_no_thread() -> None:
    # talks are no deal sought; a question asserts nothing
    assert _threads("Evening notes\n\nWe are working on the talks. The guests went home.\n") \
        == ()
    assert _threads("Evening notes\n\nAre we pushing for a ceasefire? Nobody in the room "
                    "could say.\n") == ()


def test_a_governments_own_text_keeps_its_thread_with_nobody_named() -> None:
    # remarks that answer, in passing, on talks nobody is named at: a government's own text
    # speaks of a negotiation it follows; anyone else's passing "negotiators met" is no thread
    text = ("Remarks before departure\n\nGood morning, everybody. The negotiators met again "
            "last night, and I will have more to say later. Now to the storm damage.\n")
    assert _threads(text) == ()
    d, _ = document_from_text("fixture.txt", text, meta=Metadata(
        title=None, published="2020-06-14", source="The White House"))
    threads = find_negotiations(d, (), (), find_times(d))[0]
    assert len(threads) == 1 and threads[0].primary and threads[0].parties == ()
    assert threads[0].status in ("ongoing", "exploratory")
