"""A speaker calls themselves "I": a "he" or "she" in someone's words is another person.

In a transcript turn ("MR. REYES: …") or in remarks in their author's voice ("Remarks by
Envoy Omar Reyes"), the attribution "he said" never stands for the one who is speaking, even
when that person spoke the last quotation.  Invented texts.
"""

from __future__ import annotations

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.model import Actor

TURNS = (
    "Press Gaggle by Envoy Omar Reyes\n\n"
    "Q What did the ferry captain tell you?\n\n"
    "MR. REYES: I met the captain on the pier. I said, \"We need the ferry running by spring "
    "at the latest.\" And he said, \"Then send me the engineers you promised us.\"\n\n"
    "Q And the minister?\n\n"
    "MR. REYES: Lena Ostrova called me at noon. She said, \"The port will stay open through "
    "the winter for every ship.\"\n"
)


def _quotes(text: str, actors: tuple[Actor, ...], title: str | None = None
            ) -> dict[str, str | None]:
    """Each quotation's words -> its speaker's id."""
    return {q.text: q.speaker for q in find_quotes(doc(text, title=title), actors, ())}


def _speakers(text: str, title: str | None = None, **names: list[str]) -> dict[str, str | None]:
    return _quotes(text, tuple(actor(text, aid, "person", forms) for aid, forms in names.items()),
                   title)


def test_he_in_a_turn_is_not_the_turn_speaker() -> None:
    quotes = _speakers(TURNS, omar_reyes=["Omar Reyes", "REYES"], lena_ostrova=["Lena Ostrova"])
    assert quotes["We need the ferry running by spring at the latest."] == "omar_reyes"
    # the captain is nobody the text names: no speaker rather than the envoy himself
    assert quotes["Then send me the engineers you promised us."] is None
    # a "she" still finds the person the turn speaks about
    assert quotes["The port will stay open through the winter for every ship."] \
        == "lena_ostrova"


def test_he_in_remarks_is_not_their_author() -> None:
    text = ("Remarks by Envoy Omar Reyes at the Harbour\n\n"
            "Thank you all. When Omar Reyes was young, nobody came to this pier. My father "
            "took me here once. And he said, \"One day ships from every port will dock "
            "here.\" He said, \"Wait.\"\n")
    quotes = _speakers(text, title="Remarks by Envoy Omar Reyes at the Harbour",
                       omar_reyes=["Omar Reyes"])
    assert quotes["One day ships from every port will dock here."] is None
    # a short quotation whose subject is "he" is someone's words, kept with no speaker
    assert "Wait." in quotes and quotes["Wait."] is None


def test_he_in_a_news_story_is_still_the_person_named() -> None:
    # no turns, no author's voice: the last person named as a subject speaks
    text = ("Ferry talks resume\n\nOmar Reyes met the captain on the pier on Monday. He said, \"We need the "
            "ferry running by spring at the latest.\"\n")
    quotes = _speakers(text, omar_reyes=["Omar Reyes"])
    assert quotes["We need the ferry running by spring at the latest."] == "omar_reyes"


# -- an interrupted quotation: '"…," X said, "…"' is one sentence of one speaker ------------


def test_second_half_of_an_interrupted_quote_has_the_first_halfs_speaker() -> None:
    text = ("Ferry talks resume\n\n"
            "\"A port that stays open all winter,\" insisted Mr Reyes, \"will help every "
            "Norlander family.\" Officials in Suderia declined to comment.\n\n"
            "\"If the convoy leaves on time,\" a dock worker said, \"Suderia will have grain "
            "by Friday.\"\n\n"
            "\"We are ready,\" he went on to say, \"and we have been ready since May.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Reyes"]),
              actor(text, "norland", "state", ["Norlander"]),
              actor(text, "suderia", "state", ["Suderia"]))
    quotes = _quotes(text, actors)
    # not the state a word of the first half names
    assert quotes["will help every Norlander family."] == "omar_reyes"
    # an unnamed worker: nobody, for both halves
    assert quotes["If the convoy leaves on time,"] is None
    assert quotes["Suderia will have grain by Friday."] is None


def test_a_new_speaker_between_two_quotes_is_no_interruption() -> None:
    text = ("Ferry talks resume\n\n"
            "When Lena Ostrova says, \"I want to talk about the ferry,\" Omar Reyes says, "
            "\"Yes, any day this week.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),
              actor(text, "lena_ostrova", "person", ["Lena Ostrova"]))
    quotes = _quotes(text, actors)
    assert quotes["I want to talk about the ferry,"] == "lena_ostrova"
    assert quotes["Yes, any day this week."] == "omar_reyes"


# -- a quotation right after reported speech is the reported speaker's -------------------


