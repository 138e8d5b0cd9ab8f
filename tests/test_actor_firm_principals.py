"""A firm's or a union's principal acts for it, not for its country (issue 11, parties).

"Acme President Jo Roe", "Jo Roe, Acme's chairman": the title's possessor is an organisation,
so the person's affiliation is that organisation -- the side at the table in a merger or a wage
round -- and not the state the organisation is registered in.  A state or an international
body before the title keeps the old reading, and so does a political party (its leader speaks
in the state's politics).  Invented names only."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: france, name: France, demonyms: [French], capital: Paris}
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian]}
"""
ORGS = """
- {id: acme, name: Acmetex, kind: organization, country: france}
- {id: dockers, name: Dockworkers Guild, kind: organization, country: ruritania}
- {id: tradebloc, name: Trade Bloc, kind: igo}
- {id: ruri_labour, name: Labour Party, kind: organization, country: ruritania}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, ORGS, "[]")


def test_a_firms_titled_principal_acts_for_the_firm(kb: KnowledgeBase) -> None:
    actors = extract(kb, "Acmetex President Jo Roe said the merger talks went well.")
    assert actors["jo_roe"].affiliation == "acme"


def test_a_unions_spokesman_acts_for_the_union(kb: KnowledgeBase) -> None:
    actors = extract(kb, "Dockworkers Guild spokesman Ned Aske said the offer was rejected.")
    assert actors["ned_aske"].affiliation == "dockers"


def test_a_states_titled_principal_still_acts_for_the_state(kb: KnowledgeBase) -> None:
    actors = extract(kb, "French Finance Minister Jo Roe said the talks went well.")
    assert actors["jo_roe"].affiliation == "france"
    actors = extract(kb, "Trade Bloc Commissioner Ida Vale said the talks went well.")
    assert actors["ida_vale"].affiliation == "tradebloc"


def test_a_firms_principal_in_apposition_acts_for_the_firm(kb: KnowledgeBase) -> None:
    actors = extract(kb, "Jo Roe, Acmetex's chairman, said the merger talks went well.")
    assert actors["jo_roe"].affiliation == "acme"


def test_a_political_partys_leader_keeps_the_state(kb: KnowledgeBase) -> None:
    actors = extract(kb, "Labour Party leader Una Pell said the rebate talks failed.")
    assert actors["una_pell"].affiliation == "ruritania"
