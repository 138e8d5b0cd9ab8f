"""Knowledge-base facts added in session 17 (issue 11): a body whose name opens with its
country's name is the body, not the state; spellings the press uses.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse


def _mentions(text: str, published: str | None = "2004-12-20") -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in analyse(doc(text, published)).actors}


def test_a_body_named_for_its_country_is_the_body() -> None:
    got = _mentions("Strike\n\nCanada Post said the strike would end. Canada agreed.\n")
    assert got.get("Canada Post") == ["Canada Post"]
    assert got.get("Canada") == ["Canada"]


def test_press_spellings_name_the_known_bodies() -> None:
    got = _mentions("Oil\n\nThe firm will fight, its spokesman told Agence France Press on "
                    "Monday. Fifa said it would look at the case.\n")
    assert got.get("Agence France-Presse") == ["Agence France Press"]
    assert got.get("FIFA") == ["Fifa"]


def test_a_club_known_by_one_word_is_named_by_it_in_a_sport_text() -> None:
    got = _mentions("Rugby\n\nWasps coach Jo Roe said the squad was fit for the league match "
                    "on Saturday. The player joined Wasps this season on a transfer.\n", None)
    assert got.get("London Wasps") == ["Wasps", "Wasps"]
