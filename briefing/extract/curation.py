"""The user's corrections from the sidecar's ``actors:`` section (issue 3)."""

from __future__ import annotations

from briefing.model import Actor, Document, Problem


def apply_actor_curation(document: Document,
                         actors: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], list[Problem]]:
    """Apply add/merge/rename/drop; not built yet, so actors pass through unchanged."""
    return actors, []
