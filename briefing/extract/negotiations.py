"""Negotiation threads, status, agenda, rounds and the timeline (issue 4)."""

from __future__ import annotations

from briefing.model import Actor, Document, Negotiation, Quote, TimeExpression, TimelineEvent


def find_negotiations(
    document: Document, actors: tuple[Actor, ...], quotes: tuple[Quote, ...],
    times: tuple[TimeExpression, ...],
) -> tuple[tuple[Negotiation, ...], tuple[TimelineEvent, ...]]:
    """Negotiation threads and dated events; not built yet, so none."""
    return (), ()
