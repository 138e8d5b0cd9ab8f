"""'the Maryland Democrat said': a politician named once, then by home state and party, is the
person last named as a clause's subject (issue 11).  Invented sentences."""

from __future__ import annotations

from _quote_fixtures import cast, speakers


def test_a_state_and_party_description_is_the_politician_named_before() -> None:
    text = ('Budget\n\nSenator Jo Roe said the budget would pass, after talks with Acme '
            'Corp.\n\n"We are skating on thin ice with this economy," the Ohio Democrat '
            'said.\n\nRep. Ali Demir disagreed. "It is quite sound," said the Utah '
            'Republican.\n')
    actors = [("jo_roe", "person", ["Jo Roe"]), ("ali_demir", "person", ["Ali Demir"]),
              ("acme", "organization", ["Acme Corp"]),
              ("ohio_democrat", "person", ["Ohio Democrat"])]
    assert speakers(text, cast(text, actors)) == ["jo_roe", "ali_demir"]
