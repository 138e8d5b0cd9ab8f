"""benchmarks/responsiveness.py --detail: where the UI thread's wall went, thread by thread."""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "responsiveness.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_bench_responsiveness", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="Linux /proc only")
def test_schedstats_read_every_thread_of_the_process() -> None:
    stats = _bench()._schedstats()
    if not stats:
        pytest.skip("no schedstat in this kernel")
    assert threading.main_thread().native_id in stats
    assert all(run >= 0 and wait >= 0 for run, wait in stats.values())


def test_the_report_splits_a_key_into_cpu_load_and_sleep(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    ui = threading.main_thread().native_id or 0
    ms = 1_000_000
    before = {ui: (10 * ms, 5 * ms), 7: (0, 0)}
    after = {ui: (30 * ms, 65 * ms), 7: (12 * ms, 1 * ms), 8: (3 * ms, 0)}
    bench._threads_report([("n", 1.0, 1.1, 0.02)], [(before, after)], {7: "briefing-search"})
    out = capsys.readouterr().out.splitlines()
    # 100 ms: 20 on a CPU, 60 waiting for one, 20 asleep; the search thread ran 12 ms
    assert out[1].split() == ["'n'", "100.0", "UI", "20.0", "/", "60.0", "/", "20.0",
                              "briefing-search", "12.0,", "thread", "8", "3.0"]
    totals = out[2].removeprefix("  all keys (ms): ").split(", ")
    assert set(totals) == {"UI runnable 60", "UI on a CPU 20", "UI asleep 20",
                           "briefing-search 12", "thread 8 3"}
    bench._threads_report([], [], {})
    assert "no per-thread breakdown" in capsys.readouterr().out
