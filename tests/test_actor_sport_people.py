"""People named in full in a sport text whatever their given names (issue 11, session 18):
``actors/sport_people``.  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.sport_people import sport_names, sport_text
from briefing.knowledge import load_kb
from briefing.model import Briefing

SPORT = ("Wexford set for cup tie\n\nWexford Rovers boss Rafa Ostrel will avoid a bidding war "
         "for the striker this season. Djibril Tosse scored twice in the league match, and "
         "Tosse said the club was happy. The Golden Boot went to a player in Buenos Aires.\n")


def _people(briefing: Briefing) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in briefing.actors if a.kind == "person"}


def test_a_full_name_in_a_sport_text_is_a_person_whatever_the_given_name() -> None:
    people = _people(analyse(doc(SPORT, published=None)))
    assert people["Rafa Ostrel"] == ["Rafa Ostrel"]
    assert people["Djibril Tosse"] == ["Djibril Tosse", "Tosse"]
    assert not any("Golden" in n or "Buenos" in n or "Rovers" in n for n in people)


def test_outside_a_sport_text_an_unknown_given_name_makes_no_person() -> None:
    text = ("Harvest report\n\nThe ministry said Djibril Tosse would report on the harvest "
            "this week. Tosse said prices rose.\n")
    assert not sport_text(text, load_kb())
    assert "Djibril Tosse" not in _people(analyse(doc(text, published=None)))


def test_a_common_word_or_a_longer_name_is_no_player() -> None:
    kb = load_kb()
    text = ("Cup report\n\nThe striker joined the club this season. Grand Rovers United won the "
            "league match, and the grand total rose. Arsenal's Tino Ostrel played.\n")
    found = [text[a:b] for a, b in sport_names(text, kb)]
    assert found == ["Tino Ostrel"]
