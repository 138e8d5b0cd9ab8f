"""Quote speakers: a name the speaker addresses ("Thanks, John.", "Karine, can you …") is no
clause's subject, so a later "he said" stands for the person the question talks about, not for
the official asked.  Invented transcripts."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> dict[str, str | None]:
    return {q.text[:16]: q.speaker for q in find_quotes(doc(text), actors, ())}


def _cast(text: str) -> tuple:
    return (actor(text, "jo_roe", "person", ["Jo Roe", "ROE", "Jo"]),
            actor(text, "ari_melnik", "person", ["Ari Melnik", "Melnik"]))


def test_thanks_and_a_name_closing_the_sentence_is_no_antecedent() -> None:
    text = ("Gaggle\n\nMR. ROE: Good morning. We keep working on the deal.\n\n"
            "Q Thanks, Jo. We just heard an interview with Melnik this morning, and he said "
            "very clearly, \"There is no deal in the making.\"\n")
    assert _speakers(text, _cast(text))["There is no deal"] == "ari_melnik"


def test_a_name_opening_the_sentence_before_i_is_no_antecedent() -> None:
    text = ("Gaggle\n\nMR. ROE: Good morning. We keep working on the deal.\n\n"
            "Q Jo, I appreciate that. We just heard an interview with Melnik this morning, and "
            "he said very clearly, \"There is no deal in the making.\"\n")
    assert _speakers(text, _cast(text))["There is no deal"] == "ari_melnik"


def test_a_name_opening_a_clause_is_still_its_subject() -> None:
    # (the subject of a sentence about a third person keeps the pronoun's reading)
    text = ("Talks\n\nAri Melnik met the envoys on Monday. Jo Roe, the mediator, spoke "
            "after him, and he said, \"We are close.\"\n")
    assert _speakers(text, _cast(text))["We are close."[:16]] == "jo_roe"
