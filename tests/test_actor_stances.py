"""Parties by their position at the table (issue 11): a state, a body or a firm named once or
twice in a trade round, a commodity pact or a summit sits at the table when it takes a
position there -- the subject of a verb of position or its agent in the passive.  Invented
text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.stances import takes_position
from briefing.model import Negotiation


def _position(sentence: str, name: str, nth: int = 0) -> bool:
    start = [m.start() for m in re.finditer(re.escape(name), sentence)][nth]
    return takes_position(sentence, start, start + len(name), 0, len(sentence))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ruritania, Freedonia, Sylvania and Latveria agreed at the summit to watch prices.",
     "Freedonia"),
    ("Ruritania, Freedonia, Sylvania and Latveria agreed at the summit to watch prices.",
     "Latveria"),
    ("Ruritania and Freedonia are opposed to the new butter rules.", "Freedonia"),
    ("Ruritania, the major producer, insists on quotas based on the old formula.", "Ruritania"),
    ("Ruritania and Freedonia, which holds the presidency in June, have led the opposition "
     "to the tax.", "Ruritania"),
    ("They are supported by Sylvania and the Latverian Republic.", "Sylvania"),
    ("The statement is now endorsed by Ruritania, Freedonia, Sylvania, and Latveria.",
     "Sylvania"),
    ("The accord reached by Ruritania, Freedonia and Sylvania last month holds.", "Freedonia"),
    ("Ruritania, Freedonia, the Latverian Republic and Sylvania want the budget capped.",
     "Sylvania"),
    ("If the Cocoa Council does agree on quotas, prices will fall.", "Cocoa Council"),
    ("Ruritania has also rejected the offer.", "Ruritania"),
    # taking part in the talks
    ("Ruritania, Freedonia and Sylvania were represented at the talks.", "Freedonia"),
    ("Other countries represented at today's talks were Ruritania, which stayed away from the "
     "last meeting on the grounds that it was left out, the Latverian Republic, Sylvania and "
     "Freedonia.", "Sylvania"),
    ("Other countries represented at today's talks were Ruritania, which stayed away from the "
     "last meeting on the grounds that it was left out, the Latverian Republic, Sylvania and "
     "Freedonia.", "Ruritania"),
])
def test_a_subject_or_a_passive_agent_of_a_verb_of_position_takes_a_position(
        sentence: str, name: str) -> None:
    assert _position(sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Acmeco is still in talks with Ruritania bank Zenco over the sale.", "Ruritania"),
    ("The President reiterated Ruritania support for the talks.", "Ruritania"),
    ("Latveria might still accept a Cocoa Council call for a truce.", "Cocoa Council"),
    ("The news agency Ruritania Press said the accord was signed.", "Ruritania Press"),
    ("Officials said support for Ruritania and Freedonia agreed well with the plan.",
     "Ruritania"),
    ("Ruritania said the talks would resume.", "Ruritania"),
    ("Ruritania's offer was rejected.", "Ruritania"),
    ("The two Cocoa Council members disagree.", "Cocoa Council"),
])
def test_a_name_before_a_noun_governed_or_only_speaking_takes_no_position(
        sentence: str, name: str) -> None:
    assert not _position(sentence, name)


def test_beside_the_talks_a_name_alone_needs_a_position_of_the_table() -> None:
    strict = {"Ruritania backed the new museum.": False,
              "Ruritania insists on quotas.": True,
              "Ruritania and Freedonia want the budget capped.": True,
              "The plan is supported by Ruritania.": False,
              "The plan is supported by Ruritania and Freedonia.": True}
    for sentence, taken in strict.items():
        start = sentence.index("Ruritania")
        assert takes_position(sentence, start, start + 9, 0, len(sentence), strict=True) \
            is taken, sentence
        assert takes_position(sentence, start, start + 9, 0, len(sentence))


TEXT = ("Ministers of the cocoa pact met in Geneva to discuss buffer stock rules. "
        "Ruritania and Freedonia are opposed to the new rules. "
        "The rules are endorsed by Sylvania. "
        "Latveria backed the new museum. "
        "Ruritania and Freedonia, the main producers, want the pact renewed.")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


def test_states_named_once_that_take_a_position_in_the_talks_are_parties() -> None:
    cocoa = replace(actor(TEXT, "cocoa", "igo", ["cocoa pact"]), tier="party")
    states = tuple(replace(actor(TEXT, s.lower(), "state", [s]), tier="mentioned")
                   for s in ("Ruritania", "Freedonia", "Sylvania", "Latveria"))
    thread = Negotiation(id="n1", label="cocoa pact", primary=True, parties=("cocoa",),
                         status="ongoing")
    tiers = {a.id: a.tier for a in revise_tiers((cocoa, *states), (thread,), (), Reading(TEXT,
                                                armed=frozenset({"troops"}),
                                                sentences=_sentences(TEXT)))}
    assert tiers["ruritania"] == tiers["freedonia"] == tiers["sylvania"] == "party"
    # beside the talks, a name alone backing something takes no position in them
    assert tiers["latveria"] == "mentioned"


def test_a_position_far_from_any_words_of_the_talks_seats_nobody() -> None:
    text = ("Acmeco and Zenco signed a merger agreement. Rain fell in the north. Crops were "
            "late. Roads were closed. Ruritania has rejected the forecast.")
    firms = tuple(actor(text, f.lower(), "organization", [f]) for f in ("Acmeco", "Zenco"))
    ruritania = replace(actor(text, "ruritania", "state", ["Ruritania"]), tier="mentioned")
    thread = Negotiation(id="n1", label="merger", primary=True, parties=("acmeco", "zenco"),
                         status="agreed")
    tiers = {a.id: a.tier for a in revise_tiers((*firms, ruritania), (thread,), (), Reading(text,
                                                armed=frozenset({"troops"}),
                                                sentences=_sentences(text)))}
    assert tiers["ruritania"] == "mentioned"
