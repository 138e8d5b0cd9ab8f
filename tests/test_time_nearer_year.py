"""A month or a day named without a year or "last" / "next" lies within the year around the
report: a tense that reads it ten months or more away gives way to the nearer reading; "since"
still looks back, and a day named again is the day first read.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.time.timex import find_times


def _values(text: str, published: str = "1987-03-18") -> dict[str, str | None]:
    return {t.text: t.value for t in find_times(doc("Title\n\n" + text + "\n", published))
            if t.kind == "date"}


def test_a_month_ten_months_off_is_the_nearer_one() -> None:
    assert _values("The officials said the report may be released in May.")["May"] == "1987-05"
    assert _values("The ministers said the report comes out in late April.")[
        "late April"] == "1987-04"
    got = _values("The envoy named a new team in February.", "1987-04-02")
    assert got["February"] == "1987-02", got


def test_a_month_since_or_last_or_told_by_its_verb_keeps_its_year() -> None:
    assert _values("Prices have fallen since April, dealers said.")["April"] == "1986-04"
    assert _values("An April truce collapsed within days.")["April"] == "1986-04"
    assert _values("The pact was signed last April.")["last April"] == "1986-04"
    assert _values("The mill closed in September.")["September"] == "1986-09"


def test_a_day_almost_a_year_back_is_the_coming_one() -> None:
    got = _values("It said the union had called off talks on a holiday on March 30.")
    assert got["March 30"] == "1987-03-30", got
    got = _values("The strike has been going on since March 20, the union said.")
    assert got["March 20"] == "1986-03-20", got


def test_a_day_named_again_is_the_day_first_read() -> None:
    got = _values("Talks have stalled since March 25. The union said that the strike it "
                  "called on March 25 had cost the port dearly.")
    assert got["March 25"] == "1986-03-25", got
