"""Quote speakers: an unnamed official or spokesman described by a body's full name -- several
capitalised words, perhaps with the abbreviation the story gives it in brackets ("a senior
Harbour Bank of Norland (HBN) official said") -- is still someone unnamed of that body, so the
"he" of the next paragraph's quote speaks for the body.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes

QUOTE = "We have not settled the details,"


def _speaker(text: str) -> str | None:
    actors = (actor(text, "hbn", "organization", ["Harbour Bank of Norland", "HBN"]),)
    return {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}[QUOTE]


def test_a_bracketed_abbreviation_inside_the_description() -> None:
    text = ("Norland will pay for the storm damage, a senior Harbour Bank of Norland (HBN) "
            "official said.\n\n\"We have not settled the details,\" he said on Tuesday.\n")
    assert _speaker(text) == "hbn"


def test_a_body_name_of_four_words_inside_the_description() -> None:
    text = ("Norland will pay for the storm damage, a senior Harbour Bank of Norland "
            "official said.\n\n\"We have not settled the details,\" he said on Tuesday.\n")
    assert _speaker(text) == "hbn"


def test_a_spokesman_of_the_body_named_with_its_abbreviation() -> None:
    text = ("Norland will pay for the storm damage, a Harbour Bank of Norland (HBN) "
            "spokesman said.\n\n\"We have not settled the details,\" he told reporters.\n")
    assert _speaker(text) == "hbn"


def test_a_named_person_after_the_official_is_the_pronouns_antecedent() -> None:
    # (the closer subject, a named person, still wins over the description before him)
    text = ("Norland will pay for the storm damage, a senior Harbour Bank of Norland (HBN) "
            "official said. Jon Vik, the finance minister, said the fund was ready.\n\n"
            "\"We have not settled the details,\" he said on Tuesday.\n")
    actors = (actor(text, "hbn", "organization", ["Harbour Bank of Norland", "HBN"]),
              actor(text, "jon_vik", "person", ["Jon Vik"]))
    assert {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}[QUOTE] == "jon_vik"
