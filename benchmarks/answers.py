"""Answers across a corpus: how long histories, quotes and the merged memo take.

    python benchmarks/answers.py FOLDER [--repeat R]

The documents are analysed first (through the analysis cache; not timed); then
``merge_histories``, ``collect_quotes`` and ``merged_memo`` (of the 50 newest documents) run R
times (default 3) and the fastest run of each is printed.  Target: histories of the 21,901
documents of the team's corpora in under 3 s, so ``a`` in the tracker stays quick.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.analysis.runner import analyse_corpus  # noqa: E402
from briefing.answers.history import merge_histories  # noqa: E402
from briefing.answers.memo import merged_memo  # noqa: E402
from briefing.answers.quotes import collect_quotes  # noqa: E402


def _best(repeat: int, run: object) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    briefings = analyse_corpus([args.folder], workers=None).briefings
    newest = sorted(briefings, key=lambda b: b.document.published or "")[-50:]
    histories = merge_histories(briefings)
    quotes = collect_quotes(briefings)
    print(f"{len(briefings)} documents, {sum(len(b.negotiations) for b in briefings)} threads, "
          f"{len(histories)} histories, {len(quotes)} quotes")
    print(f"histories: {_best(args.repeat, lambda: merge_histories(briefings)):.2f} s")
    print(f"quotes:    {_best(args.repeat, lambda: collect_quotes(briefings)):.2f} s")
    print(f"memo (50): {_best(args.repeat, lambda: merged_memo(newest)):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
