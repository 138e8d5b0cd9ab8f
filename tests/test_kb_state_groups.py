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
