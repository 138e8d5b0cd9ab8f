"""A side of the primary negotiation must act somewhere in the text (issue 11): a state named
only as an object beside the talks ("raise the ire of A"), a currency or a modifier is no side.
Invented text, the real knowledge base."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _primary_sides(text: str) -> set[str]:
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    return set(primary.parties)


def test_states_named_only_as_objects_beside_debt_talks_are_no_sides() -> None:
    text = ("Mexico and its bank advisory committee agreed on Tuesday to reschedule 40 billion "
            "dlrs of debt at 13/16 pct over Libor, after talks in New York. The banks knew the "
            "margin would raise the ire of Venezuela and Chile, which paid more on recent "
            "reschedulings. Mexico said the agreement would be signed next month.")
    sides = _primary_sides(text)
    assert "mexico" in sides
    assert not sides & {"venezuela", "chile"}


def test_a_currency_demonym_makes_no_side() -> None:
    text = ("Producers and consumers reached agreement on a new rubber pact at talks in Geneva "
            "on Tuesday. The pact keeps the reference price of 201 Malaysian cents per kilo, "
            "and the new pact will be signed next week, the chairman said.")
    assert "malaysia" not in _primary_sides(text)
