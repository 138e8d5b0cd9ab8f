"""Folding a :class:`~briefing.session.events.Curated` event into the session's state.

A document read again (a curation of its sidecar, or an edit on disk) takes the place of the
one loaded, and its problems replace those of the earlier reading; the search index then
follows, by a full build when the text changed or by updating the document's actors.  These
are plain functions over the session's parts, so that :class:`~briefing.session.core.Session`
stays a small owner of state (its methods call them on the owner's thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Briefing, Problem
    from briefing.search import SearchIndex
    from briefing.session.events import Applied, Curated, SessionEvent
    from briefing.session.jobs import JobRunner


def fold_curated(event: Curated, applied: Applied, briefings: list[Briefing],
                 by_path: dict[str, int], problems: list[Problem],
                 ) -> tuple[Briefing, Briefing, list[Problem]] | None:
    """Put the briefing read again in its place in ``briefings`` and say so in ``applied``;
    the one replaced, the new one and the session's problems after it (a new list), or
    ``None`` when nothing was replaced (an error, said in ``applied``, or a path not loaded)."""
    from briefing.corpus.problems import unique_problems
    from briefing.session.events import Notice

    if event.error is not None or event.briefing is None:
        applied.notices.append(Notice(event.error or "the change was not made", "error"))
        return None
    position = by_path.get(event.path)
    if position is None:
        return None
    old, new = briefings[position], event.briefing
    briefings[position] = new
    # The document was read again (a curation, or an edit on disk): its problems are those
    # of this reading (a sidecar fixed by hand no longer says "invalid YAML"), each once.
    own = own_paths(event.path, old.document.sidecar_path, new.document.sidecar_path)
    kept = unique_problems([*(p for p in problems if p.path not in own), *event.problems])
    applied.position, applied.replaced = position, old
    applied.notices.append(Notice(event.what))
    if event.warning:
        applied.notices.append(Notice(event.warning, "warning"))
    return old, new, kept


@dataclass(frozen=True)
class CuratedIndexUpdate:
    """What updating the search index's actors of one curated document needs (its text is
    the same): :meth:`start` runs :func:`~briefing.session.curation.curate_index` in a job."""

    current: Callable[[], SearchIndex | None]  # the index now (a build may replace it)
    publish: Callable[[SessionEvent], None]
    path: str
    old: Briefing
    new: Briefing
    briefings: Sequence[Briefing]  # the corpus, a snapshot
    paths: Sequence[str]  # the corpus as opened (the saved index's key)
    cache_dir: Path | None  # where the index is saved

    def start(self, runner: JobRunner) -> None:
        from briefing.session.curation import curate_index

        runner.run(lambda cancelled: curate_index(self, cancelled),
                   group="search-curation", description="search index: curated actors")


def own_paths(path: str, *sidecars: str | None) -> set[str]:
    """The paths a document's problems name: the file and its sidecar (``a.yaml``/``a.yml``
    beside ``a.txt``, or the one it was read from)."""
    stem = os.path.splitext(path)[0]
    return {path, stem + ".yaml", stem + ".yml", *(s for s in sidecars if s)}
