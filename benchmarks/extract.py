"""Extraction speed: words per second over a folder, and per-article median / p95.

    python benchmarks/extract.py FOLDER [--limit N] [--repeat R]

Documents are loaded first (not timed); then the whole extraction (actors, quotes, time
expressions, negotiation threads) runs on each and is timed per article, R times (default 3),
keeping each article's fastest run: the machine is shared, and the minimum is the figure least
disturbed by other processes; CPU (thread) time is printed beside wall time, the steadier
figure on a loaded machine.  Prints figures only: the target (issue 4) is at least 25,000
words/s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.corpus import load_corpus  # noqa: E402
from briefing.extract import analyse  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N documents")
    parser.add_argument("--repeat", type=int, default=3, help="runs per article (the fastest counts)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    loaded = load_corpus([args.folder])
    docs = loaded.documents[:args.limit] if args.limit else loaded.documents
    load_s = time.perf_counter() - t0
    if not docs:
        print("no documents", file=sys.stderr)
        return 1
    analyse(docs[0])  # warm-up: knowledge base load, regex compilation
    per_article: list[float] = []
    cpu_article: list[float] = []
    words = 0
    load0 = os.getloadavg()[0]
    for doc in docs:
        best = best_cpu = float("inf")
        for _ in range(max(1, args.repeat)):
            start, start_cpu = time.perf_counter(), time.thread_time()
            analyse(doc)
            best = min(best, time.perf_counter() - start)
            best_cpu = min(best_cpu, time.thread_time() - start_cpu)
        per_article.append(best)
        cpu_article.append(best_cpu)
        words += doc.word_count
    total = sum(per_article)
    total_cpu = sum(cpu_article)
    per_article.sort()
    p95 = per_article[min(len(per_article) - 1, int(0.95 * len(per_article)))]
    print(f"documents        {len(docs)} (loaded in {load_s:.2f} s)")
    print(f"words            {words}")
    print(f"extraction       {total:.3f} s")
    print(f"words/s          {words / total:,.0f} wall, {words / total_cpu:,.0f} CPU (thread time)"
          f"; target (issue 16) 150,000; load average {load0:.1f}→{os.getloadavg()[0]:.1f}")
    print(f"per article      median {statistics.median(per_article) * 1000:.1f} ms, "
          f"p95 {p95 * 1000:.1f} ms, max {per_article[-1] * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
