"""A government's title that coordinates the publisher with one other government ("Remarks by
President A and Prime Minister B of X", "U.S.-X Joint Statement") names the primary's two
sides: their own table, even where the text also speaks of talks between others that the
publisher habitually mediates (issue 11, the primary's sides); a government the text has
mediating stays a mediator.  Invented text, the real knowledge base."""

from __future__ import annotations

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse

BODY = ("Both leaders agreed to expand their cooperation on semiconductors and signed an "
        "agreement on critical minerals. Italy and the United States will hold talks on a new "
        "defence procurement deal next month. The President also spoke about the negotiations "
        "between Israel and Hamas on a ceasefire and the release of the hostages.")


def _primary(title: str, published: str = "2024-05-20"
             ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    document, _ = document_from_text("fixture.txt", f"{title}\n\n{BODY}",
                                     meta=Metadata(published=published,
                                                   source="The White House"))
    primary = next(n for n in analyse(document).negotiations if n.primary)
    return primary.parties, primary.mediators


def test_remarks_by_two_leaders_seat_both_governments() -> None:
    parties, mediators = _primary(
        "Remarks by President Biden and Prime Minister Meloni of Italy Before Bilateral Meeting")
    assert set(parties) == {"usa", "italy"}
    assert "usa" not in mediators


def test_a_hyphenated_pair_in_the_title_seats_both() -> None:
    parties, _mediators = _primary("U.S.-Italy Joint Leaders' Statement")
    assert set(parties) == {"usa", "italy"}


def test_a_fellow_mediator_in_the_title_stays_a_mediator() -> None:
    # (the two governments broker others' talks together: the title is no table of theirs)
    document, _ = document_from_text(
        "fixture.txt",
        "Joint Statement by President Biden and President Macron\n\n"
        "The talks between Israel and Lebanon, mediated by France and the United States, "
        "resumed in Geneva. Israel and Lebanon agreed to extend the ceasefire, brokered by "
        "France, by three weeks. Lebanon said the negotiations would go on.",
        meta=Metadata(published="2024-05-20", source="The White House"))
    primary = next(n for n in analyse(document).negotiations if n.primary)
    assert "france" not in primary.parties


def test_the_talks_the_title_displaces_stay_a_thread_with_their_sides_at_the_table() -> None:
    document, _ = document_from_text(
        "fixture.txt",
        "Remarks by President Biden and Prime Minister Meloni of Italy\n\n"
        "Italy and the United States will hold talks on a defence procurement deal. "
        "We are working on a deal between Israel and Hamas for a ceasefire. "
        "Israel and Hamas must agree to the ceasefire now.",
        meta=Metadata(published="2024-05-20", source="The White House"))
    result = analyse(document)
    primary = next(n for n in result.negotiations if n.primary)
    assert set(primary.parties) == {"usa", "italy"}
    others = [n for n in result.negotiations if not n.primary]
    assert any({"israel", "hamas"} <= set(n.parties) for n in others)
    tiers = {a.id: a.tier for a in result.actors}
    assert tiers.get("israel") == "party" and tiers.get("hamas") == "party"
