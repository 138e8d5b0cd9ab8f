"""Collective sides named by their role (issue 11, party recall): a debtor's creditor banks, a
commodity pact's producers and consumers, a wage round's employers are actors without a name
mention when the text has them act in the negotiation.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, fixture_kb

from briefing.knowledge import KnowledgeBase

COUNTRIES = """
- {id: ruritania, name: Ruritania, demonyms: [Ruritanian], iso3: RUR}
- {id: latveria, name: Latveria, demonyms: [Latverian], iso3: LAT}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return fixture_kb(COUNTRIES, "[]", "[]")


def _collective(actors, side: str):
    found = [a for a in actors.values() if a.id == side]
    return found[0] if found else None


def test_the_creditor_banks_of_a_debt_deal_are_one_side_without_a_name(kb) -> None:
    text = ("Ruritania nears debt deal\n\nRuritania hopes to reach an agreement with its "
            "foreign bank creditors this month, the finance minister said. The creditor banks "
            "rejected the first rescheduling proposal in May. The banks want faster "
            "repayment.\n")
    creditors = _collective(extract(kb, text, "1987-03-02"), "creditors")
    assert creditors is not None
    assert creditors.mentions == ()  # descriptions, never name mentions
    assert [r.text for r in creditors.references] == [
        "foreign bank creditors", "creditor banks", "banks"]
    assert {"foreign bank creditors", "creditor banks"} <= set(creditors.aliases)


def test_producers_and_consuming_countries_of_a_commodity_pact(kb) -> None:
    text = ("Tin talks\n\nProducers and consumers failed to agree on quotas on Friday. The "
            "consuming countries tabled a new formula, delegates said.\n")
    actors = extract(kb, text, "1987-03-02")
    producers, consumers = _collective(actors, "producers"), _collective(actors, "consumers")
    assert producers is not None and producers.kind == "state_group"
    assert consumers is not None
    assert {"consumers", "consuming countries"} <= set(consumers.aliases)


def test_employers_across_the_table_from_a_union(kb) -> None:
    text = ("Wage talks fail\n\nTalks between employers and the Metalworkers Union broke up "
            "without result. The employers have made no offer on shorter hours.\n")
    employers = _collective(extract(kb, text, "1987-04-08"), "employers")
    assert employers is not None and employers.kind == "organization"
    assert len(employers.references) == 2


@pytest.mark.parametrize("text", [
    # a market report: consumers who act in no negotiation
    "Prices\n\nConsumers will pay more for coffee this winter, traders said.\n",
    # a role never made to act: only the object of a preposition
    "Debt\n\nThe plan was a relief for creditors, analysts said of the new agreement.\n",
    # qualified by a name: those banks are Latveria's, not a side of their own
    "Loans\n\nLatverian banks agreed a new credit line for exporters in a deal.\n",
])
def test_no_side_without_acting_in_a_negotiation(kb, text: str) -> None:
    actors = extract(kb, text, "1987-03-02")
    assert not {"creditors", "producers", "consumers", "employers"} & set(actors)


def test_a_possessor_is_the_other_side_not_the_owner(kb) -> None:
    text = ("Card firm\n\nRuritania Card's creditors have threatened the parent group with "
            "penalties if it rejects the rescue package.\n")
    creditors = _collective(extract(kb, text, "2005-01-03"), "creditors")
    assert creditors is not None
    assert [r.text for r in creditors.references] == ["creditors"]


def test_ministers_of_several_states_meeting_as_one_side(kb) -> None:
    text = ("Farm trade talks\n\nTrade ministers meeting here reached agreement on farm "
            "trade reform in the talks on Friday, delegates said. Ruritania said the trade "
            "ministers would meet again in June.\n")
    ministers = _collective(extract(kb, text, "1987-03-02"), "ministers")
    assert ministers is not None and ministers.kind == "state_group"
    assert ministers.mentions == ()
    assert "trade ministers" in {a.lower() for a in ministers.aliases}


@pytest.mark.parametrize("text", [
    # a bare "ministers" is one government's
    "Pay\n\nMinisters rejected the pay offer in the talks on Friday.\n",
    # the ministers of a named body are that body's part
    "Aid\n\nRuritania held talks with the finance ministers from Latveria on the deal.\n",
])
def test_ministers_of_one_government_or_body_are_no_side(kb, text: str) -> None:
    assert "ministers" not in extract(kb, text, "1987-03-02")


def test_a_renegotiation_is_a_negotiation_the_banks_act_in(kb) -> None:
    # "renegotiation" is the table's word as much as "negotiation"
    text = ("Ruritania power firm suspends repayments\n\nThe firm suspended repayments of "
            "principal, a spokesman said. He sent telexes to its creditors. He said the banks "
            "had insisted on a formal declaration before discussing a renegotiation of its "
            "debts.\n")
    creditors = _collective(extract(kb, text, "1987-03-02"), "creditors")
    assert creditors is not None
    assert "banks" in creditors.aliases


def test_a_debtors_commercial_banks_are_its_creditors(kb) -> None:
    # no "creditors" anywhere: "commercial banks" says the lenders' side by itself
    text = ("Ruritania hopes to settle debt dispute\n\nRuritania hopes to reach a rescheduling "
            "agreement this year, the finance minister said. The commercial banks rejected "
            "its proposal for a moratorium in May.\n")
    creditors = _collective(extract(kb, text, "1987-03-02"), "creditors")
    assert creditors is not None
    assert "commercial banks" in creditors.aliases


def test_commercial_banks_that_never_act_in_the_talks_make_no_side(kb) -> None:
    text = ("Ruritania's commercial banks reported higher profits, the central bank said. "
            "Deposits at the commercial banks rose five pct.\n")
    assert _collective(extract(kb, text, "1987-03-02"), "creditors") is None


