"""A quotation whose closing comma was dropped, then its attribution ('"… in every state" Roe
told Reuters.'), as wire copy often has it (issue 11).  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers

from briefing.model import Actor


def _roe(text: str) -> Actor:
    return actor(text, "jo_roe", "person", ["Jo Roe", "Roe"])


def test_a_name_and_a_verb_after_marks_with_no_comma_attribute_the_quote() -> None:
    text = ('Deal\n\nThe board of Acme decided not to raise its bid.\n\n"We have had lawyers '
            'working for some time in every state where we sell goods" Roe told Reuters in a '
            'telephone interview.\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe"]


def test_the_verb_first_and_a_pronoun_work_alike() -> None:
    text = ('Deal\n\nJo Roe met the board on Monday.\n\n"The offer is fair and we expect the '
            'board to accept it soon" said Roe.\n\n"Nobody else has made a bid for the firm '
            'this year" he added.\n')
    assert speakers(text, (_roe(text),)) == ["jo_roe", "jo_roe"]


def test_marks_inside_a_sentence_still_run_on() -> None:
    # the quotation does not open its sentence: the words after it go on with that sentence
    text = ('Deal\n\nJo Roe met the board. The union called it "a very poor offer for the '
            'workers" Roe said later, and left.\n')
    assert speakers(text, (_roe(text),)) != ["jo_roe"]


def test_a_long_tail_after_the_verb_is_a_sentence_of_its_own() -> None:
    text = ('Deal\n\nJo Roe met the board.\n\n"Steel prices in the region rose again this '
            'spring" Roe said that the mills would cut output next year because demand fell '
            'sharply in Asia and Europe.\n')
    assert speakers(text, (_roe(text),)) != ["jo_roe"]
