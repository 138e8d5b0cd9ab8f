"""Benchmark actor extraction: words/s, per-article median/p95 ms, and KB load time.

usage: python benchmarks/actors.py FOLDER [--limit N]

Documents are loaded first (not timed); then ``find_actors`` runs over each with the bundled KB.
The KB load time is measured in fresh processes: once with an empty cache directory (compiling
the YAML) and once with the compiled cache in place (what every start-up after the first costs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

_LOAD_SNIPPET = (
    "import time; t = time.perf_counter(); "
    "from briefing.knowledge import load_kb; i = time.perf_counter(); kb = load_kb(); "
    "print((time.perf_counter() - i) * 1000, (i - t) * 1000, len(kb.gazetteer))"
)


def kb_load_ms(home: str) -> tuple[float, float, int]:
    """(load_kb ms, import ms, gazetteer keys) in a fresh interpreter."""
    env = dict(os.environ, BRIEFING_HOME=home)
    out = subprocess.run([sys.executable, "-c", _LOAD_SNIPPET], env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents")
    args = parser.parse_args(argv)

    from briefing.corpus import iter_load
    from briefing.extract.actors.finder import find_actors
    from briefing.knowledge import default_kb

    docs = []
    for doc, _problems in iter_load([args.folder]):
        if doc is not None and doc.text.strip():
            docs.append(doc)
            if args.limit and len(docs) >= args.limit:
                break
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    kb = default_kb()
    find_actors(docs[0], kb)  # warm-up
    times = []
    words = 0
    actors = 0
    for doc in docs:
        t = time.perf_counter()
        found = find_actors(doc, kb)
        times.append(time.perf_counter() - t)
        words += doc.word_count
        actors += len(found)
    total = sum(times)
    ms = sorted(x * 1000 for x in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"documents:        {len(docs)}  ({words:,} words, {actors:,} actors)")
    print(f"throughput:       {words / total:,.0f} words/s")
    print(f"per article:      median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, "
          f"max {ms[-1]:.2f} ms")
    with tempfile.TemporaryDirectory() as home:
        cold, _imp, size = kb_load_ms(home)
        runs = [kb_load_ms(home) for _ in range(3)]
    warm = min(r[0] for r in runs)
    imp = min(r[1] for r in runs)
    print(f"KB load (fresh process): {warm:.1f} ms with the compiled cache, "
          f"{cold:.1f} ms compiling ({size:,} gazetteer keys); "
          f"importing briefing.knowledge: {imp:.1f} ms"
          + (" (no bytecode cache: PYTHONDONTWRITEBYTECODE)"
             if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
