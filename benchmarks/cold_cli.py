"""Cold one-shot search: ``briefing search QUERY FOLDER`` from an empty cache, whole process.

    python benchmarks/cold_cli.py FOLDER [--query kerry] [--runs N] [--target 45]

Each run gets a fresh temporary ``BRIEFING_HOME`` (the user's cache and other runs' caches are
never touched) and starts ``briefing search QUERY FOLDER --limit 20``.  It prints, per run, the
wall time until the answer's first line reached stdout (what the user waits for), the wall time
until the process ended (the analysis that follows the answer included), the CPU time of the
process and the workers it reaped, the answer's line count, and the 1-minute load average before
and after: on a shared machine wall time depends on the load, CPU time much less.  Figures only;
the target (issue 16) is printed beside them, nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(folder: str, query: str) -> dict[str, float]:
    briefing = str(Path(sys.executable).parent / "briefing")
    with tempfile.TemporaryDirectory(prefix="cold-cli-") as home:
        env = dict(os.environ, BRIEFING_HOME=home)
        load0 = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.Popen([briefing, "search", query, folder, "--limit", "20"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        t_answer = time.perf_counter() - t0
        rest = proc.stdout.read()
        proc.wait()
        t_end = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        lines = (first + rest).count(b"\n")
        return {"answer": t_answer, "end": t_end, "cpu": cpu, "lines": lines,
                "load0": load0, "load1": os.getloadavg()[0], "rc": proc.returncode}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--query", default="kerry")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--target", type=float, default=45.0, help="seconds (issue 16)")
    args = parser.parse_args(argv)
    print(f"cold `briefing search {args.query} {args.folder}`, empty BRIEFING_HOME per run, "
          f"{os.cpu_count()} cpus; target: answer within {args.target:.0f} s")
    answers = []
    for i in range(args.runs):
        r = one_run(args.folder, args.query)
        answers.append(r["answer"])
        print(f"  run {i + 1}: answer after {r['answer']:6.1f} s (target {args.target:.0f} s), "
              f"process ended after {r['end']:6.1f} s, CPU {r['cpu']:6.1f} s (process + reaped "
              f"workers), {r['lines']:.0f} lines, rc {r['rc']:.0f}, "
              f"load {r['load0']:.1f}→{r['load1']:.1f}", flush=True)
    print(f"  answer range {min(answers):.1f}–{max(answers):.1f} s; "
          f"target met: {'yes' if max(answers) <= args.target else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
