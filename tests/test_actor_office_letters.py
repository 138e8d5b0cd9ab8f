"""An office written as its letters ("POTUS", "@POTUS") names its holder at the document's date
(issue 11, name mentions); a state's body whose word opens a title or a security ("U.S.
Treasury Secretary Jo Roe", "U.S. Treasury bonds") names the state.  Invented people and
sentences; the United States' letters and offices are real."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: usa, name: United States, abbreviations: [US, U.S.], demonyms: [American, Americans],
   iso3: USA}
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
"""
ORGS = """
- {id: us_treasury, name: Treasury Department, kind: government, part_of: usa, country: usa,
   aliases: [U.S. Treasury]}
"""
PEOPLE = """
- {id: otto_kern, name: Otto Kern, roles: [{title: President, of: usa, from: 2021-01-20,
   to: 2025-01-20}]}
- {id: rosa_lind, name: Rosa Lind, roles: [{title: President, of: usa, from: 2025-01-20}]}
- {id: ivo_bell, name: Ivo Bell, roles: [{title: Finance Minister, of: usa, from: 1985-02-01,
   to: 1988-08-01}]}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, ORGS, PEOPLE)


def test_potus_names_the_president_of_the_documents_date(kb: KnowledgeBase) -> None:
    text = ("Statement\n\nRuritania's envoy wrote: “Thank you @POTUS for the truce.” The POTUS "
            "team replied that POTUS will visit.\n")
    found = extract(kb, text, "2025-06-01")
    assert texts(found["rosa_lind"]) == ["POTUS", "POTUS", "POTUS"]
    assert not any(a.name == "POTUS" for a in found.values())
    assert texts(extract(kb, text, "2022-06-01")["otto_kern"]) == ["POTUS", "POTUS", "POTUS"]


def test_potus_with_no_holder_known_is_left_to_the_other_passes(kb: KnowledgeBase) -> None:
    found = extract(kb, "Statement\n\nPOTUS spoke. POTUS left.\n", "1990-06-01")
    assert "otto_kern" not in found and "rosa_lind" not in found


def test_a_treasury_before_a_title_or_a_security_is_the_states_mention(kb: KnowledgeBase) -> None:
    text = ("WASHINGTON, March 6 - U.S. Treasury Secretary Ivo Bell met Ruritanian bankers. "
            "U.S. Treasury bonds fell, and the U.S. Treasury market closed lower.\n")
    found = extract(kb, text, "1987-03-06")
    assert texts(found["usa"]) == ["U.S.", "U.S.", "U.S."]
    assert "us_treasury" not in found
    assert texts(found["ivo_bell"]) == ["Ivo Bell"]


def test_a_treasury_that_acts_or_has_officials_is_the_body(kb: KnowledgeBase) -> None:
    text = ("WASHINGTON, March 6 - The U.S. Treasury regretted Ruritania's move, a senior U.S. "
            "Treasury official said.\n")
    found = extract(kb, text, "1987-03-06")
    assert texts(found["us_treasury"]) == ["U.S. Treasury", "U.S. Treasury"]
