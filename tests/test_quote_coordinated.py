"""Quote speakers: two people joined by "and" before the speech verb or on a label line give
their joint words to the first named ("Jo Roe and Ari Melnik said"), never to the second, who
stands nearest the verb.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str) -> dict[str, str | None]:
    actors = (actor(text, "jo_roe", "person", ["Jo Roe"]),
              actor(text, "ari_melnik", "person", ["Ari Melnik"]))
    return {q.text[:16]: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_two_officers_of_a_union_said_in_a_statement() -> None:
    text = ("Merger\n\nThe union backed the merger. \"It is a good match for the workers,\" "
            "union president Jo Roe and vice president Ari Melnik said in a statement.\n")
    assert _speakers(text)["It is a good matc"[:16]] == "jo_roe"


def test_a_label_line_naming_two_ministers() -> None:
    text = ("What they are saying\n\nPrime Minister Jo Roe and Minister for Foreign Affairs "
            "Ari Melnik: \"We welcome the agreement and thank the mediators.\"\n")
    assert _speakers(text)["We welcome the a"] == "jo_roe"


def test_a_second_person_not_coordinated_stays_the_speaker() -> None:
    # (after a clause about the first, the person before the verb is its subject)
    text = ("Talks\n\nAfter meeting Jo Roe, Ari Melnik said: \"We are close to a deal on the "
            "border.\"\n")
    assert _speakers(text)["We are close to "] == "ari_melnik"
