"""Actor extraction (issue 3): gazetteer, title+name patterns, aliases, sub-actors."""

from __future__ import annotations

from briefing.model import Actor, Document


def find_actors(document: Document, kb: object | None = None) -> tuple[Actor, ...]:
    """Actors named in ``document``; not built yet, so none."""
    return ()
