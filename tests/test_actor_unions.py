"""Trade unions (issue 11, party recall): a union named in a text about a labour dispute is a
side of it, however and wherever it is named (a possessor, the agent of a passive, a spokesman's
employer in another sentence); a union in a text with no labour dispute, or a body that only has
"Union" or "Workers" in its name, is not.  Invented text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.unions import is_union
from briefing.knowledge import default_kb
from briefing.model import Negotiation

TEXT = ("Ministers met the Civil Staff Union on Friday. Ruritania said no deal was offered. "
        "The Metalworkers Guild's 70,000 members are being balloted about a walkout. "
        "The Harbour Union backed the new museum.")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]


def _mentioned(text: str, actor_id: str, name: str):
    return replace(actor(text, actor_id, "organization", [name]), tier="mentioned")


def test_a_union_in_a_sentence_of_the_dispute_is_a_side() -> None:
    actors = (replace(actor(TEXT, "ruritania", "state", ["Ruritania"]), tier="party"),
              _mentioned(TEXT, "guild", "Metalworkers Guild"),
              _mentioned(TEXT, "harbour_union", "Harbour Union"))
    thread = Negotiation(id="n1", label="pay", primary=True, parties=("ruritania",),
                         status="ongoing")
    unions = frozenset({"guild", "harbour_union"})
    for threads in ((thread,), ()):  # whoever the tracker seats, or none
        tiers = {a.id: a.tier for a in revise_tiers(actors, threads, (), Reading(TEXT,
                                                    sentences=_sentences(TEXT), unions=unions))}
        assert tiers["guild"] == "party"  # a possessor, in a sentence of a ballot
        # named in another sentence of a story about a labour dispute: there for its members
        assert tiers["harbour_union"] == "party"


def test_a_union_in_a_text_with_no_labour_dispute_stays_mentioned() -> None:
    text = ("Ruritania and Freedonia signed a trade deal on Friday. "
            "The Harbour Union backed the new museum.")
    actors = (replace(actor(text, "ruritania", "state", ["Ruritania"]), tier="party"),
              _mentioned(text, "harbour_union", "Harbour Union"))
    thread = Negotiation(id="n1", label="trade", primary=True, parties=("ruritania",),
                         status="agreed")
    out = revise_tiers(actors, (thread,), (), Reading(text, sentences=_sentences(text),
                       unions=frozenset({"harbour_union"})))
    assert {a.id: a.tier for a in out}["harbour_union"] == "mentioned"


def test_a_union_struck_by_is_a_side_and_a_curated_tier_stays() -> None:
    text = "The plant has been struck by Dockers Union Local 9, a company spokesman said."
    union = _mentioned(text, "dockers", "Dockers Union Local 9")
    out = revise_tiers((union,), (), (), Reading(text, unions=frozenset({"dockers"})))
    assert out[0].tier == "party"
    assert revise_tiers((union,), (), (), Reading(text, frozenset({"dockers"}),
                        unions=frozenset({"dockers"})))[0].tier == "mentioned"


@pytest.mark.parametrize(("name", "union"), [
    ("Civil Staff Union", True), ("Union of Port Workers", True), ("Dockers Union Local 9", True),
    ("Teamsters Local 17", True), ("State of the Union", False), ("Union Pacific", False),
    ("Workers Educational Association", False),
    # a calling and a body's head, or "United ... Workers"
    ("Association of Professional Cabin Attendants", True), ("Harbour Metal Trades District "
                                                             "Council", True),
    ("Waterside Workers' Federation", True), ("National Association of Broadcast Employees", True),
    ("United Widget Workers", True), ("Air Line Pilots Association", True),
    ("National Association of Manufacturers", False), ("United Widget Holdings", False),
])
def test_a_union_by_its_name(name: str, union: bool) -> None:
    assert is_union(actor(name, "x_" + name.lower().replace(" ", "_"), "organization",
                          [name]), default_kb()) is union


def test_a_union_of_the_knowledge_base_and_a_union_of_states() -> None:
    kb = default_kb()
    assert is_union(actor("Unison", "unison_union", "organization", ["Unison"]), kb)
    assert not is_union(actor("European Union", "eu", "igo", ["European Union"]), kb)


@pytest.mark.parametrize("words", ["wage concessions", "labor costs", "a new labour contract",
                                   "labor talks"])
def test_concessions_and_labour_costs_are_a_labour_dispute(words: str) -> None:
    text = (f"Acme Motors broke off talks on {words} at its plant. "
            "Auto Workers Guild negotiators voted against the offer.")
    actors = (replace(actor(text, "acme", "organization", ["Acme Motors"]), tier="party"),
              _mentioned(text, "guild", "Auto Workers Guild"))
    thread = Negotiation(id="n1", label="plant", primary=True, parties=("acme",),
                         status="stalled")
    out = revise_tiers(actors, (thread,), (), Reading(text, sentences=_sentences(text),
                       unions=frozenset({"guild"})))
    assert {a.id: a.tier for a in out}["guild"] == "party"


def test_negotiating_for_a_new_contract_is_a_labour_dispute() -> None:
    text = ("The Association of Professional Cabin Attendants said it took Acme Air to court. "
            "The association has been negotiating for a new contract with Acme Air for months.")
    actors = (replace(actor(text, "acme", "organization", ["Acme Air"]), tier="party"),
              _mentioned(text, "apca", "Association of Professional Cabin Attendants"))
    thread = Negotiation(id="n1", label="contract", primary=True, parties=("acme",),
                         status="ongoing")
    out = revise_tiers(actors, (thread,), (), Reading(text, sentences=_sentences(text),
                       unions=frozenset({"apca"})))
    assert {a.id: a.tier for a in out}["apca"] == "party"
    assert is_union(actors[1], default_kb())
