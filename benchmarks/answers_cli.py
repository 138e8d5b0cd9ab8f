"""``briefing history`` and ``briefing quotes`` over a folder, warm: digests against decoding.

    python benchmarks/answers_cli.py FOLDER [--repeat R] [--home DIR] [--only history|quotes]
                                            [--before SRC]

Each command runs as the user runs it (a child process), warm: a first untimed run analyses
what the cache lacks and stores the digests (:mod:`briefing.answers.digest`).  Then, R times
(default 3), these variants run one after the other, so all see the same load:

* ``before`` (with ``--before SRC``): the code of another source tree, e.g. the main branch's
  (``git archive main | tar -x -C SRC``), run with ``PYTHONPATH=SRC``;
* ``decoding``: this code with ``BRIEFING_NO_DIGEST=1`` (every analysis decoded, one at a time);
* ``digests``: this code as shipped.

Wall and CPU time (user + system of the child and its worker processes) are printed per run,
then the medians.  The outputs of every variant must be identical (checked).

The cache lives in ``--home`` (default: ``briefing-bench-answers`` in the temporary folder,
kept between runs so only the first is cold) with a pinned code fingerprint, so edits to the
extractor meanwhile do not make it cold again, and so ``SRC``'s code shares it.  Write the load
average beside the figures: this machine is shared.
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


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """(wall s, CPU s, stdout) of one child, run in the cache's folder: ``python -m`` puts
    its working folder first on the path, and that must not hold another ``briefing``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          check=False, cwd=env["BRIEFING_HOME"])
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
    parser.add_argument("--before", default=None, metavar="SRC",
                        help="a source tree to compare with (run with PYTHONPATH=SRC)")
    args = parser.parse_args(argv)
    args.folder = os.path.abspath(args.folder)
    os.makedirs(args.home, exist_ok=True)
    env = dict(os.environ, BRIEFING_HOME=args.home,
               BRIEFING_CODE_FINGERPRINT=os.environ.get("BRIEFING_CODE_FINGERPRINT",
                                                        "bench-answers"))
    env.pop("BRIEFING_NO_DIGEST", None)
    env.pop("PYTHONPATH", None)
    variants = {"decoding": dict(env, BRIEFING_NO_DIGEST="1"), "digests": env}
    if args.before:
        variants = {"before": dict(env, PYTHONPATH=os.path.abspath(args.before)), **variants}
    commands = [args.only] if args.only else ["history", "quotes"]
    for command in commands:
        cli = [sys.executable, "-m", "briefing", command, args.folder]
        wall, cpu, _ = _run(cli, env)
        print(f"{command}: warm-up (analyses and digests as needed) {wall:.1f} s, "
              f"CPU {cpu:.1f} s", flush=True)
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        size = 0
        for n in range(args.repeat):
            outputs = set()
            bits = []
            for name, variant_env in variants.items():
                wall, cpu, out = _run(cli, variant_env)
                outputs.add(out)
                size = len(out)
                figures[name].append((wall, cpu))
                bits.append(f"{name} {wall:.1f} s (CPU {cpu:.1f} s)")
            if len(outputs) != 1:
                raise SystemExit(f"{command}: the outputs differ (run {n + 1})")
            print(f"  run {n + 1}: {' · '.join(bits)} · load {os.getloadavg()[0]:.1f}",
                  flush=True)
        medians = [f"{name} {statistics.median(w for w, _ in runs):.1f} s "
                   f"(CPU {statistics.median(c for _, c in runs):.1f} s)"
                   for name, runs in figures.items()]
        print(f"{command}: median {', '.join(medians)}; outputs identical ({size:,} bytes)",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
