"""Extraction speed: words per second over a folder, and per-article median / p95.

    python benchmarks/extract.py FOLDER [--limit N] [--repeat R] [--cpu] [--stages] [--checkout]

Documents are loaded first (not timed); then the whole extraction (actors, quotes, time
expressions, negotiation threads) runs on each and is timed per article, R times (default 3),
keeping each article's fastest run: the machine is shared, and the minimum is the figure least
disturbed by other processes.  ``--cpu`` times the process's CPU instead of the wall clock
(steadier on a loaded machine); ``--stages`` also prints each pipeline stage's time and words/s
(of the fastest run of each article).  Prints figures only: the target (issue 16) is at least
150,000 words/s on one core.  It times the briefing installed in the running interpreter --
what ``briefing`` runs: after the README's ``pip install .``, the extractor setup.py compiled
(or its pure-Python fallback); after ``pip install -e .``, this checkout -- and this checkout's
sources only when none is installed or with ``--checkout``.  The first line says which
extractor ran (compiled or pure Python) and from where.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

# The installed briefing unless asked otherwise (a non-editable install may be a compiled build
# of these sources); ``--installed`` is the default, kept as a flag for older scripts.
if "--checkout" in sys.argv[1:] or (importlib.util.find_spec("briefing") is None
                                   and "--installed" not in sys.argv[1:]):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.corpus import load_corpus  # noqa: E402
from briefing.extract import analyse, curation  # noqa: E402
from briefing.extract.actors import finder, roles  # noqa: E402
from briefing.extract.negotiations import tracker  # noqa: E402
from briefing.extract.quotes import finder as quotes  # noqa: E402
from briefing.extract.time import timex  # noqa: E402

# the pipeline's stages, as (module, function): the pipeline calls them through their modules
STAGES: dict[str, tuple[ModuleType, str]] = {
    "actors": (finder, "find_actors"), "curation": (curation, "apply_actor_curation"),
    "time": (timex, "find_times"), "quotes": (quotes, "find_quotes"),
    "negotiations": (tracker, "find_negotiations"), "roles": (roles, "revise_tiers")}


def _timed(name: str, call: Callable[..., Any], clock: Callable[[], float],
           spent: dict[str, float]) -> Callable[..., Any]:
    """``call``, adding the time it takes to ``spent[name]``."""
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return call(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + clock() - start
    return timed


def _time_stages(clock: Callable[[], float], spent: dict[str, float]) -> None:
    """Wrap each stage so that its time is added to ``spent``."""
    for name, (module, attr) in STAGES.items():
        setattr(module, attr, _timed(name, getattr(module, attr), clock, spent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="runs per article (the fastest counts)")
    parser.add_argument("--cpu", action="store_true", help="time CPU, not the wall clock")
    parser.add_argument("--stages", action="store_true", help="also time each stage")
    parser.add_argument("--installed", action="store_true",
                        help="the installed briefing (the default when one is installed)")
    parser.add_argument("--checkout", action="store_true",
                        help="this checkout's sources, not the installed briefing")
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    spent: dict[str, float] = {}
    if args.stages:
        _time_stages(clock, spent)
    t0 = time.perf_counter()
    loaded = load_corpus([args.folder])
    docs = loaded.documents[:args.limit] if args.limit else loaded.documents
    load_s = time.perf_counter() - t0
    if not docs:
        print("no documents", file=sys.stderr)
        return 1
    analyse(docs[0])  # warm-up: knowledge base load, regex compilation
    per_article: list[float] = []
    stages: dict[str, float] = {}
    words = 0
    load0 = os.getloadavg()[0]
    for doc in docs:
        best = float("inf")
        best_stages: dict[str, float] = {}
        for _ in range(max(1, args.repeat)):
            spent.clear()
            start = clock()
            analyse(doc)
            took = clock() - start
            if took < best:
                best, best_stages = took, dict(spent)
        per_article.append(best)
        for name, took in best_stages.items():
            stages[name] = stages.get(name, 0.0) + took
        words += doc.word_count
    total = sum(per_article)
    per_article.sort()
    p95 = per_article[min(len(per_article) - 1, int(0.95 * len(per_article)))]
    built = "compiled (mypyc)" if str(finder.__file__).endswith((".so", ".pyd")) else "pure Python"
    print(f"extractor        {built}, {Path(str(finder.__file__)).parents[3]}")
    print(f"documents        {len(docs)} (loaded in {load_s:.2f} s)")
    print(f"words            {words}")
    print(f"extraction       {total:.3f} s")
    print(f"words/s          {words / total:,.0f}" + (" (CPU)" if args.cpu else "")
          + f"; target (issue 16) 150,000; load average {load0:.1f}→{os.getloadavg()[0]:.1f}")
    for name, took in stages.items():
        rate = f"{words / took:,.0f} words/s" if took > 0 else "-"
        print(f"  {name:<14} {took:.3f} s  {100 * took / total:4.1f} %  {rate}")
    print(f"per article      median {statistics.median(per_article) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {per_article[-1] * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
