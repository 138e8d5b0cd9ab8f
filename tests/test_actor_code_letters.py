"""Letters and place names that are no mention of a state (issue 11, name mentions): dotted
letters that go on ("50 U.S.C. 1701", the United States Code) and a place a state's name opens
("the Taiwan Strait", a KB ``exclude``).  Invented sentences; the United States' letters are
real."""

from __future__ import annotations

from _actor_fixtures import extract, fixture_kb, texts

COUNTRIES = """
- {id: usa, name: United States, abbreviations: [US, U.S., U.S], iso3: USA}
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
"""


def test_dotted_letters_that_go_on_are_not_the_states_abbreviation() -> None:
    kb = fixture_kb(COUNTRIES, "[]", "[]")
    # "50 U.S.C. 1701": the United States Code, cited; "U.S." stays the state
    text = ("Order\n\nUnder the Powers Act (50 U.S.C. 1701) and 3 U.S.C. 301 the U.S. acts "
            "with Ruritania.\n")
    assert texts(extract(kb, text, "2024-03-06")["usa"]) == ["U.S."]


def test_a_states_excluded_place_name_is_no_mention() -> None:
    countries = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR,
   exclude: [Ruritania Strait, Ruritania Straits]}
- {id: latveria, name: Latveria, iso3: LAT}
"""
    kb = fixture_kb(countries, "[]", "[]")
    text = ("Talks\n\nPeace across the Ruritania Strait and in the Ruritania Straits matters to "
            "Latveria and Ruritania.\n")
    assert texts(extract(kb, text, "2024-03-06")["ruritania"]) == ["Ruritania"]
