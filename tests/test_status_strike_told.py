"""A labour strike told as begun, as the time of events, by its pickets or by the workplace
struck is talks stalled (issue 11).

A strike story whose headline says no more than "STRUCK ON WEST COAST", "MINERS STRIKE ACME
MILL" or "MARKETS PREPARE FOR BANK STRIKE", and whose body tells "the strike by the clerks
began after ...", "services during the strike", "crossed picket lines" or "members struck the
plant at midnight", had no status cue at all and read as talks ongoing; gold says a strike
under way is talks stalled.  A strike averted, ended, threatened or planned, a hunger strike,
a deal struck and a blow struck are none of these; nor is a headline a negation turns round
("NOT AFFECTED BY STRIKE").  All texts are invented.
"""

from __future__ import annotations

import re

import pytest
from _neg_fixtures import actor, cue_labels, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"],
         "union": ["Union of Rivet Workers", "RIVETERS"]}


def _title_labels(title: str) -> list[str]:
    return [label for label, _w, p in lex.TITLE_CUES
            for _m in re.finditer(p, title, re.IGNORECASE)]


@pytest.mark.parametrize("sentence", [
    "The strike by members of the rivet union, some 900 of the firm's 3,000 staff, began "
    "after the company imposed a contract.",
    "Output has been cut by a strike which began at midnight on Sunday.",
    "Dealers will trade as usual during the strike by the clerks.",
    "Some managers crossed picket lines set up at the depot.",
    "About 700 members of the union struck the Acme rivet plant at midnight.",
    "Riveters at its Portville division struck on April 6.",
])
def test_a_strike_told_under_way_is_stalled(sentence: str) -> None:
    assert "stalled" in cue_labels(sentence)


@pytest.mark.parametrize("sentence", [
    "The talks are meant to avert a strike which began to look likely in May.",
    "Output recovered since the strike ended on Friday.",
    "The riveters struck a deal with Acme on Monday.",
    "The union struck an agreement covering the plant.",
    "The riveters struck a compromise on wages at the plant.",
    "Prices rose during the hunger strike by the prisoners.",
    "Strikers and the company reached a settlement.",
    "The deals you struck show how bargaining works for companies as well.",
])
def test_no_strike_under_way_is_no_stall(sentence: str) -> None:
    assert "stalled" not in cue_labels(sentence)


@pytest.mark.parametrize("text", [
    "Some 400 workers walked off the job at the mill.",
    "Members of the union struck the Acme rivet plant at midnight.",
    "Riveters at its Portville division struck on Monday.",
])
def test_a_workplace_struck_is_a_negotiation_word(text: str) -> None:
    assert lex.CONTRACT_WORDS.search(text)


@pytest.mark.parametrize("text", [
    "The two firms struck a deal on Monday.",
    "A storm struck the coast on Monday.",
    "The President joined the workers on the picket line last year.",
])
def test_a_deal_a_storm_or_a_picket_line_is_no_negotiation_word(text: str) -> None:
    assert not lex.CONTRACT_WORDS.search(text)


@pytest.mark.parametrize("title", [
    "RIVETERS STRIKE ACME <ACM> PORTVILLE PLANT",
    "ACME <ACM> STRUCK ON WEST COAST",
    "RURITANIA MARKETS PREPARE FOR BANK STRIKE",
    "NAVY UNLOADS GRAIN DURING PORT STRIKE",
])
def test_headline_strike_at_a_workplace_stalls(title: str) -> None:
    assert "stalled" in _title_labels(title)


@pytest.mark.parametrize("title", [
    "UNION TO STRIKE ACME PLANT",
    "UAW TO AUTHORIZE STRIKE AT ACME <ACM> PLANT",
    "UNION SETS STRIKE DATE AT ACME TRUCK PLANT",
    "AIR STRIKES HIT RURITANIAN PORT",
    "ACME SAYS PROGRAMMING NOT AFFECTED BY STRIKE",
    "TOWN STRUCK BY STORM",
])
def test_headline_strike_planned_or_not_labour(title: str) -> None:
    assert "stalled" not in _title_labels(title)


def test_a_plant_struck_with_no_other_cue_is_stalled() -> None:
    text = ("RIVETERS STRIKE ACME <ACM> PORTVILLE PLANT\n\nPORTVILLE, March 9 - About 700 "
            "members of the Union of Rivet Workers struck the Acme Corp rivet plant at "
            "midnight Sunday, a union spokesman said.\n\nThe riveters have worked without a "
            "contract since January, he said.\n")
    d = doc(text, "1987-03-09")
    actors = tuple(actor(text, aid, "organization", n) for aid, n in FIRMS.items())
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    primary = next(t for t in threads if t.primary)
    assert primary.status == "stalled"
