"""Instructions to the first frame: ``briefing`` against a bare Textual app, under callgrind.

On a machine shared with other jobs, wall and even CPU times of a 0.2 s start-up swing by
several per cent; the count of instructions executed does not (two runs agree within 0.1 %).
Each program runs under ``valgrind --tool=callgrind`` in a pseudo-terminal (80x24) and ends
itself right after Textual has written its first frame (``App._display`` is wrapped), so the
count covers the interpreter's start, every import, the settings, the screen and the first
render.  ``PYTHONHASHSEED=0``; bytecode cached in a temporary folder; one untimed run of each
first (bytecode, the start-up cache in a private ``BRIEFING_HOME``).

    python benchmarks/startup_ir.py [PATH...] [--runs N] [--tree DIR]

``--tree DIR`` also counts the briefing of another source tree (put first on ``PYTHONPATH``,
e.g. an unpacked ``git archive`` of a base commit), for an A/B.  Needs valgrind.  Prints
figures only; the issue's target (first frame <= 1.15x the bare app) is about wall time, which
this approximates: instructions and CPU time moved together in session 6's changes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

# The reference app and the pty loop are startup.py's, so that both benchmarks divide by the
# same program run the same way (benchmarks/ is first on sys.path when a script there runs).
from startup import BARE_APP, run_in_pty

# Each program ends itself right after Textual has written its first frame.
STOP_AT_FIRST_FRAME = '''\
import os, sys
from textual.app import App
_display = App._display
def display(self, screen, renderable):
    _display(self, screen, renderable)
    if renderable is not None and not self._batch_count and self._running:
        os._exit(0)  # the first frame is written: stop counting
App._display = display
'''
BARE_RUNNER = STOP_AT_FIRST_FRAME + BARE_APP
BRIEFING_RUNNER = STOP_AT_FIRST_FRAME + '''\
from briefing.cli import main
sys.exit(main(sys.argv[1:]))
'''


def run(argv: list[str], env: dict[str, str], out: Path | None) -> int | None:
    """Run ``argv`` in an 80x24 pty (under callgrind when ``out`` is given) to its end."""
    if out is not None:
        argv = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *argv]
    run_in_pty(argv, env, timeout=600)
    if out is None:
        return None
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise RuntimeError(f"no instruction count from {' '.join(argv)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="what briefing opens (default: the seeds)")
    parser.add_argument("--runs", type=int, default=1, help="counted runs of each program")
    parser.add_argument("--tree", metavar="DIR", help="also count briefing from this tree")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is needed (apt-get install valgrind)", file=sys.stderr)
        return 2
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        bare_runner = Path(tmp) / "bare_first_frame.py"
        bare_runner.write_text(BARE_RUNNER, encoding="utf-8")
        runner = Path(tmp) / "briefing_first_frame.py"
        runner.write_text(BRIEFING_RUNNER, encoding="utf-8")
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24",
                   PYTHONHASHSEED="0", PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        here = str(Path(__file__).resolve().parent.parent)
        programs = {"bare textual": ([sys.executable, str(bare_runner)], env)}
        trees = {"briefing": here, **({"briefing --tree": args.tree} if args.tree else {})}
        for name, tree in trees.items():
            programs[name] = ([sys.executable, str(runner), *args.paths],
                              dict(env, PYTHONPATH=tree,
                                   BRIEFING_HOME=str(Path(tmp) / f"home-{len(programs)}")))
        for argv, penv in programs.values():  # bytecode, start-up caches
            run(argv, penv, None)
        counts: dict[str, list[int]] = {name: [] for name in programs}
        for i in range(max(1, args.runs)):
            for name, (argv, penv) in programs.items():
                count = run(argv, penv, Path(tmp) / f"callgrind.{i}")
                assert count is not None
                counts[name].append(count)
    bare = statistics.median(counts["bare textual"])
    print(f"instructions to the first frame at 80x24 ({' '.join(args.paths) or 'the seeds'}), "
          f"{max(1, args.runs)} run(s) each, load {load0:.1f}; target (issue 16): <= 1.15x bare")
    for name, values in counts.items():
        median = statistics.median(values)
        print(f"  {name:<16} {median / 1e6:9.1f} M   ratio {median / bare:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
