"""Transcripts: speaker turns instead of headings, topic sections, and documents that are not
transcripts.  Every transcript here is invented for these tests."""

from __future__ import annotations

import pytest

from briefing.corpus import document_from_text
from briefing.corpus.turns import opening_topic, reading_case, shorten
from briefing.model import Document

BRIEFING = """Press Briefing by Press Secretary Dana Holt and Envoy Omar Reyes

2:05 P.M. EDT

MS. HOLT: Good afternoon. I have two things at the top before the envoy joins us today.

The first is the grain convoy, which crossed the border this morning and reached the port.

The second is the ministers' meeting in Oslo on Thursday, where the truce will be discussed.

With that —

MR. REYES: Thank you, Dana. Good afternoon, everybody, and thanks for having me here again.

The talks in Oslo resumed yesterday. Both delegations stayed at the table until late, and we
expect them to meet again on Thursday to settle the remaining questions about the corridor.

MS. HOLT: Go ahead —

Q Envoy, is the truce holding in the north, and will the monitors be deployed this week?

MR. REYES: It is holding. The monitors arrive on Friday.

Q But on the —

MS. HOLT: Go ahe- —

Q — on the corridor, who inspects the ships?

MR. REYES: The joint centre does. "Every ship is inspected," as the minister said.

MS. HOLT: Go ahead, Sam.

Q Thank you. On the prisoner exchange, when will the lists be final?

THE PRESIDENT: I can take that one. We expect the lists by the end of the month.

END 2:40 P.M. EDT
"""


def _doc(text: str, path: str = "t.txt") -> Document:
    doc, _problems = document_from_text(path, text)
    return doc


def _said(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end]


def test_speaker_lines_are_turns_not_headings() -> None:
    doc = _doc(BRIEFING)
    assert all(s.heading is None for s in doc.sections)
    speakers = [t.speaker for t in doc.turns]
    assert speakers == ["Ms. Holt", "Mr. Reyes", "Ms. Holt", "Q", "Mr. Reyes", "Q", "Ms. Holt",
                        "Q", "Mr. Reyes", "Ms. Holt", "Q", "The President"]
    assert [t.question for t in doc.turns].count(True) == 4
    first = doc.turns[0]
    assert _said(doc, *first.label_span) == "MS. HOLT"
    # the turn runs over its paragraphs, to the next label; "With that —" is part of it
    assert _said(doc, first.start, first.end).endswith("With that —")
    reyes = doc.turns[1]
    assert "Thursday to settle" in _said(doc, reyes.start, reyes.end)  # hard-wrapped lines
    # every paragraph of a turn, and the label's own paragraph, is a paragraph
    assert any(doc.text[p.start:p.end] == "MS. HOLT: Go ahead —" for p in doc.paragraphs)
    # "END" closes the last turn
    assert "END" not in _said(doc, doc.turns[-1].start, doc.turns[-1].end)
    assert doc.turn_at(doc.text.index("monitors arrive")).speaker == "Mr. Reyes"
    assert doc.turn_at(doc.text.index("2:05")) is None


def test_a_transcript_without_headings_is_divided_by_topic() -> None:
    doc = _doc(BRIEFING)
    labels = [s.label for s in doc.sections]
    assert labels == [
        "Ms. Holt: I have two things at the top before the envoy…",
        "Mr. Reyes: Good afternoon, everybody, and thanks for…",
        "Q: Envoy, is the truce holding in the north, and…",
        "Q: On the prisoner exchange, when will the lists…",
    ]
    # the preamble (the time) belongs to the first section; sections tile the paragraphs
    assert doc.sections[0].start == doc.text.index("2:05")
    assert sum(len(s.paragraphs) for s in doc.sections) == len(doc.paragraphs)
    # interrupted questions ("Q But on the —", "Q — on the corridor…") open no topic
    assert not any("But on the" in (s.label or "") for s in doc.sections)
    for section in doc.sections:
        assert all(section.start <= t.start and t.end <= section.end for t in section.turns)


