"""Time expressions resolved against the publication date (issue 4)."""

from __future__ import annotations

from briefing.model import Document, TimeExpression


def find_times(document: Document) -> tuple[TimeExpression, ...]:
    """Time expressions in ``document``; not built yet, so none."""
    return ()
