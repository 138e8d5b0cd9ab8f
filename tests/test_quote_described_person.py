"""Quote speakers: a definite description of a person by a role ("the prop said", "said the
Lions coach", "the 24-year-old said", "a Zelco lawyer") refers back to the closest person named
as a clause's subject, not to one named in passing after them; and to nobody the reader can
name when the text introduced such a person unnamed ("a Washington-based lawyer said …",
then "said the lawyer").  Invented sentences."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers_by_quote

from briefing.extract.quotes.discover import unnamed_speakers
from briefing.extract.quotes.finder import find_quotes


def test_the_prop_is_the_player_the_story_is_about() -> None:
    text = ("Scrum\n\nAdam Roe says the forwards are ready for the French pack.\n\n"
            "The prop said: \"If we get stuffed in the front five our backs have had it.\"\n")
    actors = (actor(text, "adam_roe", "person", ["Adam Roe"]),)
    assert speakers_by_quote(text, actors)[
        "If we get stuffed in the front five our backs have had it."] == "adam_roe"


def test_the_striker_is_the_subject_not_the_man_he_replaces() -> None:
    text = ("Cup\n\nJo Henry will captain the side in place of the suspended Lee Vieira. "
            "And the striker said: \"If we do not win, it is going to be my fault.\"\n")
    actors = (actor(text, "jo_henry", "person", ["Jo Henry"]),
              actor(text, "lee_vieira", "person", ["Lee Vieira"]))
    assert speakers_by_quote(text, actors)["If we do not win, it is going to be my fault."] \
        == "jo_henry"


def test_the_lawyer_introduced_unnamed_is_nobody_named() -> None:
    text = ("Drugs\n\nAnalyst Teena Doe expects more suits. A Washington-based lawyer who "
            "specialises in the field said few cases went to trial.\n\n"
            "\"The new proposals are a whole new kettle of fish,\" said the lawyer.\n")
    actors = (actor(text, "teena_doe", "person", ["Teena Doe"]),)
    assert speakers_by_quote(text, actors)["The new proposals are a whole new kettle of fish,"] is None


def test_a_lawyer_in_an_apposition_makes_the_name_a_person() -> None:
    text = ("Bid\n\n\"Surely what is sauce for the goose is sauce for the gander,\" said "
            "Sidney Rosdale, a Zelco lawyer.\n")
    found = unnamed_speakers(doc(text), (actor(text, "zelco", "organization", ["Zelco"]),))
    assert [a.name for a in found] == ["Sidney Rosdale"]


def test_he_after_an_unnamed_official_is_nobody_named_before() -> None:
    text = ("Yen\n\nGovernor Satoshi Roe has ruled out another cut.\n\nOne bank official said he "
            "could not rule out a swap.\n\n\"But we don't think they have become short of yen "
            "quite yet,\" he said.\n")
    actors = (actor(text, "satoshi_roe", "person", ["Satoshi Roe"]),)
    assert speakers_by_quote(text, actors)["But we don't think they have become short of yen quite yet,"] \
        is None


def test_he_after_an_unnamed_journalist_is_not_the_diplomat_before() -> None:
    text = ("Shares\n\n\"The review is serious,\" a Western diplomat said.\n\nOne Chinese "
            "journalist said conditions are not ripe for share issues. \"There are many external "
            "factors beyond a firm's control,\" he said.\n")
    actors = (actor(text, "western_diplomat", "person", [], refs=["a Western diplomat"]),)
    got = speakers_by_quote(text, actors)
    assert got["The review is serious,"] == "western_diplomat"
    assert got["There are many external factors beyond a firm's control,"] is None


def test_a_name_of_the_body_after_the_verb_is_a_person() -> None:
    text = ("Ageing\n\n\"By 2050 the old will make up a third of the people,\" said Shigeo "
            "Moriyama of the International Longevity Centre in Tokyo.\n")
    found = unnamed_speakers(doc(text), ())
    assert [a.name for a in found] == ["Shigeo Moriyama"]


def test_a_name_of_a_body_before_said_is_a_person() -> None:
    text = ("Coffee\n\n\"I would imagine there will be a lot of politicking behind closed doors,\" "
            "Bronwyn Carter of Landell Mills Commodities Studies said.\n")
    found = unnamed_speakers(doc(text), ())
    assert [a.name for a in found] == ["Bronwyn Carter"]
    quotes = find_quotes(doc(text), found, ())
    assert quotes[0].speaker == found[0].id


def test_he_after_a_quote_is_its_speaker_not_an_older_subject() -> None:
    text = ("Agency\n\nMr Alan Doe said the chief had left. But committee member and Tory MP "
            "Nigel Roe said he was \"amazed\" the chief was still there. \"We were led to "
            "believe he was going shortly,\" he said.\n")
    actors = (actor(text, "alan_doe", "person", ["Alan Doe"]),
              actor(text, "nigel_roe", "person", ["Nigel Roe"]))
    got = speakers_by_quote(text, actors)
    assert got["We were led to believe he was going shortly,"] == "nigel_roe"
