"""A wire story's dateline ("WASHINGTON, March 27 - ") is no part of its lede's clause: the
lede's subject is a clause's subject, the antecedent of a later "he" (issue 11).  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times


def _speakers(text: str) -> list[str | None]:
    d = doc(text, "1987-03-27")
    actors = (actor(text, "jo_roe", "person", ["Jo Roe"]),
              actor(text, "ali_demir", "person", ["Ali Demir"]))
    return [q.speaker for q in find_quotes(d, actors, find_times(d))]


def test_he_after_a_datelined_lede_is_its_subject() -> None:
    text = ("Veto\n\nWASHINGTON, March 27 - Senate majority leader Jo Roe said President Ali "
            "Demir's veto of the bill does not show leadership.\n\n\"Government by veto is not "
            "leadership, and never was,\" he told reporters.\n")
    assert _speakers(text) == ["jo_roe"]


def test_a_dateline_with_a_country_and_a_subject_after_it() -> None:
    text = ("Trade\n\nTAUPO, New Zealand, March 24 - Trade envoy Jo Roe said talks with Ali "
            "Demir's team had gone well.\n\n\"We are close to a text both sides can sign,\" he "
            "said.\n")
    assert _speakers(text) == ["jo_roe"]


def test_an_office_of_a_state_before_the_name_leaves_it_a_subject() -> None:
    # the lede's reported clause has its own subject; the one who said it, titled
    # "Deputy Secretary of State", is the nearer subject for "he"
    text = ("Trade\n\nWASHINGTON, March 2 - President Ali Demir believes no bloc country yet "
            "warrants new trade terms, Deputy Secretary of State Jo Roe said.\n\n\"It seems to "
            "me that more must change first,\" he told a forum.\n")
    assert _speakers(text) == ["jo_roe"]
