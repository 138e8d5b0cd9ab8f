"""Roundups of reactions (issue 11): the voices a statement lines up after "Here's what they're
saying" react to the negotiation from outside it, unless they speak for a side or a mediator.
Invented text (fictional names and states)."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor, doc

from briefing.extract import analyse
from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.roundups import reaction_labels, roundup_voices
from briefing.model import Actor, Negotiation, Quote

THREAD = Negotiation(id="n1", label="accord", primary=True, parties=("ruritania", "freedonia"),
                     mediators=("sylvania",), status="agreed")

ROUNDUP = ("Ruritania and Freedonia signed an accord mediated by Sylvania.\n\n"
           "Here is what they are saying:\n\n"
           "Sen. Ada Quill: “A historic accord for our farmers.”\n\n"
           "Former Ambassador to Latveria Bo Trent: “Peace is closer today.”\n\n"
           "Ruritanian Foreign Minister Cy Marsh: “We will honour every line of it.”\n\n"
           "Latverian Ministry of Trade: “We welcome the accord.”\n\n"
           "Latverian President Una Pell: “A model for the region.”\n")


def _quotes(text: str) -> tuple[Quote, ...]:
    return tuple(Quote(m.start() + 1, m.end() - 1, m.group()[1:-1])
                 for m in re.finditer(r"“[^”]*”", text))


def _person(text: str, pid: str, name: str, home: str | None) -> Actor:
    return replace(actor(text, pid, "person", [name], affiliation=home), tier="party")


def test_reaction_lines_are_a_name_a_colon_and_a_quotation() -> None:
    labels = [ROUNDUP[lo:hi] for lo, hi in reaction_labels(ROUNDUP)]
    assert labels == ["Sen. Ada Quill", "Former Ambassador to Latveria Bo Trent",
                      "Ruritanian Foreign Minister Cy Marsh", "Latverian Ministry of Trade",
                      "Latverian President Una Pell"]


def test_a_verb_or_a_transcript_label_is_no_reaction_line() -> None:
    text = ("It said: “We agree.”\nMs. Roe told reporters: “Not yet.”\n"
            "MR. DOE: Thank you all.\n- On the accord: “It holds.”\n")
    assert reaction_labels(text) == []


def test_one_or_two_reaction_lines_are_no_roundup() -> None:
    text = ("Ruritania and Freedonia agreed.\n\nSen. Ada Quill: “A good day.”\n\n"
            "Cy Marsh: “We will honour it.”\n")
    assert reaction_labels(text) == []


def test_voices_away_from_the_table_are_mentioned() -> None:
    people = [_person(ROUNDUP, "ada_quill", "Ada Quill", None),
              _person(ROUNDUP, "bo_trent", "Bo Trent", "ruritania"),
              _person(ROUNDUP, "cy_marsh", "Cy Marsh", "ruritania"),
              _person(ROUNDUP, "una_pell", "Una Pell", "latveria")]
    states = tuple(actor(ROUNDUP, s, "state", [s.capitalize()])
                   for s in ("ruritania", "freedonia", "sylvania"))
    latveria = actor(ROUNDUP, "latveria", "state", ["Latverian"])
    voices = roundup_voices((*states, latveria, *people), ROUNDUP,
                            {"ruritania", "freedonia", "sylvania"}, lambda x: x,
                            [(q.start, q.end) for q in _quotes(ROUNDUP)], frozenset({"una_pell"}))
    # a legislator for nobody; a former envoy (out of office, whoever he served); a state
    # heard only through its ministry's line and its president's; the side's own minister
    # stays at the table, and so does a head of state quoted (a quoted principal)
    assert voices == {"ada_quill", "bo_trent", "latveria"}


def test_revised_tiers_keep_the_voices_mentioned() -> None:
    states = tuple(actor(ROUNDUP, s, "state", [s.capitalize(), s.capitalize()[:-1] + "n"])
                   for s in ("ruritania", "freedonia", "sylvania"))
    people = [_person(ROUNDUP, "ada_quill", "Ada Quill", None),
              _person(ROUNDUP, "cy_marsh", "Cy Marsh", "ruritania")]
    quotes = tuple(replace(q, speaker=who) for q, who in
                   zip(_quotes(ROUNDUP), ("ada_quill", None, "cy_marsh", None, None), strict=True))
    revised = revise_tiers(states + tuple(people), (THREAD,), quotes, Reading(ROUNDUP,
                           sentences=[(m.start(), m.end())
                                      for m in re.finditer(r"[^.\n]+[.\n]", ROUNDUP)]))
    tiers = {a.id: a.tier for a in revised}
    assert tiers["ada_quill"] == "mentioned"  # quoted, but reacting: no promotion back
    assert tiers["cy_marsh"] == "party"


def test_a_roundup_in_a_whole_analysis() -> None:
    text = ("Chile and Peru Sign Border Accord\n\n"
            "Chile and Peru signed a border accord on Friday after talks mediated "
            "by Brazil, ending a decade of dispute.\n\n"
            "Here is what they are saying:\n\n"
            "Sen. Ada Quill: “A historic accord for our farmers.”\n\n"
            "Commentator Lem Oduya: “Nobody thought this was possible.”\n\n"
            "Analyst Pia Voss: “The border will be quiet at last.”\n")
    briefing = analyse(doc(text, published="2024-03-08"))
    tiers = {a.name: a.tier for a in briefing.actors}
    # (each voice must be found: a default for a missing one would pass with no rule at all)
    for name in ("Ada Quill", "Lem Oduya", "Pia Voss"):
        assert tiers.get(name) == "mentioned", (name, tiers)
