""""Deal" the verb is no deal (issue 11).

"to help deal with the debt", "the government could deal with the problem": the verb makes no
negotiation sentence, so a text on an economy that must deal with its debt has no thread; the
noun keeps its sense ("a deal with Bolt", "DEAL WITH IRAN", "to deal a blow" is no "deal with").
All texts are invented.
"""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times


@pytest.mark.parametrize("sentence, negotiation", [
    ("Taxes must rise to help deal with the public debt.", False),
    ("The ministry could deal with the problem next year.", False),
    ("Ruritania is ready to deal with them as the rulers.", False),
    ("Acme struck a deal with Bolt on Monday.", True),
    ("RURITANIA NEARS DEAL WITH FREEDONIA", True),
    ("The deal was signed on Monday.", True),
])
def test_deal_the_verb_is_no_negotiation_word(sentence: str, negotiation: bool) -> None:
    assert (lex.NEGOTIATION_WORDS.search(sentence) is not None) is negotiation


def test_an_economy_that_must_deal_with_its_debt_has_no_thread() -> None:
    text = ("Ruritanian growth stalls\n\nGrowth in Ruritania slowed to 0.1% in the quarter.\n\n"
            "The government may find it harder to raise taxes, a policy it will need to help "
            "deal with Ruritania's public debt.\n")
    d = doc(text, "2004-11-12")
    actors = (actor(text, "ruritania", "state", ["Ruritania", "Ruritanian"]),)
    assert find_negotiations(d, actors, (), find_times(d))[0] == ()
