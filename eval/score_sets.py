#!/usr/bin/env python3
"""Score the extractor on the gold sets: micro figures per set and per source.

    python eval/score_sets.py [--set visible|dev|fresh|fresh7|second|val|sealed|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24 ...] [--docs] [--shared DIR]

Sets:

* ``visible`` -- the shared yardstick (``../shared/eval/gold``: the seed and
  ``../shared/corpora/articles``), whose errors everyone has read;
* ``dev``, ``second``, ``sealed`` -- ``eval/gold/<set>/``: gold files plus a ``MANIFEST`` whose
  first column is a corpus path (relative to ``../shared/corpora``; ``seeds/...`` is the
  project's own).

``briefing extract --format json`` runs once on every listed document (no analysis cache, so the
figures are those of the code as it is), then ``../shared/eval/score.py --json`` scores each set.
Figures are micro averages (counts summed over documents) per set and per source (whitehouse,
reuters, bbc, wikinews, articles, seed).

**Sealed stays sealed**: for ``sealed`` and ``val`` (blind validation gold the lead scores to
decide which changes generalise) only aggregate figures are printed -- never a document's
row, name, warning, or the extractor's messages -- and ``--docs`` is refused.  ``--docs`` prints
per-document rows for the other sets.  Exit status: 0, or 2 on bad input (a missing folder, a
MANIFEST path that does not exist, a scorer error).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parents[1]
SETS = ("visible", "dev", "fresh", "fresh7", "second", "val", "twins", "sealed", "blind8", "blind9",
        "blind10", "blind11", "blind12", "blind13", "blind14",
        "blind15", "blind16", "blind17", "blind18", "blind19", "blind20",
        "blind21", "blind22", "blind23", "blind24")
# scored, never read: aggregates only (``blind8``, annotated at session 8's end, is the gate
# that decides which changes land; ``sealed`` and ``blind24``, annotated at session 24's start,
# predict).  ``val``, the gate of sessions 6-8, was released to development in session 9;
# ``blind9``, scored at session 9's start and end, in session 10; ``blind10`` in session 11;
# ``blind11`` in session 12; ``blind12`` in session 13 (its Gaza / West Bank actors dropped first:
# places, eval/CONVENTIONS.md); ``blind13`` in session 14; ``blind14`` in session 15;
# ``blind15`` in session 16; ``blind16`` in session 17; ``blind17`` in session 18;
# ``blind18`` in session 19; ``blind19`` in session 20; ``blind20`` in session 21;
# ``blind21`` in session 22; ``blind22`` in session 23; ``blind23`` in session 24.
BLIND = frozenset({"sealed", "blind8", "blind24"})
# the sets whose errors may be read, to write rules from: every set but the blind ones, the
# visible yardstick (the floors) and the second annotations / twins (human ceiling)
RELEASED = tuple(s for s in SETS if s not in BLIND and s not in {"visible", "second", "twins"})
SOURCES = ("whitehouse", "reuters", "bbc", "wikinews", "articles", "seed")
# (column heading, metric, kind): kind "f1" reads a PRF's counts, "acc" an accuracy's
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("parties", "parties", "f1"),
    ("p.prec", "parties", "p"),
    ("mentions", "mentions_lenient", "f1"),
    ("quotes", "quotes", "f1"),
    ("speakers", "quote_speaker", "acc"),
    ("status", "status_coarse", "acc"),
    ("n.parties", "neg_parties", "f1"),
    ("issues", "issues", "f1"),
    ("i.status", "issue_status", "acc"),
    ("timeline", "timeline", "f1"),
    ("dates", "timeline_date", "acc"),
)


class InputError(Exception):
    """A missing folder or file, or a scorer failure: one line on stderr, exit status 2."""


@dataclass
class GoldSet:
    """One set's gold files and, for each document (by sha256), its corpus path and source."""

    name: str
    gold_dir: Path
    docs: dict[str, tuple[Path, str]] = field(default_factory=dict)  # sha256 -> (path, source)


