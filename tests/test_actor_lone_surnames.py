"""A bare surname names the KB person when the document's date (or no date) leaves one
candidate and the surname stands as an actor (issue 11, name mentions): "Tarn met Volkov in
Lisbon" finds both; a surname that is also another person's, a place or a first name does
not.  Invented sentences and people."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
- {id: latveria, name: Latveria, demonyms: [Latverian], iso3: LAT}
"""
PEOPLE = """
- {id: ada_tarn, name: Ada Tarn, common_surname: true, roles: [{title: Foreign Minister,
   of: ruritania, from: 2010-01-01, to: 2016-01-01}]}
- {id: ivo_volkov, name: Ivo Volkov, roles: [{title: Foreign Minister, of: latveria,
   from: 2004-01-01}]}
- {id: una_pell, name: Una Pell, roles: [{title: Finance Minister, of: ruritania,
   from: 2001-01-01, to: 2003-01-01}]}
- {id: rob_pell, name: Rob Pell, roles: [{title: Finance Minister, of: latveria,
   from: 2001-01-01, to: 2003-01-01}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


@pytest.mark.parametrize("published", [None, "2013-05-02"])
def test_bare_surnames_of_people_in_office(kb, published) -> None:
    actors = extract(kb, "Talks\n\nTarn met Volkov in Lisbon.\n", published)
    assert {"ada_tarn", "ivo_volkov"} <= set(actors)


@pytest.mark.parametrize("text, published", [
    ("Talks\n\nTarn met Volkov in Lisbon.\n", "2019-05-02"),  # no longer in office
    ("Talks\n\nTarn Ashby met the press.\n", None),  # a first name here
    ("Farms\n\nIn Tarn, growers met in May.\n", None),  # a place
    ("Talks\n\nPell met bankers.\n", None),  # two people of that name
    ("Talks\n\nPell met bankers.\n", "2002-05-02"),  # both in office then
    ("Talks\n\nOla Tarn met bankers.\n", None),  # someone else's surname
    ("Deals\n\nTarn & Tarn announced a merger.\n", None),  # a firm
])
def test_no_bare_surname_when_it_may_be_someone_else(kb, text, published) -> None:
    actors = extract(kb, text, published)
    assert "ada_tarn" not in actors and "una_pell" not in actors and "rob_pell" not in actors


def test_a_surname_that_opens_a_firms_name_in_the_text_is_the_firm(kb) -> None:
    # Volkov holds office at the date, but the text names the Volkov Shipyards Corp
    text = ("VOLKOV SHIPYARDS STRUCK\n\nSEATTLE, May 2 - Volkov Shipyards Corp said workers "
            "struck. Volkov said talks resume next week.\n")
    actors = extract(kb, text, "2013-05-02")
    assert "ivo_volkov" not in actors
    firm = next(a for a in actors.values() if a.name == "Volkov Shipyards Corp")
    assert [m.text for m in firm.mentions][-1] == "Volkov"
    # named in full, the person keeps the bare surname beside the firm
    text = ("Yard deal\n\nSEATTLE, May 2 - Foreign Minister Ivo Volkov visited the Volkov "
            "Shipyards Corp yard. Volkov said it was fine.\n")
    assert "ivo_volkov" in extract(kb, text, "2013-05-02")
