"""Quote speakers: "the mayor said" is the mayor named before (a role noun a story names its
people by); "Mr Lane replies:" attributes the quote after it (a speech verb in the present).
Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_the_mayor_is_the_mayor_named_before() -> None:
    text = ("Row\n\nMayor Ken Doe refused to apologise to the paper on Monday.\n\n"
            "The mayor said he had recounted a number of \"examples of intrusion by "
            "reporters\" into his private life.\n")
    actors = (actor(text, "ken_doe", "person", ["Ken Doe"]),)
    assert _speakers(text, actors)["examples of intrusio"] == "ken_doe"


def test_replies_attributes_the_quote() -> None:
    text = ("Row\n\nKen Doe asked reporter Ola Lane if he was a spy. Mr Lane replies: \"No, I "
            "am a reporter and I am quite offended by that.\"\n")
    actors = (actor(text, "ken_doe", "person", ["Ken Doe"]),
              actor(text, "ola_lane", "person", ["Ola Lane", "Lane"]))
    assert _speakers(text, actors)["No, I am a reporter "] == "ola_lane"
