"""Quote speakers in a transcript: a phrase the turn's speaker frames in their own clause ("we've
been calling these talks "…"") is theirs; words a clause introduces after a comma with no speech
verb ("and sometimes I see, "…"") stay unattributed.  Invented transcripts."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_a_phrase_in_the_speakers_own_clause_is_theirs() -> None:
    text = ("Gaggle\n\nQ Is a deal close?\n\n"
            "MR. REYES: We've always been talking about these talks as \"as close as we have "
            "ever been\"; the gaps are narrow.\n\n"
            "Q And the ministers?\n\n"
            "MR. REYES: And sometimes I see, \"Well, they just have to sign the deal and go "
            "home.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["REYES"]),)
    found = _speakers(text, actors)
    assert found["as close as we have "] == "omar_reyes"
    assert found["Well, they just have"] is None


def test_the_same_phrase_outside_a_transcript_has_no_speaker() -> None:
    text = ("Talks\n\nWe've always been talking about these talks as \"as close as we have "
            "ever been\"; the gaps are narrow.\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),)
    assert _speakers(text, actors)["as close as we have "] is None
