"""Quotes in transcripts: quotation marks inside a turn with no attributing words are the turn's
speaker's; a reporter's "Q" stays unattributed; a quote never continues across turns; "THE
PRESIDENT:" is the president at the document's date (knowledge base).  Invented transcripts."""

from __future__ import annotations

from _actor_fixtures import fixture_kb
from _neg_fixtures import actor, doc

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.extract.actors.finder import find_actors
from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times

TRANSCRIPT = (
    "Press Gaggle by Envoy Omar Reyes\n\n"
    "MR. REYES: Good morning. We told both delegations that \"every ship will be inspected "
    "at the port of entry, without exception.\"\n\n"
    "\"The corridor stays open through the winter and into the spring,\" the minister said.\n\n"
    "Q \"And the second convoy will follow on Friday as planned, with the monitors.\" Is that "
    "still the plan?\n\n"
    "MR. REYES: It is.\n"
)


def test_quotes_inside_turns() -> None:
    text = TRANSCRIPT
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"]),
              actor(text, "anon_minister", "person", [], refs=["the minister"]))
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    # no words attribute it: the speaker of the turn ("We told ..." names no one)
    assert quotes["every ship will be inspected at the port of entry, without exception."] \
        == "omar_reyes"
    # attributed in the text: that attribution wins over the turn's speaker
    assert quotes["The corridor stays open through the winter and into the spring,"] \
        == "anon_minister"
    # a reporter's question quoting someone: not continued from the minister's quote, and
    # not the reporter's (who is no actor)
    assert quotes["And the second convoy will follow on Friday as planned, with the monitors."] \
        is None


def test_the_same_quotes_outside_a_transcript_are_not_given_to_anyone() -> None:
    text = TRANSCRIPT.replace("MR. REYES: ", "").replace("Q \"", "\"")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes"]),)
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert "MR. REYES" not in text
    assert quotes.get("every ship will be inspected at the port of entry, without exception.") \
        != "omar_reyes"


COUNTRIES = """
- {id: norland, name: Norland, demonyms: [Norlander, Norlanders], capital: Ostby}
- {id: suderia, name: Suderia, demonyms: [Suderian, Suderians]}
"""
PEOPLE = """
- {id: ada_brenn, name: Ada Brenn, gender: f, roles: [{title: President, of: norland,
   from: 2019-03-01, to: 2027-03-01}]}
- {id: karl_vik, name: Karl Vik, gender: m, roles: [{title: President, of: norland,
   from: 2011-03-01, to: 2019-03-01}]}
"""
REMARKS = (
    "Remarks on the Suderia Talks\n\n"
    "THE PRESIDENT: Good afternoon. Norland and Suderia have agreed to resume talks. I said "
    "to our negotiators: \"bring every one of the families home before the winter comes.\"\n\n"
    "Norland will host the next round in Ostby.\n\n"
    "Q Madam President, will Norland lift the sanctions on Suderia this year?\n\n"
    "THE PRESIDENT: Not this year. As I told the Suderian envoy, \"sanctions end when the "
    "border is open and the prisoners are free.\"\n"
)


def _analysed(text: str, published: str) -> dict[str, str | None]:
    kb = fixture_kb(COUNTRIES, "[]", PEOPLE)
    document, _ = document_from_text("remarks.txt", text, meta=Metadata(published=published))
    actors = find_actors(document, kb)
    quotes = find_quotes(document, actors, find_times(document))
    return {q.text[:20]: q.speaker for q in quotes}


def test_the_president_is_the_office_holder_at_the_documents_date() -> None:
    assert _analysed(REMARKS, "2023-05-02") == {"bring every one of t": "ada_brenn",
                                                "sanctions end when t": "ada_brenn"}
    assert _analysed(REMARKS, "2015-05-02") == {"bring every one of t": "karl_vik",
                                                "sanctions end when t": "karl_vik"}


