"""Time to first frame: ``briefing`` against a bare Textual app, whole processes, alternated.

Each run starts a fresh process under a pseudo-terminal (80x24, like a real terminal) and stops
the clock when the first full-screen frame has been written: every row of the screen has been
drawn (a cursor move to each row) and the frame is finished (Textual parks the cursor at the top
left after each frame).  The same detector is used for both programs.  The bare app is an ``App``
with a ``Header``, a ``Static`` and a ``Footer``.  Runs alternate (briefing, bare, briefing, …)
so machine load affects both alike; medians and their ratio are printed.  Bytecode is cached
(in a temporary folder) as it is for an installed package, even if ``PYTHONDONTWRITEBYTECODE``
is set.  Beside the wall time, the CPU time the process (all its threads) had used when its first
frame was seen is printed (Linux, from ``/proc``): on a machine shared with other jobs it is the
steadier figure, since waiting for a core does not count.  It is an upper bound: it also counts
what the process did between writing the frame and this script reading it (briefing starts
loading right after its first frame; the bare app idles).

    python benchmarks/startup.py [PATH...] [--runs N] [--corpus FOLDER]

PATH (optional) is what ``briefing`` opens (default: the bundled seeds).  ``--corpus FOLDER``
also times ``briefing FOLDER`` (e.g. a 22,000-document archive) in the same alternation and
prints its ratio to the bare app and to the seeds.  The cache (``BRIEFING_HOME``) is a fresh
temporary folder, shared by the runs: the warm-up run is cold, the timed ones warm.  Prints
figures only; no pass/fail.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from collections.abc import Callable
from pathlib import Path

ROWS, COLS = 24, 80
TIMEOUT = 60.0
_ROW = re.compile(rb"\x1b\[(\d+);1H")
_FRAME_END = b"\x1b[1;1H"

BARE_APP = '''\
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App):
    def compose(self):
        yield Header()
        yield Static("Hello")
        yield Footer()


Bare().run()
'''


def cpu_seconds(pid: int) -> float:
    """CPU time used so far by every thread of process ``pid`` (nanosecond counters of
    ``/proc/PID/task/*/schedstat``); NaN where that is not available."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError, ValueError, IndexError), \
                    open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as f:
                total += int(f.read().split()[0])
    except OSError:
        return float("nan")
    return total / 1e9 if total else float("nan")


def run_in_pty(argv: list[str], env: dict[str, str], *,
               stop: Callable[[bytes], bool] | None = None,
               timeout: float = TIMEOUT) -> tuple[float, float] | None:
    """Run ``argv`` (looked up on ``PATH``) in a ROWSxCOLS pseudo-terminal and read what it
    writes.  ``stop`` sees each chunk read; when it says True the process is killed and the
    seconds since the fork and the CPU seconds it had used (:func:`cpu_seconds`) are returned.
    Without ``stop`` (or if it never says so) the output is read to its end: ``None``.  The one
    pty loop of both start-up benchmarks (``startup_ir.py`` runs its programs to their end)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(fd, 1 << 16)
            except OSError:
                break
            if not data:
                break
            if stop is not None and stop(data):
                return time.perf_counter() - start, cpu_seconds(pid)
        if stop is not None:
            raise RuntimeError(f"no full frame within {timeout:.0f} s: {' '.join(argv)}")
        return None
    finally:
        if stop is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def frame_detector() -> Callable[[bytes], bool]:
    """A ``stop`` for :func:`run_in_pty`: True once a first full-screen frame has been written
    (every row drawn, then the cursor parked at the top left)."""
    rows_seen: set[int] = set()
    tail = b""

    def seen(data: bytes) -> bool:
        nonlocal tail
        chunk = tail + data
        rows_seen.update(int(m) for m in _ROW.findall(chunk))
        tail = chunk[-16:]
        return rows_seen >= set(range(1, ROWS + 1)) and chunk.endswith(_FRAME_END)

    return seen


def time_to_first_frame(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from fork to the end of the first full-screen frame written to the pty."""
    return first_frame(argv, env)[0]


def first_frame(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from fork to the end of the first full-screen frame written to the pty, and
    the CPU seconds the process had used by then (see :func:`cpu_seconds`)."""
    found = run_in_pty(argv, env, stop=frame_detector())
    assert found is not None  # (run_in_pty raises when no frame came)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="what briefing opens (default: the seeds)")
    parser.add_argument("--runs", type=int, default=10, help="runs of each program (>= 10)")
    parser.add_argument("--corpus", metavar="FOLDER",
                        help="also time briefing on this folder and print both ratios")
    parser.add_argument("--home", metavar="DIR",
                        help="BRIEFING_HOME to use (kept), e.g. one whose cache of --corpus is"
                             " complete, so the corpus runs are warm; default: a fresh temporary"
                             " one, where the corpus runs find a partial cache (each run is killed"
                             " after its first frame)")
    args = parser.parse_args()
    runs = max(10, args.runs)
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(COLS), LINES=str(ROWS),
                   BRIEFING_HOME=args.home or str(Path(tmp) / "home"),
                   # Bytecode as an installed package has it (the warm-up run writes it), kept
                   # out of the source tree; both programs get the same treatment.
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        programs = {
            "briefing": [sys.executable, "-m", "briefing", *args.paths],
            "bare textual": [sys.executable, str(bare)],
        }
        if args.corpus:
            programs["briefing corpus"] = [sys.executable, "-m", "briefing", args.corpus]
        times: dict[str, list[float]] = {name: [] for name in programs}
        cpus: dict[str, list[float]] = {name: [] for name in programs}
        # One untimed warm-up of each (bytecode caches, the page cache).
        for argv in programs.values():
            time_to_first_frame(argv, env)
        for _ in range(runs):
            for name, argv in programs.items():
                wall, cpu = first_frame(argv, env)
                times[name].append(wall)
                cpus[name].append(cpu)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    cpu = {name: statistics.median(ts) for name, ts in cpus.items()}
    what = " ".join(args.paths) or "the bundled seeds"
    print(f"time to first frame at {COLS}x{ROWS}, {runs} alternated runs each ({what}), "
          f"load average {load0:.1f}→{os.getloadavg()[0]:.1f}, "
          f"BRIEFING_HOME {'given' if args.home else 'fresh'}; target (issue 16): ≤ 1.15× bare")
    for name, ts in times.items():
        print(f"  {name:<15} median {medians[name] * 1000:7.1f} ms   "
              f"min {min(ts) * 1000:7.1f}   max {max(ts) * 1000:7.1f}   "
              f"CPU median {cpu[name] * 1000:6.1f} ms   min {min(cpus[name]) * 1000:6.1f}")

    def ratio(a: str, b: str) -> str:
        return f"{medians[a] / medians[b]:.2f} (CPU {cpu[a] / cpu[b]:.2f})"

    print(f"  ratio briefing / bare: {ratio('briefing', 'bare textual')}")
    if args.corpus:
        print(f"  ratio briefing {args.corpus} / bare: {ratio('briefing corpus', 'bare textual')}")
        print(f"  ratio briefing {args.corpus} / briefing {what}: "
              f"{ratio('briefing corpus', 'briefing')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
