"""'the Maryland Democrat said': a politician named once, then by home state and party, is the
person last named as a clause's subject (issue 11).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str, actors: list[tuple[str, str, list[str]]]) -> list[str | None]:
    d = doc(text, "2020-06-14")
    found = tuple(actor(text, aid, kind, forms) for aid, kind, forms in actors)
    return [q.speaker for q in find_quotes(d, found, find_times(d))]


def test_a_state_and_party_description_is_the_politician_named_before() -> None:
    text = ('Budget\n\nSenator Jo Roe said the budget would pass, after talks with Acme '
            'Corp.\n\n"We are skating on thin ice with this economy," the Ohio Democrat '
            'said.\n\nRep. Ali Demir disagreed. "It is quite sound," said the Utah '
            'Republican.\n')
    actors = [("jo_roe", "person", ["Jo Roe"]), ("ali_demir", "person", ["Ali Demir"]),
              ("acme", "organization", ["Acme Corp"]),
              ("ohio_democrat", "person", ["Ohio Democrat"])]
    assert _speakers(text, actors) == ["jo_roe", "ali_demir"]
