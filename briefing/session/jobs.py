"""How a session runs its background work: jobs handed to a runner the owner provides.

The session never starts threads itself.  The screen's runner starts each job as a Textual
thread worker (so Textual cancels them on exit and shows them in its worker list); a test's
runner may run them inline.  A job receives ``cancelled``, a function it polls to stop early.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeAlias

Cancelled: TypeAlias = Callable[[], bool]
Job: TypeAlias = Callable[[Cancelled], None]


class JobRunner(Protocol):
    """Starts jobs off the owner's thread and cancels them by group."""

    def run(self, job: Job, *, group: str, description: str, exclusive: bool = False) -> None:
        """Start ``job``; ``exclusive`` cancels the group's running jobs first."""

    def cancel(self, group: str) -> None:
        """Ask the group's running jobs to stop."""


def never() -> bool:
    """A ``cancelled`` for work nobody cancels."""
    return False
