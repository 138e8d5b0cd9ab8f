"""The coarse state of the right thread: senses of running text the status cues read (issue 11).

Each test is an invented text; each rule is a general sense of news wording (a labour strike
under way, ...), never an article's words.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels, primary_with

from briefing.extract.negotiations import lexicon as lex
from briefing.model import Negotiation

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"], "bolt": ["Bolt Industries", "Bolt", "BOLT"],
         "union": ["Union of Rivet Workers"]}


def _primary(text: str) -> Negotiation | None:
    return primary_with(text, FIRMS, "organization", "1987-04-02")



@pytest.mark.parametrize("sentence", [
    "Some 300 members of the Union of Rivet Workers went on strike at the Acme plant.",
    "The riveters remained on strike for a third week.",
    "Most of the workers were still on strike on Friday.",
    "The plant was shut after four days of industrial action by the riveters.",
    "Output fell after three weeks of strikes at the Acme mills.",
])
def test_a_strike_under_way_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The union said it would go on strike if no offer was made.",
    "The company gave the union five days before workers go on strike.",
    "The union threatened to go on strike next week.",
    "The riveters said they will stay on strike until a deal is reached.",
    "The union voted for a week of strike action beginning on May 3.",
])
def test_a_strike_threatened_is_no_stall(sentence: str) -> None:
    assert "stalled" not in cue_labels(sentence)


def test_a_strike_in_the_lede_decides() -> None:
    text = ("RIVETERS STRIKE AT ACME PLANT\n\nTORONTO, April 2 - Acme Corp said 300 members of "
            "the Union of Rivet Workers went on strike at its Toronto plant, halting output.\n\n"
            "Acme said it is negotiating with Bolt Industries on supplies during the strike.\n")
    assert _primary(text).status in lex.NEGATIVE


@pytest.mark.parametrize("sentence", [
    "They committed to remain in close consultation through their envoys.",
    "The two leaders resolved to coordinate closely on the next round.",
    "Both sides pledged to stay in touch in the coming weeks.",
])
def test_a_commitment_to_go_on_is_no_deal(sentence: str) -> None:
    # as with "agreed to remain in close coordination": how the sides go on, not an outcome
    assert "agreed" not in cue_labels(sentence)


def test_a_commitment_to_an_outcome_still_agrees() -> None:
    assert "agreed" in cue_labels("The two leaders committed to lift the tariffs on steel.")


@pytest.mark.parametrize("sentence", [
    "Delegates said no agreement has yet been reached on the quotas.",
    "No accord had been reached by late last night.",
    "No breakthrough is in sight, a spokesman said.",
    "No settlement was reached after ten hours of talks.",
])
def test_no_agreement_reached_in_any_tense_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)


def test_an_agreement_reached_is_no_stall() -> None:
    assert "stalled" not in cue_labels("An agreement has been reached on the quotas.")


@pytest.mark.parametrize("sentence", [
    "Negotiators failed to conclude an agreement on wheat exports.",
    "The two sides were unable to come to terms on Tuesday.",
    "The union and the company failed to hammer out a new contract.",
])
def test_failing_to_make_a_deal_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The union formally rejected the company's latest offer to settle the dispute.",
    "Both sides rejected a federal mediator’s offer of binding arbitration.",
])
def test_an_offer_rejected_with_its_owner_named_is_collapsed(sentence: str) -> None:
    # a possessive among the words before the offer (as in "rejected the latest offer")
    assert "collapsed" in cue_labels(sentence)



def test_stalemated_talks_are_stalled() -> None:
    # the participle, as "deadlocked" beside "deadlock"
    assert "stalled" in cue_labels("The negotiations are currently stalemated over hours.")
