"""The timeline on invented texts: a month naming a market contract by its delivery month ("the
June bond", "gains in June T-bonds") dates no event."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _dates(text: str, published: str | None = "2020-03-04") -> list[str]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [e.date for e in b.timeline]


def test_a_contract_named_by_its_delivery_month_is_no_event() -> None:
    for text in ("Dealers said heavy buying began after the June bond broke above resistance.",
                 "The chartist expects gains in June T-bonds over the coming sessions.",
                 "Traders sold the September futures as the crop reports came in."):
        got = _dates(text)
        assert not any(len(d) == 7 for d in got), (text, got)


def test_a_month_before_other_words_is_still_dated() -> None:
    got = _dates("The river unions and the barge owners signed the wage pact in June.")
    assert any(d.endswith("-06") for d in got), got

