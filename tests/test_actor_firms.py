"""Firms and unions the KB lacks, from the business press's patterns (issue 11): a legal-form
suffix, a business noun before or after the name, an apposition naming what a sentence's first
word is.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb, texts

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: japan, name: Japan, demonyms: [Japanese], iso3: JPN}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def _orgs(actors) -> dict[str, list[str]]:
    return {a.name: texts(a) for a in actors.values() if a.kind == "organization"}


def test_a_legal_form_suffix_makes_a_firm_and_its_bare_name_an_alias(kb) -> None:
    text = ("Strike\n\nWorkers walked out at a Vulcan Stahl AG plant on Tuesday. "
            "Output at Vulcan Stahl fell by half.\n")
    orgs = _orgs(extract(kb, text, "1990-05-02"))
    assert orgs.get("Vulcan Stahl AG") == ["Vulcan Stahl AG", "Vulcan Stahl"]


def test_a_business_noun_before_a_name_makes_a_firm(kb) -> None:
    text = ("Planes\n\nThe order went to aircraft maker Zephyr and not to its rival Orbix. "
            "Zephyr said it was pleased.\n")
    orgs = _orgs(extract(kb, text, "1990-05-02"))
    assert orgs.get("Zephyr") == ["Zephyr", "Zephyr"]
    assert orgs.get("Orbix") == ["Orbix"]


def test_a_name_before_a_business_noun_after_a_determiner_makes_a_union(kb) -> None:
    text = ("Pay\n\nTalks broke down, an official from the Metallo union said. "
            "Metallo wants a shorter week.\n")
    orgs = _orgs(extract(kb, text, "1990-05-02"))
    assert orgs.get("Metallo") == ["Metallo", "Metallo"]


def test_an_apposition_names_a_sentence_first_word(kb) -> None:
    text = ("Banks\n\nOrbix, Japan's third-largest bank, tabled a higher offer. "
            "Orbix said no more.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert orgs.get("Orbix") == ["Orbix", "Orbix"]


def test_a_multi_word_firm_is_also_named_by_its_first_word(kb) -> None:
    text = ("Banks\n\nShares in lender Kestrel Trust Financial rose. Kestrel bosses met on "
            "Friday.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert orgs.get("Kestrel Trust Financial") == ["Kestrel Trust Financial", "Kestrel"]


def test_no_firm_from_a_weekday_a_title_or_a_capitalised_line(kb) -> None:
    text = ("Maker Zephyr Talks\n\nThe company Monday said it would wait. The union President "
            "Mary Ash spoke. Japanese carmaker exports rose.\n")
    names = set(_orgs(extract(kb, text, "1990-05-02")))
    assert not names & {"Monday", "President", "President Mary Ash", "Zephyr Talks"}


def test_funds_exchanges_units_and_a_possessor_s_plant_make_firms(kb) -> None:
    text = ("Bid\n\nShares rose after hedge fund Corvid Capital backed the bid, as did the "
            "futures exchange Tollex. The group may sell its Clearix unit. Workers at "
            "Vantor's plant fear cuts.\n")
    orgs = _orgs(extract(kb, text, "2005-01-02"))
    assert {"Corvid Capital", "Tollex", "Clearix", "Vantor"} <= set(orgs)


def test_no_firm_from_a_verb_or_a_known_place_before_a_business_noun(kb) -> None:
    # "exchange" and "fund" are verbs here; "Tokyo" before "exchange" is the place's bourse
    kb_tokyo = fixture_kb(COUNTRIES.replace("iso3: JPN", "iso3: JPN, capital: Tokyo"), "[]",
                          "[]")
    text = ("Swap\n\nThey agreed to exchange Petrov for two pilots. Donors will fund Marova "
            "schools. The Tokyo exchange rose, and its Tokyo rival fell.\n")
    names = set(_orgs(extract(kb_tokyo, text, "2005-01-02")))
    assert not names & {"Petrov", "Marova", "Tokyo"}


# ---------------------------------------------------------------- firms the KB knows
def _real(text: str, published: str | None = "2005-03-03") -> dict[str, list[str]]:
    from briefing.corpus import document_from_text
    from briefing.corpus.metadata import Metadata
    from briefing.extract.actors.finder import find_actors
    from briefing.knowledge import default_kb
    doc, _ = document_from_text("firms.txt", text, meta=Metadata(published=published))
    return {a.id: [m.text for m in a.mentions] for a in find_actors(doc, default_kb())}


def test_a_known_firm_is_named_by_its_first_word_once_named_in_full() -> None:
    found = _real("Exchange bid stalls\n\nDeutsche Boerse shareholders met on Friday. Investors "
                  "want Deutsche to return cash, and Deutsche's chairman may go.\n")
    assert found["deutsche_boerse"] == ["Deutsche Boerse", "Deutsche", "Deutsche"]


def test_the_first_word_is_no_short_name_when_it_opens_another_name() -> None:
    found = _real("Banks merge\n\nDeutsche Boerse said on Friday that Deutsche Bank had advised "
                  "it. Deutsche Telekom shares fell.\n")
    assert found["deutsche_boerse"] == ["Deutsche Boerse"]


def test_a_known_firms_legal_form_makes_a_longer_name_of_it_not_a_new_firm() -> None:
    found = _real("Notes sold\n\nNEW YORK, March 2 - Salomon Brothers Asia Ltd said it sold the "
                  "notes, rated by Moody's Investors Service Inc.\n", "1987-03-02")
    assert found["salomon_brothers"] == ["Salomon Brothers Asia Ltd"]
    assert found["moodys"] == ["Moody's Investors Service Inc"]
    assert not any(aid.endswith(("_ltd", "_inc")) for aid in found)


def test_a_firms_generic_tail_drops_from_its_short_name_in_headline_and_body() -> None:
    found = _real("VANTOR STAHL SAYS PROFITS FELL\n\nLONDON, March 3 - Vantor Stahl Group Plc said "
                  "its profits fell. Vantor Stahl said costs rose.\n", "1987-03-03")
    (aid,) = [a for a in found if a.startswith("vantor")]
    assert found[aid] == ["VANTOR STAHL", "Vantor Stahl Group Plc", "Vantor Stahl"]


def test_a_two_word_firm_keeps_both_words() -> None:
    found = _real("Results\n\nLONDON, March 3 - Acme Group Plc said profits rose. The group "
                  "expects more.\n", "1987-03-03")
    (aid,) = [a for a in found if a.startswith("acme")]
    assert found[aid] == ["Acme Group Plc"]


def test_wire_marks_a_company_by_its_ticker_or_angle_brackets() -> None:
    found = _real("Offer made\n\nNEW YORK, March 3 - Vantor Aviation <VAV> rejected the offer, "
                  "and <Bank of Orbix> said it would lend. Vantor Aviation said no.\n",
                  "1987-03-03")
    assert found["vantor_aviation"] == ["Vantor Aviation", "Vantor Aviation"]
    assert found["bank_of_orbix"] == ["Bank of Orbix"]


def test_and_co_names_the_partners_firm_and_their_names_alone_are_it() -> None:
    found = _real("Credit line\n\nNEW YORK, March 3 - Zorbel Quint and Co said it lent the "
                  "money. Zorbel Quint expects a fee.\n", "1987-03-03")
    assert found["zorbel_quint_and_co"] == ["Zorbel Quint and Co", "Zorbel Quint"]
    assert not any(aid in ("co", "co_inc") for aid in found)


def test_a_legal_form_alone_or_a_known_firms_unit_makes_no_new_firm() -> None:
    found = _real("Bonds\n\nNEW YORK, March 3 - A writedown of its stake in Heck's Inc <HEX> "
                  "was led by Merrill Lynch Capital Markets <MER>.\n", "1987-03-03")
    assert found["merrill_lynch"] == ["Merrill Lynch Capital Markets"]
    assert not any(aid in ("inc", "capital_markets") for aid in found)


def test_a_known_firms_first_word_in_a_capitals_headline() -> None:
    found = _real("DEUTSCHE SEEKS CASH RETURN\n\nFRANKFURT, March 3 - Deutsche Boerse said it "
                  "would return cash.\n")
    assert found["deutsche_boerse"] == ["DEUTSCHE", "Deutsche Boerse"]


def test_a_name_set_off_after_the_head_of_a_unit_is_the_heads_not_the_units(kb) -> None:
    text = ("Credit talks\n\nLONDON, May 2 - The agency is talking to Japan about cover, the "
            "head of its export credit division, Orrin Tallow, said. Tallow said no date was "
            "set. The freight company, Parcelo, declined to comment.\n")
    actors = extract(kb, text, "1990-05-02")
    orgs = _orgs(actors)
    assert "Orrin Tallow" not in orgs
    assert orgs.get("Parcelo") == ["Parcelo"]  # an apposition to the unit itself
    tallow = next(a for a in actors.values() if a.name == "Orrin Tallow")
    assert tallow.kind == "person" and texts(tallow) == ["Orrin Tallow", "Tallow"]


def test_a_foreign_word_for_group_opening_a_firms_name_is_no_short_name(kb) -> None:
    text = ("VANTORI NEGOTIATING PURCHASE\n\nROME, March 18 - <Gruppo Vantori> is in talks on "
            "a purchase, a spokesman said. A report that Vantori would bid was wrong. "
            "Vantori declined comment.\n")
    orgs = _orgs(extract(kb, text, "1987-03-18"))
    assert orgs.get("Gruppo Vantori") == ["VANTORI", "Gruppo Vantori", "Vantori", "Vantori"]
    assert "Gruppo" not in orgs


ACRONYM_ORGS = """
- {id: zpc_party, name: Zembla People's Congress, kind: government, aliases: [ZPC]}
"""


def test_a_known_acronym_opening_a_firms_name_is_the_firms_and_a_ticker_names_no_one() -> None:
    kb = fixture_kb(COUNTRIES, ACRONYM_ORGS, "[]")
    text = ("Sale talks\n\nROME, March 18 - Vantori bid for plants owned by the U.S. Group ZPC "
            "International Inc <ZPC.N>, a spokesman said. ZPC rejected the offer. Orbix Corp "
            "<ORB.N> and GAF Corp were also interested; GAF said no.\n")
    actors = extract(kb, text, "1987-03-18")
    assert "zpc_party" not in actors
    orgs = _orgs(actors)
    assert orgs.get("ZPC International Inc") == ["ZPC International Inc", "ZPC"]
    assert orgs.get("GAF Corp") == ["GAF Corp", "GAF"]
    assert orgs.get("Orbix Corp") == ["Orbix Corp"]  # not the ticker ORB


def test_a_firm_opening_a_paragraph_or_with_lower_case_particles_is_whole(kb) -> None:
    text = ("Lawn bid\n\nNEW YORK, March 4 - Greensward rejected the offer.\n\nVantor Disposal "
            "Inc <VDX> had made a hostile offer. On Friday, Vantor Disposal said it would raise "
            "its bid.\n\nState-controlled <Banco do Zembla SA> closed. The Banco do Zembla will "
            "reopen.\n")
    orgs = _orgs(extract(kb, text, "1987-03-04"))
    assert orgs.get("Vantor Disposal Inc") == ["Vantor Disposal Inc", "Vantor Disposal"]
    assert orgs.get("Banco do Zembla SA") == ["Banco do Zembla SA", "Banco do Zembla"]
    assert "Disposal Inc" not in orgs and "Zembla SA" not in orgs


UK_COUNTRIES = COUNTRIES + """
- {id: uk, name: United Kingdom, aliases: [Britain], abbreviations: [UK, U.K.], demonyms: [British]}
- {id: canada, name: Canada, demonyms: [Canadian, Canadians]}
"""


def test_a_state_between_a_firms_first_word_and_its_legal_form_is_part_of_its_name() -> None:
    kb = fixture_kb(UK_COUNTRIES, "[]", "[]")
    text = ("Strike talks\n\nLONDON, April 2 - Talks to end the dispute at Grainco U.K. Ltd's "
            "crushing plant ended. Vantor Canada Ltd was not involved. Britain said "
            "nothing.\n")
    actors = extract(kb, text, "1987-04-02")
    orgs = _orgs(actors)
    assert orgs.get("Grainco U.K. Ltd") == ["Grainco U.K. Ltd"]
    assert orgs.get("Vantor Canada Ltd") == ["Vantor Canada Ltd"]
    assert texts(actors["uk"]) == ["Britain"] and "canada" not in actors


def test_a_trade_joined_by_and_stays_inside_one_firms_name(kb) -> None:
    text = ("Gas talks\n\nDALLAS, March 31 - Vantor Corp's Texas Oil and Gas Corp subsidiary "
            "ended talks. Acme and Bolt Corp did not.\n")
    orgs = _orgs(extract(kb, text, "1987-03-31"))
    assert orgs.get("Texas Oil and Gas Corp") == ["Texas Oil and Gas Corp"]
    assert "Gas Corp" not in orgs
    assert orgs.get("Bolt Corp") == ["Bolt Corp"]  # two firms: "Bolt" is no trade


def test_a_lower_case_legal_form_makes_a_firm_whose_short_name_is_no_known_person() -> None:
    # the wire writes "corp", "inc", "ltd" in lower case too; "Baker" is a KB surname (a
    # Treasury secretary of the time), but here it is the firm's short name
    found = _real("BAKER SUES ORBIX\n\nHOUSTON, March 5 - Baker Drilling corp said it sued Orbix "
                  "Tool Co. Baker said the merger terms were broken.\n", "1987-03-05")
    (aid,) = [a for a in found if a.startswith("baker")]
    assert found[aid] == ["BAKER", "Baker Drilling corp", "Baker"]
    found = _real("Deal\n\nLONDON, March 5 - Vantor Mining ltd and Orbix Tool inc agreed terms. "
                  "Vantor Mining said more.\n", "1987-03-05")
    assert {"vantor_mining_ltd", "orbix_tool_inc"} <= set(found)


def test_a_legal_form_makes_a_firm_of_a_name_opening_on_a_title_word() -> None:
    # "General" and "National" open titles too ("General Jo Roe"); before a legal form they
    # open a firm's name
    found = _real("Bid\n\nNEW YORK, March 3 - General Zorbex Co, a partnership, renewed its bid. "
                  "General Zorbex said the board erred.\n", "1987-03-03")
    (aid,) = [a for a in found if "zorbex" in a]
    assert found[aid] == ["General Zorbex Co", "General Zorbex"]
    assert not any(a == "zorbex" for a in found)  # no person "Zorbex" titled General


def test_a_firm_spelled_out_before_a_known_acronym_is_that_actor() -> None:
    # "NBC" is in the KB; the text spells it out as a firm with a legal form: one actor
    found = _real("Strike\n\nNEW YORK, June 3 - Writers began a strike at the National "
                  "Broadcasting Co (NBC). NBC said talks would resume.\n", "1987-06-03")
    (aid,) = [a for a in found if "nbc" in a or "broadcasting" in a]
    assert found[aid] == ["National Broadcasting Co", "NBC", "NBC"]


def test_a_firm_name_runs_over_of_and_a_place_before_its_legal_form() -> None:
    kb = fixture_kb("""
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
""", """
- {id: vantor, name: Vantor Motors, kind: organization}
- {id: bank_of_ruritania, name: Bank of Ruritania, kind: government, country: ruritania}
""", "[]")
    text = ("Loans\n\nWorkers at Vantor Motors of Ruritania Ltd struck on Monday. The Farmers "
            "Bank of Ruritania Ltd and the Savings Bank of Zembla Ltd lent money, as did Acme "
            "Widget Co of Zembla Inc. The Bank of Ruritania said so. Analyst Jane Roe of Orbix "
            "Corp disagreed.\n")
    found = extract(kb, text, "1987-03-02")
    orgs = _orgs(found)
    for name in ("Vantor Motors of Ruritania Ltd", "Farmers Bank of Ruritania Ltd",
                 "Savings Bank of Zembla Ltd", "Acme Widget Co of Zembla Inc"):
        assert orgs.get(name) == [name]
    assert "ruritania" not in found  # named only inside firms' names
    assert texts(found["bank_of_ruritania"]) == ["Bank of Ruritania"]  # the central bank alone
    assert "vantor" not in found and "Orbix Corp" in orgs  # a person's "of" stays out


def test_a_trades_body_or_a_state_firm_named_after_its_noun(kb) -> None:
    # "the shipowners' association X", "the cereal trade lobby X", "film studio X", "the state
    # corporation X", "the consortium X" (gold names such a body at 8 of 8 places on the
    # released sets, 6 of them a party)
    text = ("Strike\n\nTalks with the shipowners' association Marvex stalled. The cereal trade "
            "lobby Grainex wrote to the minister. Film studio Vantix bought the rights. Miners "
            "of the state corporation Kolbix walked out. The consortium Orvane was chosen.\n")
    orgs = _orgs(extract(kb, text, "1990-05-02"))
    for name in ("Marvex", "Grainex", "Vantix", "Kolbix", "Orvane"):
        assert orgs.get(name) == [name]
