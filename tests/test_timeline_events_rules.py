"""The timeline's events on invented texts: talks no time expression dates are on the day of
the text only when the text reports them as held."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _timeline(text: str, published: str = "2020-06-14") -> list[tuple[str, str]]:
    b = analyse(doc("Invented headline\n\n" + text + "\n", published))
    return [(e.date, e.label) for e in b.timeline]


def test_talks_held_on_the_day_of_the_text_are_dated_by_it() -> None:
    got = _timeline("The United States and Russia held cease-fire talks. The talks in Vienna "
                    "marked progress on a truce, officials from both sides said.")
    assert any(label.startswith("talks in Vienna") and date == "2020-06-14"
               for date, label in got), got


def test_talks_still_to_come_get_no_date_from_the_day_of_the_text() -> None:
    for text in ("The United States and Russia want a cease-fire. They discussed upcoming "
                 "talks in Vienna on the truce.",
                 "The United States and Russia want a cease-fire. The leaders are not expected "
                 "to attend the talks in Vienna on the truce.",
                 "The United States and Russia want a cease-fire. Does the weather make the "
                 "talks in Vienna on the truce harder?"):
        got = _timeline(text)
        assert not any(label.startswith("talks in Vienna") for _d, label in got), (text, got)


def test_a_year_written_again_dates_another_event_when_its_clause_differs() -> None:
    got = _timeline("The United States and Russia want a cease-fire. In 2018, the two sides "
                    "signed a trade pact in Vienna. In 2018, floods destroyed the harvest of "
                    "the northern provinces.")
    assert [d for d, _label in got].count("2018") == 2, got


def test_a_day_written_again_is_still_the_same_event() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoys meet on July "
                    "25 in Vienna. On July 25, the envoys will also sign the protocol.")
    assert [d for d, _label in got].count("2020-07-25") == 1, got


def test_today_after_what_was_done_that_day_is_an_event_of_its_own() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoy said today that "
                    "the talks would resume. The president signed today the order on "
                    "sanctions.")
    assert [d for d, _label in got].count("2020-06-14") == 2, got


def test_today_repeated_without_a_deed_stays_one_event() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoy met the "
                    "ministers today. We are today at a difficult moment. Today is a long day.")
    assert [d for d, _label in got].count("2020-06-14") == 1, got


def test_tomorrow_said_again_is_the_same_occasion() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoys hold talks "
                    "tomorrow in Vienna. We will have more to tell you about the agenda "
                    "tomorrow, when the delegations arrive at the palace.")
    assert [d for d, _label in got].count("2020-06-15") == 1, got


def test_the_deed_may_stand_a_few_words_before_its_day() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The talks resume tonight "
                    "in Vienna, officials say. The two presidents issued a joint statement "
                    "tonight on the truce.")
    assert [d for d, _label in got].count("2020-06-14") == 2, got


def test_today_opening_a_sentence_of_what_was_done_is_an_event() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoys met today in "
                    "Vienna. And today, the president approved an aid package for the border. "
                    "Today, the King and I also discussed the truce.")
    assert [d for d, _label in got].count("2020-06-14") == 2, got


def test_last_year_said_again_of_other_deeds_is_another_event() -> None:
    # (the report's own year named again is no new event: test_timeline_stretch_months)
    got = _timeline("The United States and Russia want a cease-fire. The United States "
                    "gave $45 million in aid to the region last year. The trade council held "
                    "its tenth meeting last year in Vienna. The plan cut last year's deficit.")
    assert [d for d, _label in got].count("2019") == 2, got


def test_a_day_named_again_in_a_reported_clause_of_prose_is_another_event() -> None:
    got = _timeline("The United States and Russia want a cease-fire. Trade talks resumed in "
                    "Vienna today. The minister, who flies to Geneva today for talks with the "
                    "envoys, said the gap was narrowing. The ministers plan to spend the whole "
                    "of tomorrow in meetings. The council will vote on the text tomorrow. The "
                    "announcement today opens a new round.")
    dates = [d for d, _label in got]
    assert dates.count("2020-06-14") == 2, got
    assert dates.count("2020-06-15") == 2, got  # (the announcement is the day's talks)


def test_a_day_named_again_in_the_first_person_or_as_subject_stays_one_event() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The envoy met the "
                    "ministers today. So we are here today at a difficult moment. And the "
                    "choice you face today is hard. Today is a long day.")
    assert [d for d, _label in got].count("2020-06-14") == 1, got


def test_a_day_named_again_in_a_transcript_turn_is_the_same_occasion() -> None:
    got = _timeline("THE PRESIDENT: The United States and Russia want a cease-fire. The envoy "
                    "met the ministers today.\n\nQ Is there a deal?\n\nTHE PRESIDENT: The "
                    "minister, who flies to Geneva today for talks, knows the answer.")
    assert [d for d, _label in got].count("2020-06-14") == 1, got


def test_a_spoken_repair_keeps_the_time_meant() -> None:
    got = _timeline("THE PRESIDENT: The United States and Russia want a cease-fire. This should "
                    "have been done four years ago — three years ago, before it started. We met "
                    "them in 2018 — right? — in that — in December 2018.")
    dates = [d for d, _label in got]
    assert "2017" in dates and "2016" not in dates, got
    assert "2018-12" in dates and "2018" not in dates, got


def test_two_times_joined_by_a_word_are_two_events() -> None:
    got = _timeline("The United States and Russia want a cease-fire. The talks began in 2014 — "
                    "and failed in 2016.")
    dates = [d for d, _label in got]
    assert "2014" in dates and "2016" in dates, got


def test_a_day_in_the_datelines_sentence_is_an_event_of_its_own() -> None:
    # the dateline dates the report; "tonight", "today" there date the event reported
    got = _timeline("AMSTERDAM, June 14 - The United States and Russia agreed to reconvene "
                    "the cease-fire talks tonight to end the fighting, officials said.")
    assert [d for d, _label in got].count("2020-06-14") == 2, got
    got = _timeline("AMSTERDAM, June 14 - The United States and Russia met today to end the "
                    "fighting, officials said.")
    assert [d for d, _label in got].count("2020-06-14") == 2, got


def test_a_list_or_range_of_dates_is_one_event() -> None:
    # dated by its first date, its evidence the whole list
    b = analyse(doc("Invented headline\n\nThe envoy's visit is set for April 6 to 8. The mills "
                    "sold wheat in 2011 and 2012. Repayments due in 2021, 2022 and 2023 were "
                    "cut.\n", "2020-03-31"))
    got = [(e.date, e.evidence.text) for e in b.timeline]
    assert got == [("2011", "2011 and 2012"), ("2020-04-06", "April 6 to 8"),
                   ("2021", "2021, 2022 and 2023")], got


def test_dates_of_two_clauses_stay_apart() -> None:
    got = _timeline("The two sides want a cease-fire. Talks began in 2014 and failed in 2016.")
    assert [d for d, _label in got] == ["2014", "2016"], got


def test_a_year_naming_a_thing_again_dates_no_new_event() -> None:
    # "the 1967 borders" after the 1967 war: the year says which borders, no event of its own
    got = _timeline("The war of 1967 changed the map of the region. The envoy asked for a "
                    "state on the 1967 borders. The council's plan follows the 1967 lines.")
    assert [d for d, _label in got].count("1967") == 1, got
    got = _timeline("The mill stopped its 1985 audit in March. Its 1985 audit is now being "
                    "completed by an outside firm.", "1987-06-14")
    assert [d for d, _label in got].count("1985") == 1, got


def test_a_year_written_again_before_a_verb_may_tell_another_event() -> None:
    # "In 1986 it cut …, in 1986 it bought …": the year frames a clause of its own
    got = _timeline("In 1986 it cut about 850 jobs across the region. In 1986 it bought "
                    "three small banks in the suburbs.", "1987-06-14")
    assert [d for d, _label in got].count("1986") == 2, got


def test_the_week_ahead_as_a_stretch_dates_no_event() -> None:
    # activity spread over the coming days is a stretch, like a duration; the week named again
    # in the same words is that stretch again, and a point in it ("next week" talks) is dated
    got = _timeline("Over the course of this week, working groups will meet on the prisoner "
                    "lists. The envoy hopes to close the gaps over the coming week. The "
                    "coming week will be hard, the envoy said.")
    assert got == [], got
    got = _timeline("The envoys will meet in Cairo next week to close the gaps.")
    assert [d for d, _label in got] == ["2020-06-21"], got


def test_the_week_ahead_named_again_in_other_words_is_one_occasion() -> None:
    got = _timeline("The envoys will reconvene in Cairo before the end of next week to close "
                    "the deal. We will gear up for Cairo next weekend. Q You said the aim is "
                    "to conclude the talks by next week.")
    assert len(got) == 1, got


def test_talks_named_on_the_way_get_no_date_from_the_day_of_the_text() -> None:
    # the round is dated by its sentence only when the sentence is about it (opens with it)
    for text in ("The United States and Russia held cease-fire talks. The envoy spoke on his "
                 "return from talks in Vienna on the truce.",
                 "The United States and Russia held cease-fire talks. During our last meeting "
                 "in Vienna on the truce, we agreed on a map."):
        got = _timeline(text)
        assert not any(label.startswith("talks in Vienna") for _d, label in got), (text, got)
