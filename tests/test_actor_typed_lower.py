"""Wire stories typed in lower case (issue 11, name mentions): read as capitals stories, so the
knowledge base's names are found whatever their case; "us" stays a pronoun.  Invented text."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _names(text: str) -> dict[str, list[str]]:
    briefing = analyse(doc(text, published="1987-03-11"))
    return {a.id: [m.text for m in a.mentions] for a in briefing.actors}


def test_a_story_typed_in_lower_case_names_states_and_bodies() -> None:
    text = ("RUSSIA TO LEND OIL TO EGYPT\n\nCairo, march 11 - russia will supply egypt with "
            "crude oil, an official said. egypt will repay russia in kind, he told us. opec "
            "was not consulted, and egypt said it would tell opec later.\n")
    names = _names(text)
    assert names.get("egypt", []).count("egypt") == 3
    assert "russia" in names.get("russia", [])
    assert names.get("opec") == ["opec", "opec"]
    assert "us" not in [m for ms in names.values() for m in ms]  # the pronoun


def test_ordinary_prose_stays_case_sensitive() -> None:
    text = ("Egypt and Russia agree on oil\n\nRussia will supply Egypt with oil, an official "
            "said. Chefs cooked turkey for the delegates, who told us so.\n")
    names = _names(text)
    assert "turkey" not in names and "usa" not in names


def test_one_state_name_that_is_a_word_too_makes_no_lower_case_story() -> None:
    text = ("Remarks at the pardon\n\nthe turkey was pardoned today. the turkey will live on a "
            "farm, said Jo Roe, and the turkey is fine.\n")
    assert "turkey" not in _names(text)
