"""A wire story's stock ticker inside an attribution after the marks ('"…" a Hitachi Ltd
<HIT.T> spokesman said') is part of its noun phrase: the spokesman speaks for the firm
(issue 11).  Invented texts."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.quotes.words import AFTER_NORMAL
from briefing.extract.time.timex import find_times


def test_the_ticker_stays_inside_the_noun_phrase() -> None:
    m = AFTER_NORMAL.match(' a Norvik Steel AB <NRVK.ST> spokesman said.')
    assert m is not None and m["np"] == "a Norvik Steel AB <NRVK.ST> spokesman"


def test_a_spokesman_with_a_ticker_speaks_for_the_firm() -> None:
    text = ("Steelmakers said the new quota would cut exports by ten pct.\n\n"
            "But they doubt it will last. \"As long as prices differ between the markets, the "
            "quota cannot hold,\" a Norvik Steel AB <NRVK.ST> spokesman said.\n")
    norvik = actor(text, "norvik", "organization", ["Norvik Steel AB"])
    d = doc(text, "2020-06-14")
    quotes = find_quotes(d, (norvik,), find_times(d))
    assert [q.speaker for q in quotes] == ["norvik"]