def test_real_headings_before_the_turns_are_kept() -> None:
    text = ("Remarks at the Harbour Summit\n\nAs Delivered\n\nHarbour Hall, Lisbon.\n\n"
            "Opening Session\n\nTHE PRESIDENT: Thank you all. Please, sit down. It is good to "
            "be back in this hall with so many friends and partners from across the region.\n\n"
            "We came here to finish the work on the shipping lanes.\n\n"
            "PRIME MINISTER SOLA: Thank you, Mr. President, for the welcome and for your "
            "leadership on the shipping lanes, which matter to every port in the region.\n\n"
            "Our ministers have worked for two years on the text we sign today, and they have "
            "earned a rest before the next round.\n")
    doc = _doc(text)
    assert [s.heading for s in doc.sections if s.heading] == ["Opening Session"]
    assert [t.speaker for t in doc.turns] == ["The President", "Prime Minister Sola"]
    assert doc.sections[-1].label.startswith("Prime Minister Sola: Thank you, Mr. President")


def test_interview_labels() -> None:
    text = ("Interview with the Foreign Minister\n\n"
            "Q: Minister, how close are the two sides to a deal on the border?\n\n"
            "A: Closer than a year ago. The maps are agreed; the timetable is not.\n\n"
            "Q: And the monitors?\n\n"
            "A: They will come from three neutral countries.\n")
    doc = _doc(text)
    assert [(t.speaker, t.question) for t in doc.turns] == [
        ("Q", True), ("A", False), ("Q", True), ("A", False)]
    assert [s.label for s in doc.sections] == [
        "Q: Minister, how close are the two sides to a deal…"]


@pytest.mark.parametrize("text", [
    # "Q magazine" once: no question
    "Band returns\n\nThe band played on Friday.\n\nQ magazine said the show was loud.\n\n"
    "The tour ends in May.\n",
    # an editor's note and a list of states are not speakers
    "Crop estimates\n\nThe ministry revised its estimates.\n\nNOTE: figures are provisional.\n\n"
    "NORTH STATE: 1.2 mln tonnes, up from 1.1.\n\nSOUTH STATE: 0.8 mln tonnes.\n",
    "Summit ends\n\nThe leaders met in Oslo.\n\nFACT SHEET: the agreement in brief.\n",
    # a bare letter on its own line labels nothing
    "Grades\n\nThe results came out.\n\nQ\n\nQ\n\nA:\n\nThe end.\n",
])
def test_documents_that_are_not_transcripts(text: str) -> None:
    doc = _doc(text)
    assert doc.turns == ()
    assert all(s.label is None for s in doc.sections)


def test_surname_labels_count_when_they_recur_in_a_transcript() -> None:
    text = ("Gaggle aboard the plane\n\nMS. VALE: Morning, everyone. Two things today.\n\n"
            "Q Will the envoy travel to Cairo this week for the talks on the hostages?\n\n"
            "VALE: He leaves tonight.\n\nQ And the ceasefire?\n\nVALE: Still under discussion.\n")
    doc = _doc(text)
    assert [t.speaker for t in doc.turns] == ["Ms. Vale", "Q", "Vale", "Q", "Vale"]


def test_a_single_labelled_remark_is_a_turn() -> None:
    doc = _doc("Remarks on the ceasefire\n\nTHE VICE PRESIDENT: Good evening. Tonight the "
               "guns fell silent along the river.\n\nWe will keep working for a lasting peace.\n")
    assert [t.speaker for t in doc.turns] == ["The Vice President"]
    assert doc.sections[0].label.startswith("The Vice President: Tonight the guns fell")


def test_markdown_and_plain_articles_are_unchanged() -> None:
    text = "Talks resume\n\nThe sides met on Monday.\n\nSticking Points\n\nThe border.\n"
    doc = _doc(text)
    assert doc.turns == () and [s.heading for s in doc.sections] == [None, "Sticking Points"]


