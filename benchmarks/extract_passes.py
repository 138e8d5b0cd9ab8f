"""Where extraction's time goes, pass by pass: inclusive CPU of each of ~50 passes over a corpus.

    python benchmarks/extract_passes.py [FOLDER ...] [--reuters N] [--repeat R] [--min PCT]

Loads ``FOLDER``s (default ``../shared/corpora/articles``; ``--shared`` as in extract_md5.py) and a seeded sample of ``N`` (default
150) odd-numbered Reuters documents (``--reuters 0``: none), analyses them once (warm-up), then
``R`` times (default 3) with every pass in :data:`PASSES` wrapped by a timer of the thread's CPU,
and prints, of the run whose whole took least, each pass's inclusive time, its share of the
whole and its calls.  Passes nest (a stage holds its passes), so shares do not add up.  A
wrapper costs ~0.5 us a call and is charged to the passes around it: only passes called at
most a few thousand times a run are listed.  The checkout's own sources are timed.  Prints
figures only, never document text.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_md5 import find_shared  # noqa: E402

from briefing.corpus import load_corpus  # noqa: E402
from briefing.extract import pipeline  # noqa: E402

# (module under briefing.extract, function or Class.method), in pipeline order
PASSES: list[tuple[str, str]] = [
    ("actors.finder", "find_actors"), ("actors.scan", "Tokens.__init__"),
    ("actors.gazetteer", "gazetteer"), ("actors.scan", "scan"), ("actors.gazetteer", "resolve"),
    ("actors.people", "titles"), ("actors.new_orgs", "organisations"), ("actors.firms", "firms"),
    ("actors.tiers", "tiers"), ("actors.tiers", "finish"), ("actors.tiers", "collect"),
    ("actors.unknown_people", "discover_people"), ("quotes.discover", "unnamed_speakers"),
    ("time.timex", "find_times"), ("time.candidates", "candidates"),
    ("quotes.finder", "find_quotes"), ("quotes.actor_index", "ActorIndex.__init__"),
    ("negotiations.tracker", "find_negotiations"),
    ("negotiations.state", "TrackerState.__init__"), ("negotiations.units", "read_units"),
    ("negotiations.scan", "Matches.within"), ("negotiations.scan", "Lexicon.scan"),
    ("negotiations.scan", "unit_keys"), ("negotiations.parties", "score_sides"),
    ("negotiations.parties", "_SideScorer._side_pass"), ("negotiations.parties", "pair_cues"),
    ("negotiations.agenda", "issues"), ("negotiations.agenda", "_phrase_items"),
    ("negotiations.labels", "issue_label"), ("negotiations.labels", "phrase_at"),
    ("negotiations.threads", "secondary"),
    ("negotiations.status", "lead_status"), ("negotiations.rounds", "rounds"),
    ("time.timeline", "build_timeline"), ("actors.roles", "revise_tiers"),
]


def _wrap(module_name: str, attr: str, spent: Counter[str], calls: Counter[str]) -> None:
    """Replace ``module.attr`` -- and every name in briefing's modules bound to the same
    function (``from x import f``, ``as`` aliases) -- by a timer of the thread's CPU."""
    owner: Any = importlib.import_module(f"briefing.extract.{module_name}")
    *path, name = attr.split(".")
    for part in path:
        owner = getattr(owner, part)
    func = getattr(owner, name)
    label = f"{module_name}.{attr}"
    clock = time.thread_time_ns

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] += clock() - start
            calls[label] += 1

    setattr(owner, name, timed)
    if path:
        return
    for module in list(sys.modules.values()):
        if module is not None and module.__name__.startswith("briefing."):
            for key, value in list(vars(module).items()):
                if value is func:
                    setattr(module, key, timed)


def reuters_sample(corpora: Path, size: int, seed: int = 12) -> list[str]:
    """A seeded draw of odd-numbered Reuters documents (never the blind even-numbered ones)."""
    if size <= 0:
        return []
    pool = [str(p) for p in sorted((corpora / "reuters").rglob("*.txt"))
            if (m := re.search(r"(\d+)$", p.stem)) and int(m.group(1)) % 2 == 1]
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--reuters", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--min", type=float, default=0.3, help="list passes above this %%")
    parser.add_argument("--shared", help="the shared folder (corpora)")
    args = parser.parse_args(argv)
    corpora = find_shared(args.shared) / "corpora"
    folders = args.folders or [str(corpora / "articles")]
    docs = load_corpus(folders).documents
    sample = reuters_sample(corpora, args.reuters)
    if sample:
        docs = docs + load_corpus(sample).documents
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    for module_name, attr in PASSES:
        _wrap(module_name, attr, spent, calls)
    analyse: Callable[..., Any] = pipeline.analyse
    for doc in docs:
        analyse(doc)  # warm-up: the knowledge base, compiled patterns, caches
    best: tuple[int, dict[str, int], dict[str, int]] | None = None
    for _ in range(max(1, args.repeat)):
        spent.clear()
        calls.clear()
        start = time.thread_time_ns()
        for doc in docs:
            analyse(doc)
        whole = time.thread_time_ns() - start
        if best is None or whole < best[0]:
            best = (whole, dict(spent), dict(calls))
    assert best is not None
    whole, took, counted = best
    words = sum(d.word_count for d in docs)
    print(f"documents {len(docs)} ({len(sample)} Reuters), words {words}, "
          f"whole {whole / 1e6:.1f} ms CPU ({words / (whole / 1e9):,.0f} words/s, timers in)")
    for label, ns in sorted(took.items(), key=lambda kv: -kv[1]):
        share = 100 * ns / whole
        if share >= args.min:
            print(f"  {label:<44} {ns / 1e6:8.1f} ms {share:5.1f} %  {counted[label]:6d} calls")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
