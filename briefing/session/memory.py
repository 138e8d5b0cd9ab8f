"""Keeping the garbage collector's full passes off the typing path.

CPython's full (generation 2) collection walks every tracked object while it holds the
interpreter lock.  With a 22,000-document folder loaded that took up to 190 ms at a time
(benchmarks/responsiveness.py), felt as stalls while typing.  Objects that live as long as the
session -- the imported modules, the loaded corpus -- are moved to the permanent generation
(:func:`gc.freeze`) as they arrive, so those passes skip them.  Young garbage is collected
first, so only cycles that are already old when a batch is frozen escape collection; the loader
makes almost none.
"""

from __future__ import annotations

import gc
import sys

FREEZE_EVERY = 2000  # documents loaded between two freezes


class Freezer:
    """Counts loaded documents and freezes the survivors every :data:`FREEZE_EVERY`."""

    def __init__(self, every: int = FREEZE_EVERY) -> None:
        self.every = every
        self._since = 0
        self.freezes = 0

    def loaded(self, count: int) -> None:
        self._since += count
        if self._since >= self.every:
            self.freeze()

    def freeze(self) -> None:
        gc.collect(1)  # the young generations: cheap, and their garbage is not kept
        gc.freeze()
        self._since = 0
        self.freezes += 1


# The interpreter lock passes between threads every 5 ms by default; a key handled while a
# loading thread computes waits for it several times.  1 ms keeps the reader's event loop
# prompt at a small cost to the loaders' throughput.
SWITCH_INTERVAL = 0.001


def prompt_switching() -> None:
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)
