"""The timeline on invented texts: the day a market price is quoted for ("traded today at 4.42",
"up from 3.80/90 yesterday") and the time a briefing's embargo lifts ("embargoed until tomorrow
at 5:00 a.m.") date no event; the day named beside "tomorrow" in a call's head is the day the
call speaks from. A deed of the day beside a round figure is still dated."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _timeline(text: str, published: str | None = "2020-06-14") -> list[tuple[str, str]]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [(e.date, b.document.text[e.evidence.start:e.evidence.end]) for e in b.timeline]


def test_a_price_quoted_for_the_day_is_no_event() -> None:
    for text in ("Overnight money in Oslo traded today at 4.15/25 pct, dealers said.",
                 "Krona bonds eased, and the yield rose to 6.42 pct from 6.38 pct yesterday.",
                 "The interbank rate fell to 3-7/8 today on a wave of buying.",
                 "The crown closed in Vilnius today at 1.4420/30 against the mark.",
                 "Bills were steady, down from yesterday's 5.12 pct average."):
        got = _timeline(text)
        assert not any(d in ("2020-06-13", "2020-06-14") for d, _e in got), (text, got)


def test_a_deed_of_the_day_beside_a_figure_is_still_dated() -> None:
    got = _timeline("The Halvard miners' union signed a pay deal today for 1,200 workers.")
    assert ("2020-06-14", "today") in got, got
    got = _timeline("Coffee prices closed at 1,276 stg a tonne today after the quota talks "
                    "collapsed.")
    assert any(d == "2020-06-14" for d, _e in got), got


def test_the_embargo_of_a_briefing_is_no_event() -> None:
    text = ("MODERATOR: Thanks for joining. This call is on background and embargoed until "
            "noon today. Nothing may be published or made public until noon today.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: The President met the Velorian envoy on Friday.")
    got = _timeline(text)
    assert not any(e == "today" for _d, e in got), got
    assert any(d == "2020-06-12" for d, _e in got), got


def test_a_call_speaks_from_the_day_before_its_embargo_lifts() -> None:
    text = ("Background Press Call on the Velorian Talks\n\n"
            "MODERATOR: Good afternoon. The contents of this call are embargoed until tomorrow, "
            "June 14th, at 6:00 a.m.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: Today the Secretary met the Velorian envoy in "
            "Geneva, and tomorrow the two delegations will sign the water accord.")
    got = _timeline(text)
    assert ("2020-06-13", "Today") in got, got
    assert ("2020-06-14", "tomorrow") in got, got


def test_nothing_to_announce_today_is_no_event() -> None:
    for text in ("MS. HARLOW: I don't have anything to announce today on the Velorian talks.",
                 "MS. HARLOW: We have nothing to preview for you today, Tom.",
                 "MR. OSTEN: I don't have anything new for you today on that."):
        got = _timeline(text)
        assert not any(e == "today" for _d, e in got), (text, got)
    got = _timeline("MS. HARLOW: The President announced a new aid package today.")
    assert ("2020-06-14", "today") in got, got
