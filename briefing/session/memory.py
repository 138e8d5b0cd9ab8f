"""Keeping the garbage collector's full passes off the typing path.

CPython's full (generation 2) collection walks every tracked object while it holds the
interpreter lock.  With a 22,000-document folder loaded that took up to 190 ms at a time
(benchmarks/responsiveness.py), felt as stalls while typing.  Objects that live as long as the
session -- the imported modules, the loaded corpus -- are moved to the permanent generation
(:func:`gc.freeze`) as they arrive, so those passes skip them.  Young garbage is collected
first, so only cycles that are already old when a batch is frozen escape collection; the loader
makes almost none.  And while the user types, the automatic full passes wait
(:func:`hold_full_passes`) until the keys stop.
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


# While the user types, CPython's automatic full passes wait.  With the corpus arriving
# (21,901 documents analysed in the background) one came every few seconds and walked every
# object not yet frozen: 42-54 ms of CPU holding the interpreter lock, so the key it met
# answered late -- with 18 keys typed, one such pass is the p95 (benchmarks/NOTES_issue16.md,
# session 7).  The young generations are still collected as usual; only the full pass is put
# off until the keys stop for :data:`KEYS_QUIET` seconds, when it runs at once if it is due.
# Someone typing on and on still gets a full pass every :data:`HOLD_MAX` seconds or so (the
# key after that is not held), so cyclic garbage never piles up for long.
KEYS_QUIET = 1.0
HOLD_MAX = 10.0
HELD_THRESHOLD = 1 << 30  # gen-1 passes before a full one: never, in practice

_held_threshold: int | None = None  # the threshold put aside while held
_held_since = 0.0


def hold_full_passes(now: float | None = None) -> None:
    """A key was pressed (at ``now``, ``time.monotonic()``): no automatic full collection
    until :func:`release_full_passes`, unless they have been held :data:`HOLD_MAX` already
    (then this key lets them run again, and the next one holds them anew)."""
    global _held_threshold, _held_since
    if now is None:
        from time import monotonic

        now = monotonic()
    if _held_threshold is not None:
        if now - _held_since > HOLD_MAX:
            release_full_passes()
        return
    young, middle, full = gc.get_threshold()
    if full < HELD_THRESHOLD:
        _held_threshold, _held_since = full, now
        gc.set_threshold(young, middle, HELD_THRESHOLD)


def release_full_passes() -> None:
    """The keys stopped: full collections come back (a due one runs at the next young one)."""
    global _held_threshold
    if _held_threshold is not None:
        young, middle, _full = gc.get_threshold()
        gc.set_threshold(young, middle, _held_threshold)
        _held_threshold = None


def full_passes_held() -> bool:
    return _held_threshold is not None
