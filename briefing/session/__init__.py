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

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.session.core import Session
    from briefing.session.jobs import Cancelled, Job, JobRunner

__all__ = ["Cancelled", "Job", "JobRunner", "Session"]

# Where each exported name lives.
_HOMES = {"Session": "core", "Cancelled": "jobs", "Job": "jobs", "JobRunner": "jobs"}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:  # a module of the package not imported yet: the import system imports it
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once: later reads (and monkeypatching) see a plain attribute
    return value
