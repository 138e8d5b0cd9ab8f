""""Industrial action" is a labour dispute under way: a negotiation word (issue 11).

Like "on strike" and "strikers", it makes its sentence a negotiation sentence: a lede telling
of "four days of industrial action by local crews", with no other negotiation word, has the
dispute's thread (its status is the status cues' matter).  All texts are invented.
"""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.negotiations import lexicon as lex
from briefing.extract.negotiations.tracker import find_negotiations
from briefing.extract.time.timex import find_times

FIRMS = {"acme": ["Acme Corp", "Acme", "ACME"],
         "union": ["Union of Rivet Workers", "RIVETERS"]}


def test_industrial_action_is_a_negotiation_word() -> None:
    assert lex.CONTRACT_WORDS.search("after days of industrial action by crews")
    assert not lex.CONTRACT_WORDS.search("the industrial output of the region")


def test_industrial_action_under_way_makes_a_thread() -> None:
    text = ("SHIPS HELD UP AT RURITANIAN PORT\n\nPORTVILLE, March 18 - Ten ships have been held "
            "up after four days of industrial action by members of the Union of Rivet Workers, "
            "Acme Corp said.\n\nThe ships carry rivets and steel.\n")
    d = doc(text, "1987-03-18")
    actors = tuple(actor(text, aid, "organization", n) for aid, n in FIRMS.items())
    threads = find_negotiations(d, actors, (), find_times(d))[0]
    assert threads and threads[0].primary
