"""A labour strike told by its workforce, its vote, its length or the sector it hits (issue 11).

"On strike", "strikers" and "industrial action" already made a sentence a negotiation sentence;
a strike told otherwise ("a strike by bank clerks", "members voted to strike", "a 24-hour
stoppage at the railways", "the strike-hit cargo sector") left a labour dispute with no thread.
Those are negotiation words too, and a strike under way or voted is talks stalled (as "went on
strike"), unless talks are to end or avert it, a settlement ends it, or the vote is a threat
("unless the demand is met").  Military strikes, a hunger strike and a pause in the fighting
are none of these.  All texts are invented.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, cue_labels, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"],
         "union": ["Union of Rivet Workers", "RIVETERS"]}


@pytest.mark.parametrize("text", [
    "Trading will be thin during a strike by bank clerks set for next week.",
    "Members of the union have voted to strike over the job cuts.",
    "A 24-hour stoppage at the state railways is planned for Friday.",
    "The minister withdrew the subsidy for the strike-hit cargo sector.",
    "The sector has been hit by a series of strikes since January.",
    "A three-day walkout by the dockers closed the port.",
    "The riveters began a one-day strike on Monday.",
])
def test_a_labour_strike_is_a_negotiation_word(text: str) -> None:
    assert lex.CONTRACT_WORDS.search(text)


@pytest.mark.parametrize("text", [
    "An air strike hit the depot overnight.",
    "A drone strike by the army killed two men.",
    "He ended a ten-day hunger strike on Sunday.",
    "Aid arrived during a stoppage in the fighting.",
    "The striker scored twice on Saturday.",
])
def test_other_strikes_are_no_negotiation_word(text: str) -> None:
    assert not lex.CONTRACT_WORDS.search(text)


def test_a_strike_hit_sector_has_its_thread_and_is_stalled() -> None:
    text = ("SUBSIDY FOR RIVET SECTOR TO END\n\nPORTVILLE, March 5 - The minister said he is "
            "withdrawing the subsidy for the strike-hit rivet sector of Acme Corp and the Union "
            "of Rivet Workers from July 1.\n\nAcme Corp said output fell by half.\n")
    d = doc(text, "1987-03-05")
    actors = tuple(actor(text, aid, "organization", n) for aid, n in FIRMS.items())
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    primary = next(t for t in threads if t.primary)
    assert primary.status in lex.NEGATIVE


@pytest.mark.parametrize("sentence", [
    "Members of the union have voted to strike over the job cuts.",
    "The riveters decided to go on strike at the Acme plant.",
    "Output fell during a three-day-old strike at the Acme plant.",
    "The port was shut by a series of strikes by the dockers.",
    "The minister withdrew the subsidy for the strike-hit cargo sector.",
])
def test_a_strike_under_way_or_voted_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The two sides will resume talks tomorrow to end a six-day strike over pay.",
    "Talks aimed at averting a series of national strikes begin on Saturday.",
    "Members voted to ratify a settlement in a four-day strike at the plant.",
    "Clerks voted to strike on May 4 unless their demand for higher pay is met.",
    "The union threatened to strike at the plant next week.",
])
def test_a_strike_ended_averted_or_threatened_is_no_stall(sentence: str) -> None:
    assert "stalled" not in cue_labels(sentence)
