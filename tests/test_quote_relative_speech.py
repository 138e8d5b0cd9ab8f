"""Quote speakers: a quoted fragment inside a relative clause of speech ('Jo Roe, who said the
plan was "a disgrace", called for …') is the words of the clause's antecedent, whatever verb the
main clause goes on with; with no actor right before ", who" the rule says nothing.  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers_by_quote


def _cast(text: str) -> tuple:
    return (actor(text, "jo_roe", "person", ["Jo Roe", "Ms Roe"]),
            actor(text, "al_bo", "person", ["Al Bo"]),
            actor(text, "zelco_union", "organization", ["Zelco Union"]))


def test_the_antecedent_of_who_said_speaks_the_fragment_before_the_main_verb() -> None:
    text = ("Row\n\nAl Bo opened the meeting. Ms Roe, who said the plan was \"a disgrace to "
            "the nation\", called for a new law.\n")
    assert speakers_by_quote(text, _cast(text))["a disgrace to the nation"] == "jo_roe"


def test_the_antecedent_is_the_name_right_before_the_comma_not_the_subject() -> None:
    text = ("Row\n\nThe Zelco Union backed Jo Roe, who says the plan is \"a disgrace to the "
            "nation\".\n")
    assert speakers_by_quote(text, _cast(text))["a disgrace to the nation"] == "jo_roe"


def test_a_bracketed_aside_may_stand_between_the_name_and_who() -> None:
    text = ("Row\n\nAl Bo spoke first. Jo Roe (Labour, Leeds), who told reporters the plan "
            "was \"a disgrace to the nation\", left early.\n")
    assert speakers_by_quote(text, _cast(text))["a disgrace to the nation"] == "jo_roe"


def test_a_relative_clause_broken_by_a_comma_does_not_reach_the_marks() -> None:
    # ", who said nothing," closes the clause: the main clause's subject speaks
    text = ("Row\n\nThe Zelco Union, angry at Jo Roe, who said nothing, called the plan "
            "\"a disgrace to the nation\".\n")
    assert speakers_by_quote(text, _cast(text))["a disgrace to the nation"] != "jo_roe"


def test_no_actor_before_who_leaves_the_quote_to_the_other_rules() -> None:
    text = ("Row\n\nJo Roe spoke. A neighbour, who said the plan was \"a disgrace to the "
            "nation\", left.\n")
    assert speakers_by_quote(text, _cast(text)).get("a disgrace to the nation") != "al_bo"