def find_shared(explicit: str | None) -> Path:
    """The shared folder (corpora, eval kit): --shared, $BRIEFING_SHARED, or ../shared of the
    project (of the main checkout too, since worktrees live one level deeper)."""
    candidates = [explicit, os.environ.get("BRIEFING_SHARED"),
                  PROJECT.parent / "shared", PROJECT.parent.parent / "shared"]
    for cand in candidates:
        if cand and (Path(cand) / "eval" / "score.py").is_file():
            return Path(cand)
    raise InputError("cannot find the shared folder (eval/score.py); pass --shared DIR")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_of(rel: str) -> str:
    """The source a MANIFEST path belongs to: its first folder, ``seed`` for the seeds."""
    head = rel.replace("\\", "/").split("/", 1)[0]
    return "seed" if head == "seeds" else head


def manifest_paths(manifest: Path) -> list[str]:
    """First column of each non-blank, non-comment MANIFEST line."""
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split()[0])
    return out


def load_set(name: str, shared: Path, gold_root: Path | None = None) -> GoldSet:
    corpora = shared / "corpora"
    if name == "visible":
        gold = GoldSet(name, shared / "eval" / "gold")
        for path in sorted((PROJECT / "seeds").glob("*.txt")):
            gold.docs[sha256_of(path)] = (path, "seed")
        for path in sorted((corpora / "articles").glob("*.txt")):
            gold.docs[sha256_of(path)] = (path, "articles")
        return gold
    gold = GoldSet(name, (gold_root or PROJECT / "eval" / "gold") / name)
    manifest = gold.gold_dir / "MANIFEST"
    if not manifest.is_file():
        raise InputError(f"{name}: no {manifest} (merge main?)")
    for rel in manifest_paths(manifest):
        if rel.startswith("seeds/"):
            # the seeds go in whole: a gold file pairs with its document by sha256, whatever
            # name the annotator gave the seed
            for path in sorted((PROJECT / "seeds").glob("*.txt")):
                gold.docs[sha256_of(path)] = (path, "seed")
            continue
        path = corpora / rel
        if not path.is_file():
            where = "" if name in BLIND else f": {rel}"
            print(f"score_sets: {manifest}: a listed document is "
                  f"missing{where}", file=sys.stderr)
            continue
        gold.docs[sha256_of(path)] = (path, source_of(rel))
    return gold


def gold_files(gold: GoldSet) -> list[Path]:
    return sorted(p for p in gold.gold_dir.iterdir() if p.suffix in (".yaml", ".yml"))


def extract(paths: Iterable[Path], out: Path, quiet: bool) -> None:
    """``briefing extract --format json`` on ``paths`` into ``out``, with no analysis cache.
    ``quiet``: the extractor's messages (which name documents) are not shown."""
    env = dict(os.environ, BRIEFING_NO_CACHE="1")
    cmd = [sys.executable, "-m", "briefing", "extract", "--format", "json", *map(str, paths)]
    with out.open("w", encoding="utf-8") as fh:
        done = subprocess.run(cmd, stdout=fh, stderr=subprocess.PIPE, text=True, env=env,
                              cwd=PROJECT, check=False)
    if done.returncode != 0:
        raise InputError(f"briefing extract failed (status {done.returncode})"
                         + ("" if quiet else f": {done.stderr.strip()[-500:]}"))
    problems = [line for line in done.stderr.splitlines() if line.strip()]
    if problems and not quiet:
        for line in problems:
            print(f"  extract: {line}", file=sys.stderr)


def score(shared: Path, golds: Sequence[Path], pred: Path) -> dict:
    """The scorer's JSON report for these gold files."""
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", *map(str, golds),
           "--pred", str(pred), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode == 2 or not done.stdout.strip():
        raise InputError("the scorer could not score this set")
    return json.loads(done.stdout)


