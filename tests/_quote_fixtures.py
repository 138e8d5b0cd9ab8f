"""Shared helpers for the quotation tests: whom the quote finder makes the speaker of each
quotation of fixture text, given hand-made actors (:mod:`_neg_fixtures`)."""

from __future__ import annotations

from collections.abc import Iterable

from _neg_fixtures import actor, doc

from briefing.extract.quotes.finder import find_quotes
from briefing.extract.time.timex import find_times
from briefing.model import Actor


def cast(text: str, specs: Iterable[tuple[str, str, list[str]]]) -> tuple[Actor, ...]:
    """The actors ``(id, kind, names)`` with their mentions in ``text``."""
    return tuple(actor(text, aid, kind, names) for aid, kind, names in specs)


def speakers(text: str, actors: tuple[Actor, ...]) -> list[str | None]:
    """The speaker of each quotation found in ``text``, in order (the document dated
    2020-06-14, a Sunday, its time expressions found)."""
    d = doc(text)
    return [q.speaker for q in find_quotes(d, actors, find_times(d))]


def speakers_by_quote(text: str, actors: tuple[Actor, ...]) -> dict[str, str | None]:
    """{quotation: its speaker} for the quotations found in ``text`` (no time expressions:
    the finder reads the words alone)."""
    return {q.text: q.speaker for q in find_quotes(doc(text), actors, ())}
