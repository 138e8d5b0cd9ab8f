"""A day first named in a reporter's question and then in the answer ("Q What did you achieve
today? THE PRESIDENT: We had very good meetings today") is one event whose evidence is the
answer; a question nobody answers with the day keeps it.  Invented transcripts."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _timeline(text: str) -> list[tuple[str, str]]:
    b = analyse(doc("Invented remarks\n\n" + text + "\n", "2020-06-14"))
    return [(e.date, b.document.text[e.evidence.start:e.evidence.end + 40]) for e in b.timeline]


def test_the_answer_tells_the_day_asked_about() -> None:
    got = _timeline("Q How did the call with the Prime Minister go today?\n\n"
                    "THE PRESIDENT: We had a long talk today about the truce in the north.")
    assert [d for d, _ in got] == ["2020-06-14"], got
    assert got[0][1].startswith("today about the truce"), got


def test_a_question_nobody_answers_with_the_day_keeps_it() -> None:
    got = _timeline("Q How did the call with the Prime Minister go today?\n\n"
                    "THE PRESIDENT: It went well, and the truce holds in the north.")
    assert [d for d, _ in got] == ["2020-06-14"], got
    assert got[0][1].startswith("today?"), got


def test_a_week_asked_about_keeps_the_question() -> None:
    got = _timeline("Q Where do the envoys meet this week, and what about the truce?\n\n"
                    "THE PRESIDENT: The envoys meet this week in Vienna about the truce.")
    assert [text.startswith("this week,") for _d, text in got] == [True], got
