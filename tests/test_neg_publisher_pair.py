"""A government's own text on a deal whose sides it seats nobody for: when the publisher
habitually mediates a known pair (the knowledge base's mediations) and the text names both of
its sides, the pair sits and the publisher mediates (issue 11, sides of the primary).  Invented
text, the real knowledge base."""

from __future__ import annotations

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse

TEXT = ("Statement on the Deal\n\n"
        "The President spoke today about bringing the ceasefire and hostage release deal to "
        "closure. Our negotiators will travel to Cairo this week to remove the last obstacles. "
        "Israel has the right to defend itself. Hamas still holds many hostages in tunnels. "
        "The United States stands with the families.")


def _primary(text: str, published: str | None, source: str | None = "The White House"
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    document, _ = document_from_text("fixture.txt", text,
                                     meta=Metadata(published=published, source=source))
    primary = next(n for n in analyse(document).negotiations if n.primary)
    return primary.parties, primary.mediators


def test_the_pair_its_publisher_mediates_sits_at_the_table() -> None:
    parties, mediators = _primary(TEXT, "2024-05-20")
    assert set(parties) == {"israel", "hamas"}
    assert "usa" in mediators


def test_no_pair_before_the_mediation_began() -> None:
    parties, _mediators = _primary(TEXT, "2019-05-20")
    assert "hamas" not in parties


def test_an_undated_text_gets_no_dated_pair() -> None:
    parties, _mediators = _primary(TEXT, None)
    assert "hamas" not in parties


def test_one_side_named_is_no_pair() -> None:
    # (only the one side named: the publisher keeps working for a deal whose sides go unnamed)
    parties, _mediators = _primary(
        TEXT.replace("Hamas still holds many hostages in tunnels. ", ""), "2024-05-20")
    assert "israel" not in parties or "hamas" not in parties
