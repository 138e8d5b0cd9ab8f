"""A month in a status cue is a month's whole name, not any word a month's name opens.

"struck on April 6" tells when a strike began (talks stalled, a negotiation word), and "agreed
in December to cut output" tells when a deal was made; the cues had read a month as its first
letters and any word after them (``may\\w*``, ``nov\\w*``), so "rebels struck at Maykop" or
"shells struck from Novigrad" read as a labour strike, and a place after "agreed in" was read as
a month when it opened like one and as a place otherwise.  No corpus sentence changes (every
"struck at/on/from" and "agreed in" of the corpora is followed by a real month); invented
sentences show the reading.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import cue_labels

from briefing.extract.negotiations import lexicon as lex


@pytest.mark.parametrize("sentence", [
    "Riveters at its Portville division struck on April 6.",
    "Riveters at its Portville division struck on Sept 6.",
    "Riveters at its Portville division struck on December 6.",
    "Riveters at its Portville division struck on Dec 6.",
    "Riveters at its Portville division struck from May 1.",
])
def test_a_strike_that_began_in_a_month_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)
    assert lex.CONTRACT_WORDS.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Rebel units struck at Maykop airfield overnight.",
    "Artillery struck from Novigrad across the river.",
    "Drones struck at Decatur depot and a rail yard.",
    "Raiders struck at Octavian Hill before dawn.",
])
def test_a_place_that_opens_like_a_month_is_no_strike(sentence: str) -> None:
    assert "stalled" not in cue_labels(sentence)
    assert not lex.CONTRACT_WORDS.search(sentence)


@pytest.mark.parametrize("when", ["December", "Dec", "January", "Sept", "May"])
def test_a_deal_agreed_in_a_month_is_agreed(when: str) -> None:
    assert "agreed" in cue_labels(f"The producers agreed in {when} to cut output by a tenth.")


@pytest.mark.parametrize("place", ["Maysville", "Decatur", "Novigrad", "Janesburg"])
def test_a_place_after_agreed_in_reads_as_any_place(place: str) -> None:
    # "agreed in Geneva on ..." and "agreed in Maysville on ..." are read alike
    sentence = "The two sides agreed in {} on a timetable for the talks."
    assert cue_labels(sentence.format(place)) == cue_labels(sentence.format("Geneva"))
