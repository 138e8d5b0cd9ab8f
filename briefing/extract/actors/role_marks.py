"""What an actor's mentions and title say about its role, read by the tier pass
(:mod:`briefing.extract.actors.roles`): a former office-holder, a place, a spokesperson who
only issues statements, a state that only qualifies others, an interview's publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.model import Actor

_FORMER = re.compile(r"\b(?:former|ex-|late|then-|predecessor|previous)\W*(?:\w+\W+){0,3}$",
                     re.IGNORECASE)


def named_former(actor: Actor, text: str) -> bool:
    """Every name mention is preceded by "former", "late", "predecessor" (within 4 words)."""
    return bool(actor.mentions) and all(
        _FORMER.search(text, max(0, m.start - 40), m.start) for m in actor.mentions)


def located(actor: Actor, places: Sequence[tuple[int, int]]) -> Actor:
    """``actor`` with its mentions inside ``places`` marked as locations."""
    if not any(lo <= m.start < hi for m in actor.mentions for lo, hi in places):
        return actor
    return replace(actor, mentions=tuple(
        replace(m, role="location") if any(lo <= m.start < hi for lo, hi in places) else m
        for m in actor.mentions))


NEGOTIATOR = re.compile(r"\b(?:envoy|negotiator|mediator)\b", re.IGNORECASE)

SPOKESPERSON = re.compile(r"\b(?:spokes(?:man|woman|person|people)|press\s+secretary)\b",
                          re.IGNORECASE)


def silent_spokesperson(actor: Actor, text: str) -> bool:
    """A spokesperson (by title) who is neither quoted nor a transcript's speaker: the statement
    they issue speaks for their principal, not for them.  (Callers check the quotes.)"""
    return bool(actor.title and SPOKESPERSON.search(actor.title)) and not any(
        text.startswith(":", m.end) for m in actor.mentions)


def only_qualifies(actor: Actor) -> bool:
    """A state named only to qualify others ("Japanese banks", "Japan's biggest bank"): every
    name mention a demonym modifier or a possessor."""
    return actor.kind == "state" and bool(actor.mentions) and all(
        m.role in ("modifier", "possessor", "location") for m in actor.mentions)


def in_title(actor: Actor, title_end: int) -> bool:
    """Whether the actor is named in the document's title (an author, a principal)."""
    return any(m.start < title_end for m in actor.mentions)


def interviewer(actor: Actor, text: str) -> bool:
    """An organisation named only as the speaker label of an interview ("Wikinews: Do you
    ...?"): the publication asking the questions."""
    return actor.kind != "person" and bool(actor.mentions) and all(
        (m.start == 0 or text[m.start - 1] == "\n") and text.startswith(":", m.end)
        for m in actor.mentions)


def first_name_only(a: Actor) -> bool:
    """A person the text names by a given name alone, found by that name (no surname)."""
    return a.origin == "extracted" and " " not in a.name and bool(a.mentions) \
        and all(m.rule == "given_name" for m in a.mentions)
