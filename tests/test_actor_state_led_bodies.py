"""A state's letters or name opening a public body's name are the body's first word, not a
mention of the state (issue 11, name mentions; eval/CONVENTIONS.md "one name, one mention"):
"the U.S. International Trade Commission".  A programme, a firm, a line break or another
state's body leave the letters to the state.  Invented bodies and sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: usa, name: United States, abbreviations: [US, U.S.], demonyms: [American], iso3: USA}
- {id: ruritania, name: Ruritania, abbreviations: [RU], demonyms: [Ruritanian], iso3: RUR}
"""
ORGS = """
- {id: widget_board, name: Widget Safety Commission, kind: government, part_of: usa,
   country: usa}
- {id: ru_board, name: Grain Marketing Commission, kind: government, part_of: ruritania,
   country: ruritania}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, ORGS, "[]")


def test_the_states_letters_open_its_known_bodys_name(kb: KnowledgeBase) -> None:
    text = ("Widgets\n\nWASHINGTON, March 3 - The US Widget Safety Commission ruled on Monday, "
            "and the U.S. said it would appeal to Ruritania.\n")
    found = extract(kb, text, "1987-03-03")
    assert texts(found["widget_board"]) == ["US Widget Safety Commission"]
    assert texts(found["usa"]) == ["U.S."]


def test_the_states_letters_open_a_discovered_bodys_name(kb: KnowledgeBase) -> None:
    text = ("Widgets\n\nWASHINGTON, March 3 - The U.S. Federal Sprocket Commission ruled that "
            "imports hurt U.S. makers, and a case in U.S. Claims Court began.\n")
    found = extract(kb, text, "1987-03-03")
    names = {m for a in found.values() for m in texts(a)}
    assert {"U.S. Federal Sprocket Commission", "U.S. Claims Court"} <= names
    assert texts(found["usa"]) == ["U.S."]


def test_a_programme_another_states_body_or_a_line_break_leave_the_letters_alone(kb: KnowledgeBase) -> None:
    text = ("Widgets\n\nThe U.S. Partnership for Sprocket Infrastructure grew, the U.S. Grain "
            "Marketing Commission met, and Ruritania agreed.\n\nPress conference, U.S.\n"
            "Widget Safety Commission Hall\n")
    found = extract(kb, text, "2020-03-03")
    assert texts(found["usa"]) == ["U.S.", "U.S.", "U.S."]
