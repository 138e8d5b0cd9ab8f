"""Quote speakers named by a noun that refers back: a singular demonym ("said the Norlander")
is the person the text is about, not the state; a role noun ("the agent added") is the person
last named in that role; a possessor's paper ("Zelco United's statement to the exchange said")
is the body the possessor's word names, even where the actor pass did not link the word
(issue 11).  Invented texts."""

from __future__ import annotations

from _neg_fixtures import actor
from _quote_fixtures import speakers_by_quote

from briefing.model import Actor

DEMONYM = ("Film deal delayed\n\nStage director Ana Lopes has said the rights to the novel are "
           "still split between two studios.\n\nLopes said on a visit to Porto that a deal was "
           "possible. \"It will take a great many lawyers in a great many rooms,\" said the "
           "Norlander.\n")


def _norland(text: str, dem: str = "Norlander") -> tuple[Actor, ...]:
    return (actor(text, "ana_lopes", "person", ["Ana Lopes", "Lopes"]),
            actor(text, "norland", "state", [dem]))


def test_a_singular_demonym_is_the_person_the_text_is_about() -> None:
    got = speakers_by_quote(DEMONYM, _norland(DEMONYM))
    assert got["It will take a great many lawyers in a great many rooms,"] == "ana_lopes"


def test_a_plural_demonym_is_no_person() -> None:
    text = DEMONYM.replace("said the Norlander", "said the Norlanders")
    got = speakers_by_quote(text, _norland(text, "Norlanders"))
    assert got["It will take a great many lawyers in a great many rooms,"] != "ana_lopes"


def test_a_demonym_introduced_unnamed_is_nobody_named() -> None:
    text = ("Film deal delayed\n\nStage director Ana Lopes has said the rights are split. A "
            "Norlander in the audience disagreed. \"It will take a great many lawyers in a "
            "great many rooms,\" said the Norlander.\n")
    got = speakers_by_quote(text, _norland(text))
    assert got["It will take a great many lawyers in a great many rooms,"] != "ana_lopes"


def test_the_agent_is_the_person_named_as_the_agent() -> None:
    text = ("Club faces ultimatum\n\nBram Oduya's agent has warned the club to improve its "
            "offer.\n\nSam Ferro says he has received a better offer from a rival. But Ferro "
            "insists the player is worth more than the club has put on the table. \"He has "
            "been at the club for eight years and his demands are modest,\" the agent added.\n")
    actors = (actor(text, "bram_oduya", "person", ["Bram Oduya"]),
              actor(text, "sam_ferro", "person", ["Sam Ferro", "Ferro"]))
    got = speakers_by_quote(text, actors)
    assert got["He has been at the club for eight years and his demands are modest,"] \
        == "sam_ferro"


def test_a_paper_of_a_possessor_word_speaks_for_the_body_it_names() -> None:
    text = ("Bid\n\nLeo Marr owns a stake in Harbour Rovers, and Rovers' statement to the stock "
            "exchange said: \"The board has received a detailed proposal from Mr Marr.\"\n")
    actors = (actor(text, "leo_marr", "person", ["Leo Marr", "Marr"]),
              actor(text, "rovers", "organization", ["Harbour Rovers"]))
    got = speakers_by_quote(text, actors)
    assert got["The board has received a detailed proposal from Mr Marr."] == "rovers"


def test_a_possessor_word_two_bodies_share_names_neither() -> None:
    text = ("Bid\n\nLeo Marr owns a stake in Harbour Rovers and in Rovers Holdings, and Rovers' "
            "statement to the stock exchange said: \"The board has received a proposal.\"\n")
    actors = (actor(text, "leo_marr", "person", ["Leo Marr", "Marr"]),
              actor(text, "rovers", "organization", ["Harbour Rovers"]),
              actor(text, "rovers_h", "organization", ["Rovers Holdings"]))
    got = speakers_by_quote(text, actors)
    assert got["The board has received a proposal."] not in ("rovers", "rovers_h")


def test_our_correspondent_is_the_correspondent_named_before() -> None:
    text = ("Strike ballot\n\nUnion leaders met on Monday. Radio correspondent Ivo Brand said "
            "the unions were a strong force. Deputy Premier Leo Marr met union figures.\n\n"
            "Opposition to the plan is \"the one thing every union agrees on\", our "
            "correspondent added.\n")
    actors = (actor(text, "ivo_brand", "person", ["Ivo Brand"], title="correspondent"),
              actor(text, "leo_marr", "person", ["Leo Marr"], title="Deputy Premier"))
    got = speakers_by_quote(text, actors)
    assert got["the one thing every union agrees on"] == "ivo_brand"


def test_words_of_a_possessor_s_statement_are_the_possessor_s() -> None:
    text = ("Grain talks\n\n\"We delivered the message,\" Kay replied. Earlier, Kay had repeated "
            "Farm Minister Ana Lopes's statement last week that \"the door is not yet closed on "
            "a new subsidy.\"\n")
    actors = (actor(text, "kay", "person", ["Kay"]),
              actor(text, "ana_lopes", "person", ["Ana Lopes"]))
    got = speakers_by_quote(text, actors)
    assert got["the door is not yet closed on a new subsidy."] == "ana_lopes"
    assert got["We delivered the message,"] == "kay"


def test_our_correspondent_never_named_is_not_the_last_person_named() -> None:
    text = ("Strike ballot\n\nLeo Marr met union figures on Monday.\n\n"
            "Opposition to the plan is \"the one thing every union agrees on\", our "
            "correspondent added.\n")
    actors = (actor(text, "leo_marr", "person", ["Leo Marr"]),)
    got = speakers_by_quote(text, actors)
    assert got.get("the one thing every union agrees on") != "leo_marr"
