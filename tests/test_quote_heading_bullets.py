"""Quotes listed as bullets under a heading that names their speaker (a round-up of what
officials said on the Sunday shows) are that person's words; a heading naming nobody, a line
of prose introducing the quote, or a quote sharing its line give no heading speaker (issue 11).
Invented texts."""

from __future__ import annotations

from _neg_fixtures import actor, doc
from _quote_fixtures import speakers

from briefing.extract import pipeline
from briefing.model import Actor

ROUNDUP = (
    "Officials Make the Case for the Harbour Accord\n\n"
    "Senior officials spoke on the morning programmes about the harbour accord.\n\n"
    "Here's what you missed:\n\n"
    "Foreign Minister Ana Lopes on Morning Report\n\n"
    "- “We made real progress on the issue set, and both delegations know it.” (Watch)\n"
    "- “Nobody gets everything in a deal like this one, and nobody should expect to.” (Watch)\n\n"
    "Envoy Omar Reyes on Weekend Review\n\n"
    "- “The talks will resume in Lisbon once the technical teams have finished.” (Watch)\n"
)


def _people(text: str) -> tuple[Actor, ...]:
    return (actor(text, "ana_lopes", "person", ["Ana Lopes", "Lopes"]),
            actor(text, "omar_reyes", "person", ["Omar Reyes", "Reyes"]))


def test_bullets_under_a_named_heading_are_that_person_s() -> None:
    assert speakers(ROUNDUP, _people(ROUNDUP)) == ["ana_lopes", "ana_lopes", "omar_reyes"]


def test_a_heading_by_surname_and_title_names_the_person() -> None:
    text = ("Minister Lopes on Evening Forum\n\n"
            "“The accord will be signed once both parliaments have voted on it.”\n")
    assert speakers(text, _people(text)) == ["ana_lopes"]


def test_a_heading_naming_nobody_gives_no_speaker() -> None:
    text = ("Ana Lopes spoke about the accord on Sunday.\n\nWhat the papers wrote\n\n"
            "- “A harbour accord that nobody in the two capitals had expected to see.”\n")
    assert speakers(text, _people(text)) == [None]


def test_a_line_introducing_the_quote_is_no_heading() -> None:
    # the attribution rules, not the heading, decide who "he" is
    text = ("Omar Reyes opposed the levy.\n\nHe said Lopes rejected the idea last year and he "
            "added:\n\n“In my own view she is not likely to change her thinking on the levy.”\n")
    assert speakers(text, _people(text)) != ["ana_lopes"]


def test_a_quote_sharing_its_line_with_prose_takes_no_heading() -> None:
    text = ("Foreign Minister Ana Lopes on Morning Report\n\n"
            "The papers called the plan “a harbour accord nobody in the two capitals expected "
            "to see” on Sunday.\n")
    assert speakers(text, _people(text)) == [None]


def test_the_pipeline_attributes_the_round_up() -> None:
    analysis = pipeline.analyse(doc(ROUNDUP, "2020-06-14",
                                    title="Officials Make the Case for the Harbour Accord"))
    names = {a.id: a.name for a in analysis.actors}
    assert [names.get(q.speaker or "") for q in analysis.quotes] == [
        "Ana Lopes", "Ana Lopes", "Omar Reyes"]


TOPICS = (
    "Sunday Programmes: The Week in Review\n\n"
    "Officials took to the airwaves this morning to talk about the harbour accord.\n\n"
    "Here's what you missed:\n\n"
    "Harbour Commissioner Ilse Varga on Morning Report\n\n"
    "- On the shipping lanes: “The lanes stay open to every flag, and that will not change.”\n"
    "- On the levy: “We have no plans to raise the levy before the accord is signed.”\n\n"
    "Trade Czar Bram Oduya in an interview with the Coastal Herald\n\n"
    "- On the talks: “Both delegations will meet again in Lisbon when the teams are ready.”\n"
)


def test_topic_bullets_under_a_named_heading_are_that_person_s() -> None:
    # '- On <topic>: "…"' bullets are an interview's highlights (its principal's words) unless a
    # heading above names the person interviewed
    people = (actor(TOPICS, "ilse_varga", "person", ["Ilse Varga"]),
              actor(TOPICS, "bram_oduya", "person", ["Bram Oduya"]))
    assert speakers(TOPICS, people) == ["ilse_varga", "ilse_varga", "bram_oduya"]


def test_the_pipeline_finds_the_people_the_headings_name() -> None:
    # neither person is known: the titled heading over quote bullets makes each a speaker
    analysis = pipeline.analyse(doc(TOPICS, "2020-06-14",
                                    title="Sunday Programmes: The Week in Review"))
    names = {a.id: a.name for a in analysis.actors}
    assert [names.get(q.speaker or "") for q in analysis.quotes] == [
        "Ilse Varga", "Ilse Varga", "Bram Oduya"]


def test_topic_bullets_under_a_heading_naming_nobody_stay_the_principal_s() -> None:
    text = ("Interview of Foreign Minister Ana Lopes with the Coastal Herald\n\n"
            "Highlights of the interview:\n\n"
            "- On the levy: “We have no plans to raise the levy before the accord is signed.”\n")
    analysis = pipeline.analyse(doc(text, "2020-06-14", title=text.split("\n", 1)[0]))
    names = {a.id: a.name for a in analysis.actors}
    assert [names.get(q.speaker or "") for q in analysis.quotes] == ["Ana Lopes"]
