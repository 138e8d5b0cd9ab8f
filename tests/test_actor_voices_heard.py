"""Parties by role (issue 11): a spokesperson the story quotes or has speak is the voice of a
side, at the table -- with a primary thread or without one; one only named as a statement's
author, or out of office, is not.  Invented text."""

from __future__ import annotations

import re
from dataclasses import replace

from _neg_fixtures import actor

from briefing.extract.actors.roles import Reading, revise_tiers
from briefing.extract.actors.voices_heard import heard_spokesperson, speaks
from briefing.model import Actor, Negotiation, Quote

THREAD = Negotiation(id="n1", label="pay talks", primary=True,
                     parties=("dockers_union", "port_authority"), mediators=(),
                     status="ongoing")
VERBS = frozenset({"said", "told", "says"})


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.?\n]+[.?\n]", text)]


def _person(text: str, name: str, title: str | None, pid: str = "jo_roe") -> Actor:
    return replace(actor(text, pid, "person", [name], title=title), tier="mentioned")


def _tiers(text: str, people: list[Actor], threads: tuple[Negotiation, ...] = (THREAD,),
           quotes: tuple[Quote, ...] = ()) -> dict[str, str]:
    sides = tuple(actor(text, s, "organization", [n]) for s, n in (
        ("dockers_union", "Dockers Union"), ("port_authority", "Port Authority")))
    revised = revise_tiers(sides + tuple(people), threads, quotes, Reading(
        text, sentences=_sentences(text), title_end=text.index("\n"), verbs=VERBS))
    return {a.id: a.tier for a in revised}


_SAID = ("Dockers Union and Port Authority meet again\n"
         "The Dockers Union and the Port Authority will meet on Monday. The offer is too low, "
         "said Jo Roe, a spokesman for the dockers.")


def test_a_spokesperson_who_speaks_is_a_party() -> None:
    roe = _person(_SAID, "Jo Roe", "spokesman")
    assert speaks(roe, _SAID, VERBS)
    assert heard_spokesperson(roe, _SAID, VERBS, ())
    assert _tiers(_SAID, [roe])["jo_roe"] == "party"


def test_a_quoted_spokesperson_is_a_party_without_a_table() -> None:
    text = ("Strike goes ahead\n"
            "\u201cWe will not go back,\u201d Jo Roe, the union's spokeswoman, told a rally.")
    roe = _person(text, "Jo Roe", "spokeswoman")
    quote = Quote(text.index("\u201c"), text.index("\u201d") + 1, "We will not go back,",
                  speaker="jo_roe")
    assert _tiers(text, [roe], threads=(), quotes=(quote,))["jo_roe"] == "party"


def test_a_spokesperson_only_named_stays_mentioned() -> None:
    text = ("Dockers Union and Port Authority meet again\n"
            "The Dockers Union and the Port Authority will meet on Monday, according to a "
            "statement issued by Jo Roe, a spokesman.")
    roe = _person(text, "Jo Roe", "spokesman")
    assert not heard_spokesperson(roe, text, VERBS, ())
    assert _tiers(text, [roe])["jo_roe"] == "mentioned"


def test_a_citation_is_not_speech() -> None:
    text = ("Port talks\n"
            "The Dockers Union and the Port Authority met. As Spokesman Jo Roe said last "
            "year, the port must stay open.")
    roe = _person(text, "Jo Roe", "spokesman")
    assert not speaks(roe, text, VERBS)


def test_a_former_spokesperson_or_another_speaker_stays_mentioned() -> None:
    former = _SAID.replace("said Jo Roe, a spokesman", "said former spokesman Jo Roe")
    assert _tiers(former, [_person(former, "Jo Roe", "spokesman")])["jo_roe"] == "mentioned"
    analyst = _SAID.replace("a spokesman for the dockers", "an analyst at a bank")
    assert not heard_spokesperson(_person(analyst, "Jo Roe", "analyst"), analyst, VERBS, ())
