"""``briefing history`` and ``briefing quotes`` over a folder, warm: digests against decoding.

    python benchmarks/answers_cli.py FOLDER [--repeat R] [--home DIR] [--only history|quotes]

Each command runs as the user runs it (a child process), warm: a first untimed run analyses
what the cache lacks and stores the digests (:mod:`briefing.answers.digest`).  Then, R times
(default 3), the old path (``BRIEFING_NO_DIGEST=1``: every analysis decoded) and the new one
run one after the other, so both see the same load; wall and CPU time (user + system of the
child) are printed per run, then the medians.  The two outputs must be identical (checked).

The cache lives in ``--home`` (default: ``briefing-bench-answers`` in the temporary folder,
kept between runs so only the first is cold) with a pinned code fingerprint, so edits to the
extractor meanwhile do not make it cold again.  Write the load average beside the figures:
this machine is shared.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """(wall s, CPU s, stdout) of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)}: exit status {done.returncode}")
    return wall, cpu, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--home", default=os.path.join(tempfile.gettempdir(),
                                                       "briefing-bench-answers"))
    parser.add_argument("--only", choices=("history", "quotes"), default=None)
    args = parser.parse_args(argv)
    env = dict(os.environ, BRIEFING_HOME=args.home,
               BRIEFING_CODE_FINGERPRINT=os.environ.get("BRIEFING_CODE_FINGERPRINT",
                                                        "bench-answers"))
    env.pop("BRIEFING_NO_DIGEST", None)
    old_env = dict(env, BRIEFING_NO_DIGEST="1")
    commands = [args.only] if args.only else ["history", "quotes"]
    for command in commands:
        cli = [sys.executable, "-m", "briefing", command, args.folder]
        wall, cpu, _ = _run(cli, env)
        print(f"{command}: warm-up (analyses and digests as needed) {wall:.1f} s, "
              f"CPU {cpu:.1f} s", flush=True)
        old: list[tuple[float, float]] = []
        new: list[tuple[float, float]] = []
        for n in range(args.repeat):
            w0, c0, out0 = _run(cli, old_env)
            w1, c1, out1 = _run(cli, env)
            if out0 != out1:
                raise SystemExit(f"{command}: the outputs differ (run {n + 1})")
            old.append((w0, c0))
            new.append((w1, c1))
            print(f"  run {n + 1}: decoding {w0:.1f} s (CPU {c0:.1f} s) · digests {w1:.1f} s "
                  f"(CPU {c1:.1f} s) · load {os.getloadavg()[0]:.1f}", flush=True)
        print(f"{command}: median decoding {statistics.median(w for w, _ in old):.1f} s "
              f"(CPU {statistics.median(c for _, c in old):.1f} s), digests "
              f"{statistics.median(w for w, _ in new):.1f} s "
              f"(CPU {statistics.median(c for _, c in new):.1f} s); outputs identical "
              f"({len(out1):,} bytes)")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
