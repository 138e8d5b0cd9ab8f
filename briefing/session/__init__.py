"""The reading session without Textual: corpus, loading, search index, curation, saved state.

:class:`Session` is what the reader's screen works on; it reports changes as the typed events of
:mod:`briefing.session.events` and runs its background work through a
:class:`~briefing.session.jobs.JobRunner`.  Nothing here imports Textual, so the loading and
the index policy are tested with plain pytest.

The package itself imports nothing: ``Session`` and the job names are read from their modules
when first asked for (a module ``__getattr__``), so that two threads first importing two modules
of the package at once never wait on each other through it (see :mod:`briefing.search`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.common.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from briefing.session.core import Session
    from briefing.session.jobs import Cancelled, Job, JobRunner

__all__ = ["Cancelled", "Job", "JobRunner", "Session"]

# Where each exported name lives.
_HOMES = {"Session": "core", "Cancelled": "jobs", "Job": "jobs", "JobRunner": "jobs"}

__getattr__ = lazy_exports(__name__, _HOMES, globals())
