"""The reading session without Textual: corpus, loading, search index, curation, saved state.

:class:`Session` is what the reader's screen works on; it reports changes as the typed events of
:mod:`briefing.session.events` and runs its background work through a
:class:`~briefing.session.jobs.JobRunner`.  Nothing here imports Textual, so the loading and
the index policy are tested with plain pytest.
"""

from __future__ import annotations

from briefing.session.core import Session
from briefing.session.jobs import Cancelled, Job, JobRunner

__all__ = ["Cancelled", "Job", "JobRunner", "Session"]
