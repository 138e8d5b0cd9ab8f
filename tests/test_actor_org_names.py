"""Organisations the KB lacks: company heads ("... Holdings") and an acronym set off by commas
after a name ("Name, ACR, ...") (issue 11).  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

ORGS = """
- {id: iwo, name: International Wool Organization, kind: igo}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb("[]", ORGS, "[]")


def test_an_acronym_between_commas_is_an_alias(kb) -> None:
    text = ("Wool\n\nTraders proposed a formula for International Wool Organization, IWO, "
            "quotas. The IWO council meets in May.\n")
    actors = extract(kb, text, "1990-05-02")
    assert texts(actors["iwo"]) == ["International Wool Organization", "IWO", "IWO"]


def test_a_company_named_with_holdings_is_an_organisation(kb) -> None:
    text = "Banks\n\nThe board of Kestrel Bay Holdings approved the merger on Monday.\n"
    actors = extract(kb, text, "1990-05-02")
    assert any(a.kind == "organization" and a.name == "Kestrel Bay Holdings"
               for a in actors.values())


_PEOPLE = """
- {id: omar_vale, name: Omar Vale, roles: [{title: Minister, of: usa, from: 2020-01-01}]}
"""


def test_an_all_capitals_word_in_prose_is_an_acronym_not_a_surname() -> None:
    kb = fixture_kb("- {id: usa, name: United States, abbreviations: [US]}", ORGS, _PEOPLE)
    text = ("Health\n\nOmar Vale spoke. Funds for VALE research were agreed.\n\n"
            "MR. VALE: Thank you.\n")
    vale = extract(kb, text, "2021-05-02")["omar_vale"]
    assert texts(vale) == ["Omar Vale", "VALE"]  # the speaker label, not the acronym


def test_a_name_ending_on_an_administrative_head_is_an_organisation(kb) -> None:
    text = ("Pilots\n\nThe carrier won leave from the Federal Pilot Safety Administration to hire "
            "staff. The Marsh Valley Commodity Exchange halted trading, and the Pelham "
            "Chamber of Trade said it would meet.\n")
    names = {a.name for a in extract(kb, text, "1990-05-02").values()
             if a.kind in ("organization", "government")}
    assert {"Federal Pilot Safety Administration", "Marsh Valley Commodity Exchange",
            "Pelham Chamber of Trade"} <= names


def test_an_administrative_head_inside_a_phrase_or_after_my_makes_no_name(kb) -> None:
    text = ("Orders\n\nThe President signed an Executive Order on Tuesday. My Administration "
            "will act, he said.\n")
    names = {a.name for a in extract(kb, text, "2021-05-02").values()}
    assert not names & {"Executive Order", "My Administration"}


_STATES = """
- {id: ruritania, name: Ruritania, kind: state, demonyms: [Ruritanian]}
"""


def test_a_body_of_a_state_is_one_name_without_a_mention_of_the_state() -> None:
    kb = fixture_kb(_STATES, "[]", "[]")
    text = ("Tankers\n\nThe Freight Carriers Association of Ruritania said on Monday that "
            "the Harbour Bank of Ruritania Ltd would lend it money.\n")
    actors = extract(kb, text, "1990-05-02")
    names = {a.name for a in actors.values()}
    assert "Freight Carriers Association of Ruritania" in names
    assert "Harbour Bank of Ruritania Ltd" in names
    assert "ruritania" not in actors or texts(actors["ruritania"]) == []


def test_a_body_in_a_state_after_the_keeps_the_state_apart() -> None:
    kb = fixture_kb(_STATES, "[]", "[]")
    text = "Cars\n\nThe Widget Makers Union of the Ruritania said it would strike.\n"
    actors = extract(kb, text, "1990-05-02")
    assert texts(actors["ruritania"]) == ["Ruritania"]


_CLUB = """
- {id: lisbon_club, name: Lisbon Club, kind: igo}
"""


def test_a_known_body_s_head_noun_may_be_lower_case_after_its_capitalised_words() -> None:
    kb = fixture_kb("[]", _CLUB, "[]")
    text = ("Debt\n\nCreditors of the Lisbon club met on Monday; the Lisbon Club said it "
            "would reschedule. A lisbon club of fans met too.\n")
    actors = extract(kb, text, "1990-05-02")
    assert texts(actors["lisbon_club"]) == ["Lisbon club", "Lisbon Club"]


def test_a_university_a_college_or_a_school_is_an_organisation(kb) -> None:
    # gold marks them organisations (15 of 16 on the released sets, session 21)
    text = ("Funds\n\nI taught at the University of Vestmark, and she works at Larkin College. "
            "The ministry informed Harbourne University that funds stop; Dellow Law School "
            "replied.\n")
    names = {a.name for a in extract(kb, text, "2024-05-02").values()
             if a.kind == "organization"}
    assert {"University of Vestmark", "Larkin College", "Harbourne University",
            "Dellow Law School"} <= names
