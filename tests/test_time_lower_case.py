"""Texts typed in lower case ("quito, march 11 - ecuador ..."): their months and weekdays are
read as the capitalised ones; "may" and "march" as words stay a modal and a verb, and a text in
ordinary case is searched as written."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.time.lower_case import cased_for_times


def _dates(text: str, published: str | None = "1987-03-11") -> list[str]:
    b = analyse(doc("INVENTED HEADLINE\n\n" + text + "\n", published))
    return [e.date for e in b.timeline]


def test_a_text_typed_in_lower_case_has_its_dates_read() -> None:
    got = _dates("Lindor, march 11 - the republic of varnia will lend crude oil to its "
                 "neighbour, the energy minister said.\n\n"
                 "\"we would from august on produce our own quota,\" he said. the loan was "
                 "first discussed in january, and the two ministers meet again on monday.")
    assert "1987-03-11" in got, got
    assert "1987-08" in got, got
    assert "1987-01" in got, got
    assert any(d.startswith("1987-03-") and d != "1987-03-11" for d in got), got


def test_may_and_march_as_words_stay_words() -> None:
    text = ("HEADLINE\n\nLindor, feb 26 - the unions may march on the capital, and prices may "
            "rise, the minister said on march 2.")
    cased = cased_for_times(text)
    assert len(cased) == len(text)
    assert "Feb 26" in cased and "may march" in cased and "may rise" in cased, cased
    assert "March 2" in cased, cased


def test_a_text_in_ordinary_case_is_searched_as_written() -> None:
    text = "HEADLINE\n\nLINDOR, March 11 - Varnia said on monday it would march in august."
    assert cased_for_times(text) is text
