"""Acronyms the KB lacks (issue 11): an all-capitals word a mixed-case text uses twice names an
organisation; units, measures, Roman numerals, speaker labels and capitals headlines do not.
Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb("[]", "[]", "[]")


def _orgs(actors) -> dict[str, list[str]]:
    return {a.name: texts(a) for a in actors.values() if a.kind == "organization"}


def test_an_acronym_used_twice_is_an_organisation(kb) -> None:
    text = "Banks\n\nShares in KTB rose after the bid. KTB's board met on Monday.\n"
    assert _orgs(extract(kb, text, "2005-01-02")).get("KTB") == ["KTB", "KTB"]


def test_an_acronym_used_once_is_not(kb) -> None:
    text = "Banks\n\nShares in KTB rose after the bid. The board met on Monday.\n"
    assert "KTB" not in _orgs(extract(kb, text, "2005-01-02"))


def test_units_numerals_labels_and_capitals_lines_are_no_organisations(kb) -> None:
    text = ("TALKS ON LNG PRICES END\n\nLNG output rose and GDP fell in Phase II. LNG prices and "
            "GDP figures came before Phase II closed.\n\nTHE CHAIR: We met.\n\nTHE CHAIR: "
            "Thank you.\n")
    assert not {"LNG", "GDP", "II", "THE", "CHAIR"} & set(_orgs(extract(kb, text, "2005-01-02")))


def test_an_acronym_spelled_out_as_a_rate_a_pact_or_a_pledge_is_no_organisation(kb) -> None:
    text = ("Debt\n\nBanks pay the Zembla Interbank Offered Rate (ZIBOR) plus a margin over "
            "ZIBOR. Members of the International Cocoa Pact, ICP, met. The ICP expires soon. "
            "The Joint Monitoring Team (JMT) said the JMT would report.\n")
    orgs = _orgs(extract(kb, text, "1987-01-02"))
    assert "ZIBOR" not in orgs and "ICP" not in orgs
    # a team: an organisation, named as the text spells it out
    assert orgs.get("Joint Monitoring Team") == ["Joint Monitoring Team", "JMT", "JMT"]


def test_a_long_word_may_give_more_than_its_initial() -> None:
    from briefing.extract.actors.acronyms import _spelled_out
    assert _spelled_out("the Zembla Interbank Offered Rate (ZIBOR) fell", "ZIBOR") == \
        "Zembla Interbank Offered Rate"
    assert _spelled_out("a Joint Monitoring Team (JMT) met", "JMT") == "Joint Monitoring Team"
    assert _spelled_out("the Cocoa Pact, ICP, met", "ICP") is None


def test_a_text_spelling_out_a_known_acronym_otherwise_keeps_its_own_reading() -> None:
    # the KB reads "NRF" as the Northern Rivers Fund; this text spells it out as another body,
    # and every "NRF" of the text is that body
    orgs = """
