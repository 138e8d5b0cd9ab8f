"""A deadlock in the primary's status (issue 11).

A "deadlock" or an "impasse" between two sides is a negotiation that is stuck (tested on
invented sentences): such a sentence is a negotiation sentence, and stalled, though it holds
no other word of talks ("hopes for a breakthrough on the deadlock with Freedonia").
"""

from __future__ import annotations

import pytest
from _neg_fixtures import actor, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times
from briefing.model import Negotiation

STATES = {"ruritania": ["Ruritania"], "freedonia": ["Freedonia"]}


def _primary(text: str, names: dict[str, list[str]], kind: str) -> Negotiation | None:
    d = doc(text, "1987-04-02")
    actors = tuple(actor(text, aid, kind, n) for aid, n in names.items())
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    return next((t for t in threads if t.primary), None)


@pytest.mark.parametrize("phrase", ["the deadlock with Freedonia", "a deadlocked council",
                                    "broke the impasse"])
def test_deadlock_is_a_negotiation_word(phrase: str) -> None:
    assert lex.NEGOTIATION_WORDS.search(phrase) is not None


def test_deadlock_without_talks_is_stalled() -> None:
    text = ("RURITANIA MINISTER TRAVELS TO FREEDONIA\n\n"
            "Ruritania hopes for a breakthrough on the deadlock with Freedonia over fishing "
            "rights during next week's visit by its trade minister, officials said.\n\n"
            "The minister leaves on Sunday.\n")
    prim = _primary(text, STATES, "state")
    assert prim is not None and prim.status == "stalled"
