"""Parties by role (issue 11): a person the title names -- who gives the remarks or the
gaggle, whose meeting a readout reports, whom a story is about -- is a principal of the text,
not one named in passing; a spokesperson issuing a statement for another, or one out of
office, is not.  Invented text."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.model import Actor, Negotiation

THREAD = Negotiation(id="n1", label="truce", primary=True, parties=("ruritania", "freedonia"),
                     mediators=(), status="ongoing")


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?\n]", text)]


def _tiers(text: str, people: list[Actor], threads: tuple[Negotiation, ...] = (THREAD,),
           former: frozenset[str] = frozenset()) -> dict[str, str]:
    states = tuple(actor(text, s, "state", [s.capitalize()]) for s in ("ruritania", "freedonia"))
    revised = revise_tiers(states + tuple(people), threads, (), Reading(text,
                           sentences=_sentences(text), title_end=text.index("\n"),
                           former=former))
    return {a.id: a.tier for a in revised}


def _person(text: str, pid: str, name: str, tier: str, title: str | None = None,
            home: str | None = "latveria") -> Actor:
    return replace(actor(text, pid, "person", [name], affiliation=home, title=title), tier=tier)


_REMARKS = ("Remarks by Minister Ada Lux on the Economy\n"
            "Ruritania and Freedonia resumed talks on a truce. Ada Lux spoke of the harvest "
            "on a visit to Latveria.")


def test_the_speaker_the_title_names_stays_at_the_table() -> None:
    lux = _person(_REMARKS, "ada_lux", "Ada Lux", "party", title="Minister")
    home = actor(_REMARKS, "latveria", "state", ["Latveria"])
    home = replace(home, mentions=tuple(replace(m, role="location") for m in home.mentions))
    tiers = _tiers(_REMARKS, [lux, home])
    assert tiers["latveria"] == "mentioned"  # named only as a place
    assert tiers["ada_lux"] == "party"  # her state is away from the table, yet the title's


def test_a_person_the_title_names_is_seated_without_a_thread() -> None:
    text = ("Readout of the Meeting with Ada Lux and Ivo Zan\n"
            "The ministers discussed the harvest and the weather.")
    people = [_person(text, "ada_lux", "Ada Lux", "mentioned"),
              _person(text, "ivo_zan", "Ivo Zan", "mentioned")]
    assert _tiers(text, people, threads=()) == {"ruritania": "party", "freedonia": "party",
                                                 "ada_lux": "party", "ivo_zan": "party"}


def test_a_spokesperson_the_title_names_stays_mentioned() -> None:
    text = ("Statement from Spokesperson Ada Lux on the Truce\n"
            "Ruritania and Freedonia resumed talks on a truce.")
    lux = _person(text, "ada_lux", "Ada Lux", "mentioned", title="Spokesperson")
    assert _tiers(text, [lux])["ada_lux"] == "mentioned"  # the statement speaks for another


def test_one_out_of_office_the_title_names_stays_mentioned() -> None:
    text = ("A Tribute to Ada Lux\n"
            "Ruritania and Freedonia resumed talks on a truce. Former Minister Ada Lux died.")
    lux = _person(text, "ada_lux", "Ada Lux", "mentioned")
    assert _tiers(text, [lux], former=frozenset({"ada_lux"}))["ada_lux"] == "mentioned"


def test_a_person_named_only_in_the_body_is_not_seated_by_this_rule() -> None:
    lux = _person(_REMARKS.replace("by Minister Ada Lux ", ""), "ada_lux", "Ada Lux",
                  "mentioned")
    text = _REMARKS.replace("by Minister Ada Lux ", "")
    assert _tiers(text, [lux])["ada_lux"] == "mentioned"
