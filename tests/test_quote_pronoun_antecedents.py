"""A "he" or "she" that attributes a quotation stands for a person, never for a state or a
body named before it (issue 11): with no person in reach the quotation has no speaker, or
the unnamed spokesperson's body by the rule for "a spokesman said … he said". Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers


def test_he_said_after_a_state_alone_is_no_one() -> None:
    text = ('Fish\n\nTalks with Portugal resumed in Lisbon on Monday after a long pause.\n\n'
            'He said: "We expect to sign the fishing accord within a week."\n')
    portugal = actor(text, "portugal", "state", ["Portugal"])
    assert speakers(text, (portugal,)) == [None]


def test_she_said_after_a_body_as_subject_is_no_one() -> None:
    text = ('Fish\n\nThe Fisheries Board said talks would resume in the spring.\n\n'
            'She said: "Quotas for cod will not change this year."\n')
    board = actor(text, "fisheries_board", "organization", ["Fisheries Board"])
    assert speakers(text, (board,)) == [None]


def test_he_said_skips_the_state_for_the_person_before_it() -> None:
    text = ('Fish\n\nJo Roe, the trade minister, met envoys from Portugal on Monday.\n\n'
            'He said: "We expect to sign the fishing accord within a week."\n')
    roe = actor(text, "jo_roe", "person", ["Jo Roe"])
    portugal = actor(text, "portugal", "state", ["Portugal"])
    assert speakers(text, (roe, portugal)) == ["jo_roe"]


def test_he_said_after_a_state_whose_spokesman_spoke_is_the_spokesmans_body() -> None:
    # the rule for an unnamed spokesperson: the body speaks through him
    text = ('Fish\n\nIn Lisbon, a Fisheries Ministry spokesman said the talks would go on '
            'in May.\n\n"We have no comment on quotas," he said.\n')
    ministry = actor(text, "fisheries_ministry", "government", ["Fisheries Ministry"])
    assert speakers(text, (ministry,)) == ["fisheries_ministry"]