def test_a_quote_after_reported_speech_is_that_speakers() -> None:
    text = ("Ferry talks resume\n\n"
            "\"The port is open,\" the harbour master said. However, the first weeks of the year "
            "brought more ships than ever, Omar Reyes said. \"We have never been this busy at "
            "the pier.\"\n\n"
            "Lena Ostrova said the new timetable was exactly what the islands had asked for.\n\n"
            "\"Nobody on the islands will have to wait for a ferry again.\"\n\n"
            "The crossing took four hours, the captain argued, as the fog was thick. \"We could "
            "not see the harbour lights at all.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),
              actor(text, "lena_ostrova", "person", ["Lena Ostrova"]))
    quotes = _quotes(text, actors)
    # the closing said-clause of the sentence before, not the quote before it
    assert quotes["We have never been this busy at the pier."] == "omar_reyes"
    # a paragraph of her reported words, then a paragraph that is only a quotation
    assert quotes["Nobody on the islands will have to wait for a ferry again."] \
        == "lena_ostrova"
    # an unnamed captain: nobody (not Lena Ostrova, named two paragraphs before)
    assert quotes["We could not see the harbour lights at all."] is None


def test_hopes_are_no_reported_speech() -> None:
    text = ("Ferry talks resume\n\n"
            "\"We will run six ferries a day,\" said Omar Reyes. The company hopes the new "
            "timetable will bring tourists back. \"Every island deserves a daily ferry "
            "service.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),
              actor(text, "acme", "organization", ["The company"]))
    quotes = _quotes(text, actors)
    assert quotes["Every island deserves a daily ferry service."] == "omar_reyes"


# -- a vocative: the official a question is put to, named at its head ----------------------


def test_the_official_named_at_the_head_of_a_question_is_no_subject() -> None:
    text = ("Press Gaggle by Envoy Omar Reyes\n\n"
            "MR. REYES: Good morning.\n\n"
            "Q Omar, the port authority, today, put out a notice that calls the closure, quote, "
            "\"a temporary measure until the spring storms are over.\" Is that right?\n\n"
            "MR. REYES: It is.\n\n"
            "Q Omar Reyes, you said \"every ship will be inspected at the port of entry.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "Omar", "REYES"]),
              actor(text, "port_authority", "organization", ["the port authority"]))
    quotes = _quotes(text, actors)
    assert quotes["a temporary measure until the spring storms are over."] == "port_authority"
    # "you said": still the official questioned
    assert quotes["every ship will be inspected at the port of entry."] == "omar_reyes"


# -- the passive "X was quoted as saying": X speaks ----------------------------------------


def test_the_subject_of_was_quoted_as_saying_speaks() -> None:
    text = ("Ferry talks resume\n\n"
            "\"We will run six ferries a day from the spring,\" Omar Reyes was quoted as saying.\n\n"
            "Lena Ostrova was quoted in the Harbour Gazette as saying, \"The islands have waited "
            "long enough for this.\"\n\n"
            "\"Talks are going well on every point,\" the Gazette quoted a port official as "
            "saying.\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),
              actor(text, "lena_ostrova", "person", ["Lena Ostrova"]),
              actor(text, "gazette", "organization", ["Harbour Gazette", "Gazette"]))
    quotes = _quotes(text, actors)
    assert quotes["We will run six ferries a day from the spring,"] == "omar_reyes"
    assert quotes["The islands have waited long enough for this."] == "lena_ostrova"
    # the active relay still gives the one quoted (an unnamed official: nobody), not the paper
    assert quotes["Talks are going well on every point,"] is None


def test_she_never_falls_back_to_a_man() -> None:
    # the woman speaking is nobody the text names: "she" is not the last man quoted
    text = ("Ferry talks resume\n\n"
            "\"We will run six ferries a day,\" said Mr Reyes.\n\n"
            "A spokeswoman for the islanders' council was less sure. \"Six a day is a promise, "
            "not a timetable,\" she said.\n")
    actors = (actor(text, "omar_reyes", "person", ["Reyes"]),)
    quotes = _quotes(text, actors)
    assert quotes["We will run six ferries a day,"] == "omar_reyes"
    assert quotes["Six a day is a promise, not a timetable,"] is None


def test_a_transcript_label_tells_the_speakers_gender() -> None:
    # "MS. OSTROVA:" makes her a woman: a reporter's "he said" is not her
    text = ("Press Gaggle by Press Secretary Lena Ostrova\n\n"
            "MS. OSTROVA: Good morning. As I said, \"the port stays open all winter.\"\n\n"
            "Q The harbour master spoke this morning. He said, \"We will close the port in "
            "January whatever the ministry says.\" Is that right?\n")
    actors = (actor(text, "lena_ostrova", "person", ["Lena Ostrova", "OSTROVA"]),)
    quotes = _quotes(text, actors)
    assert quotes["the port stays open all winter."] == "lena_ostrova"
    assert quotes["We will close the port in January whatever the ministry says."] is None
