"""Parties by role (issue 11): a head of state or government or a minister whom the text names
three times or more is a principal of the story, at the table wherever their office sits; one
named less often, a deputy, a spokesperson, or one out of office is left to the other rules.
Invented text (fictional names)."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.side_officials import IN_VIEW, in_view, office_holders
from briefing.knowledge import default_kb
from briefing.model import Actor, Negotiation

THREAD = Negotiation(id="n1", label="truce", primary=True, parties=("ruritania", "freedonia"),
                     mediators=(), status="ongoing")

TEXT = ("Statement on the Truce\n"
        "Ruritania and Freedonia resumed talks on a truce. President Lem Oduya of Latveria "
        "warned the fleets. Lem Oduya has moved troops to the border, and Lem Oduya will "
        "decide the next step. Minister Cy Marsh of Latveria spoke about the harvest.")


def _person(pid: str, name: str, title: str) -> Actor:
    return replace(actor(TEXT, pid, "person", [name], affiliation="latveria", title=title),
                   tier="mentioned")


def _tiers(former: frozenset[str] = frozenset()) -> dict[str, str]:
    states = tuple(actor(TEXT, s, "state", [s.capitalize()])
                   for s in ("ruritania", "freedonia"))
    home = replace(actor(TEXT, "latveria", "state", ["Latveria"]), tier="mentioned")
    people = (_person("lem_oduya", "Lem Oduya", "President"),
              _person("cy_marsh", "Cy Marsh", "Minister"))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.\n]", TEXT)]
    revised = revise_tiers(states + (home, *people), (THREAD,), (), Reading(
        TEXT, sentences=sentences, title_end=TEXT.index("\n"), former=former,
        principals=office_holders(people, default_kb())))
    return {a.id: a.tier for a in revised}


def test_a_head_the_text_keeps_naming_is_a_party() -> None:
    tiers = _tiers()
    assert tiers["lem_oduya"] == "party"  # named three times, his state away from the table
    assert tiers["cy_marsh"] == "mentioned"  # a minister named once


def test_one_out_of_office_stays_mentioned() -> None:
    assert _tiers(former=frozenset({"lem_oduya"}))["lem_oduya"] == "mentioned"


def test_office_holders_are_heads_and_ministers_but_no_deputy_or_spokesperson() -> None:
    people = [actor("", pid, "person", [], title=title)
              for pid, title in (("a", "President"), ("b", "Foreign Minister"),
                                 ("c", "Secretary"), ("d", "Deputy Foreign Minister"),
                                 ("e", "Press Secretary"), ("f", "Ambassador"),
                                 ("g", None))]
    assert office_holders(people, default_kb()) == frozenset({"a", "b", "c"})


def test_in_view_counts_names_not_places() -> None:
    oduya = _person("lem_oduya", "Lem Oduya", "President")
    assert IN_VIEW == 3 and in_view(oduya, frozenset({"lem_oduya"}))
    placed = replace(oduya, mentions=tuple(replace(m, role="location")
                                           for m in oduya.mentions[1:]))
    assert not in_view(placed, frozenset({"lem_oduya"}))
    assert not in_view(oduya, frozenset())
