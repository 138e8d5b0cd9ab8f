"""Time expressions: tense-dependent weekdays, months, offsets, dates, durations, no reference."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract.time.timex import NO_REFERENCE, find_times


def _values(text: str, published: str | None = "2020-06-14") -> dict[str, tuple]:
    return {t.text: (t.value, t.precision, t.kind) for t in find_times(doc(text, published))}


def test_said_weekday_is_the_latest_on_or_before_publication() -> None:
    got = _values("The minister said Thursday that talks would go on.")
    assert got["Thursday"][0] == "2020-06-11"
    # publication day itself counts
    assert _values("The minister said Sunday that talks were over.")["Sunday"][0] == "2020-06-14"


def test_future_cue_picks_the_next_weekday() -> None:
    got = _values("They could announce a deal as early as Tuesday.")
    assert got["Tuesday"][0] == "2020-06-16"
    assert _values("Talks will resume on Friday.")["on Friday"][0] == "2020-06-19"
    assert _values("They met last Sunday.")["last Sunday"][0] == "2020-06-07"
    assert _values("They meet next Sunday.")["next Sunday"][0] == "2020-06-21"


def test_past_verb_nearer_than_future_cue_wins() -> None:
    got = _values("He said he will keep trying, and met envoys Friday.")
    assert got["Friday"][0] == "2020-06-12"


def test_offsets_and_relative_days() -> None:
    got = {t.text: t for t in find_times(doc(
        "A week ago the talks failed. Yesterday they resumed, today they go on and tomorrow "
        "they end. Last month was calm; last year was not."))}
    assert got["A week ago"].value == "2020-06-07" and got["A week ago"].tolerance_days == 3
    assert got["Yesterday"].value == "2020-06-13"
    assert got["today"].value == "2020-06-14"
    assert got["tomorrow"].value == "2020-06-15"
    assert (got["Last month"].value, got["Last month"].precision) == ("2020-05", "month")
    assert (got["last year"].value, got["last year"].precision) == ("2019", "year")


def test_bare_month_is_the_latest_not_after_publication_unless_future() -> None:
    assert _values("A truce agreed in February collapsed.")["February"][0] == "2020-02"
    assert _values("A truce agreed in October collapsed.")["October"][0] == "2019-10"
    assert _values("Elections will be held in October.")["October"][0] == "2020-10"
    assert _values("The summit last June failed.")["last June"][0] == "2019-06"


def test_dates_in_common_formats() -> None:
    got = _values("Signed on March 23-25, 2019, and on 5 January 2018, then 2017-04-02 and "
                  "12/31/2016. The war began in 2011. Talks on May 27th went well.")
    assert got["March 23-25, 2019"][:2] == ("2019-03-23", "day")
    assert got["5 January 2018"][0] == "2018-01-05"
    assert got["2017-04-02"][0] == "2017-04-02"
    assert got["12/31/2016"][0] == "2016-12-31"
    assert got["2011"][:2] == ("2011", "year")
    assert got["May 27th"][0] == "2020-05-27"


def test_may_the_verb_is_not_a_month() -> None:
    got = _values("The focus May shift, officials said. Talks began in May.")
    assert "May" not in got or got["May"][0] == "2020-05"
    assert [k for k in got if k.startswith("May")] == ["May"]  # only "in May"


def test_durations_are_not_events() -> None:
    got = _values("They failed after more than nine hours of talks in a two-year-old war.")
    assert got["nine hours"] == (None, None, "duration")


def test_no_publication_date_leaves_relative_expressions_unresolved() -> None:
    times = {t.text: t for t in find_times(doc("He said Sunday that the March 2, 2019 accord and "
                                               "a deal a week ago failed.", published=None))}
    assert times["Sunday"].value is None and not times["Sunday"].resolved
    assert times["Sunday"].note == NO_REFERENCE
    assert times["a week ago"].value is None
    assert times["March 2, 2019"].value == "2019-03-02"  # absolute dates still resolve


def test_tenseless_month_just_ahead_is_the_coming_one() -> None:
    got = _values("OPEC set an output ceiling from July to December.", published="1987-06-29")
    assert got["July"][0] == "1987-07"
    assert got["December"][0] == "1987-12"  # the end of a range follows its start
    # a past verb after the month keeps it in the past
    got = _values("A January truce collapsed within days.", published="2020-12-14")
    assert got["January"][0] == "2020-01"
