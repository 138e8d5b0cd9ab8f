"""Quotations and their speakers (issue 4)."""

from __future__ import annotations

from briefing.model import Actor, Document, Quote, TimeExpression


def find_quotes(document: Document, actors: tuple[Actor, ...],
                times: tuple[TimeExpression, ...]) -> tuple[Quote, ...]:
    """Quotes in ``document``; not built yet, so none."""
    return ()
