"""The timeline on invented texts: a security's maturity written out ("notes due 1994"), a
window counted from an undated start ("within 30 days") and a part of the report's own year
("the first two months of this year") date no event; a payment due in a period the text
reports, a deadline set for a day and a part of another year still do."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _dates(text: str, published: str | None = "1988-03-14") -> list[str]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [e.date for e in b.timeline]


def test_a_securitys_maturity_is_no_event() -> None:
    got = _dates("Norvik Mills sold 300 mln dlrs of senior notes due 1994 and debentures "
                 "due 2001, underwriters said on Friday.")
    assert "1994" not in got and "2001" not in got, got
    got = _dates("Holders of the company's bonds due January 1, 1999 sued the trustee.")
    assert "1999-01-01" not in got, got


def test_a_window_from_an_undated_start_is_no_event() -> None:
    for text in ("Banks that sign up for the loan within 30 days will earn a higher fee.",
                 "The buffer stock manager is expected to start buying within the next three "
                 "weeks, traders said."):
        got = _dates(text)
        assert not any(d > "1988-03-14" for d in got), (text, got)


def test_a_payment_due_this_year_and_a_deadline_day_are_still_dated() -> None:
    got = _dates("The agreement covers 1.2 billion dlrs of debt due this year.")
    assert "1988" in got, got
    got = _dates("The union said the strike will start on March 21 if no deal is reached.")
    assert "1988-03-21" in got, got


def test_a_part_of_the_reports_own_year_is_no_event() -> None:
    for text in ("Prices of bread rose by 12 pct in the first two months of this year.",
                 "The mills will cut output in the second half of 1988, the ministry said.",
                 "Norvik asked makers to trim chip output by 10 pct in first-quarter 1988."):
        got = _dates(text)
        assert "1988" not in got, (text, got)


def test_the_own_year_said_once_in_a_part_is_that_year_again_later() -> None:
    got = _dates("Exports rose 9 pct in the first three months of this year. The council "
                 "expects 1988 to bring a record harvest.")
    assert "1988" not in got, got


def test_a_part_of_another_year_is_still_dated() -> None:
    got = _dates("The mine reopened in the second half of 1986 after the flood.")
    assert "1986" in got, got


def test_a_goals_distant_horizon_is_no_event() -> None:
    for text in ("The partners pledged to halve the digital divide by 2030.",
                 "Both sides aim to reach net zero emissions no later than 2050.",
                 "Ministers called the plan to end farm subsidies by the year 2000 visionary."):
        got = _dates(text, "2022-06-01" if "2000" not in text else "1988-03-14")
        assert not any(d[:4] in ("2030", "2050", "2000") for d in got), (text, got)


def test_a_plan_named_by_its_distant_horizon_is_no_event() -> None:
    for text in ("The leaders reaffirmed their support for the 2040 Agenda for river towns.",
                 "Both sides will meet their respective 2035 targets for clean water.",
                 "The council backed the objectives of the 2050 Strategy for the Delta."):
        got = _dates(text, "2022-06-01")
        assert not any(d[:4] in ("2035", "2040", "2050") for d in got), (text, got)
    # a distant year after a preposition of time still dates its clause
    got = _dates("In 2035 the new dam will open to shipping.", "2022-06-01")
    assert "2035" in got, got


def test_a_near_deadline_year_and_a_far_event_year_are_still_dated() -> None:
    # a plan's date near the report
    got = _dates("Talbot Motors will close its Denham plant by 1990, the company said.")
    assert "1990" in got, got
    # a far year that dates an event, not a target's limit
    got = _dates("The territory will be handed back in 1999 under the accord signed today.")
    assert "1999" in got, got
