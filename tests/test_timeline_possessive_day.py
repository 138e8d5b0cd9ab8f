"""The timeline on invented texts: a day in the possessive ("today's meeting") after an event of
that day is dated names that event again; after the dateline alone, or for a stretch ("last
week's talks"), it is dated as before."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse

HEAD = "Invented headline\n\n"


def _events(text: str, published: str | None = "2021-05-11") -> list[tuple[str, str]]:
    b = analyse(doc(HEAD + text + "\n", published))
    return [(e.date, text[e.evidence.start - len(HEAD):e.evidence.end - len(HEAD)])
            for e in b.timeline]


def test_todays_meeting_after_the_meeting_is_dated_is_one_item() -> None:
    got = _events("The river ministers met in Tarnow today to settle the dam quotas. "
                  "Minister Halvorsen said today's meeting had narrowed the gaps.")
    assert [d for d, _ev in got].count("2021-05-11") == 1, got


def test_yesterdays_statement_after_the_statement_is_dated_is_one_item() -> None:
    got = _events("The seven mill owners issued a joint statement yesterday on the water "
                  "levels. Traders read yesterday's statement as a warning to the council.")
    assert [d for d, _ev in got].count("2021-05-10") == 1, got


def test_a_possessive_day_after_the_dateline_alone_is_dated() -> None:
    got = _events("TARNOW, May 11 - Details of today's accord on the river quotas will be "
                  "released after the signing, officials said.")
    assert [d for d, _ev in got].count("2021-05-11") == 2, got


def test_a_possessive_stretch_is_left_to_its_clause() -> None:
    # a week holds several events: "last week's strikes" may be another one
    got = _events("The river council voted on the dam plan last week. Envoy Halvorsen asked "
                  "about the aftermath of last week's strikes at the northern mills.")
    assert sum(1 for _d, ev in got if ev == "last week") == 2, got


def test_a_possessive_day_after_a_stretch_of_that_day_is_dated() -> None:
    # "this week" is a stretch whose value is the day of the text, not an event of that day
    got = _events("The envoys worked on the river accord this week. Today's signing of the "
                  "accord by both mayors ends years of quarrels.")
    assert any(ev == "Today" for _d, ev in got), got
