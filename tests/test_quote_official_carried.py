"""Quote speakers: "the official" (and the "he" after it) is the unnamed official described
last -- "a senior Harbour Bank official", then "the ministry official" -- and speaks for that
one's body, however many paragraphs on; an official introduced whom nothing names ("A Zorland
Treasury official" with no actor linked) is someone new, not the source before him.
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse

QUOTE = "Nobody should sell the crown now,"


def _speaker(text: str) -> str | None:
    result = analyse(doc(text))
    names = {a.id: a.name for a in result.actors}
    quote = next(q for q in result.quotes if q.text == QUOTE)
    return names.get(quote.speaker or "")


def test_the_official_paragraphs_later_is_the_one_introduced() -> None:
    text = ("Rates will hold, a senior Harbour Bank official said.\n\nThe market rose on "
            "Monday.\n\n\"Nobody should sell the crown now,\" the official said.\n")
    assert _speaker(text) == "Harbour Bank"


def test_he_after_the_official_is_the_official_described_last() -> None:
    text = ("Rates will hold, a senior Harbour Bank official said.\n\nA Zorland Treasury "
            "official said the plan would go ahead.\n\nThe rise was healthy, the official "
            "said.\n\n\"Nobody should sell the crown now,\" he added.\n")
    assert _speaker(text) == "Treasury"


def test_the_ministry_official_carries_to_the_bare_official() -> None:
    text = ("Rates will hold, a senior Finance Ministry official said.\n\n\"The rise was "
            "healthy,\" the ministry official said.\n\nThe market rose on Monday, the "
            "official said.\n\n\"Nobody should sell the crown now,\" he added.\n")
    assert _speaker(text) == "Finance Ministry"


def test_an_onlooker_is_no_official_to_carry() -> None:
    # (an analyst spoke last, and no official was introduced: no body speaks)
    text = ("Rates will hold, one analyst said.\n\n\"Nobody should sell the crown now,\" "
            "the official said.\n")
    assert _speaker(text) is None
