"""Collective sides described by their role sit at the table (issue 11): a debtor's creditor
banks, a commodity pact's producers and consumers, a wage round's employers have no name, only
descriptions (:mod:`briefing.extract.actors.collectives`), yet they are the counterpart the
talks are with.  Invented text, the real knowledge base."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.negotiations.parties import collective
from briefing.model import Actor, Mention


def _primary(text: str) -> tuple[set[str], dict[str, Actor]]:
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    return set(primary.parties), {a.id: a for a in briefing.actors}


def _described(text: str) -> set[str]:
    """The names of the primary thread's sides that are described, not named."""
    sides, actors = _primary(text)
    return {actors[aid].name.lower() for aid in sides if collective(actors[aid])}


def test_talks_with_a_bank_advisory_committee_seat_the_creditors_not_a_forum() -> None:
    text = ("Peru resumed talks with its bank advisory committee on Tuesday on the rescheduling "
            "of eight billion dlrs of debt, the finance minister said. Peru wants a spread of "
            "7/8 pct over Libor, and the committee has offered one pct, he said.")
    sides, actors = _primary(text)
    assert "peru" in sides
    assert [aid for aid in sides if collective(actors[aid])]


def test_the_banks_with_a_steering_committee_are_a_side_of_the_debt_deal() -> None:
    text = ("Argentina's debt package was announced on Wednesday. The deal offers banks a fee "
            "if they sign early, and the banks' steering committee said the talks had been "
            "hard. Argentina's economy minister said the deal was fair, after the banks "
            "stopped blocking an agreement.")
    assert _described(text)


def test_producers_and_consumers_unable_to_agree_are_both_sides() -> None:
    text = ("Although prices are now much lower, consumers and producers have been unable to "
            "agree on the re-introduction of quotas. The coffee organisation will meet in "
            "September, and producers hope for a new formula then.")
    assert _described(text) == {"producers", "consumers"}


def test_a_named_organisation_is_no_collective_side() -> None:
    named = Actor(id="acme", name="Acme", kind="organization",
                  mentions=(Mention(0, 4, "Acme"),))
    described = Actor(id="creditors", name="the creditor banks", kind="organization",
                      references=(Mention(0, 18, "the creditor banks", "description",
                                          "collective"),))
    pronoun = Actor(id="banks", name="banks", kind="organization",
                    references=(Mention(0, 4, "they", "description", "pronoun"),))
    assert not collective(named)
    assert collective(described)
    assert not collective(pronoun)


def test_a_debtor_and_its_bank_advisory_committee_coordinated_are_both_sides() -> None:
    text = ("PERU DEBT TALKS RESUME\n\nLIMA, March 3 - Peru and its commercial bank advisory "
            "committee will resume talks tomorrow on what bankers hope will be the final leg of "
            "negotiations for a 9.4 billion dlr debt rescheduling package.\n\nBankers said the "
            "two sides are still working on a plan that embraces Lima's proposal to pay interest "
            "partly with notes. One banker said a number of issues are outstanding.\n")
    sides, actors = _primary(text)
    assert "peru" in sides
    assert [aid for aid in sides if collective(actors[aid])]  # "A and its B": coordinated


def test_employers_acting_in_a_labour_dispute_and_a_union_speaking_through_its_voice() -> None:
    # neither side is named: the employers decide about lay-offs (a labour dispute's words, no
    # word of talks), the union speaks through its spokesman; both sit at the table
    text = ("PORTOVIA DOCK EMPLOYERS RESUME LAY-OFF PLANS\n\n"
            "PORTOVIA, March 17 - A manager said on Tuesday that the employers have decided to "
            "restart the redundancy procedures in the city's cargo sector next week.\n\n"
            "Dock union spokesman Jan Voss said the employers' move would not lead at once to "
            "a new round of the six weeks of strikes in the sector.")
    sides, actors = _primary(text)
    names = {actors[aid].name.lower() for aid in sides}
    assert "employers" in names
    assert any("union" in n for n in names)


def test_a_union_voice_is_no_side_outside_a_labour_dispute() -> None:
    # a union's spokesman on the weather acts in no dispute: no described union
    briefing = analyse(doc("RAIN\n\nPORTOVIA, March 17 - Dock union spokesman Jan Voss said "
                           "the rain had kept the harbour quiet all week.",
                           published="1987-03-17"))
    assert not [a for a in briefing.actors if a.name.lower().endswith("union")]


def test_a_workforce_demanding_pay_raises_is_a_side() -> None:
    # "pay raises" (a plural) is a labour dispute's words as "a pay rise" is
    briefing = analyse(doc("SCHOOL STRIKE SPREADS\n\nPORTOVIA, March 20 - A walkout by teachers "
                           "has closed schools across the country. The teachers are demanding "
                           "hefty pay raises, and the government has condemned the stoppage.",
                           published="1987-03-20"))
    assert [a for a in briefing.actors if "teachers" in a.name.lower() and not a.mentions]


def test_bodies_named_in_apposition_to_a_union_or_an_employers_body_are_sides() -> None:
    # neither acronym is known, nor a union's own name: the apposition says what each body is
    text = ("HARBOUR SUBSIDY TO END - MINISTER\n\nPORTOVIA, March 5 - The labour minister said he "
            "will withdraw the subsidy for the strike-hit cargo sector from July 1.\n\n"
            "The chairman of the port employers' organisation, KVB, said there was now no "
            "alternative to redundancies.\n\nMeanwhile the dockers' union, ZTV, attacked the loss "
            "figures, which the KVB had issued, and said the employers had inflated them.")
    sides, _actors = _primary(text)
    assert {"kvb", "ztv"} <= sides


def test_a_name_after_the_european_union_is_no_union() -> None:
    from briefing.extract.negotiations.labour_table import APPOSED_BEFORE
    assert APPOSED_BEFORE.search("the dockers' union, ")
    assert APPOSED_BEFORE.search("the port union ")
    assert not APPOSED_BEFORE.search("the European Union ")


def test_a_commodity_side_goes_by_each_of_its_names() -> None:
    """"The producers" of one text are "producing countries" or "producer members" in
    another: the side answers to each (a search for any finds it)."""
    text = ("Exporters and importers of tin failed to agree on a new price range at their "
            "council meeting, which ended on Friday. The exporters rejected the buffer stock "
            "proposal, and importers said the talks would resume in May.")
    sides, actors = _primary(text)
    described = {actors[aid].id: actors[aid] for aid in sides if collective(actors[aid])}
    assert set(described) == {"producers", "consumers"}
    producers = set(described["producers"].aliases)
    consumers = set(described["consumers"].aliases)
    assert {"producing countries", "producer countries", "producers"} <= producers
    assert {"consuming countries", "consumer countries", "consumers"} <= consumers
    assert not producers & consumers


def test_a_described_side_outside_the_talks_sentences_is_the_other_side_of_a_lone_one() -> None:
    # Peru alone clears the bar; the creditors act only in a sentence the tracker does not read
    # as the talks: a table has two sides, and the described one is the other
    text = ("Peru debt pact lifts markets\n\nPeru's new foreign debt agreement sparked a rally "
            "in local markets on Monday. Peru will repay 1.4 billion dlrs over three years "
            "under the agreement, Peru's finance minister said. Bankers said creditors had "
            "offered a smaller cut in interest at first.\n")
    assert _described(text) == {"creditors"}
    sides, _actors = _primary(text)
    assert "peru" in sides
