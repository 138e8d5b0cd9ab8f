"""Whether a text is typed in lower case: the dateline's sign (months read as months) and the
names' sign (the story read as one in capitals), one module for every stage.  Invented text."""

from __future__ import annotations

from briefing.extract.lower_case_text import dateline_in_lower_case, names_in_lower_case
from briefing.extract.wordtable import word_table
from briefing.knowledge import default_kb

_ALL_LOWER = ("VARNIA TO LEND OIL\n\nCairo, march 11 - russia will supply egypt with crude oil, "
              "an official said. egypt will repay russia in kind.\n")
_OPENING_LOWER = ("VARNIA INFLATION RISES\n\nLindor, march 4 - the cost of living in varnia rose "
                  "2 pct, the institute said.\n\nThe rise was smaller than in February.\n")
_PROSE = "Egypt and Russia agree\n\nCAIRO, March 11 - Russia will supply Egypt with oil.\n"


def test_a_story_typed_in_lower_case_shows_both_signs() -> None:
    assert dateline_in_lower_case(_ALL_LOWER)
    assert names_in_lower_case(word_table(_ALL_LOWER), default_kb())


def test_a_lower_case_opening_without_states_names_shows_the_dateline_sign_only() -> None:
    assert dateline_in_lower_case(_OPENING_LOWER)
    assert not names_in_lower_case(word_table(_OPENING_LOWER), default_kb())


def test_ordinary_prose_shows_neither() -> None:
    assert not dateline_in_lower_case(_PROSE)
    assert not names_in_lower_case(word_table(_PROSE), default_kb())
