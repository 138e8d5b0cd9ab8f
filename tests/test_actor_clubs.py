"""Sports clubs by their bare name (issue 11): "Leeds", "Bath" name the club once the club is
named in full or in a sport text, and the town elsewhere; a bare name two clubs share goes to
the club of the text's sport.  Invented sentences."""

from __future__ import annotations

import pytest
from _actor_fixtures import extract, texts

from briefing.knowledge import DATA_DIR, KnowledgeBase, kb_from_yaml

COUNTRIES = """
- {id: uk, name: United Kingdom, demonyms: [British], iso3: GBR}
- {id: spain, name: Spain, demonyms: [Spanish], capital: Madrid, iso3: ESP}
"""

CLUBS = """
- {id: leeds_united_fc, name: Leeds United, short: [United], bare: [Leeds], sector: sport,
   sport: football}
- {id: leeds_rhinos, name: Leeds Rhinos, short: [Rhinos], bare: [Leeds], sector: sport,
   sport: rugby_league}
- {id: bath_rugby, name: Bath Rugby, bare: [Bath], sector: sport, sport: rugby_union}
- {id: real_madrid_cf, name: Real Madrid, short: [Real, Madrid], sector: sport, sport: football}
- {id: rangers_fc, name: Rangers FC, bare: [Rangers], exclude: [Texas Rangers], sector: sport,
   sport: football}
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    sources = {"countries.yaml": COUNTRIES, "organizations.yaml": "[]", "people.yaml": "[]",
               "clubs.yaml": CLUBS}
    for name in ("agents.yaml", "titles.yaml", "lexicon_actors.yaml"):
        sources[name] = (DATA_DIR / name).read_text(encoding="utf-8")
    built = kb_from_yaml(sources)
    assert built.problems == []
    return built


def _mentions(kb: KnowledgeBase, text: str) -> dict[str, list[str]]:
    return {aid: texts(a) for aid, a in extract(kb, text, None).items()}


def test_a_bare_town_names_the_club_in_a_sport_text(kb) -> None:
    text = ("Contract row\n\nLeeds have offered their striker a new contract, but the player "
            "wants to leave the club. Leeds said talks would go on.\n")
    assert _mentions(kb, text).get("leeds_united_fc") == ["Leeds", "Leeds"]


def test_a_bare_town_stays_the_town_outside_sport(kb) -> None:
    text = ("Plant shut\n\nThe engineering firm said it would close its factory in Leeds and "
            "move the work abroad. Unions in Leeds said they would fight the plan.\n")
    got = _mentions(kb, text)
    assert "leeds_united_fc" not in got and "leeds_rhinos" not in got


def test_the_full_name_lets_the_short_forms_count_anywhere(kb) -> None:
    text = ("Shares\n\nInvestors bought shares in Leeds United on Monday. Leeds and its "
            "bankers said the bond sale was on course, and United's lenders agreed.\n")
    assert _mentions(kb, text).get("leeds_united_fc") == ["Leeds United", "Leeds", "United"]


def test_a_shared_bare_name_goes_to_the_club_of_the_texts_sport(kb) -> None:
    text = ("Signing\n\nLeeds have signed the winger from a rival rugby league club for the "
            "new season. Leeds said the deal was done.\n")
    got = _mentions(kb, text)
    assert got.get("leeds_rhinos") == ["Leeds", "Leeds"]
    assert "leeds_united_fc" not in got


def test_a_rugby_union_club_in_a_rugby_text(kb) -> None:
    text = ("Ultimatum\n\nThe centre's agent says Bath must improve their rugby contract "
            "offer. He has been at Bath for six years and wants to stay at the club.\n")
    assert _mentions(kb, text).get("bath_rugby") == ["Bath", "Bath"]


def test_a_capital_after_the_club_in_full_is_the_club(kb) -> None:
    text = ("Transfer\n\nReal Madrid have bid for the midfielder. Madrid want him before the "
            "transfer window closes and the club expects an answer.\n")
    got = _mentions(kb, text)
    assert got.get("real_madrid_cf") == ["Real Madrid", "Madrid"]
    assert "spain" not in got


def test_words_of_other_clubs_and_leagues_make_no_sport_text(kb) -> None:
    # "the Paris Club", "the Arab League" are written with a capital: no game
    text = ("Debt\n\nThe Paris Club of creditors met the Arab League envoy in Bath on Monday. "
            "Bath was chosen for the meeting.\n")
    assert "bath_rugby" not in _mentions(kb, text)


def test_an_excluded_phrase_names_no_club(kb) -> None:
    text = ("Visit\n\nThe Texas Rangers won the baseball season's title; the club's manager "
            "and players met the governor.\n")
    assert "rangers_fc" not in _mentions(kb, text)


def test_a_short_form_inside_a_longer_name_is_not_the_club(kb) -> None:
    text = ("Fans' group\n\nLeeds United's owners face Supporters United, a fans' group, which "
            "says United must stay in local hands.\n")
    got = _mentions(kb, text)
    assert got.get("leeds_united_fc") == ["Leeds United", "United"]


def test_a_bare_town_after_in_is_a_place_even_in_a_sport_text(kb) -> None:
    text = ("Tracks\n\nThe club owns stadiums in Perth, Ayr and Bath, where the season's "
            "league matches are run. The coach lives in Bath.\n")
    assert "bath_rugby" not in _mentions(kb, text)


def test_a_day_before_the_bare_name_opens_no_longer_name(kb) -> None:
    text = ("Bid\n\nThe striker wants to leave the club. On Monday Rangers said they would "
            "not raise their offer.\n")
    assert _mentions(kb, text).get("rangers_fc") == ["Rangers"]


def test_a_club_named_by_its_bare_name_is_also_named_by_its_short_form(kb) -> None:
    text = ("Signing\n\nLeeds have signed the winger from a rival rugby league club for the "
            "new season, and the Rhinos coach is pleased.\n")
    assert _mentions(kb, text).get("leeds_rhinos") == ["Leeds", "Rhinos"]


def test_a_bare_town_before_a_town_noun_is_the_towns(kb) -> None:
    text = ("Tour\n\nThe Leeds band and a Leeds-based firm sponsor the club's new season at "
            "the stadium; the Leeds striker signed a contract.\n")
    assert _mentions(kb, text).get("leeds_united_fc") == ["Leeds"]
