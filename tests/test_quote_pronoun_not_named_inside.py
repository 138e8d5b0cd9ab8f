"""Quote speakers: the "he" of '"…," he said' is never someone the quoted words themselves
name ('"I have had a word with Tom," he said' is not Tom speaking): the pronoun passes over
that person to the one before.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str) -> dict[str, str | None]:
    actors = (actor(text, "roe", "person", ["Sam Roe", "Roe"]),
              actor(text, "ash", "person", ["Tom Ash", "Tom", "Ash"]))
    return {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_the_person_named_inside_the_words_is_not_the_pronoun() -> None:
    text = ("Coach Sam Roe has rebuked captain Tom Ash for his remarks.\n\nAsh spoke of his "
            "dislike of the rivals before the match.\n\n\"I have had more than a quiet word "
            "with Tom,\" he told the club's website.\n")
    assert _speakers(text)["I have had more than a quiet word with Tom,"] == "roe"


def test_without_the_name_inside_the_last_subject_speaks() -> None:
    text = ("Coach Sam Roe has rebuked captain Tom Ash for his remarks.\n\nAsh spoke of his "
            "dislike of the rivals before the match.\n\n\"I meant every word of it,\" he told "
            "the club's website.\n")
    assert _speakers(text)["I meant every word of it,"] == "ash"
