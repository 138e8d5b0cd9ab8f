"""A quote right after another quote's attribution, in the same paragraph, naming no one
after it, goes on with the same speaker's words ('"…," said Jo Roe of Acme Co. "…"'), even
where the sentence reader runs the attribution's abbreviation on into the new quote's
sentence.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _quotes(text: str, actors: tuple) -> dict[str, tuple[str | None, str]]:
    return {q.text: (q.speaker, q.kind) for q in find_quotes(doc(text), actors, ())}


def test_the_next_quote_after_said_name_of_firm_co_is_the_same_speakers() -> None:
    text = ("Bonds\n\n\"The notes will trade lower until the bid is settled,\" said Ada Lind, "
            "analyst at Brill and Co. \"Nobody will buy them before the summer.\"\n")
    actors = (actor(text, "ada_lind", "person", ["Ada Lind"]),
              actor(text, "brill", "organization", ["Brill and Co"]))
    quotes = _quotes(text, actors)
    assert quotes["Nobody will buy them before the summer."] == ("ada_lind", "continuation")


def test_the_next_quote_with_its_own_attribution_keeps_it() -> None:
    text = ("Bonds\n\n\"The notes will trade lower until the bid is settled,\" said Ada Lind, "
            "analyst at Brill and Co. \"Nobody will buy them before the summer,\" said Tom "
            "Hale.\n")
    actors = (actor(text, "ada_lind", "person", ["Ada Lind"]),
              actor(text, "tom_hale", "person", ["Tom Hale"]),
              actor(text, "brill", "organization", ["Brill and Co"]))
    quotes = _quotes(text, actors)
    assert quotes["Nobody will buy them before the summer,"][0] == "tom_hale"


def test_a_quoted_term_after_the_attribution_is_no_continuation() -> None:
    text = ("Bonds\n\n\"The notes will trade lower until the bid is settled,\" said Ada Lind, "
            "analyst at Brill and Co. \"In play\" is what traders call such a firm.\n")
    actors = (actor(text, "ada_lind", "person", ["Ada Lind"]),
              actor(text, "brill", "organization", ["Brill and Co"]))
    quotes = _quotes(text, actors)
    assert quotes.get("In play", (None, ""))[1] != "continuation"