def test_other_peoples_words_in_a_turn_stay_unattributed() -> None:
    text = ("Gaggle\n\nMR. REYES: Some papers here have written that the corridor is, quote, "
            "\"the best hope of the whole region.\"\n\n"
            "And sometimes I see, \"Well, they just have to sign the deal and go home.\"\n\n"
            "As I said on Monday, \"the corridor will stay open through the winter.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["REYES"]),)
    assert [q.speaker for q in find_quotes(doc(text), actors, ())] == [None, None, "omar_reyes"]


ORGS = """
- {id: norland_palace, name: Palace of Norland, kind: government, part_of: norland,
   country: norland}
"""
PEOPLE_TWO = PEOPLE + """
- {id: olaf_sud, name: Olaf Sud, gender: m, roles: [{title: President, of: suderia,
   from: 2020-01-01, to: 2030-01-01}]}
"""
ABOUT_SUDERIA = (
    "Remarks by President Brenn and President Sud\n\n"
    "PRESIDENT SUD: Suderia thanks you. Suderia is ready, and Suderia will sign.\n\n"
    "Q Will Suderia and Suderia's neighbours join the talks in Suderia?\n\n"
    "THE PRESIDENT: I told the envoys, \"Suderia has a friend in this house.\"\n"
)


def _speaker_of_the_president(source: str | None) -> str | None:
    kb = fixture_kb(COUNTRIES, ORGS, PEOPLE_TWO)
    document, _ = document_from_text(
        "remarks.txt", ABOUT_SUDERIA, meta=Metadata(published="2023-05-02", source=source))
    actors = find_actors(document, kb)
    (quote,) = find_quotes(document, actors, find_times(document))
    return quote.speaker


def test_the_president_is_the_publishers_not_the_state_named_most() -> None:
    # the publisher is a government body of Norland: its president, though Suderia is named
    # far more often
    assert _speaker_of_the_president("Palace of Norland") == "ada_brenn"
    # no publisher: the first office holder the transcript's title names
    assert _speaker_of_the_president(None) == "ada_brenn"


def test_a_speaker_label_is_no_antecedent_of_he() -> None:
    text = ("Press Call by Envoy Omar Reyes\n\n"
            "Q What about the border?\n\n"
            "MR. REYES: I will not go point by point with President Karl Brand in terms of "
            "what he meant by \"missiles,\" or what he meant by \"doorstep.\"\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"]),
              actor(text, "karl_brand", "person", ["Karl Brand"]))
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert quotes["missiles,"] == "karl_brand"
    assert quotes["doorstep."] == "karl_brand"


def test_a_reporter_quoting_what_the_official_talked_about() -> None:
    text = ("Press Call by Envoy Omar Reyes\n\n"
            "MR. REYES: We work on the principle of talks first.\n\n"
            "Q Thanks. You've addressed part of my question, which is about the principle of "
            "\"nothing about them without them.\" And you talked about \"very quiet diplomacy.\" "
            "Will that go on?\n\n"
            "MR. REYES: It will.\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"]),)
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert quotes["nothing about them without them."] == "omar_reyes"
    assert quotes["very quiet diplomacy."] == "omar_reyes"



def test_a_reporter_quoting_other_peoples_words_after_asking_the_official() -> None:
    # the verb addressed to the official is followed by another clause: a contrast ("but the
    # campaign called it") or a relative clause of other people ("those who want more than")
    text = ("Press Call by Envoy Omar Reyes\n\n"
            "MR. REYES: We work on the principle of talks first.\n\n"
            "Q You said you won't prejudge it, but the campaign said, \"This is a bad deal.\" "
            "And what do you say to those who are asking for more than \"we should all be patient\"? And you "
            "said, \"talks first.\" Will that go on?\n\n"
            "MR. REYES: It will.\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"]),)
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert quotes["This is a bad deal."] is None
    assert quotes["we should all be patient"] is None
    assert quotes["talks first."] == "omar_reyes"


def test_the_speaker_asking_or_saying_in_a_coordinated_clause_cites_their_own_words() -> None:
    # "I usually ask, "…"", "I'd ask, "…"" (a base form and an adverb or a modal before it),
    # "I look at the doctor and said, "…"" (the verb shares its clause's "I"); not a verb
    # whose coordinated clause is someone else's ("if the envoy, at a time such as we have
    # now, reaches out and says, "…"")
    text = ("Press Gaggle by Envoy Omar Reyes\n\n"
            "MR. REYES: At every town meeting I usually ask, \"Who here has paid the new toll "
            "twice this month?\" Half the room answers. If this were a town meeting, I'd ask, "
            "\"Raise your hand if the toll is fair to you.\" I look at the mayor and said, \"We "
            "will cut the toll for every family by spring.\" And if the envoy of another "
            "country, at a moment such as we have now, reaches out and says, \"Let us talk "
            "about the corridor and the ports,\" we listen.\n")
    actors = (actor(text, "omar_reyes", "person", ["Omar Reyes", "REYES"]),)
    quotes = {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
    assert quotes["Who here has paid the new toll twice this month?"] == "omar_reyes"
    assert quotes["Raise your hand if the toll is fair to you."] == "omar_reyes"
    assert quotes["We will cut the toll for every family by spring."] == "omar_reyes"
    assert quotes.get("Let us talk about the corridor and the ports,") is None
