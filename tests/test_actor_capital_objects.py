"""A capital names its government in three more actor positions (issue 11, name mentions):
the receiver of a two-object verb ("offer Volgrad another loan"), the owner of an act after
"of" ("because of Volgrad's insistence"), a sentence's subject before a participle clause
("Volgrad, seeking ..., asked"); the receiver of what goes "to" it ("aid to Volgrad"), the
loser or winner after "won"/"cost" ("won Volgrad less"), the pursuer of a drive or a view
even after a place word ("in Volgrad's drive to"); a dateline or a place stays a place.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR, capital: Volgrad}
- {id: borduria, name: Borduria, demonyms: [Bordurian], iso3: BOR, capital: Szohod,
   capital_disputed: true}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


@pytest.mark.parametrize("text", [
    "Loans\n\nThe fund will offer Volgrad another loan.\n",
    "Loans\n\nTalks stalled because of Volgrad's insistence on a cap.\n",
    "Loans\n\nBanks met.  Volgrad, seeking to reschedule its debt, asked for time.\n",
    "Loans\n\nThe pact will channel millions of dollars in aid to Volgrad.\n",
    "Loans\n\nDonors pledged fresh loans to Volgrad on Monday.\n",
    "Loans\n\nThe talks won Volgrad considerably less than it wanted.\n",
    "Loans\n\nThe deal is only a start in Volgrad's drive to cut its debt.\n",
    "Loans\n\nFarm lobbies want new wheat sales to Volgrad.\n",
    "Loans\n\nThey knew of no deal for Volgrad to provide an escort.\n",
])
def test_a_capital_as_its_government(kb, text: str) -> None:
    assert "ruritania" in extract(kb, text, "1987-03-01")


@pytest.mark.parametrize("text", [
    "Loans\n\nVOLGRAD, March 3 - Prices rose.\n",
    "Loans\n\nShares fell because of Volgrad's market slump.\n",
    "Loans\n\nHe flew home. Volgrad, being a big city, is crowded.\n",
    "Loans\n\nFlights to Volgrad, including charters, rose.\n",
    "Loans\n\nHis visit to Volgrad was cut short, and his trip to Volgrad cost more.\n",
    "Loans\n\nShe said it in Volgrad's old town.\n",
    "Loans\n\nHe left for Volgrad to see his family, and bought tickets for Volgrad.\n",
])
def test_a_capital_as_a_place(kb, text: str) -> None:
    assert "ruritania" not in extract(kb, text, "1987-03-01")


@pytest.mark.parametrize("text", [
    "CENTRAL BANKERS BACK VOLGRAD ACCORD\n\nBASLE, March 3 - Bankers met.\n",
    "MINISTER LOOKS TO EASE TENSION ON VOLGRAD TRIP\n\nLONDON, March 3 - He left.\n",
    "COMMISSION TO VISIT VOLGRAD NEXT WEEK\n\nBRUSSELS, March 3 - It said so.\n",
    "Loans\n\nBankers said the Volgrad accord would hold.\n",
])
def test_a_pact_or_a_journey_named_after_a_capital_is_the_place(kb, text: str) -> None:
    # a pact named after the city it was made in, a trip to it: no government acts there
    assert "ruritania" not in extract(kb, text, "1987-03-01")


def test_a_capital_heading_a_headline_is_still_its_government(kb) -> None:
    text = "VOLGRAD REACHES ACCORD WITH BANKS\n\nLONDON, March 3 - Bankers met.\n"
    assert "ruritania" in extract(kb, text, "1987-03-01")


@pytest.mark.parametrize("text", [
    "Holy city\n\nFor centuries, Szohod has been a city of pilgrimage.\n",
    "Holy city\n\nSettlers threatened Szohod's holy sites.\n",
    "Holy city\n\nPeace begins with Ruritania and Szohod.\n",
])
def test_a_disputed_capital_is_the_city(kb, text: str) -> None:
    # a capital whose status is disputed is written of as the city itself
    assert "borduria" not in extract(kb, text, "2024-03-01")


def test_a_disputed_capital_before_government_is_the_government(kb) -> None:
    text = "Holy city\n\nThe Szohod government said it would talk.\n"
    assert "borduria" in extract(kb, text, "2024-03-01")


@pytest.mark.parametrize(("text", "named"), [
    ("Trade\n\nThe farm plans provoked strong opposition from Volgrad.\n", True),
    ("Trade\n\nSeoul has been under pressure from Volgrad to revalue.\n", True),
    ("Trade\n\nImports from Volgrad rose, and he returned from Volgrad on Friday.\n", False),
])
def test_a_stance_from_a_capital_is_its_governments(kb, text: str, named: bool) -> None:
    assert ("ruritania" in extract(kb, text, "1987-03-01")) is named


def test_a_unions_seat_is_its_institutions_only_where_a_capital_would_be() -> None:
    orgs = """
- {id: ceu, name: Central Union, kind: igo, aliases: [CU], capital: Molnar}
"""
    kb = fixture_kb(COUNTRIES, orgs, "[]")
    found = extract(kb, "Trade\n\nRuritania filed a complaint against Molnar. Molnar insists "
                        "on quotas.\n", "2004-03-01")
    assert [m.text for m in found["ceu"].mentions] == ["Molnar", "Molnar"]
    found = extract(kb, "Trade\n\nMinisters met in Molnar on Friday, and Ruritania agreed.\n",
                    "2004-03-01")
    assert "ceu" not in found


def test_a_dateline_at_a_unions_seat_gives_no_home_state() -> None:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata
    from briefing.extract.actors.base import ActorRun
    from briefing.extract.actors.home_bodies import home_state
    orgs = "- {id: ceu, name: Central Union, kind: igo, capital: Molnar}\n"
    kb = fixture_kb(COUNTRIES, orgs, "[]")
    doc, _ = document_from_text("x.txt", "Trade\n\nMOLNAR, March 3 - The Finance Ministry said "
                                "so.\n", meta=Metadata(published="1987-03-03"))
    assert home_state(ActorRun(doc, kb)) is None


@pytest.mark.parametrize("text", [
    "Markets\n\nThe exchange, Volgrad's biggest stock market, is a prize.\n",
    "Markets\n\nCarrick is Volgrad's second largest bank.\n",
    "Markets\n\nHe spoke for Volgrad's 400,000 residents.\n",
    "Markets\n\nShe runs Volgrad's top hotel.\n",
])
def test_a_capital_ranked_or_counted_by_its_contents_is_the_place(kb, text: str) -> None:
    # "Volgrad's biggest market", "Volgrad's 400,000 residents": the city's own things, ranked
    # or counted -- no government acts there
    assert "ruritania" not in extract(kb, text, "1987-03-01")


def test_a_capitals_latest_offer_is_still_its_governments(kb) -> None:
    text = "Trade\n\nThe banks rejected Volgrad's latest offer and Volgrad's request.\n"
    assert "ruritania" in extract(kb, text, "1987-03-01")
