"""An organ of an international organisation by its short name ("the Commission") once the
organisation is named, though the organ's own full name never occurs (issue 11: "the EC's
executive Commission").  Invented sentences, a fixture KB."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
- {id: latveria, name: Latveria, demonyms: [Latverian], iso3: LAT}
"""
ORGS = """
- {id: nordic_union, name: Nordic Union, kind: igo, abbreviations: [NU]}
- {id: nordic_commission, name: Nordic Union Commission, kind: igo, part_of: nordic_union,
   short: [Commission]}
- {id: latveria_rada, name: Latverian Rada, kind: government, part_of: latveria, short: [Rada]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, ORGS, "[]")


def test_an_organs_short_name_counts_once_its_organisation_is_named(kb) -> None:
    text = ("Farm talks\n\nThe NU's executive Commission proposed a cut in farm prices on "
            "Monday. Ruritania rejected the Commission proposals.\n")
    actors = extract(kb, text, "1987-03-04")
    assert texts(actors["nordic_commission"]) == ["Commission", "Commission"]


def test_without_its_organisation_the_short_name_names_nobody(kb) -> None:
    text = "Farm talks\n\nThe Commission proposed a cut in farm prices. Ruritania rejected it.\n"
    assert "nordic_commission" not in extract(kb, text, "1987-03-04")


def test_a_states_body_still_needs_its_full_name(kb) -> None:
    # "the Rada" of a state named in the text: the rule is for the organs of international
    # organisations only (a state's short forms collide with places and other bodies)
    text = "Vote\n\nLatveria said the Rada would vote on Monday.\n"
    assert "latveria_rada" not in extract(kb, text, "2020-03-04")
