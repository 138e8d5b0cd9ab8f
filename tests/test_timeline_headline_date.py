"""A headline's date that the text repeats is the text's event, dated once where the text tells
it; a headline's date the text does not repeat stays.  Invented texts."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _timeline(text: str) -> list[tuple[str, str]]:
    b = analyse(doc(text, "1990-03-19"))
    return [(e.date, e.evidence.text) for e in b.timeline]


def test_the_headline_s_tomorrow_is_the_lede_s() -> None:
    got = _timeline("NEW TIN PACT TO BE FORMALLY ADOPTED TOMORROW\n\nGENEVA, March 19 - A new "
                    "tin agreement will be formally adopted tomorrow, the chairman of the "
                    "conference said.\n")
    assert got == [("1990-03-19", "March 19"), ("1990-03-20", "tomorrow")], got


def test_a_headline_date_the_text_does_not_repeat_stays() -> None:
    got = _timeline("Tin talks will resume on Thursday\n\nGENEVA, March 19 - Producers and "
                    "consumers of tin failed to agree on a new pact, delegates said.\n")
    assert any(d == "1990-03-22" for d, _t in got), got