class Totals:
    """Summed counts of each metric over a group of documents."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}
        self.n_docs = 0

    def add(self, metrics: dict[str, dict]) -> None:
        self.n_docs += 1
        for name, m in metrics.items():
            acc = self.counts.setdefault(name, {})
            for k, v in m.items():
                if k in ("tp", "fp", "fn", "correct", "n") and isinstance(v, int):
                    acc[k] = acc.get(k, 0) + v

    def figure(self, metric: str, kind: str) -> float | None:
        c = self.counts.get(metric, {})
        if kind == "acc":
            return c["correct"] / c["n"] if c.get("n") else None
        tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        if kind == "p":
            return p
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def row(label: str, n_docs: int, figures: Sequence[float | None]) -> str:
    cells = "".join(f"{'  n/a' if f is None else f'{f:5.3f}':>10}" for f in figures)
    return f"{label:<26}{n_docs:>5}{cells}"


def header() -> str:
    return f"{'set / source':<26}{'docs':>5}" + "".join(f"{c[0]:>10}" for c in COLUMNS)


def figures_of(totals: Totals) -> list[float | None]:
    return [totals.figure(metric, kind) for _, metric, kind in COLUMNS]


def report(gold: GoldSet, result: dict, show_docs: bool) -> tuple[list[str], Totals]:
    """Lines for one set (the set's micro row, then one per source; per document with
    ``show_docs``) and the set's totals."""
    by_source: dict[str, Totals] = {}
    whole = Totals()
    doc_lines: list[str] = []
    for doc in result.get("documents", []):
        sha = ""
        try:
            with open(doc["gold"], encoding="utf-8") as fh:
                sha = str((yaml.safe_load(fh) or {}).get("document", {}).get("sha256") or "")
        except (OSError, yaml.YAMLError, AttributeError):
            pass
        source = gold.docs.get(sha.lower(), (None, "unlisted"))[1]
        whole.add(doc["metrics"])
        by_source.setdefault(source, Totals()).add(doc["metrics"])
        if show_docs:
            one = Totals()
            one.add(doc["metrics"])
            doc_lines.append(row(f"    {source}/{doc['file'][:14]}", 1, figures_of(one)))
    lines = [row(gold.name, whole.n_docs, figures_of(whole))]
    for source in sorted(by_source, key=lambda s: (SOURCES + (s,)).index(s)):
        lines.append(row(f"  {source}", by_source[source].n_docs, figures_of(by_source[source])))
    return lines + doc_lines, whole


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", dest="sets", action="append", choices=SETS,
                        help="a set to score (repeatable; default: visible, and dev and second "
                             "when they exist; sealed only when asked)")
    parser.add_argument("--docs", action="store_true",
                        help="also one row per document (refused for sealed)")
    parser.add_argument("--shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--gold-root", type=Path, help="where the sets live (default: eval/gold)")
    args = parser.parse_args(argv)
    try:
        shared = find_shared(args.shared)
        root = args.gold_root or PROJECT / "eval" / "gold"
        names = args.sets or ["visible"] + [s for s in ("dev", "fresh", "second")
                                            if (root / s / "MANIFEST").is_file()]
        if BLIND & set(names) and args.docs:
            raise InputError("--docs is refused with --set sealed, val or blind8: those sets are scored, "
                             "never read")
        sets = [load_set(name, shared, root) for name in dict.fromkeys(names)]
        sealed = any(s.name in BLIND for s in sets)
        paths = list(dict.fromkeys(p for s in sets for p, _ in s.docs.values()))
        with tempfile.TemporaryDirectory(prefix="score_sets.") as tmp:
            pred = Path(tmp) / "pred.json"
            extract(paths, pred, quiet=sealed)
            print(header())
            for gold in sets:
                files = gold_files(gold)
                if not files:
                    print(f"{gold.name:<26}    0   (no gold files yet)")
                    continue
                result = score(shared, files, pred)
                lines, _ = report(gold, result, args.docs and gold.name not in BLIND)
                print("\n".join(lines))
                if gold.name not in BLIND:
                    for warning in result.get("warnings", []):
                        if "matches no gold file" not in warning:
                            print(f"  warning: {warning}", file=sys.stderr)
    except InputError as e:
        print(f"score_sets: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
