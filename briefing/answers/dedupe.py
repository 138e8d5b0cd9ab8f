"""Identical documents (the same bytes under two paths) counted once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def unique_briefings(briefings: Iterable[Any]) -> tuple[list[Any], dict[str, list[str]]]:
    """The briefings with one copy of each identical document (the first met), and for each
    kept path the other paths of the same bytes."""
    kept: list[Any] = []
    first_of: dict[str, str] = {}
    others: dict[str, list[str]] = {}
    for briefing in briefings:
        document = getattr(briefing, "document", briefing)
        sha = getattr(document, "sha256", "") or ""
        if sha and sha in first_of:
            others.setdefault(first_of[sha], []).append(document.path)
            continue
        if sha:
            first_of[sha] = document.path
        kept.append(briefing)
    return kept, others
