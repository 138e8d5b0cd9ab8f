"""A transcript's speaker labels are layout, not name mentions (issue 11): the words of
"MR. KIRBY:" move to the actor's references; the same name in a sentence stays a mention.
Invented transcript."""

from __future__ import annotations

from _neg_fixtures import doc

from briefing.extract import analyse
from briefing.extract.actors.labels import SPEAKER_LABEL, label_mentions_to_references
from briefing.model import Actor, Mention

TRANSCRIPT = ("MS. ROE: Good afternoon. Israel and Hamas are close to a truce.\n\n"
              "Q Thanks. Will Hamas accept the deal?\n\n"
              "MR. KIRBY: Hamas has the proposal. Mr. Kirby will say more. Secretary Blinken "
              "spoke with Prime Minister Netanyahu.\n\n"
              "Q And Blinken?\n\nMR. KIRBY: Blinken will travel to Israel tomorrow.\n")


def test_speaker_labels_are_references_and_names_in_sentences_stay_mentions() -> None:
    briefing = analyse(doc(TRANSCRIPT, published="2024-01-10"))
    kirby = briefing.actor("john_kirby")
    assert kirby is not None
    assert [m.text for m in kirby.mentions] == ["Kirby"]  # "Mr. Kirby will say more"
    labels = [r for r in kirby.references if r.role == SPEAKER_LABEL]
    assert [r.text for r in labels] == ["KIRBY", "KIRBY"]
    assert all(TRANSCRIPT[r.start - 4:r.start] == "MR. " for r in labels)
    blinken = briefing.actor("antony_blinken")
    assert blinken is not None and len(blinken.mentions) == 3


def test_no_turns_or_no_label_mention_leaves_actors_as_they_are() -> None:
    actor = Actor("x", "X", "person", mentions=(Mention(0, 1, "X"),))
    assert label_mentions_to_references((actor,), ()) == (actor,)
    briefing = analyse(doc("Israel and Hamas agreed a truce. Blinken said so."))
    assert all(r.role != SPEAKER_LABEL for a in briefing.actors for r in a.references)


def test_the_briefer_named_in_the_title_and_by_the_labels_is_one_person() -> None:
    text = ("Press Gaggle by Principal Deputy Press Secretary Andrew Bates En Route Joint Base "
            "Andrews\n\nMR. BATES: Israel and Hamas are close to a truce.\n\nQ Will Hamas "
            "accept the deal?\n\nMR. BATES: We think so.\n")
    briefing = analyse(doc(text, published="2024-11-20"))
    people = [a for a in briefing.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Andrew Bates"]
    assert sum(r.role == SPEAKER_LABEL for r in people[0].references) == 2


def test_an_interviews_speakers_named_in_the_text_stay_mentions() -> None:
    text = ("The future of the peace process\n\n"
            "Wikinews: Mr. President, do the peace talks with Hamas have a future?\n\n"
            "Shimon Peres: Israel wants peace. The talks must go on.\n\n"
            "Wikinews: And the truce?\n\nShimon Peres: The truce will hold.\n")
    briefing = analyse(doc(text, published="2008-01-09"))
    peres = briefing.actor("shimon_peres")
    assert peres is not None and [m.text for m in peres.mentions].count("Shimon Peres") == 2
    assert all(r.role != SPEAKER_LABEL for a in briefing.actors for r in a.references)
