"""Every target of issue 16 in one run, each script printing its figure beside its target.

    python benchmarks/issue16.py [CORPUS] [--skip-cold]

CORPUS defaults to ``../shared/corpora``.  Steps, in this order, each in its own process with a
private ``BRIEFING_HOME`` (the user's cache and other runs' caches are never touched):

1. cold one-shot answer, ``benchmarks/cold_cli.py`` (target 45 s);
2. the reader cold, ``benchmarks/responsiveness.py --type-at 20`` in a fresh home: text search
   over every document (target 15 s), UI-loop lateness p95 while loading (keys within 50 ms),
   peak RSS cold (target 400 MB); this fills the home, which the warm steps reuse;
3. extraction words/s, ``benchmarks/extract.py CORPUS/articles`` (target 150,000, CPU time);
4. first frame, ``benchmarks/startup.py --corpus CORPUS --home HOME`` (target 1.15x bare);
5. one-shot search against ``fzf --filter`` and the quality table, ``benchmarks/search.py``
   (targets 1.5x / 3x faster; p@10 0.96, r@100 0.96);
6. the reader warm, ``benchmarks/responsiveness.py`` (peak RSS, target 250 MB).

The machine's load average is printed before each step; on a shared machine run it twice and
give ranges.  ``--skip-cold`` skips steps 1-2 (and then needs ``--home`` with a warm cache).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def step(title: str, args: list[str], home: str | None) -> None:
    env = dict(os.environ)
    if home:
        env["BRIEFING_HOME"] = home
    print(f"\n== {title} (load average {os.getloadavg()[0]:.1f})", flush=True)
    subprocess.run([sys.executable, *args], env=env, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(HERE.parents[1] / "shared" / "corpora"))
    parser.add_argument("--skip-cold", action="store_true")
    parser.add_argument("--home", help="warm BRIEFING_HOME for the warm steps (kept)")
    args = parser.parse_args(argv)
    corpus = args.corpus
    with tempfile.TemporaryDirectory(prefix="issue16-") as tmp:
        home = args.home or tmp
        if not args.skip_cold:
            step("1. cold CLI answer", [str(HERE / "cold_cli.py"), corpus], None)
            step("2. reader cold", [str(HERE / "responsiveness.py"), corpus, "--type-at", "20"],
                 home)
        step("3. extraction", [str(HERE / "extract.py"), os.path.join(corpus, "articles"), "--cpu"], None)
        step("4a. first frame, seeds", [str(HERE / "startup.py")], None)
        step("4b. first frame, corpus (warm)",
             [str(HERE / "startup.py"), "--corpus", corpus, "--home", home], None)
        step("5. one-shot search vs fzf, quality",
             [str(HERE / "search.py"), corpus, "--reps", "7", "--queries",
              "lavrov,humanitarain coridor,lavorv,cesefire tlaks"], home)
        step("6. reader warm", [str(HERE / "responsiveness.py"), corpus], home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
