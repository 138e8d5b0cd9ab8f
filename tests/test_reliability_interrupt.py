"""Ctrl+C while worker processes start prints no traceback and breaks no pool (session 7).

Ctrl+C in a terminal sends SIGINT to the whole foreground process group, the analysis
workers included.  A worker used to ignore it only from its initializer on; one still
starting (``spawn`` imports the interpreter's modules first, ~0.1-0.5 s) died with a
``KeyboardInterrupt`` traceback on the user's terminal (seen with ``timeout -s INT 5 briefing
extract ../shared/corpora/bbc``), and a pool whose worker died was broken.  Workers are now
started with SIGINT blocked, so they never see it; the parent decides what Ctrl+C does.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import os, signal, sys, threading, time
    from briefing.analysis.pool import AnalysisPool

    seen = []
    signal.signal(signal.SIGINT, lambda *_: seen.append(1))  # the parent stays up
    stop = False

    def storm():  # Ctrl+C pressed again and again, to the whole group
        while not stop:
            os.killpg(0, signal.SIGINT)
            time.sleep(0.005)

    thread = threading.Thread(target=storm)
    thread.start()
    try:
        pool = AnalysisPool(2)
        pids = {pool.run(os.getpid).result(timeout=60) for _ in range(4)}
        pool.close()
    finally:
        stop = True
        thread.join()
    print("ok", len(pids) >= 1, bool(seen))
""")


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals only")
def test_sigint_storm_while_workers_start() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          timeout=180, start_new_session=True)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0
    assert proc.stdout.strip() == "ok True True"
