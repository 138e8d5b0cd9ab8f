""""The union said" stands for the labour union last named even when its name holds no
"union" (the United Dock Workers, the Teamsters); never a state such as the Soviet Union
(issue 11).  Invented texts."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times
from briefing.model import Actor


def _speakers(text: str, actors: tuple[Actor, ...]) -> list[str | None]:
    d = doc(text, "2020-06-14")
    return [q.speaker for q in find_quotes(d, actors, find_times(d))]


def test_the_union_is_the_workers_body_named_before() -> None:
    text = ("Members of the United Dock Workers voted on Friday to reject the port's offer.\n\n"
            "The union said it is \"hopeful that a settlement can be reached before the strike "
            "deadline next week.\"\n")
    workers = actor(text, "udw", "organization", ["United Dock Workers"])
    assert _speakers(text, (workers,)) == ["udw"]


def test_the_union_is_the_teamsters() -> None:
    text = ("The Teamsters rejected the carrier's final offer on Monday.\n\nThe union said its "
            "negotiators must win limits on outsourcing \"similar to those in our last two "
            "contracts.\"\n")
    teamsters = actor(text, "teamsters", "organization", ["Teamsters"])
    assert _speakers(text, (teamsters,)) == ["teamsters"]


def test_the_union_is_never_a_state() -> None:
    text = ("The Soviet Union sent a delegation to the grain talks.\n\nThe union said it is "
            "\"hopeful that a settlement can be reached before the strike deadline.\"\n")
    soviets = actor(text, "ussr", "state", ["Soviet Union"])
    assert _speakers(text, (soviets,)) != ["ussr"]
