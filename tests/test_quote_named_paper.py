"""'the Foreign Ministry statement said': a paper whose issuer is named as its modifier speaks
for the body last named so, even when no mention covers the modifier (issue 11).  Invented
sentences."""

from __future__ import annotations

from _quote_fixtures import cast, speakers


def test_the_ministry_statement_speaks_for_the_ministry_named_before() -> None:
    text = ('Sea\n\nThe Norland Foreign Ministry called in the envoy of Zelia.\n\n"The latest '
            'crisis opened a real chance for talks between the two neighbours," the Foreign '
            'Ministry statement said.\n')
    actors = [("ministry", "government", ["Norland Foreign Ministry"]),
              ("zelia", "state", ["Zelia"])]
    assert speakers(text, cast(text, actors)) == ["ministry"]


def test_a_modifier_naming_no_body_leaves_the_paper_unresolved() -> None:
    text = ('Sea\n\nZelia called in the envoy of Norland.\n\n"The latest crisis opened a real '
            'chance for talks between the two neighbours," the Sunday statement said.\n')
    actors = [("norland", "state", ["Norland"]), ("zelia", "state", ["Zelia"])]
    assert speakers(text, cast(text, actors)) != ["zelia"]