def test_reading_case_and_shorten() -> None:
    assert reading_case("MS. JEAN-LUC") == "Ms. Jean-Luc"
    assert reading_case("SENIOR ADMINISTRATION OFFICIAL") == "Senior Administration Official"
    assert reading_case("MR. O'HARA") == "Mr. O'Hara"
    assert shorten("one two three four", 12) == "one two…"
    assert shorten("short") == "short"
    # opening courtesies do not name a topic; an abbreviation is no sentence end
    assert opening_topic("Thanks, Karine. Admiral, so sorry. Will the monitors arrive this week?") \
        == "Will the monitors arrive this week?"
    assert opening_topic("Thank you. Yes.") == "Thank you. Yes."
    assert opening_topic("Mr. Reyes, will the monitors arrive this week?").startswith("Mr. Reyes")
    assert len(shorten("word " * 40)) <= 49


def test_questions_without_labelled_answers_are_one_paragraph() -> None:
    text = ("Press briefing\n\nQ On the talks: are the two sides close to a deal?\n\n"
            "They are close. The negotiators met again today.\n\n"
            "Q And the truce itself, will it hold through the winter?\n\n"
            "It will, we think.\n")
    doc = _doc(text)
    assert [(t.speaker, _said(doc, t.start, t.end)[:10]) for t in doc.turns] == [
        ("Q", "Q On the t"), ("Q", "Q And the ")]
    assert doc.turn_at(text.index("They are close")) is None


INTERVIEW = """Interview with the envoy

The Courier: Mr Reyes, how close are the two sides to a truce?

Omar Reyes: Closer than they were. Both delegations stayed at the table until late.

The Courier: What is left to settle?

Omar Reyes: The corridor, and who inspects the ships.

The Courier: Will the monitors arrive this week?

Omar Reyes: On Friday, if all goes well.
"""


def test_an_interview_with_names_as_labels_has_turns() -> None:
    document, _ = document_from_text("interview.txt", INTERVIEW)
    turns = document.turns
    assert [t.speaker for t in turns] == ["The Courier", "Omar Reyes"] * 3
    assert [t.question for t in turns] == [True, False] * 3


def test_lines_opening_with_a_word_and_a_colon_are_no_interview() -> None:
    text = ("Report\n\nNote: figures are provisional.\n\nSource: the ministry.\n\n"
            "Note: revised on Monday.\n\nSource: the agency.\n\nThe talks went on.\n")
    document, _ = document_from_text("report.txt", text)
    assert document.turns == ()


HEADED_INTERVIEW = """A Talk with a Harbour Master

Reporter: How long have you worked in the port, and what has changed since you began?

Ana Reis: Thirty years. The ships are bigger, and the quays have had to follow them.

The cost of dredging

Reporter: Who pays for the deeper channel that the bigger ships need?

Ana Reis: The port pays half and the city the rest, after a long fight over the bill.

Go ahead

Reporter: And the fishermen?

Ana Reis: They lost two quays, and they were paid for them.
"""


def test_a_short_line_between_an_interviews_turns_is_a_heading_a_stray_phrase_is_not() -> None:
    doc = _doc(HEADED_INTERVIEW)
    assert [s.heading for s in doc.sections if s.heading] == ["The cost of dredging"]
    assert [t.speaker for t in doc.turns][:2] == ["Reporter", "Ana Reis"]


@pytest.mark.parametrize("note", ["Via Teleconference", "As Prepared for Delivery",
                                  "Aboard the Coast Guard Cutter\nEn Route Harbour Island"])
def test_a_note_of_how_or_where_remarks_were_given_is_no_heading(note: str) -> None:
    text = (f"Remarks by the Governor at the Port Forum\n\nREMARKS BY THE GOVERNOR AT THE "
            f"FORUM OF THE PORT\n\n{note}\n\n"
            "THE GOVERNOR: Thank you all. It is good to be back in the port with so many "
            "friends from the quays and the ships.\n\nWe came here to finish the channel.\n\n"
            "MR. REIS: Thank you, Governor, for the welcome and for the work on the channel, "
            "which matters to every berth.\n")
    doc = _doc(text)
    assert [s.heading for s in doc.sections if s.heading] == []
    assert [t.speaker for t in doc.turns] == ["The Governor", "Mr. Reis"]
