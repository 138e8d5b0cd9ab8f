"""Name forms of an actor the text has already named (issue 11): the bare surname of a person
the text names in full, when the knowledge base knows that surname only as someone else's.
Invented sentences, a fixture KB."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: norland, name: Norland, demonyms: [Norlandic], iso3: NRL}
"""
# a KB person who shares the surname of the man the texts name, but holds no office in 1987
PEOPLE = """
- id: anders_kvistberg
  name: Anders Kvistberg
  gender: m
  roles:
    - {title: Prime Minister, of: norland, from: "2005-10-17", to: "2013-10-16"}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", PEOPLE)


def test_the_surname_of_a_titled_full_name_is_that_person_not_the_kb_namesake(kb) -> None:
    text = ("Loan talks\n\nNorlandic Finance Minister Erik Kvistberg said on Monday the talks "
            "had failed. Kvistberg said the banks were to blame.\n")
    actors = extract(kb, text, "1987-03-02")
    people = {a.name: texts(a) for a in actors.values() if a.kind == "person"}
    assert people == {"Erik Kvistberg": ["Erik Kvistberg", "Kvistberg"]}


def test_the_kb_person_named_in_full_keeps_the_bare_surname(kb) -> None:
    text = ("Talks\n\nPrime Minister Anders Kvistberg met the bankers on Monday. Kvistberg "
            "said the talks had gone well.\n")
    actors = extract(kb, text, "2008-03-02")
    assert texts(actors["anders_kvistberg"]) == ["Anders Kvistberg", "Kvistberg"]


def test_a_round_of_talks_named_after_a_place_names_no_state(kb) -> None:
    text = ("Trade talks\n\nNorland wants the Norland Round to succeed. Delegates of the "
            "Norland trade round met in Geneva, a Norlandic official said.\n")
    actors = extract(kb, text, "1987-03-02")
    assert texts(actors["norland"]) == ["Norland", "Norlandic"]


FIRMS_KB = """
- {id: ab_vantor, name: "A.B. Vantor", kind: organization, aliases: ["A.B. Vantor and Co"]}
- {id: kestrels, name: "Kestrel's", kind: organization, aliases: [J Kestrel]}
"""
SURNAME_KB = """
- id: james_corbel
  name: James Corbel
  shared_surname: true
  gender: m
  roles:
    - {title: Treasury Secretary, of: norland, from: "1985-02-04", to: "1988-08-17"}
"""


@pytest.fixture(scope="module")
def firms_kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, FIRMS_KB, SURNAME_KB)


def test_a_kb_firm_is_shortened_to_its_first_word_after_initials(firms_kb) -> None:
    text = ("VANTOR ENDS BID\n\nA.B. Vantor Group Inc said Vantor will end its offer. "
            "Yesterday, Vantor's unit raised the bid.\n\nJ Kestrel Plc bought a stake.\n\n"
            "Kestrel bought 21 pct of the stock in 1983, and Kestrel shares fell.\n")
    actors = extract(firms_kb, text, "1987-04-02")
    assert texts(actors["ab_vantor"]) == ["VANTOR", "A.B. Vantor Group Inc", "Vantor", "Vantor"]
    assert texts(actors["kestrels"]) == ["J Kestrel Plc", "Kestrel", "Kestrel"]


def test_a_firm_named_like_a_kb_surname_keeps_its_short_name(firms_kb) -> None:
    text = ("Merger\n\nIn Houston, Corbel International Corp said it agreed to merge. Corbel said the "
            "talks went well.\n")
    actors = extract(firms_kb, text, "1987-04-02")
    firm = next(a for a in actors.values() if a.kind == "organization")
    assert texts(firm) == ["Corbel International Corp", "Corbel"]
    assert "james_corbel" not in actors


def test_the_kb_person_named_in_full_keeps_the_surname_from_a_firm(firms_kb) -> None:
    text = ("Merger\n\nTreasury Secretary James Corbel met bankers. Corbel said the talks "
            "went well. Separately, Vantor Industries Corp said it would buy a stake.\n")
    actors = extract(firms_kb, text, "1987-04-02")
    assert texts(actors["james_corbel"]) == ["James Corbel", "Corbel"]


HEADS_KB = """
- {id: lender_club, name: "Lender Club", kind: igo}
- {id: tin_council, name: "International Tin Council", kind: igo, aliases: [ITC]}
"""


def test_the_head_noun_of_a_kb_organisation_named_in_full_is_that_organisation() -> None:
    kb = fixture_kb(COUNTRIES, HEADS_KB, "[]")
    text = ("Debt\n\nNorland agreed terms with the Lender Club on Friday, the Club said in a "
            "statement. The International Tin Council met; the Council will decide in June. "
            "A club of lenders met too.\n")
    actors = extract(kb, text, "1987-04-02")
    assert texts(actors["lender_club"]) == ["Lender Club", "Club"]
    assert texts(actors["tin_council"]) == ["International Tin Council", "Council"]


def test_a_head_two_named_organisations_share_stays_unlinked() -> None:
    kb = fixture_kb(COUNTRIES, HEADS_KB + '- {id: wool_council, name: "Wool Council", kind: igo}\n',
                    "[]")
    text = ("Talks\n\nThe International Tin Council and the Wool Council met; the Council "
            "will decide in June.\n")
    actors = extract(kb, text, "1987-04-02")
    assert texts(actors["tin_council"]) == ["International Tin Council"]
    assert texts(actors["wool_council"]) == ["Wool Council"]
