"""Corpus loading benchmark: cold and warm load time, analysis throughput and peak memory.

    python benchmarks/corpus_load.py FOLDER [FOLDER...] [--runs-warm N]

Each phase runs in its own process (so peak RSS is per phase) against a fresh, temporary
``BRIEFING_HOME`` (the user's real cache is never touched):

* ``discover``: listing the files only (what the reader's "n of N" costs);
* ``cold``: read, decode, lay out and analyse every document, filling the cache;
* ``warm``: the same again, served from the cache (files are only stat'ed);
* ``nocache``: load and analyse with the cache off (the cost of caching itself);
* ``pool``: cold again (its own fresh cache), with one worker process per core, as the reader
  and the CLI do (:mod:`briefing.analysis.pool`).

Figures are indicative: on a shared machine wall time includes waiting for a CPU, so the CPU
time (whole process, imports included) is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _phase(name: str, folders: list[str]) -> dict:
    started = time.perf_counter()
    if name == "discover":
        from briefing.corpus import count_files  # what the reader imports before analysing

        n = count_files(folders)
        return {"files": n, "seconds": time.perf_counter() - started}
    from briefing.analysis.runner import iter_analyse

    docs = words = problems = 0
    first_item = None
    workers = 0
    if name == "pool":
        from briefing.analysis.pool import default_workers

        workers = default_workers()
    for briefing, found in iter_analyse(folders, cache=name != "nocache", workers=workers):
        if first_item is None:
            first_item = time.perf_counter() - started
        problems += len(found)
        if briefing is not None:
            docs += 1
            words += briefing.document.word_count
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"documents": docs, "words": words, "problems": problems, "seconds": seconds,
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
            "workers": workers,
            "first_item_seconds": first_item or 0.0,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _layout_figures() -> list[str]:
    """Layout time (decode-free) on a synthetic 10 MB article and a 1 MB single line."""
    from briefing.corpus import document_from_text

    paragraph = ("The delegations met again in Geneva on Tuesday. Officials said the U.S. "
                 "proposal was under review. Mr. Lavrov declined to comment.\n\n")
    cases = {"10 MB article": paragraph * (10_000_000 // len(paragraph)),
             "1 MB single line": paragraph.replace("\n", " ") * (1_000_000 // len(paragraph)),
             "1 MB of dots": "." * 1_000_000}
    lines = []
    for label, text in cases.items():
        started = time.perf_counter()
        doc, _ = document_from_text("bench.txt", text)
        seconds = time.perf_counter() - started
        lines.append(f"layout, {label + ':':18s}{seconds:.2f} s ({len(doc.paragraphs):,} "
                     f"paragraphs, {len(doc.sentences):,} sentences)")
    return lines


def _run(name: str, folders: list[str], home: str) -> dict:
    # Pin the code fingerprint: on a machine where others edit briefing's source, warm runs
    # would otherwise miss whenever a file changed since the cold run.
    from briefing.common.freshness import CODE_FINGERPRINT_ENV, code_fingerprint

    env = dict(os.environ, BRIEFING_HOME=home)
    env.setdefault(CODE_FINGERPRINT_ENV, code_fingerprint())
    env.pop("BRIEFING_NO_CACHE", None)
    out = subprocess.run([sys.executable, __file__, "--phase", name, *folders], env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--runs-warm", type=int, default=2, help="warm runs (best is shown)")
    parser.add_argument("--skip-nocache", action="store_true",
                        help="skip the uncached run (it takes as long as the cold one)")
    parser.add_argument("--skip-pool", action="store_true",
                        help="skip the cold run with worker processes")
    parser.add_argument("--layout", action="store_true",
                        help="also time layout on a synthetic 10 MB article and 1 MB line")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(_phase(args.phase, args.folders)))
        return 0
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as home:
        disc = _run("discover", args.folders, home)
        cold = _run("cold", args.folders, home)
        warms = [_run("warm", args.folders, home) for _ in range(max(1, args.runs_warm))]
        warm = min(warms, key=lambda r: r["seconds"])
        cache_bytes = _size(Path(home) / "cache")
        nocache = None if args.skip_nocache else _run("nocache", args.folders, home)
    pool = None
    if not args.skip_pool:
        with tempfile.TemporaryDirectory(prefix="briefing-bench-") as home:
            pool = _run("pool", args.folders, home)
    print(f"folders:            {' '.join(args.folders)}")
    print(f"files discovered:   {disc['files']:,} in {disc['seconds']:.2f} s")
    print(f"documents:          {cold['documents']:,} ({cold['words']:,} words, "
          f"{cold['problems']:,} problems)")
    print(f"cold (fills cache): {cold['seconds']:.2f} s ({cold['cpu_seconds']:.1f} s CPU), "
          f"{cold['words'] / max(cold['seconds'], 1e-9):,.0f} words/s, "
          f"peak RSS {cold['peak_rss_mb']:.0f} MB")
    if pool:
        print(f"cold, {pool['workers']} worker processes: {pool['seconds']:.2f} s "
              f"({pool['cpu_seconds']:.1f} s CPU in this process), "
              f"{pool['words'] / max(pool['seconds'], 1e-9):,.0f} words/s, "
              f"peak RSS here {pool['peak_rss_mb']:.0f} MB")
    if nocache:
        print(f"no cache:           {nocache['seconds']:.2f} s ({nocache['cpu_seconds']:.1f} s CPU), "
              f"{nocache['words'] / max(nocache['seconds'], 1e-9):,.0f} words/s (analysis "
              f"throughput), peak RSS {nocache['peak_rss_mb']:.0f} MB")
    print(f"warm (from cache):  {warm['seconds']:.2f} s ({warm['cpu_seconds']:.1f} s CPU, best of "
          f"{len(warms)}), first "
          f"document after {warm['first_item_seconds']:.3f} s, "
          f"peak RSS {warm['peak_rss_mb']:.0f} MB")
    print(f"cache on disk:      {cache_bytes / 1e6:.1f} MB")
    if args.layout:
        for line in _layout_figures():
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
