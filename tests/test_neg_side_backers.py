"""An international body that endorses or backs a deal from outside ("endorsed by the UN
Security Council, G7, and countries around the world") is neither a side nor a mediator of it
(issue 11); a proposal backed by a side's own organisation is not read so.  Invented text, the
real knowledge base."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse

_DEAL = ("Today the President's envoy hosted an Armenian delegation for talks on the peace deal "
         "with Azerbaijan. The Armenian side affirmed its full support for the deal as outlined "
         "by the President and endorsed by the UN Security Council, G7, and countries around the "
         "world. The delegation said Armenia would sign the deal next month.")


def test_bodies_endorsing_a_deal_are_neither_sides_nor_mediators() -> None:
    briefing = analyse(doc(_DEAL, published="2024-06-04"))
    primary = next(n for n in briefing.negotiations if n.primary)
    assert {"armenia", "azerbaijan"} <= set(primary.parties)
    backers = {"un_security_council", "g7"}
    assert not backers & set(primary.parties)
    assert not backers & set(primary.mediators)


def test_the_pattern_reads_lists_after_endorsed_or_backed_by() -> None:
    from briefing.extract.negotiations.side_cues import ENDORSED_BY
    assert ENDORSED_BY.search("a deal endorsed by the UN Security Council, ")
    assert ENDORSED_BY.search("a truce backed by ")
    assert not ENDORSED_BY.search("a deal negotiated by ")
