"""Parties by role in a news feature (issue 11): a report with no dateline that no government
publishes (a preview, an analysis) ranges over states that are its context, so a state it
names once or twice, in no sentence of armed conflict, is *mentioned*; a wire report (with a
dateline) or a government's own text keeps such a state at the table when the text has it act.
Invented text; the real knowledge base only knows the states and the White House."""

from __future__ import annotations

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse

BODY = ("Chile and Peru agreed a trade pact on Monday after two years of talks. "
        "The pact cuts tariffs on copper and grain. Chile said the pact would be signed next "
        "month, and Peru said it would ratify it. Japan welcomed the news.")


def _tiers(head: str, source: str | None = None) -> dict[str, str]:
    document, _ = document_from_text("feature.txt", "Trade pact agreed\n\n" + head + BODY,
                                     meta=Metadata(published="1987-03-03", source=source))
    return {a.name: a.tier for a in analyse(document).actors}


def test_a_feature_leaves_a_state_named_once_in_passing_mentioned() -> None:
    tiers = _tiers("")
    assert tiers["Chile"] == tiers["Peru"] == "party"  # the sides stay
    assert tiers["Japan"] == "mentioned"


def test_a_wire_report_keeps_the_state_that_acts() -> None:
    assert _tiers("LONDON, March 3 - ")["Japan"] == "party"


def test_a_governments_own_text_keeps_the_state_that_acts() -> None:
    assert _tiers("", source="The White House")["Japan"] == "party"
