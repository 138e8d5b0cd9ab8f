"""A negotiation has two sides (issue 11, sides of the primary): when the scores clear one actor
alone, the best other actor named in two negotiation sentences or more (or seated by a strong cue)
sits beside it; one named once, or only quoted, does not, and a government's own release leaves
its counterpart to the publisher rules.  In a labour dispute every union named is a side.
Invented text, the real knowledge base."""

from __future__ import annotations

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract import analyse

LEAD = ("Portugal has negotiated a new fishing accord, officials said on Tuesday. Portugal agreed "
        "to raise the quota in the talks. Portugal signed the accord's annex on Monday. "
        "Morocco wants a longer accord, its officials said. ")


def _sides(text: str, source: str | None = None) -> tuple[str, ...]:
    document, _ = document_from_text("fixture.txt", text,
                                     meta=Metadata(published="1987-03-04", source=source))
    primary = next(n for n in analyse(document).negotiations if n.primary)
    return primary.parties


def test_the_other_side_named_in_two_negotiation_sentences_sits() -> None:
    text = LEAD + "Under the accord Morocco would receive 40 mln dlrs a year, the officials said."
    assert _sides(text) == ("portugal", "morocco")


def test_an_actor_named_in_one_negotiation_sentence_does_not() -> None:
    text = LEAD + "Fish prices rose in Lisbon on Monday."
    assert _sides(text) == ("portugal",)


def test_a_governments_own_release_is_left_to_the_publisher_rules() -> None:
    text = LEAD + "Under the accord Morocco would receive 40 mln dlrs a year, the officials said."
    assert "morocco" not in _sides(text, source="The White House")


def test_a_union_named_in_a_labour_dispute_sits_at_the_table() -> None:
    text = ("Shipping employers made a new offer in the pay talks on Monday to end the strike. "
            "The employers said in the talks that the offer of four pct was final. The "
            "employers will meet again on Friday. Members of the Harbour Workers Union voted "
            "on the offer, officials said.")
    assert _sides(text) == ("employers", "harbour_workers_union")


def test_a_union_named_beside_a_merger_is_no_side() -> None:
    text = ("Acme Corp agreed a merger with Bolt Corp on Monday. Acme said the merger would "
            "close in June. Bolt said the deal was fair. The Harbour Workers Union backed the "
            "new museum.")
    assert "harbour_workers_union" not in _sides(text)


def test_the_state_named_three_times_as_an_actor_sits_opposite_a_lone_side() -> None:
    text = LEAD + "Morocco exported more sardines last year. Morocco's fleet grew by a tenth."
    assert _sides(text) == ("portugal", "morocco")


def test_a_state_named_as_a_nationality_does_not() -> None:
    text = LEAD + ("Moroccan fishermen exported more sardines last year. Moroccan boats grew "
                   "by a tenth. Moroccan ports were busy.")
    assert _sides(text) == ("portugal",)


def test_a_state_named_twice_as_an_actor_does_not() -> None:
    text = LEAD + "Morocco exported more sardines last year."
    assert _sides(text) == ("portugal",)


def test_a_news_agency_named_three_times_is_no_counterpart() -> None:
    text = LEAD + ("Reuters reported the accord first. Reuters said prices fell. Reuters "
                   "quoted a trader in Lisbon.")
    assert "reuters" not in _sides(text)
