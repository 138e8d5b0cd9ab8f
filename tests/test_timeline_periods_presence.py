"""The timeline on invented texts: a year a sum or a plan is for, the speaker's presence at the
occasion ("glad to be here today") and a state compared with another time ("stronger today
than") date no event; a year's past results and a date set for an event still do."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _dates(text: str, published: str | None = "2020-06-14") -> list[str]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [e.date for e in b.timeline]


def test_the_year_a_sum_or_a_plan_is_for_is_no_event() -> None:
    for text in ("The ministry has asked for 4 billion crowns for 2021 to rebuild the bridges.",
                 "The council approved the port budget for fiscal 2021, starting in October.",
                 "The union fought the job cuts, some 300 of them for this year.",
                 "Cleaner rivers will be our shared goal for next year, the mayor told guests."):
        got = _dates(text)
        assert not any(d.startswith(("2020", "2021")) and len(d) == 4 for d in got), (text, got)


def test_a_past_year_results_and_a_year_set_for_an_event_are_still_dated() -> None:
    got = _dates("The company reported losses for last year of 30 million crowns.")
    assert "2019" in got, got
    got = _dates("The next round of the river talks is scheduled for 2021 in Oslo.")
    assert "2021" in got, got


def test_the_year_a_figure_is_counted_over_is_no_event() -> None:
    # an amount right before "this year" / "next year": the period of the figure
    for text in ("The mills plan 300 job cuts this year, the union said.",
                 "The new tariff will bring in an extra 2.5 billion crowns this year.",
                 "Economists expect inflation of about six pct next year.",
                 "The lower rate will save the state 40 mln dlrs this year, the minister said."):
        got = _dates(text)
        assert not any(d in ("2020", "2021") for d in got), (text, got)


def test_a_time_this_year_and_a_deed_this_year_are_still_dated() -> None:
    got = _dates("The state will pay the remaining 40,000 crowns later this year.")
    assert "2020" in got, got
    got = _dates("The G7 met in Oslo this year to discuss the river treaty.")
    assert "2020" in got, got


def test_a_year_in_a_programmes_name_is_no_event() -> None:
    got = _dates("The kingdom presented its Vision 2035 reforms, and the Agenda 2063 plan was "
                 "praised by the delegates.")
    assert "2035" not in got and "2063" not in got, got


def test_the_speakers_presence_at_the_occasion_is_no_event() -> None:
    for text in ("THE MAYOR: I am delighted to be here today with the farmers of the valley.",
                 "THE MAYOR: It is good to be together this evening with old friends.",
                 "THE MAYOR: Let me take the chance here and today to thank the rescuers."):
        assert "2020-06-14" not in _dates(text), text


def test_a_state_compared_with_another_time_is_no_event() -> None:
    got = _dates("THE MAYOR: The river guilds are far weaker today than they were a decade "
                 "back.")
    assert "2020-06-14" not in got, got


def test_what_was_done_here_today_is_still_an_event() -> None:
    got = _dates("THE MAYOR: The plan put forward here today by the farmers ends the dispute.")
    assert "2020-06-14" in got, got


def test_the_occasions_today_said_again_is_that_occasion() -> None:
    got = _dates("THE MAYOR: I am delighted to be here today. The valley is proud today.")
    assert "2020-06-14" not in got, got


def test_a_sentence_framed_by_this_year_without_a_deed_is_no_event() -> None:
    got = _dates("The feast is a time of joy for the valley. This year, it comes at a time "
                 "of grief for many families.")
    assert "2020" not in got, got
    got = _dates("The feast is a time of joy. This year, the council approved a new market.")
    assert "2020" in got, got


def test_a_programme_named_by_a_time_word_is_no_event() -> None:
    got = _dates("SUNDAY PROGRAMMES\n\nThe Farm Minister on Fox News Sunday - On the harvest: "
                 "“We are ready.”\n\nThe River Envoy on This Week - On the dam: “We wait.”")
    assert got == [], got


def test_the_year_of_a_budget_or_a_crop_is_no_event() -> None:
    for text in ("The assembly may agree on a 2021 budget plan this summer.",
                 "Farmers worry about next year's crops after the floods."):
        got = _dates(text)
        assert "2021" not in got, (text, got)


def test_the_benchmark_of_a_superlative_is_no_event() -> None:
    for text in ("Grain prices reached their highest level since April 2017 on the news.",
                 "The dock strike is the biggest in the port since 2011, the union said."):
        got = _dates(text)
        assert not any(d.startswith(("2017", "2011")) for d in got), (text, got)
    got = _dates("The two sides have not met since April 2017, the union said.")
    assert "2017-04" in got, got


def test_the_period_pattern_matches_as_its_lookbehind_first_definition() -> None:
    # _PERIOD_FOR reaches back over "for" from after it: the same matches as the lookbehinds
    # written before "for", on every window of invented phrases
    import random
    import re

    from briefing.extract.time.periods import _PERIOD_FOR

    words = ("set", "due", "slated", "scheduled", "planned", "expected", "postponed", "delayed",
             "called")
    definition = re.compile(
        "(?:" + "".join(rf"(?<!\b{w}\s)" for w in words) + r"\bfor\s+|\bfiscal\s+)"
        r"(?:fiscal\s+)?(?:year\s+)?$", re.IGNORECASE)
    pieces = [*words, "for", "For", "FOR", "fiscal", "Fiscal", "year", "reset", "forum", "the",
              "budget", "upset", "\t", "  ", "\n", ",", "Set", "DUE"]
    rng = random.Random(17)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) + " "
        for end in range(len(text) + 1):
            for lo in (0, max(0, end - 30)):
                got, want = _PERIOD_FOR.search(text, lo, end), definition.search(text, lo, end)
                assert (got and got.span()) == (want and want.span()), (text, lo, end)
