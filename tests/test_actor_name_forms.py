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
            "Yesterday, Vantor's Bolt Acquisition unit raised the bid.\n\nJ Kestrel Plc bought a stake.\n\n"
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


@pytest.mark.parametrize(("published", "state"), [("1987-03-20", "ussr"), ("2015-03-20", "russia")])
def test_the_kremlin_is_the_state_of_its_date(published: str, state: str) -> None:
    from briefing.knowledge import default_kb

    actors = extract(default_kb(), "Talks\n\nThe Kremlin said the talks had failed.\n", published)
    assert texts(actors[state]) == ["Kremlin"]


def test_a_discovered_firm_is_shortened_to_its_first_word_after_an_initial(firms_kb) -> None:
    text = ("Sugar\n\nIn London, W Marrowby Plc said it would sell. We do not view Marrowby "
            "as a buyer, he said.\n")
    firm = next(a for a in extract(firms_kb, text, "1987-04-02").values()
                if a.kind == "organization")
    assert texts(firm) == ["W Marrowby Plc", "Marrowby"]


def test_a_newspaper_named_in_full_is_the_last_word_of_its_name_after_the() -> None:
    kb = fixture_kb(COUNTRIES, '- {id: ville_times, name: Ville Times, kind: organization, '
                    'sector: media}\n', "[]")
    text = ("Deal\n\nThe Ville Times reported the deal. According to the Times, the talks "
            "failed. Times were hard.\n")
    actors = extract(kb, text, "2005-04-02")
    assert texts(actors["ville_times"]) == ["Ville Times", "Times"]


UNIONS_KB = """
- {id: motor_workers, name: Motor Workers Union, kind: organization, sector: union, abbreviations: [MWU]}
"""


def test_a_unions_numbered_local_is_a_body_of_its_own_part_of_the_union() -> None:
    kb = fixture_kb(COUNTRIES, UNIONS_KB, "[]")
    text = ("Strike\n\nA vice president for MWU local 594 said talks resumed. Bargainers for "
            "MWU Locals 72 and 75 reneged, the company said. The local press was told.\n")
    actors = extract(kb, text, "1987-04-02")
    locals_ = {a.name: (texts(a), a.part_of) for a in actors.values()
               if a.id != "motor_workers" and a.kind == "organization"}
    assert locals_ == {"MWU local 594": (["local 594"], "motor_workers"),
                       "MWU Locals 72 and 75": (["Locals 72 and 75"], "motor_workers")}
    assert texts(actors["motor_workers"]) == ["MWU", "MWU"]


CAPITALS = """
- {id: norland, name: Norland, demonyms: [Norlandic], iso3: NRL, capital: Nordby}
- {id: sudland, name: Sudland, demonyms: [Sudlandic], iso3: SDL, capital: Sudby}
"""


def test_a_capital_as_the_object_of_an_accusation_or_appeal_is_its_government() -> None:
    kb = fixture_kb(CAPITALS, "[]", "[]")
    text = ("Spies\n\nSudland has accused Nordby of spy-mania and called on Nordby to expel "
            "the diplomats. Its envoy flew to Nordby on Monday.\n")
    actors = extract(kb, text, "1987-04-02")
    assert texts(actors["norland"]) == ["Nordby", "Nordby"]


HEADLINE_KB = """
- {id: the_watcher, name: The Watcher, kind: organization, sector: media}
"""


def test_a_capitals_headline_name_after_a_title_is_the_words_the_body_capitalises() -> None:
    kb = fixture_kb(COUNTRIES, HEADLINE_KB, "[]")
    text = ("CARTEL PRESIDENT OLUMBA EXPECTS SHORT, CALM MEETING\n\nLAGOS, June 19 - Cartel "
            "president Rilwan Olumba said he expected a short meeting. Olumba said prices "
            "were firm.\n")
    people = {a.name: texts(a) for a in extract(kb, text, "1987-06-19").values()
              if a.kind == "person"}
    assert people == {"Rilwan Olumba": ["OLUMBA", "Rilwan Olumba", "Olumba"]}


def test_a_one_word_name_in_a_capitals_headline_needs_the_body_to_capitalise_it() -> None:
    kb = fixture_kb(COUNTRIES, HEADLINE_KB, "[]")
    body = " The talks with the banks were said to have failed on Friday, officials said.\n"
    common = ("NORLANDIC WATCHER CRITICAL OF DEBT STANCE\n\nOSLO, June 19 - A watcher said no."
              + body)
    named = ("WATCHER SAYS DEAL NEAR\n\nOSLO, June 19 - The Watcher said the deal was near."
             + body)
    assert "the_watcher" not in extract(kb, common, "1987-06-19")
    assert texts(extract(kb, named, "1987-06-19")["the_watcher"]) == ["WATCHER", "Watcher"]


def test_a_business_named_by_an_organisation_head_is_its_first_word_too(kb) -> None:
    text = ("Banks\n\nIn Boston, Marrow Financial Group said it agreed to buy the bank. Marrow "
            "has A-plus senior debt, analysts said. Quill Five Savings Bank declined. Five "
            "banks bid, and Quill said no.\n")
    orgs = {a.name: texts(a) for a in extract(kb, text, "1987-04-02").values()
            if a.kind == "organization"}
    assert orgs["Marrow Financial Group"] == ["Marrow Financial Group", "Marrow"]


