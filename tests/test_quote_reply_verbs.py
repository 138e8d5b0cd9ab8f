"""Quote speakers: verbs of reply and outburst ("pointed out", "countered", "thundered") frame
their subject's words as "said" does.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def test_a_reply_or_an_outburst_frames_the_subjects_words() -> None:
    text = ("Profits\n\nAcme Corp said its profits rose. It pointed out \"sales were strong in the "
            "city area and costs fell.\"\n\nLong ago a former president, Ronald Vik, thundered, "
            "\"Open this gate now and let them pass.\"\n\nAnn Berg countered: \"The gate was "
            "never closed to anyone.\"\n")
    actors = (actor(text, "acme", "organization", ["Acme Corp"]),
              actor(text, "vik", "person", ["Ronald Vik"]),
              actor(text, "berg", "person", ["Ann Berg"]))
    got = {q.text[:12]: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert got["sales were s"] == "acme"
    assert got["Open this ga"] == "vik"
    assert got["The gate was"] == "berg"
