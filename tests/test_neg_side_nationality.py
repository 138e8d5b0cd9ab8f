"""A state is no side of a negotiation between organisations when the negotiation sentences
name it only as someone else's nationality ("employers of other French ports") or in the
headline (issue 11).  Invented text, the real knowledge base."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse

_DOCKS = ("FRENCH EMPLOYERS MAKE NEW PAY OFFER TO DOCKERS\n\n"
          "Port employers in Normandy said they made a new offer on pay and hours. "
          "The dockers' union CGT-Ports wants a six pct rise. "
          "The employers' offer was seen ending the deadlock in negotiations, union sources "
          "said. It was unclear if other offers would be made in talks between unions and "
          "employers of other French ports.")


def _read(text: str) -> tuple[set[str], dict[str, str]]:
    briefing = analyse(doc(text, published="1987-03-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    return set(primary.parties), {a.id: a.tier for a in briefing.actors}


def test_a_state_named_only_as_a_nationality_beside_organisations_is_no_side() -> None:
    sides, tiers = _read(_DOCKS)
    assert "france" not in sides
    assert sides  # the dockers' side stays at the table
    assert tiers["france"] == "mentioned"


def test_a_state_that_acts_in_the_negotiation_stays_a_side() -> None:
    text = _DOCKS + " France said it would take part in the talks on Monday."
    sides, tiers = _read(text)
    assert "france" in sides
    assert tiers["france"] == "party"
