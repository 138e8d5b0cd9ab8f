"""The timeline on invented texts: "last year" stays dated; a month named again in other words
("last December … the December accord") is that month's event again; the report's own year
named again tells no new event."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _events(text: str, published: str | None = "2020-06-14") -> list[tuple[str, str]]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [(e.date, e.evidence.text) for e in b.timeline]


def test_a_plain_last_year_is_still_dated() -> None:
    got = _events("The ferry line closed last year after the flood.")
    assert [d for d, _ in got] == ["2019"], got


def test_a_month_named_again_in_other_words_is_the_same_event() -> None:
    got = _events("The ministers agreed last December to cap the catch. Diplomats say the "
                  "December accord is not threatened. Prices fell from 15 dlrs in December.")
    assert [d for d, _ in got] == ["2019-12"], got


def test_months_of_other_events_stay_apart() -> None:
    # a month named in words and the same month counted from the report ("last month") can be
    # two events; two different months are two events
    got = _events("The port strike began in May. Since my trip to the port last month, the "
                  "talks have moved. The council will vote in July.")
    assert sorted(d for d, _ in got) == ["2020-05", "2020-05", "2020-07"], got


def test_the_reports_own_year_named_again_is_no_new_event() -> None:
    got = _events("The union plans a strike later this year. Its leader called the situation "
                  "in 2020 grave, and the 2020 bargaining round will be the hardest of the decade.")
    assert [d for d, _ in got] == ["2020"], got


def test_another_year_named_again_by_another_clause_is_still_an_event() -> None:
    got = _events("The mill closed in 2015 after the flood. The river towns voted in 2015 to "
                  "rebuild the old bridge.")
    assert [d for d, _ in got] == ["2015", "2015"], got