def test_shipowners_are_the_employers_side_of_a_seamens_dispute(kb) -> None:
    text = ("Ruritanian seamen strike over pay\n\nThe shipowners rejected the seamen's demand "
            "for a 40 pct pay rise on Tuesday and offered 15 pct, a union spokesman said.\n")
    employers = _collective(extract(kb, text, "1987-03-02"), "employers")
    assert employers is not None
    assert "shipowners" in [a.lower() for a in employers.aliases]


def test_two_role_adjectives_sharing_a_head_are_both_sides(kb) -> None:
    # "producing and consuming countries": one head noun, two sides
    text = ("Tin pact\n\nSome 40 producing and consuming countries have agreed to extend the "
            "pact, delegates said.\n")
    actors = extract(kb, text, "1987-03-02")
    producers, consumers = _collective(actors, "producers"), _collective(actors, "consumers")
    assert producers is not None and consumers is not None
    assert "producing countries" in producers.aliases
    assert producers.name == "producing countries"
    assert [r.text for r in producers.references] == ["producing"]


def test_the_counterpart_of_a_commodity_side_that_acts_is_a_side(kb) -> None:
    # the producers reject a proposal (a negotiation's sentence); the consumers only want
    # things, in a sentence without the table's words: the pact's other side all the same
    text = ("Rubber talks\n\nThe proposal was rejected by producers on Monday. Consumers want "
            "frequent price reviews.\n")
    actors = extract(kb, text, "1987-03-02")
    assert _collective(actors, "producers") is not None
    assert _collective(actors, "consumers") is not None


def test_a_role_adjective_of_a_name_shares_no_head(kb) -> None:
    # "Latverian producing and ...": the first adjective qualified by a name is that state's
    text = ("Tin pact\n\nThe Latverian producing and consuming countries have agreed to extend "
            "the pact, delegates said.\n")
    assert "producers" not in extract(kb, text, "1987-03-02")


def test_employers_of_a_text_naming_their_body_in_apposition_are_that_body(kb) -> None:
    text = ("Port talks\n\nThe port employers' organisation, SVB, rejected the union's offer in "
            "the talks. The employers said on Monday the redundancy plan would go ahead. SVB "
            "chairman Jo Roe said the talks were over.\n")
    assert "employers" not in extract(kb, text, "1987-03-02")


@pytest.mark.parametrize(("text", "side", "reference"), [
    # the counterpart of the talks' own noun, a few words on
    ("Oil firm\n\nRoe Oil Co said that if an agreement cannot be reached with its lenders, it "
     "will seek court protection.\n", "creditors", "lenders"),
    ("Debt\n\nThe minister referred to talks he began on Tuesday with creditor banks in New "
     "York.\n", "creditors", "creditor banks"),
    # the second of the pair a negotiation is between
    ("Ports\n\nNegotiations between the dock workers' union and employers continue, the "
     "union said.\n", "employers", "employers"),
])
def test_the_counterpart_of_talks_a_few_words_on_is_a_side(kb, text: str, side: str,
                                                           reference: str) -> None:
    found = _collective(extract(kb, text, "1987-03-02"), side)
    assert found is not None
    assert [r.text for r in found.references] == [reference]


def test_a_with_in_another_clause_than_the_talks_makes_no_side(kb) -> None:
    text = "Debt\n\nThe talks ended, and the plan was then shared with creditors by the bank.\n"
    assert "creditors" not in extract(kb, text, "1987-03-02")


def test_the_creditors_answer_to_their_common_names(kb) -> None:
    # the text says "private creditors" only; "creditor banks", "commercial banks" are the
    # same side's other names (as "producing countries" are the producers')
    text = ("Debt\n\nThe finance minister said Ruritania will strike an agreement with its "
            "private creditors.\n")
    creditors = _collective(extract(kb, text, "1987-03-02"), "creditors")
    assert creditors is not None
    assert creditors.name == "private creditors"
    assert {"creditor banks", "bank creditors", "commercial banks"} <= set(creditors.aliases)


@pytest.mark.parametrize(("text", "side", "reference"), [
    # the counterpart of a verb of the table, past its object
    ("Debt\n\nThe central bank said Ruritania was negotiating a freeze on interest payments "
     "with commercial banks, owed 2.5 billion dlrs.\n", "creditors", "commercial banks"),
    ("Power firm\n\nRoe Power Co will meet urgently with bank creditors in New York on Monday "
     "to discuss the rescheduling of its debt.\n", "creditors", "bank creditors"),
    # the agent of a passive verb of the table
    ("Cocoa\n\nRuritania backs the new pact, which was agreed in principle last year by most "
     "of the world's exporters.\n", "producers", "exporters"),
    # the subject of a clause after "as"
    ("Coffee\n\nThere had been no agreement on quotas as consumers had tried to dictate "
     "market shares, the minister said.\n", "consumers", "consumers"),
])
def test_sides_acting_past_a_verb_of_the_table(kb, text: str, side: str,
                                               reference: str) -> None:
    found = _collective(extract(kb, text, "1987-03-02"), side)
    assert found is not None
    assert reference in [r.text for r in found.references]


@pytest.mark.parametrize("text", [
    # "as" a preposition: no verb follows the description
    "Debt\n\nHe spoke at the talks as creditors of the firm, not as its owners.\n",
    # "by" not after a verb of the table: a market's makers, in a sentence about a deal
    "Debt\n\nThe deal was reported in a note published on Monday by creditors' advisers.\n",
    # "with" in another clause than the verb of the table
    "Debt\n\nAfter the firm met its deadline, it was left with creditors it could not pay.\n",
])
def test_no_side_from_a_preposition_or_another_verb(kb, text: str) -> None:
    assert "creditors" not in extract(kb, text, "1987-03-02")
