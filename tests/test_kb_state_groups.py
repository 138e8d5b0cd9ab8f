"""Groups of states of the 1980s' currency diplomacy (knowledge base facts): the Group of Ten
and the Group of Six are actors, named by their numbers or their short forms.  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def test_the_group_of_ten_and_the_group_of_six_are_actors() -> None:
    text = ("G-10 DEPUTIES MEET IN PARIS\n\n"
            "PARIS, March 20 - Deputies from the Group of 10 leading industrial countries met "
            "here today. They reviewed the G-6 accord reached last month.\n")
    briefing = analyse(doc(text, published="1987-03-20"))
    ten = briefing.actor("group_of_ten")
    six = briefing.actor("group_of_six")
    assert ten is not None and {m.text for m in ten.mentions} == {"G-10", "Group of 10"}
    assert six is not None and [m.text for m in six.mentions] == ["G-6"]


def test_the_group_of_24_the_cairns_group_and_the_andean_pact_are_actors() -> None:
    """The developing countries' Group of 24, the farm exporters' Cairns Group and the Andean
    Pact negotiate as blocs in the 1980s' debt and trade rounds."""
    text = ("FARM EXPORTERS PRESS FOR SUBSIDY CUTS\n\n"
            "GENEVA, April 9 - The Cairns group of farm exporters asked the industrial countries "
            "today to cut their subsidies, while the G-24 called for debt relief. Andean Pact "
            "ministers backed the Group of 24 proposal.\n")
    briefing = analyse(doc(text, published="1987-04-09"))
    cairns = briefing.actor("cairns_group")
    g24 = briefing.actor("group_of_24")
    andean = briefing.actor("andean_pact")
    assert cairns is not None and [m.text for m in cairns.mentions] == ["Cairns group"]
    assert g24 is not None and {m.text for m in g24.mentions} == {"G-24", "Group of 24"}
    assert andean is not None and [m.text for m in andean.mentions] == ["Andean Pact"]
