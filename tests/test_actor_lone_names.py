"""People named by a given name alone inside a sentence (issue 11): "we spoke to Rachel and
Jon"; not a place, a month, a title or a thing ("in Sydney", "until June", "the Queen").
Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.lone_names import spoken_of
from briefing.model import Briefing

GIVEN = frozenset({"rachel", "jon", "sydney", "june", "queen", "doug", "kay", "tom", "ella"})


def _people(briefing: Briefing) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in briefing.actors if a.kind == "person"}


def _alone(text: str, word: str, titles: frozenset[str] = frozenset()) -> bool:
    at = text.index(word)
    return spoken_of(text, at, at + len(word), GIVEN, titles)


def test_a_given_name_after_a_lower_case_word_or_a_comma_is_a_person() -> None:
    assert _alone("The envoy spoke to Rachel about the truce.", "Rachel")
    assert _alone("We thanked his parents, Rachel and Jon.", "Rachel")
    assert _alone("Thank you, Jon.", "Jon")
    assert _alone("She met Ella, Doug and the aides.", "Ella")  # a given name after the comma


def test_a_place_a_month_a_title_or_a_thing_is_no_person() -> None:
    assert not _alone("The minister flew in from Sydney on Monday.", "Sydney")
    assert not _alone("The talks were put off until June by both sides.", "June")
    assert not _alone("The talks went on through June and July.", "June")  # the calendar
    assert not _alone("The aides met the Queen after lunch.", "Queen")
    assert not _alone("They flew to Sydney, Australia, for the signing.", "Sydney")
    assert not _alone("The mine at Sydney-based Acme was shut.", "Sydney")
    assert not _alone("Officials spoke to Doug on Monday.", "Doug", frozenset({"doug"}))


def test_a_word_the_text_uses_as_a_surname_is_no_given_name() -> None:
    text = "The offer was rejected, said Tom Kay. However, officials said Kay told them so."
    at = text.rindex("Kay")
    assert not spoken_of(text, at, at + 3, GIVEN, frozenset())
    assert not spoken_of(text, at, at + 3, GIVEN, frozenset(), surnames={"kay"})


def test_first_names_alone_make_people_the_text_knows_by_that_name() -> None:
    text = ("Israel and Hamas resumed talks on a hostage deal on Monday.\n\nThe envoy said she "
            "had spoken to Rachel and Jon, the parents of a hostage. Rachel told her the deal "
            "must be done. The envoy said that Jon agreed.")
    briefing = analyse(doc(text, published="2024-03-06"))
    people = _people(briefing)
    assert people["Rachel"] == ["Rachel", "Rachel"]  # the sentence's first word too, once known
    assert people["Jon"] == ["Jon", "Jon"]
    tiers = {a.name: a.tier for a in briefing.actors}
    assert tiers["Rachel"] == tiers["Jon"] == "mentioned"  # a familiar, not a principal


def test_a_first_name_of_a_person_named_in_full_is_that_person() -> None:
    text = ("Rachel Weiss met the negotiators on Monday. The envoy said that Rachel had asked "
            "for a truce.")
    people = _people(analyse(doc(text, published="2024-03-06")))
    assert people["Rachel Weiss"] == ["Rachel Weiss", "Rachel"] and "Rachel" not in people


def test_a_census_name_that_is_a_place_or_a_brand_is_no_person() -> None:
    text = ("Workers struck at the smelter and Kimberley mine on Monday. Prices of Brent crude "
            "fell as traders sold.")
    people = _people(analyse(doc(text, published="1987-03-06")))
    assert "Kimberley" not in people and "Brent" not in people
