"""A side's officials in a government's own text (issue 11): at the table when the text has
them in the talks, mentioned when named for another matter; heads of state are left to the
other rules, and other kinds of text are left alone.  Invented text (fictional names)."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.side_officials import heads
from briefing.knowledge import default_kb
from briefing.model import Actor, Negotiation

THREAD = Negotiation(id="n1", label="truce", primary=True, parties=("ruritania", "freedonia"),
                     mediators=("sylvania",), status="ongoing")

TEXT = ("Ruritania and Freedonia resumed talks on a truce mediated by Sylvania. "
        "Secretary Ada Quill will travel to the region for the talks next week. "
        "This morning Secretary Bo Trent spoke with Minister Cy Marsh about the naval drills. "
        "President Lem Oduya thanked the crews of the fleet.")


def _person(pid: str, name: str, home: str, title: str) -> Actor:
    return replace(actor(TEXT, pid, "person", [name], affiliation=home, title=title),
                   tier="party")


def _tiers(government: bool) -> dict[str, str]:
    states = tuple(actor(TEXT, s, "state", [s.capitalize()])
                   for s in ("ruritania", "freedonia", "sylvania"))
    people = (_person("ada_quill", "Ada Quill", "sylvania", "Secretary"),
              _person("bo_trent", "Bo Trent", "sylvania", "Secretary"),
              _person("cy_marsh", "Cy Marsh", "freedonia", "Minister"),
              _person("lem_oduya", "Lem Oduya", "sylvania", "President"))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", TEXT)]
    revised = revise_tiers(states + people, (THREAD,), (), Reading(TEXT, sentences=sentences,
                           heads=frozenset({"lem_oduya"}), government=government))
    return {a.id: a.tier for a in revised}


def test_officials_named_for_another_matter_are_mentioned_in_a_government_text() -> None:
    tiers = _tiers(True)
    assert tiers["ada_quill"] == "party"  # travels for the talks
    assert tiers["bo_trent"] == "mentioned"  # a call about the drills
    assert tiers["cy_marsh"] == "mentioned"  # the other side's minister, same call
    assert tiers["lem_oduya"] == "party"  # a head of state: left to the other rules


def test_other_texts_are_left_alone() -> None:
    tiers = _tiers(False)
    assert tiers["bo_trent"] == "party" and tiers["cy_marsh"] == "party"


def test_heads_are_the_principal_titles_but_no_deputy() -> None:
    people = [replace(actor("", pid, "person", [], title=title), tier="party")
              for pid, title in (("a", "President"), ("b", "Prime Minister"),
                                 ("c", "Vice President"), ("d", "Secretary of State"),
                                 ("e", "Deputy Prime Minister"), ("f", None))]
    assert heads(people, default_kb()) == {"a", "b"}
