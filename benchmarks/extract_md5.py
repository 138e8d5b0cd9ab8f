"""Output identity for speed work: the md5 of ``briefing extract --format json`` per document set.

    python benchmarks/extract_md5.py [--project DIR] [--shared DIR] [--set NAME ...] [--save DIR]

Runs ``python -m briefing extract --format json`` (no analysis cache, a private home) from the
project at ``--project`` (default: this one; point it at a checkout of the base commit to compare)
over each set and prints one md5 per set.  The sets: ``seeds`` (the bundled seeds),
``articles`` (``../shared/corpora/articles``), ``dev`` and ``fresh`` (the documents of
``eval/gold/<set>/MANIFEST``), ``sample`` (a fixed sample of 2,000 odd-numbered corpus
documents: a seeded draw from the sorted file list, so the same files every run; odd numbers
only, so a difference may be read without touching the blind even-numbered files).
``--save DIR`` also keeps each set's JSON there (for a diff when two md5s differ).
Prints digests and counts only, never document text.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SETS = ("seeds", "articles", "dev", "fresh", "sample")
SAMPLE_SIZE = 2000
SAMPLE_SEED = 5
_NUMBER = re.compile(r"(\d+)$")


def find_shared(explicit: str | None) -> Path:
    """--shared, $BRIEFING_SHARED, or ../shared of the project (or of the main checkout)."""
    for cand in (explicit, os.environ.get("BRIEFING_SHARED"), PROJECT.parent / "shared",
                 PROJECT.parent.parent / "shared"):
        if cand and (Path(cand) / "corpora").is_dir():
            return Path(cand)
    raise SystemExit("extract_md5: cannot find the shared folder; pass --shared DIR")


def manifest_paths(corpora: Path, manifest: Path) -> list[str]:
    """The corpus documents a gold MANIFEST lists (its first column; seeds are their own set)."""
    out = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("seeds/"):
            path = corpora / line.split()[0]
            if path.is_file():
                out.append(str(path))
    return out


def sample_paths(corpora: Path, size: int = SAMPLE_SIZE,
                 exclude: frozenset[str] = frozenset()) -> list[str]:
    """A fixed draw of odd-numbered documents from the corpora's sources (not ``articles``).

    ``exclude``: corpus-relative paths left out of the pool (a blind set being annotated).
    """
    pool = []
    for source in ("reuters", "whitehouse", "bbc", "wikinews"):
        for path in sorted((corpora / source).rglob("*.txt")):
            number = _NUMBER.search(path.stem)
            if (number and int(number.group(1)) % 2 == 1
                    and path.relative_to(corpora).as_posix() not in exclude):
                pool.append(str(path))
    return sorted(random.Random(SAMPLE_SEED).sample(pool, min(size, len(pool))))


def set_paths(name: str, shared: Path) -> list[str]:
    corpora = shared / "corpora"
    if name == "seeds":
        return [str(p) for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    if name == "articles":
        return [str(corpora / "articles")]
    if name in ("dev", "fresh"):
        return manifest_paths(corpora, PROJECT / "eval" / "gold" / name / "MANIFEST")
    return sample_paths(corpora)


def extract_json(project: Path, paths: list[str]) -> bytes:
    """``briefing extract --format json PATHS`` run from ``project``, without any cache."""
    with tempfile.TemporaryDirectory(prefix="extract-md5-") as home:
        env = dict(os.environ, BRIEFING_HOME=home, BRIEFING_NO_CACHE="1")
        done = subprocess.run([sys.executable, "-m", "briefing", "extract", "--format", "json",
                               *paths], cwd=project, env=env, capture_output=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"extract_md5: briefing extract exited {done.returncode}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=str(PROJECT), help="the checkout to run")
    parser.add_argument("--shared", help="the shared folder (corpora)")
    parser.add_argument("--set", action="append", choices=SETS, dest="sets")
    parser.add_argument("--save", help="keep each set's JSON in this folder")
    args = parser.parse_args(argv)
    shared = find_shared(args.shared)
    project = Path(args.project).resolve()
    for name in args.sets or SETS:
        paths = set_paths(name, shared)
        out = extract_json(project, paths)
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            (Path(args.save) / f"{name}.json").write_bytes(out)
        failed = out.count(b"extraction failed")
        print(f"{name:<9} {hashlib.md5(out).hexdigest()}  {len(paths)} paths, "
              f"{len(out)} bytes, {failed} 'extraction failed'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
