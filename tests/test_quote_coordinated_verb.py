"""Quote speakers: a speech verb coordinated with the one before it ('"…," and said he …')
has no subject of its own -- the conjunction is no attribution after the marks, and the
verb shares the sentence's subject, not the last person named before it.  Invented
sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str) -> dict[str, str | None]:
    actors = (actor(text, "vik", "person", ["Jon Vik", "Vik"]),
              actor(text, "berg", "person", ["Ann Berg", "Berg"]))
    return {q.text.rstrip(","): q.speaker for q in find_quotes(doc(text), actors, ())}


def test_a_conjunction_after_the_marks_is_no_attribution() -> None:
    text = ("Jon Vik met Secretary Ann Berg on Monday.\n\nVik said Berg was \"sympathetic "
            "but noncommittal,\" and said he thought talks would resume.\n")
    assert _speakers(text)["sympathetic but noncommittal"] == "vik"


def test_the_second_verb_shares_the_first_ones_subject() -> None:
    text = ("Jon Vik met Secretary Ann Berg on Monday.\n\nVik described Berg as "
            "\"sympathetic but noncommittal,\" and said he thought he detected \"a sense of "
            "frustration\" on her part.\n")
    found = _speakers(text)
    assert found["sympathetic but noncommittal"] == "vik"
    assert found["a sense of frustration"] == "vik"


def test_a_second_subject_keeps_its_own_words() -> None:
    # (a subject after the conjunction: the verb is hers)
    text = ("Jon Vik met Secretary Ann Berg on Monday.\n\nVik called the offer \"a good "
            "start to the talks,\" and Berg said the plan was \"far from settled\" yet.\n")
    found = _speakers(text)
    assert found["a good start to the talks"] == "vik"
    assert found["far from settled"] == "berg"


def test_a_participle_opening_the_sentence_is_not_the_first_verb() -> None:
    # ("Speaking to reporters, Vik said …, but added": the opening participle has no subject
    # before it; the coordinated verb shares the finite verb's subject)
    text = ("Jon Vik met Secretary Ann Berg on Monday.\n\nSpeaking to reporters at the "
            "embassy, Vik said he would not seek approval of the plan abroad, but added, \"We "
            "will present it to the banks in due course.\"\n")
    assert _speakers(text)["We will present it to the banks in due course."] == "vik"