def test_a_one_word_possessive_opening_a_firms_name_is_part_of_it(kb) -> None:
    text = ("Retail\n\nNEW YORK, June 19 - R.H. Bracy's Inc said it would buy the U.S. Quill's "
            "Grocers Inc. Bracy's said the deal was done. Union Vantor's Kestrel Oil Co was "
            "not part of it.\n")
    orgs = {a.name for a in extract(kb, text, "1987-04-02").values()
            if a.kind == "organization"}
    assert {"Bracy's Inc", "Quill's Grocers Inc", "Kestrel Oil Co"} <= orgs
    assert "Grocers Inc" not in orgs and "Vantor's Kestrel Oil Co" not in orgs


def test_a_titled_persons_particle_surname_opening_a_sentence_is_that_person(kb) -> None:
    text = ("Coffee\n\nAMSTERDAM, June 19 - Traders agreed a new formula, trade association "
            "chairman Frits van Horstel said.\n\nVan Horstel, who is a council member of the "
            "federation, was speaking at the end of the meeting.\n\nThe formula is fair, van "
            "Horstel said.\n")
    people = {a.name: texts(a) for a in extract(kb, text, "1987-06-19").values()
              if a.kind == "person"}
    assert people == {"Frits van Horstel": ["Frits van Horstel", "Van Horstel", "van Horstel"]}


def test_capitals_naming_their_markets_are_no_governments() -> None:
    kb = fixture_kb(CAPITALS, "[]", "[]")
    text = ("Exchanges\n\nThe operator of the Nordby and Sudby stock exchanges bid for "
            "the Nordby exchange. Nordby said it would block the bid.\n")
    actors = extract(kb, text, "2005-04-02")
    assert texts(actors["norland"]) == ["Nordby"]
    assert "sudland" not in actors


def test_the_house_in_a_text_about_american_politics_is_the_house_of_representatives() -> None:
    from briefing.knowledge import default_kb

    kb = default_kb()
    us = ("Trade bill\n\nWASHINGTON, April 3 - The U.S. Congress will vote. A prominent House "
          "leader said the House would pass the bill. The White House said no. House "
          "Republicans objected. It is a competitive House race.\n")
    uk = "Vote\n\nLONDON, April 3 - Britain's MPs voted. The House rose at ten, officials said.\n"
    assert texts(extract(kb, us, "1987-04-03")["us_house"]) == ["House", "House"]
    assert "us_house" not in extract(kb, uk, "1987-04-03")


def test_the_senate_in_a_text_about_american_politics_is_the_us_senate() -> None:
    from briefing.knowledge import default_kb

    kb = default_kb()
    us = ("Gun bill\n\nWhat is proposed in the House and Senate is marginal, the President "
          "said of the U.S. bill. Senate Republicans objected. Saudi Arabia and the Saudis "
          "were not asked.\n")
    abroad = ("Debt\n\nMANILA, April 3 - The Philippines and its creditors met. Manila said "
              "the Senate would vote. The Philippines wants a deal, the U.S. said.\n")
    assert texts(extract(kb, us, "2022-06-11")["us_senate"]) == ["Senate"]
    assert "us_senate" not in extract(kb, abroad, "1987-04-03")


def test_a_kb_names_particle_matches_in_either_case() -> None:
    # the KB writes "Joris Van Aalsvoort"; wire copy writes the particle in lower case
    people = """
- id: joris_van_aalsvoort
  name: Joris Van Aalsvoort
  surname: Van Aalsvoort
  gender: m
  roles:
    - {title: Trade Minister, of: norland, from: "1985-01-01", to: "1989-12-31"}
"""
    kb2 = fixture_kb(COUNTRIES, "[]", people)
    text = ("Trade talks\n\nThe talks resume as Joris van Aalsvoort visits Oslo. Van Aalsvoort "
            "said the gap was narrow, and van Aalsvoort's aides agreed.\n")
    actors = extract(kb2, text, "1987-03-02")
    assert texts(actors["joris_van_aalsvoort"]) == ["Joris van Aalsvoort", "Van Aalsvoort",
                                                   "van Aalsvoort"]


def test_the_community_is_the_european_community_once_named_in_full() -> None:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata
    from briefing.extract.actors.finder import find_actors
    from briefing.knowledge import default_kb

    def found(text: str) -> dict[str, list[str]]:
        doc, _ = document_from_text("c.txt", text, meta=Metadata(published="1987-03-02"))
        return {a.id: [m.text for m in a.mentions] for a in find_actors(doc, default_kb())}

    ec = found("Farm talks\n\nBRUSSELS, March 2 - European Community ministers met. Farmers want "
               "a better deal within the Community, Community officials said.\n")
    assert ec["eu"] == ["European Community", "Community", "Community"]
    # not before the full name is written, nor inside another community's name
    other = found("Talks\n\nNAIROBI, March 2 - The Community said the East African Community "
                  "would meet.\n")
    assert "eu" not in other
