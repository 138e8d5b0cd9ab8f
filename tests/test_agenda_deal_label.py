"""The label of the deal a thread is about (issue 11): the deal's noun phrase and what it is
with, for or about -- never the clause that follows it, never a verb "deal" or an idiom, a
name whole.  Every text is invented."""

from __future__ import annotations

import re

from briefing.extract.negotiations.labels import deal_label

_DEAL = re.compile(r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,4}?(?:deal|agreement|pact|accord|"
                   r"contract))\b", re.IGNORECASE)


def _label(sentence: str) -> str:
    m = _DEAL.search(sentence)
    assert m is not None
    return deal_label(sentence, m.start(1), m.end(1), len(sentence))


def test_the_clause_after_the_noun_is_left_out() -> None:
    assert _label("The orchard agreement followed weeks of talks in Lyon.") == \
        "Orchard agreement"


def test_what_the_deal_is_with_stays() -> None:
    assert _label("Talks resumed on a ferry pact with the island council.") == \
        "Ferry pact with the island council"


def test_a_verb_deal_and_an_idiom_are_no_deal() -> None:
    assert _label("He said the board could deal with the matter later.") == ""
    assert _label("Officials called it a done deal on Monday.") == ""


def test_a_name_is_kept_whole() -> None:
    assert _label("Ministers met under the General Accord on Rivers and Lakes in Bern.") == \
        "General Accord on Rivers and Lakes"
