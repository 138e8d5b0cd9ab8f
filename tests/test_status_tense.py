"""Primary status from tense, modality and the words of news wire stories (issue 11).

Each rule is a general fact of English or of news style, tested on invented sentences: a
labour contract is a deal, a rejected tentative deal has fallen, shareholders approving a deal
(or a deal awaiting their approval) is agreed, a signing still expected is near, averting an
impasse is no impasse, "little success" is a stall, agreeing to keep talking or to reopen talks
agrees no deal, a truce that "has brought calm" is in force, "over the past year" is not the
past, and talks named by their subject ("the ceasefire talks") are a negotiation even when
their sides go unnamed.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels, primary_with, threads_with

from briefing.extract.negotiations import clauses
from briefing.extract.negotiations import lexicon as lex
from briefing.model import Negotiation

STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"], "sylvania": ["Sylvania"]}
FIRMS = {"acme": ["Acme Corp", "Acme"], "bolt": ["Bolt Industries", "Bolt"],
         "union": ["Union of Rivet Workers"]}
COARSE = {label: ("agreed" if label in ("agreed", "implementing") else
                  "failed" if label in lex.NEGATIVE else "ongoing") for label in lex.STATUS_LABELS}


def _threads(text: str, names: dict[str, list[str]] = STATES,
             kind: str = "state", published: str | None = "2020-06-14") -> tuple[Negotiation, ...]:
    return threads_with(text, names, kind, published)


def _primary(text: str, names: dict[str, list[str]] = STATES, kind: str = "state",
             published: str | None = "2020-06-14") -> Negotiation | None:
    return primary_with(text, names, kind, published)


# (text, the actors' names, their kind, the status expected: a label, or "coarse:" + coarse)
CASES = {
    "a union rejecting a tentative contract is a failed deal": (
        "UNION REJECTS CONTRACT\n\nThree locals of the Union of Rivet Workers on strike at Acme "
        "Corp rejected a tentative three-year contract, a union official said. Negotiations "
        "with Acme are expected to reopen.\n", FIRMS, "organization", "coarse:failed"),
    "a contract the union agreed to is agreed": (
        "Pay deal\n\nThe Union of Rivet Workers has agreed to a new contract with Acme Corp "
        "after talks that lasted a month.\n", FIRMS, "organization", "agreed"),
    "shareholders approving a merger agreement agree it": (
        "ACME APPROVES MERGER\n\nShareholders of Acme Corp approved a merger agreement with "
        "Bolt Industries on revised terms. The merger talks had almost fallen through.\n",
        FIRMS, "organization", "agreed"),
    "a takeover awaiting shareholders' approval is agreed": (
        "Bid battle over\n\nAcme Corp will merge with Bolt Industries after a long bid battle. "
        "Acme's takeover of Bolt - the largest deal of the year - will still have to be "
        "approved by shareholders, a formality.\n", FIRMS, "organization", "agreed"),
    "a signing still expected is near, not agreed": (
        "Car deal\n\nAcme Corp and Bolt Industries are in negotiations on a tie-up. Acme "
        "bosses say they are confident the investment deal would be signed in March.\n",
        FIRMS, "organization", "near_agreement"),
    "avoiding an impasse is no impasse": (
        "Debt offer\n\nRuritania's finance minister said the proposal is designed to avoid an "
        "impasse when debt rescheduling talks with Freedonia's banks reopen on Tuesday.\n",
        STATES, "state", "coarse:ongoing"),
    "little success is a stall; not being able to comply is no deal in force": (
        "Chip row\n\nNegotiations between Ruritania and Freedonia over compliance with the pact "
        "have gone on for months with little success. Officials predicted Freedonia would not "
        "be able to comply with the pact in time.\n", STATES, "state", "stalled"),
    "agreeing to stay in touch agrees no deal": (
        "Call\n\nThe presidents of Ruritania and Freedonia discussed the negotiations on a "
        "truce, which have reached a final stage. They agreed on the urgency of bringing the "
        "process to closure and agreed to remain in close coordination.\n", STATES, "state",
        "near_agreement"),
    "agreeing to work together on other files agrees no deal": (
        "Call\n\nThe presidents of Ruritania and Freedonia discussed the talks on a truce. They "
        "agreed to work together on the climate crisis.\n", STATES, "state", "coarse:ongoing"),
    "talks that failed to find a solution failed": (
        "Tariff row\n\nRuritania filed a complaint against Freedonia after talks failed to "
        "find a solution.\n", STATES, "state", "stalled"),
    "agreeing to reopen talks is a first step, no deal": (
        "Air row\n\nRuritania and Freedonia have agreed to reopen talks on aircraft "
        "subsidies.\n", STATES, "state", "exploratory"),
    "an announced truce with a length is agreed": (
        "Truce\n\nAfter months of diplomacy, Sylvania's envoy announced a 60-day truce between "
        "Ruritania and Freedonia under which military operations will cease.\n", STATES,
        "state", "agreed"),
    "a bidder's board approving its possible takeover agrees nothing yet": (
        "Exchange bid\n\nBolt Industries' board has approved the possible takeover of Acme "
        "Corp despite opposition from investors. Bolt continued talks with Acme.\n", FIRMS,
        "organization", "coarse:ongoing"),
    "two firms calling off their merger: it failed": (
        "ACME, BOLT CALL OFF MERGER\n\nAcme Corp and Bolt Industries said they called off "
        "their proposed merger.\n", FIRMS, "organization", "collapsed"),
    "an acquisition terminated failed": (
        "ACME SAYS ACQUISITION TERMINATED\n\nAcme Corp said its acquisition of Bolt "
        "Industries was terminated after talks on the price.\n", FIRMS, "organization",
        "collapsed"),
    "a ceasefire in a country that holds is in force": (
        "Ruritania ceasefire holds for a second day\n\nA ceasefire in Ruritania held for a "
        "second day between Ruritania and Freedonia, monitors said.\n", STATES, "state",
        "implementing"),
    "the past in general is still the past": (
        "Truce\n\nRuritania and Freedonia are negotiating a new truce. In the past, a truce "
        "between them was signed and then collapsed.\n", STATES, "state", "coarse:ongoing"),
}


@pytest.mark.parametrize("case", CASES)
def test_status_of_invented_stories(case: str) -> None:
    text, names, kind, expected = CASES[case]
    n = _primary(text, names, kind)
    got = "coarse:" + COARSE[n.status] if expected.startswith("coarse:") else n.status
    assert got == expected


def test_a_truce_that_has_brought_calm_over_the_past_year_is_in_force() -> None:
    n = _primary("Call\n\nThe president thanked Sylvania for its support for the truce between "
                 "Ruritania and Freedonia, which over the past year has brought the longest "
                 "period of calm since the war began over a decade ago.\n",
                 published="2023-03-07")
    assert n.status == "implementing"
    assert "sylvania" not in n.parties and "sylvania" in n.mediators


def test_talks_named_by_their_subject_are_a_thread_without_named_sides() -> None:
    text = ("Remarks\n\nQ How are the ceasefire talks?\n\nTHE PRESIDENT: They are still in "
            "play. Just a couple more issues.\n")
    threads = _threads(text, {})
    assert threads and threads[0].status in ("ongoing", "exploratory")
    # an everyday "agreement" with nobody named still makes none
    assert not _threads("Results\n\nThe company said the agreement helped sales.\n", {})


def test_a_near_deal_leaves_an_item_without_a_cue_of_its_own_open() -> None:
    # the thread is near; its items are only as far as their own sentences say
    n = _primary("Fishing talks\n\nRuritania and Freedonia are close to a deal, negotiators "
                 "said on Friday. The talks in Sylvania also covered tariffs on steel.\n")
    assert n.status == "near_agreement"
    assert {i.key: i.status for i in n.issues}.get("tariffs") == "open"
    m = _primary("Fishing deal\n\nRuritania and Freedonia signed a deal on Friday. The deal "
                 "covers tariffs on steel.\n")
    assert {i.key: i.status for i in m.issues}.get("tariffs") == "agreed"


@pytest.mark.parametrize(("sentence", "past"), [
    ("Ruritania has now agreed to a ceasefire, once more proving that pressure works.", False),
    ("Once again Ruritania agreed to a ceasefire with Freedonia.", False),
    ("Once the ceasefire takes effect, aid will flow to Freedonia.", False),
    ("Ruritania was once the closest ally of Freedonia.", True),
    ("Ruritania once ruled Freedonia.", True),
])
def test_once_is_the_past_only_as_formerly(sentence: str, past: bool) -> None:
    # "once more", "once again" and the conjunction "once" (when) are no past; "was once",
    # "once ruled" (formerly) are
    assert bool(lex.HISTORICAL_WORDS.search(sentence)) is past


def test_an_agreement_said_once_more_is_the_present() -> None:
    text = ("Ruritania has now agreed to a ceasefire with Freedonia, once more showing that "
            "talks work. Ruritania and Freedonia held talks in Sylvania.")
    assert COARSE[_primary(text).status] == "agreed"


@pytest.mark.parametrize(("text", "expected"), [
    # a tariff or a law taking effect is no deal in force: the talks go on
    ("Chip talks\n\nNegotiations between Ruritania and Freedonia over chips go on. Officials "
     "held out little hope of an accord before the tariffs of 100 per cent - up from five per cent - are to take "
     "effect on April 17.\n", "ongoing"),
    ("Broker talks\n\nRuritania is holding talks with Freedonia on a purchase. The talks follow "
     "a change in securities laws that takes effect June 30.\n", "ongoing"),
    # a truce, or "it" standing for one, taking effect is in force
    ("Truce\n\nRuritania and Freedonia held talks on the truce, which took effect on "
     "Friday.\n", "implementing"),
])
def test_only_a_deal_taking_effect_is_in_force(text: str, expected: str) -> None:
    assert _primary(text).status == expected


@pytest.mark.parametrize(("before", "deal"), [
    ("The ceasefire ", True),
    ("Officials said the pact, signed in May, will ", True),
    ("the tariffs of 100 per cent - up from five per cent - are to ", False),
    ("The spokesman said the talks follow a change in laws that ", False),
    ("a proclamation on Friday putting the new duties ", False),
    ("Officials said it will ", True),
])
def test_the_subject_of_take_effect(before: str, deal: bool) -> None:
    assert clauses.deal_subject(before) is deal


@pytest.mark.parametrize(("text", "expected"), [
    # a deal's noun after several modifiers is still the deal signed or announced
    # (a headline "Energy talks" would decide "ongoing": see test_status_lead.py)
    ("Energy\n\nRuritania and Freedonia in energy talks. Ruritania and Freedonia signed "
     "a memorandum of understanding on energy on Tuesday.\n", "coarse:agreed"),
    ("Trade\n\nRuritania announced a monumental trade deal with Freedonia on Sunday.\n",
     "coarse:agreed"),
    ("Truce\n\nRuritania and Freedonia announced an \u201cimmediate and unconditional "
     "ceasefire\u201d on Sunday.\n", "coarse:agreed"),
    # ... but talks on a deal announced are no deal
    ("Trade\n\nRuritania announced talks on a trade deal with Freedonia on Sunday.\n",
     "coarse:ongoing"),
])
def test_a_deal_named_with_modifiers(text: str, expected: str) -> None:
    assert "coarse:" + COARSE[_primary(text).status] == expected


@pytest.mark.parametrize("text", [
    "Truce\n\nThe truce between Ruritania and Freedonia that began on Friday has now brought "
    "calm to the border.\n",
    "Truce\n\nMaintaining this truce with Freedonia has been the focus of Ruritania's "
    "diplomacy, the minister said.\n",
    "Truce\n\nRuritania and Freedonia have largely respected the ceasefire, monitors said.\n",
])
def test_a_truce_that_began_or_is_respected_is_in_force(text: str) -> None:
    assert _primary(text).status == "implementing"


def test_a_truce_talked_about_is_not_one_that_began() -> None:
    # talks on a truce that began are talks: "began" must have the truce as its subject
    n = _primary("Truce talks\n\nTalks between Ruritania and Freedonia on a truce began on "
                 "Friday in Sylvania.\n")
    assert COARSE[n.status] == "ongoing"


@pytest.mark.parametrize(("text", "expected"), [
    ("Debt\n\nRuritania's negotiators had worked out a favourable agreement with Freedonia on "
     "its debt, sources said.\n", "coarse:agreed"),
    ("Debt\n\nRuritania and Freedonia have agreed new terms for the repayment of debt.\n",
     "coarse:agreed"),
    # what is still to be worked out is not agreed
    ("Debt\n\nRuritania and Freedonia are negotiating; the terms of the deal are still to be "
     "worked out.\n", "coarse:ongoing"),
])
def test_terms_worked_out_or_agreed_as_an_object(text: str, expected: str) -> None:
    assert "coarse:" + COARSE[_primary(text).status] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a breakdown, an approval or an implementation that only could or would happen is none
    ("Debt\n\nTalks between Ruritania and Freedonia's banks resumed on Friday; the minister "
     "warned that a breakdown of the negotiations could be harmful.\n", "coarse:ongoing"),
    ("Merger\n\nAcme Corp and Bolt Industries are in merger talks. Any merger would have to "
     "be approved by the boards, and meetings will be held on Wednesday.\n", "coarse:ongoing"),
    ("Call\n\nThe presidents of Ruritania and Freedonia discussed the truce talks, which "
     "resumed on Friday. Sylvania would work to ensure the full implementation of the agreement.\n", "coarse:ongoing"),
    # ... while what did happen still counts
    ("Debt\n\nTalks between Ruritania and Freedonia's banks broke down on Friday, the minister "
     "said.\n", "coarse:failed"),
])
def test_a_status_that_could_or_would_happen_is_not_asserted(text: str, expected: str) -> None:
    names = FIRMS if "Acme" in text else STATES
    kind = "organization" if "Acme" in text else "state"
    assert "coarse:" + COARSE[_primary(text, names, kind).status] == expected


@pytest.mark.parametrize(("sentence", "cue", "modal"), [
    ("He warned that a breakdown of the process could be harmful.", "breakdown", True),
    ("The talks broke down, and a deal could come later.", "broke down", False),
    ("Any merger would have to be approved by shareholders.", "approved", True),
    ("Their truce took effect on May 1 and has held.", "took effect", False),
])
def test_the_clause_of_a_cue(sentence: str, cue: str, modal: bool) -> None:
    s = sentence.index(cue)
    assert clauses.modal_clause(sentence, s, s + len(cue)) is modal


@pytest.mark.parametrize(("text", "expected"), [
    ("Coffee\n\nTalks between Ruritania and Freedonia on quotas foundered on Friday when "
     "neither could compromise.\n", "coarse:failed"),
    ("Coffee\n\nThe council meeting of Ruritania and Freedonia adjourned late on Friday without "
     "agreement, delegates said.\n", "coarse:failed"),
    ("Coalition\n\nThe deal between Ruritania and Freedonia faltered over the leader's role; "
     "hours later the talks unravelled.\n", "coarse:failed"),
])
def test_talks_that_founder_falter_or_adjourn_without_agreement_failed(
        text: str, expected: str) -> None:
    assert "coarse:" + COARSE[_primary(text).status] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "standstill" is a stall only in its idiom; alone it is a freeze the sides commit to
    ("Trade\n\nRuritania and Freedonia held talks at the trade body. The standstill and rollback "
     "of protection offers a chance to wind back barriers during the negotiations.\n",
     "coarse:ongoing"),
    ("Debt\n\nRuritania and its bank creditors in Freedonia have agreed new terms for the debt "
     "covered by a standstill agreement that expires in June.\n", "agreed"),
    ("Debt\n\nTalks between Ruritania and Freedonia came to a standstill on Friday.\n",
     "stalled"),
    ("Bid\n\nAcme Corp said it signed a standstill agreement with Bolt Industries.\n",
     "agreed"),
])
def test_a_standstill_is_a_stall_only_in_its_idiom(text: str, expected: str) -> None:
    names, kind = (FIRMS, "organization") if "Acme" in text else (STATES, "state")
    got = _primary(text, names, kind).status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # undated: a verb in the past dated by a bare year is background, not where talks stand
    ("Car talks\n\nAcme Corp will meet Bolt Industries on Tuesday in an attempt to reach "
     "agreement. Bolt says the contract, signed in 2000, is no longer valid.\n", "coarse:ongoing"),
    ("Bid\n\nAcme Corp has approached Bolt Industries about a possible takeover in "
     "constructive talks. Talks with Bolt will continue. There has been speculation since "
     "an attempted merger with Acme failed in 2000.\n", "coarse:ongoing"),
])
def test_an_undated_story_names_the_year_of_its_background(text: str, expected: str) -> None:
    n = _primary(text, FIRMS, "organization", published=None)
    assert "coarse:" + COARSE[n.status] == expected


@pytest.mark.parametrize(("before", "past"), [
    ("the contract, signed in ", True),
    ("an attempted merger failed in ", True),
    ("the deal is expected in ", False),
    ("talks scheduled in ", False),
])
def test_a_year_after_a_past_verb(before: str, past: bool) -> None:
    from briefing.extract.negotiations.units import PAST_VERB_IN
    assert bool(PAST_VERB_IN.search(before)) is past


@pytest.mark.parametrize(("text", "expected"), [
    # no new talks in sight: the talks there were have stopped
    ("Coffee\n\nRuritania does not expect the council to call new talks, an official said. No "
     "new quota talks are expected because the positions of Ruritania and Freedonia have not "
     "changed.\n", "stalled"),
    ("Coffee\n\nRuritania and Freedonia held talks on quotas. They said no further "
     "negotiations were planned this year.\n", "stalled"),
    # new talks named in passing are no stall
    ("Coffee\n\nRuritania and Freedonia began new talks on quotas on Friday.\n",
     "coarse:ongoing"),
])
def test_no_new_talks_in_sight_is_a_stall(text: str, expected: str) -> None:
    got = _primary(text).status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


_READOUT = ("Readout of the Adviser's Meeting with Ruritania's Envoy\n\nThe adviser met "
            "Ruritania's envoy on May 15 to discuss the talks with Freedonia. {} They agreed to "
            "remain in close contact as the talks continue.\n")


@pytest.mark.parametrize(("sentence", "expected"), [
    # the since-clause dates where the truce in force now began
    ("He welcomed the progress since the truce between Ruritania and Freedonia first went into "
     "effect in April of last year.", "implementing"),
    # the same truce told as the past: no truce in force said now
    ("He recalled that the truce between Ruritania and Freedonia first went into effect in "
     "April of last year.", "ongoing"),
])
def test_a_truce_in_force_since_a_past_date(sentence: str, expected: str) -> None:
    assert _primary(_READOUT.format(sentence), published="2023-05-16").status == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks that came to nothing
    ("Imports\n\nRuritania notified the trade body of Freedonia's import plan. The move came "
     "after several unsuccessful bilateral negotiations on the plan, a spokesman said.\n",
     "stalled"),
    ("Imports\n\nOfficials of Ruritania and Freedonia went home on Friday after a week of "
     "fruitless talks on quotas.\n", "coarse:failed"),
])
def test_talks_that_came_to_nothing_stall(text: str, expected: str) -> None:
    got = _primary(text).status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the sides agreed, told with when or by whom: a deal made
    ("Farm\n\nThe three-year package of measures agreed early today by the farm ministers of "
     "Ruritania and Freedonia pays farmers who cut output, officials said.\n", "agreed"),
    ("Farm\n\nThe quota cuts agreed last night by Ruritania and Freedonia take some pressure "
     "off prices.\n", "agreed"),
    # still to agree
    ("Farm\n\nThe package of measures to be agreed by Ruritania and Freedonia was discussed at "
     "talks on Friday.\n", "coarse:ongoing"),
])
def test_what_was_agreed_when_or_by_whom(text: str, expected: str) -> None:
    got = _primary(text).status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a deal agreed "in principle" or "with" the other side is agreed
    ("Sale\n\nAcme Corp said it agreed in principle to sell its rivet unit to Bolt Industries "
     "for 20 mln dlrs.\n", "agreed"),
    ("Venture\n\nAcme Corp said it agreed with Bolt Industries and the Union of Rivet Workers "
     "to form a company that would make rivets.\n", "agreed"),
    # (a long list of partners, with their tickers)
    ("Venture\n\nAcme Corp said it agreed with Bolt Industries Corp <BLT> and Union of Rivet "
     "Workers Local 12 <URW> to form a company that would make rivets.\n", "agreed"),
    # an opinion shared, or a first step, agrees no deal
    ("Venture\n\nAcme Corp said it agreed with Bolt Industries that rivet prices were too low; "
     "the two are in talks.\n", "coarse:ongoing"),
    ("Venture\n\nAcme Corp agreed with Bolt Industries to begin talks on a venture.\n",
     "coarse:ongoing"),
])
def test_agreed_in_principle_or_with_the_other_side(text: str, expected: str) -> None:
    got = _primary(text, FIRMS, "organization").status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Buy\n\nAcme Corp said it has entered into a definitive agreement to acquire Bolt "
     "Industries for 20 mln dlrs.\n", "agreed"),
    ("Venture\n\nAcme Corp said it entered into an exclusive agreement with Bolt Industries to "
     "develop rivets.\n", "agreed"),
    # still ahead, or talks only
    ("Venture\n\nAcme Corp said it expects to enter into an agreement with Bolt Industries in "
     "talks next month.\n", "coarse:ongoing"),
    ("Venture\n\nAcme Corp said it entered into talks with Bolt Industries on a venture.\n",
     "coarse:ongoing"),
])
def test_a_deal_entered_into_is_made(text: str, expected: str) -> None:
    got = _primary(text, FIRMS, "organization").status
    assert ("coarse:" + COARSE[got] if expected.startswith("coarse:") else got) == expected


@pytest.mark.parametrize("text", [
    "Merger\n\nAcme Corp said it has agreed in principle to merge with Bolt Industries into a "
    "new company to be called Rivco.\n\nEach Acme share would be exchanged for one Rivco share.\n",
    "Ship\n\nAcme Corp said it has agreed in principle to acquire a ship from Bolt Industries for "
    "use in its cruises.\n",
])
def test_a_one_sided_table_keeps_its_own_deal_with_the_counterpart_named_after_it(
        text: str) -> None:
    # with one side at the table, the counterpart named right after the deal is the other side
    # of the primary's own deal, not another pair's
    n = _primary(text, FIRMS, "organization")
    assert n.status == "agreed"


@pytest.mark.parametrize(("text", "signed"), [
    ("The letter signed by the 16 panel members urged Ruritania to block the plan.", False),
    ("The bill signed into law on Friday sets quotas.", False),
    ("Ruritania and Freedonia signed on Friday, officials said.", True),
    # a law or an order one office signs alone is no deal between sides
    ("The President signed an executive order on rivet exports this morning.", False),
    ("The Chancellor signed the new farm bill after the talks.", False),
    ("The rule rests on a statute passed by Congress and signed by a president.", False),
    ("The two ministers signed a protocol on rivet exports.", True),
    ("The two ministers signed it on Friday, officials said.", True),
])
def test_a_paper_signed_is_no_deal(text: str, signed: bool) -> None:
    assert ("agreed" in cue_labels(text)) is signed


@pytest.mark.parametrize(("text", "stalled"), [
    ("The ministry is not negotiating with the importers, officials said.", True),
    ("The company refused to negotiate with the union over the lay-offs.", True),
    ("The board said it would not negotiate with the bidder.", True),
    # negotiating, or refusing something else, is no stall
    ("The ministry is negotiating with the importers, officials said.", False),
    ("The company refused to comment on the talks with the union.", False),
])
def test_a_side_that_refuses_to_negotiate_holds_the_talks_up(text: str, stalled: bool) -> None:
    assert ("stalled" in cue_labels(text)) is stalled
