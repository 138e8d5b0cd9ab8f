"""Rules found on a blind held-out set: days without a year, and "to be agreed"."""

from __future__ import annotations

import pytest
from _neg_fixtures import doc

from briefing.extract import analyse


def _briefing(text: str, published: str):
    return analyse(doc("Invented headline\n\n" + text + "\n", published))


def _values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in _briefing(text, published).times}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a deadline after the publication date, in a clause told in the past
    ("The envoy delivered the plan and asked for replies before October 30.",
     "1987-10-20", "1987-10-30"),
    ("They were told to answer by November 5 at the latest.", "1991-10-20", "1991-11-05"),
    # a deadline already past
    ("The talks were held before October 30, officials said.", "1987-11-10", "1987-10-30"),
    # no tense in the clause: the nearest such day, across a new year either way
    ("Ministers from both sides, December 28, Vienna.", "1988-01-05", "1987-12-28"),
    ("Next round: January 3, in Vienna.", "1987-12-28", "1988-01-03"),
    # the clause's tense still decides when there is one
    ("The accord signed on March 3 held.", "1987-07-01", "1987-03-03"),
    ("The ministers will meet on March 3.", "1987-07-01", "1988-03-03"),
])
def test_days_without_a_year(text: str, published: str, expected: str) -> None:
    values = _values(text, published)
    assert expected in values.values(), values


def test_to_be_agreed_is_not_agreed() -> None:
    b = _briefing("The United Nations envoy has proposed a plan to Iran and Iraq for a "
                  "ceasefire on a date to be agreed upon by both sides. The withdrawal of "
                  "forces, which would have to be agreed, would follow within an agreed time "
                  "frame. Iraq insisted on talks first.", "1987-10-20")
    assert b.negotiations
    assert all(n.status != "agreed" for n in b.negotiations)
    assert all(i.status != "agreed" for n in b.negotiations for i in n.issues)


def test_agreed_and_signed_still_are() -> None:
    b = _briefing("Iran and Iraq agreed on a ceasefire on Monday after talks in Geneva, the "
                  "envoy said. The deal was signed by both foreign ministers.", "1987-10-20")
    assert [n.status for n in b.negotiations] == ["agreed"]
    assert ("ceasefire", "agreed") in [(i.key, i.status) for i in b.negotiations[0].issues]


def _issue_keys(text: str) -> set[str]:
    b = _briefing(text, "2005-01-10")
    return {i.key for n in b.negotiations for i in n.issues}


def test_shared_information_is_intelligence_sharing() -> None:
    keys = _issue_keys("Negotiators from Armenia and Azerbaijan met in Oslo for talks, and "
                       "Armenia shared information with Azerbaijan about the attackers.")
    assert "intelligence_sharing" in keys


def test_ending_the_violence_is_the_ceasefire_file() -> None:
    keys = _issue_keys("Armenia and Azerbaijan held talks in Oslo on Monday and pledged to "
                       "end the violence in the border region.")
    assert "ceasefire" in keys


def test_an_inquiry_into_the_causes_is_an_issue() -> None:
    b = _briefing("The envoy proposed talks between Armenia and Azerbaijan and an impartial "
                  "inquiry into the causes of the war.", "1987-10-20")
    assert any(i.key == "other" and "inquiry" in i.label.lower()
               for n in b.negotiations for i in n.issues)


def test_the_dateline_and_today_in_its_sentence_are_two_events() -> None:
    # the report's day, and the day of the meeting it reports
    b = _briefing("MOSCOW, April 13 - The foreign ministers of Armenia and Azerbaijan met "
                  "today for talks on the border.\n\nThey will meet again on Friday, "
                  "officials said.", "1987-04-13")
    dates = [e.date for e in b.timeline]
    assert dates.count("1987-04-13") == 2 and "1987-04-17" in dates


def test_a_plan_delivered_to_the_sides_is_exploratory() -> None:
    b = _briefing("The United Nations envoy's six-point plan was delivered to the two sides, "
                  "Armenia and Azerbaijan, last week with a request for their views.",
                  "1987-10-20")
    assert [n.status for n in b.negotiations] == ["exploratory"]
