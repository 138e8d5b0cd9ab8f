"""While the user types, the garbage collector's full passes wait until the keys stop.

A full pass walks every object not frozen while holding the interpreter lock (40-55 ms of
CPU during a big folder's analysis): one met by a keystroke made it late.  The young
generations are collected as usual; only the full pass is put off, and comes back once no key
has come for ``KEYS_QUIET`` seconds.
"""

from __future__ import annotations

import gc

import pytest

from briefing.session import memory
from briefing.ui.app import BriefingApp


@pytest.fixture(autouse=True)
def _restore_thresholds():
    memory.release_full_passes()  # (an app of an earlier test may have left them held)
    before = gc.get_threshold()
    yield
    memory.release_full_passes()
    gc.set_threshold(*before)


def test_holding_puts_off_full_passes_and_releasing_restores_the_threshold() -> None:
    gc.set_threshold(700, 10, 10)
    memory.hold_full_passes()
    memory.hold_full_passes()  # again while held: the original is kept, not the held value
    assert memory.full_passes_held()
    young, middle, full = gc.get_threshold()
    assert (young, middle) == (700, 10) and full >= memory.HELD_THRESHOLD
    # A young pass still runs: only generation 2 waits.
    before = gc.get_stats()[0]["collections"]
    gc.collect(0)
    assert gc.get_stats()[0]["collections"] == before + 1
    memory.release_full_passes()
    assert not memory.full_passes_held() and gc.get_threshold() == (700, 10, 10)
    memory.release_full_passes()  # nothing held: nothing changes
    assert gc.get_threshold() == (700, 10, 10)


def test_typing_on_and_on_still_lets_a_full_pass_through_now_and_then() -> None:
    gc.set_threshold(700, 10, 10)
    memory.hold_full_passes(now=100.0)
    memory.hold_full_passes(now=100.0 + memory.HOLD_MAX - 1)
    assert memory.full_passes_held()
    memory.hold_full_passes(now=100.0 + memory.HOLD_MAX + 1)  # held long enough: let go
    assert not memory.full_passes_held() and gc.get_threshold() == (700, 10, 10)
    memory.hold_full_passes(now=100.0 + memory.HOLD_MAX + 2)  # the next key holds again
    assert memory.full_passes_held()


def test_no_automatic_full_pass_while_held() -> None:
    gc.collect()
    gc.set_threshold(100, 1, 1)  # normally a full pass every few hundred allocations
    full_before = gc.get_stats()[2]["collections"]
    memory.hold_full_passes()
    junk = []
    for i in range(20000):
        a: list[object] = [i]
        a.append(a)  # a cycle: only the collector frees it
        junk.append(a)
    assert gc.get_stats()[2]["collections"] == full_before
    memory.release_full_passes()
    for i in range(5000):
        b: list[object] = [i]
        b.append(b)
    assert gc.get_stats()[2]["collections"] > full_before


async def test_keys_hold_full_passes_until_they_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()  # the seeds loaded: the keys come after
        await pilot.pause()
        memory.release_full_passes()
        monkeypatch.setattr(memory, "KEYS_QUIET", 60.0)  # (however slow; read at each key)
        await pilot.press("j")
        assert memory.full_passes_held()
        await pilot.press("k")
        assert memory.full_passes_held()
        app._keys_quiet.stop()
        app._keys_quiet = None
        # The keys stop: the full passes come back once KEYS_QUIET has passed without one.
        monkeypatch.setattr(memory, "KEYS_QUIET", 0.2)
        await pilot.press("j")
        assert memory.full_passes_held() or app._keys_quiet is None
        for _ in range(300):  # up to 30 s: the full suite runs on 2 busy cores
            if not memory.full_passes_held():
                break
            await pilot.pause(0.1)
        assert not memory.full_passes_held()
        assert gc.get_threshold()[2] < memory.HELD_THRESHOLD
        # (a slow build may spend more than 0.2 s on a key: the next key's quiet is long again)
        monkeypatch.setattr(memory, "KEYS_QUIET", 60.0)
        await pilot.press("j")
        assert memory.full_passes_held()
    # The reader closed while keys were held: the collector is as it was.
    assert not memory.full_passes_held()