- {id: nrfund, name: Northern Rivers Fund, kind: igo, aliases: [NRF]}
- {id: nrfed, name: Nordic Rowing Federation, kind: organization}
"""
    kb2 = fixture_kb("[]", orgs, "[]")
    text = ("Rowing talks\n\nThe Nordic Rowing Federation (NRF) is seeking a pact with the clubs. "
            "NRF officials met on Monday, and NRF said the talks went well.\n")
    found = extract(kb2, text, "2005-01-02")
    assert texts(found["nrfed"]) == ["Nordic Rowing Federation", "NRF", "NRF", "NRF"]
    assert "nrfund" not in found
    # without the spelling-out the KB's reading stands
    found = extract(kb2, "Rowing talks\n\nNRF officials met on Monday.\n", "2005-01-02")
    assert texts(found["nrfund"]) == ["NRF"]


def test_a_name_its_parenthesised_acronym_spells_is_an_organisation(kb) -> None:
    # no organisation head ("Community", a firm's foreign name), but the letters after it spell
    # the name: all its words, its first words ("NORATOM"), or a tail past "de" and "And"
    text = ("Fuel\n\nWASHINGTON, March 9 - Sales of fuel to the Nordic Atomic Energy Community "
            "(NORATOM) go on. Talks with NORATOM resume.\n\nFuerzas Electricas de Castilla "
            "(FECSA) suspended repayments, and FECSA shares fell. And Lumen-Vasto-Industrie "
            "(LVI) said LVI would bid.\n")
    orgs = _orgs(extract(kb, text, "1987-03-09"))
    assert orgs["Nordic Atomic Energy Community"] == [
        "Nordic Atomic Energy Community", "NORATOM", "NORATOM"]
    assert orgs["Fuerzas Electricas de Castilla"] == [
        "Fuerzas Electricas de Castilla", "FECSA", "FECSA"]
    assert orgs["Lumen-Vasto-Industrie"] == ["Lumen-Vasto-Industrie", "LVI", "LVI"]


def test_a_lower_case_acronym_in_brackets_names_what_it_spells(kb) -> None:
    # BBC style: "Apec", "Nymex"; matched as written ("the caspian" is not it), and a word in
    # brackets that spells nothing is a place or a club
    text = ("Oil\n\nOil rose on the New York Widget Exchange (Nywex). Nywex traders bought. "
            "A novel by Jo Lem (Poland) won. The Caspian Lobby of Small Shippers (Caspian) met; "
            "Caspian members agreed.\n\nGas\n\nThe Consumer Widget Show (CWS) opened.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert orgs["New York Widget Exchange"] == ["New York Widget Exchange", "Nywex", "Nywex"]
    assert "Poland" not in orgs and "Jo Lem" not in orgs
    assert orgs["Caspian Lobby of Small Shippers"] == [
        "Caspian Lobby of Small Shippers", "Caspian", "Caspian"]
    assert "Consumer Widget Show" not in orgs  # a show, not a body


def test_an_acronym_used_once_is_the_name_the_text_spells_out(kb) -> None:
    text = ("Pay\n\nThe Association of Harbour Crane Operators rejected the offer. A AHCO "
            "leader said talks would go on. The pilots met the KRC, Kestrel Regional Council, "
            "on Monday.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert orgs.get("Association of Harbour Crane Operators") == [
        "Association of Harbour Crane Operators", "AHCO"]
    assert any(m == ["KRC", "Kestrel Regional Council"] for m in orgs.values())


def test_two_letters_used_once_name_nothing_though_two_capitals_spell_them(kb) -> None:
    text = "Pay\n\nThe Prime Minister spoke to the PM of the other side on Monday.\n"
    assert "PM" not in _orgs(extract(kb, text, "2005-01-02"))


def test_an_acronym_a_counting_word_opens_is_a_kind_of_thing(kb) -> None:
    # "an MOU, which", "under this new EO.": a common noun written in capitals, no name
    text = ("Trade\n\nRuritania and Freedonia signed an MOU, which covers grain. The MOU runs "
            "to 2030. Sanctions follow under this new EO. The EO blocks assets.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert "MOU" not in orgs and "EO" not in orgs


def test_an_acronym_after_an_article_modifying_a_noun_is_still_a_name(kb) -> None:
    # "a KTB spokesman", "said that KTB would": the acronym modifies a noun / opens a clause
    text = ("Banks\n\nA KTB spokesman said the bank would bid. Analysts said that KTB would "
            "raise its offer.\n")
    assert _orgs(extract(kb, text, "2005-01-02")).get("KTB") == ["KTB", "KTB"]


def test_an_acronym_whose_expansion_ends_in_a_things_noun_in_any_case_is_no_organisation(kb) \
        -> None:
    # the head just before "(ZIBOR)" / ", PSE," whatever its case: a rate, a measure, a pact
    text = ("Debt\n\nBanks pay 7/8 over the Zembla interbank offered rate (ZIBOR), and ZIBOR "
            "rose. Ministers discussed the Farm Support Equivalent, FSE, a measure. The FSE "
            "helps talks. The Textile Arrangement (TXA) ends; the TXA is old.\n")
    orgs = _orgs(extract(kb, text, "1987-01-02"))
    assert "ZIBOR" not in orgs and "FSE" not in orgs and "TXA" not in orgs


def test_a_word_the_text_also_writes_in_lower_case_is_emphasis(kb) -> None:
    # a posted statement shouts ordinary words: "PEACE" ... "peace" is no organisation
    text = ("Statement\n\nWe want PEACE. The talks will bring peace, and we will NEVER give up. "
            "PEACE now, NEVER again: we never stop. Shares in KTB rose; KTB agreed.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert "PEACE" not in orgs and "NEVER" not in orgs
    assert orgs.get("KTB") == ["KTB", "KTB"]


def test_two_letters_after_a_place_and_its_comma_are_a_postal_code(kb) -> None:
    text = ("Rally\n\nThe Governor spoke in Port Vell, QX on Monday (Port Vell, QX) and in Lake "
            "Arno, QX later.\n")
    assert "QX" not in _orgs(extract(kb, text, "2005-01-02"))


def test_letters_spelling_out_a_summit_a_visa_or_protocols_are_no_organisation(kb) -> None:
    text = ("Talks\n\nOfficials previewed the Northern Leaders' Summit (NLS). The NLS opens "
            "Monday. Holders of a Special Courier Visa (SCV) wait; the SCV helps couriers. The "
            "Harbour Entry Protocols (HEP) end; HEP rules lapse.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert not {"NLS", "SCV", "HEP"} & set(orgs)
    assert not {"Northern Leaders' Summit", "Special Courier Visa"} & set(orgs)


def test_a_document_named_by_its_letters_is_no_organisation(kb) -> None:
    # "the JCPOA", "their MOU": an agreement, not a party to it
    text = ("Deal\n\nThis deal is nothing like the JCPOA. Under the JCPOA cash flowed. Ruritania "
            "and Freedonia refer to their MOU; the MOU holds.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert "JCPOA" not in orgs and "MOU" not in orgs


def test_letters_closing_a_hyphenated_acronym_are_no_acronym_of_their_own(kb) -> None:
    text = ("Pact\n\nThe pact, which we call C-ZIPA, matters. On C-ZIPA we agree, and Z-ZIPA "
            "follows.\n")
    assert "ZIPA" not in _orgs(extract(kb, text, "2005-01-02"))
