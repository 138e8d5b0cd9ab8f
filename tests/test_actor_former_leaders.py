"""A former leader is known by the surname alone (issue 11, name mentions): "under Kern" names
the state's former president when the text names that state; a surname that is also a first
name, or followed by another name, does not.  Invented sentences and people."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
- {id: latveria, name: Latveria, demonyms: [Latverian], iso3: LAT}
"""
PEOPLE = """
- {id: otto_kern, name: Otto Kern, roles: [{title: President, of: ruritania, from: 2001-01-20,
   to: 2009-01-20}]}
- {id: ida_vance, name: Ida Vance, roles: [{title: Vice President, of: ruritania,
   from: 2001-01-20, to: 2009-01-20}]}
- {id: amos_brand, name: Amos Brand, common_surname: true, roles: [{title: Prime Minister,
   of: latveria, from: 1999-07-06, to: 2001-03-07}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def test_a_former_president_by_the_surname_alone(kb) -> None:
    text = ("Ruritania's debt\n\nUnder Kern, Ruritania borrowed heavily; the Kern "
            "administration never paid. Vance kept quiet.\n")
    actors = extract(kb, text, "2016-05-02")
    assert texts(actors["otto_kern"]) == ["Kern", "Kern"]
    assert "ida_vance" not in actors  # a vice president is no leader known by surname


def test_a_capitalised_administration_after_the_surname_is_no_sign_of_a_first_name(kb) -> None:
    text = ("Ruritania's debt\n\nThe Kern Administration borrowed heavily. Under Kern, "
            "Ruritania never paid.\n")
    actors = extract(kb, text, "2016-05-02")
    assert "Kern" in texts(actors["otto_kern"])


@pytest.mark.parametrize("text", [
    # the state is never named: "Kern" may be anyone
    "Debt\n\nUnder Kern, the firm borrowed heavily.\n",
    # "Kern" is another person's first name here
    "Ruritania\n\nKern Ashby asked a question. Go ahead, Kern.\n",
    # before the presidency
    "Ruritania\n\nKern said so.\n",
])
def test_no_former_leader_without_his_state_or_as_a_first_name(kb, text: str) -> None:
    published = "1995-01-01" if "said so" in text else "2016-05-02"
    assert "otto_kern" not in extract(kb, text, published)


def test_a_surname_that_is_a_first_name_needs_more(kb) -> None:
    text = "Latveria\n\nThe question goes to Brand with the Herald, about Latveria.\n"
    assert "amos_brand" not in extract(kb, text, "2016-05-02")
