"""Quote speakers: a surname the actor pass did not link to its person (only the full name was
found) still names the speaker after an inverted verb ('"…," said Carney at Merrill', '"…,"
added First Chicago's Johnson') as it does before one ('Lho said').  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes


def _speakers(text: str, actors: tuple) -> dict[str, str | None]:
    return {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}


def test_a_surname_after_an_inverted_verb_is_the_person_with_that_name() -> None:
    text = ("Banks\n\nAnalyst Jo Carney at Acme Securities expects more deals.\n\n"
            "\"When they learn about the market, they might go into retail,\" said Carney at "
            "Acme Securities.\n")
    # only the full name is a mention: the surname alone was not linked
    actors = (actor(text, "jo_carney", "person", ["Jo Carney"]),
              actor(text, "acme", "organization", ["Acme Securities"]))
    assert _speakers(text, actors)[
        "When they learn about the market, they might go into retail,"] == "jo_carney"


def test_a_surname_after_a_possessor_is_the_person_not_the_firm() -> None:
    text = ("Rates\n\nDana Roe, an economist at First Acme, saw no change.\n\n"
            "\"The market has perhaps exaggerated the dollar's effect,\" said First Acme's Roe.\n")
    actors = (actor(text, "dana_roe", "person", ["Dana Roe"]),
              actor(text, "first_acme", "organization", ["First Acme"]))
    assert _speakers(text, actors)[
        "The market has perhaps exaggerated the dollar's effect,"] == "dana_roe"


def test_a_surname_shared_by_two_people_names_neither() -> None:
    text = ("Rates\n\nDana Roe and Lee Roe disagreed.\n\n"
            "\"The market has perhaps exaggerated the dollar's effect,\" said Roe.\n")
    actors = (actor(text, "dana_roe", "person", ["Dana Roe"]),
              actor(text, "lee_roe", "person", ["Lee Roe"]))
    assert _speakers(text, actors)[
        "The market has perhaps exaggerated the dollar's effect,"] is None
