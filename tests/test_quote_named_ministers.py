"""Quote speakers: "the Union ministers said they "…"" is the body (not a state) named right before
"ministers", not the government the document talks about most.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def test_the_named_ministers_speak_for_their_body() -> None:
    text = ("Trade\n\nThe Suderian administration has distanced itself from the bill.\n\n"
            "In a separate statement on Ostland, the Union ministers said they \"deplore the "
            "continued growth of the imbalance in trade.\"\n")
    actors = (actor(text, "suderia_government", "government", ["Suderian administration"]),
              actor(text, "ostland", "state", ["Ostland"]),
              actor(text, "union", "igo", ["Union"]))
    (quote,) = find_quotes(doc(text), actors, ())
    assert quote.speaker == "union"
