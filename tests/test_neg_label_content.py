"""Agenda labels carry a content noun of their topic: no bare "both sides", no "these events"
after a topic's word, the topic's plural where its singular is a predicate (invented sentences
only)."""

from __future__ import annotations

from _neg_fixtures import primary_with

from briefing.extract.negotiations.commitments import readable
from briefing.extract.negotiations.labels import issue_label, names_nothing


def _label(text: str, trigger: str, key: str) -> str:
    start = text.index(trigger)
    return issue_label(text, start, start + len(trigger), len(text), key)


def test_a_phrase_of_pointing_words_and_bare_heads_names_nothing() -> None:
    for phrase in ("both sides", "all parties", "these events", "this issue", "the situation",
                   "each side"):
        assert names_nothing(phrase.split()), phrase
    for phrase in ("both sides of the border", "all prisoners", "these talks on water",
                   "the border issue"):
        assert not names_nothing(phrase.split()), phrase


def test_a_call_on_both_sides_is_no_item_but_a_call_for_a_thing_is() -> None:
    assert not readable("Both sides")
    assert not readable("All parties")
    assert not readable("The situation")
    assert readable("Both sides of the river")
    assert readable("Deescalate the situation")


def test_a_topic_word_with_a_pointing_object_is_labelled_by_the_topic() -> None:
    text = "Observers in Ruritania are monitoring these events very closely."
    assert _label(text, "monitoring", "monitoring") == "Monitoring"
    text = "In the valley the envoy urged them to deescalate the situation."
    assert _label(text, "deescalate", "de_escalation") == "De-escalation"
    text = "Observers in Ruritania are monitoring the northern border crossings."
    assert _label(text, "monitoring", "monitoring") == \
        "Monitoring the northern border crossings"
    # after a preposition the phrase says whom it is between: kept
    text = "There is trade space between the parties, the minister said."
    assert _label(text, "trade", "trade") == "Trade space between the parties"


def test_the_topic_noun_as_a_predicate_is_the_topic_plural() -> None:
    text = "In Freedonia two aid workers were taken hostage."
    assert _label(text, "hostage", "hostage_release") == "Hostages"
    text = "In Freedonia two aid workers were held prisoner."
    assert _label(text, "prisoner", "prisoner_exchange") == "Prisoners"
    # a head of the topic's own name stays singular ("Contract"), as does a word of the topic
    assert _label("They signed the contract.", "contract", "contract") == "Contract"
    assert _label("It welcomed the truce.", "truce", "ceasefire") == "Truce"
    assert _label("Talks covered the hostage deal.", "hostage", "hostage_release") == \
        "Hostage deal"


STATES = {"ruritania": ["Ruritania", "Ruritanian"], "freedonia": ["Freedonia", "Freedonian"]}


def test_a_call_on_both_sides_makes_no_agenda_item() -> None:
    text = ("Talks\n\nRuritania and Freedonia held talks on a ceasefire in Geneva on Monday. "
            "The mediators called for both sides to show restraint, officials said.\n")
    thread = primary_with(text, STATES, "state")
    assert thread is not None
    labels = [i.label.lower() for i in thread.issues]
    assert "both sides" not in labels
    assert any("ceasefire" in lab for lab in labels)
