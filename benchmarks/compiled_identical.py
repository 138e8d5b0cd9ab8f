"""The compiled build's output is the pure build's: ``briefing extract --format json``, byte for byte.

    python benchmarks/compiled_identical.py --pure VENV_PYTHON --compiled VENV_PYTHON
        [--shared DIR] [--set NAME ...] [--sample N] [--exclude MANIFEST ...] [--save DIR]

Each interpreter is that of an installed briefing (``pip install .`` with ``BRIEFING_PURE=1``,
and without: setup.py compiles the extractor with mypyc).  Both run ``-m briefing extract
--format json`` from a temporary folder (so the installed package is imported, not this
checkout), without the analysis cache and with a private home, over each set: ``seeds``,
``articles``, ``dev`` / ``fresh`` / ``fresh7`` (the documents of ``eval/gold/<set>/MANIFEST``)
and ``sample`` (a seeded draw of ``--sample`` odd-numbered corpus documents, default 300,
leaving out the paths of every ``--exclude`` MANIFEST and of ``eval/sides_odd/MANIFEST*``: blind
sets under annotation).  Prints, per set, the md5 of each output and whether they are identical,
and first which file each interpreter's extractor was loaded from (``.so``: compiled).  Exit
status 1 when any set differs.  Prints digests and counts only, never document text.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_md5 import PROJECT, find_shared, manifest_paths, sample_paths  # noqa: E402

SETS = ("seeds", "articles", "dev", "fresh", "fresh7", "sample")
_WHERE = "import briefing.extract.actors.finder as m; print(m.__file__)"


def excluded(manifests: list[str]) -> frozenset[str]:
    """Corpus-relative paths listed (first column) in the given and the project's blind MANIFESTs."""
    files = [Path(m) for m in manifests] + sorted(PROJECT.glob("eval/sides_odd/MANIFEST*"))
    out = set()
    for manifest in files:
        for line in manifest.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(line.split()[0])
    return frozenset(out)


def set_paths(name: str, corpora: Path, size: int, exclude: frozenset[str]) -> list[str]:
    if name == "seeds":
        return [str(p) for p in sorted((PROJECT / "seeds").glob("*.txt"))]
    if name == "articles":
        return [str(corpora / "articles")]
    if name == "sample":
        return sample_paths(corpora, size, exclude)
    return manifest_paths(corpora, PROJECT / "eval" / "gold" / name / "MANIFEST")


def run(python: str, args: list[str]) -> bytes:
    """``python args`` from an empty folder, without any cache, with a private home."""
    with tempfile.TemporaryDirectory(prefix="compiled-identical-") as home:
        env = dict(os.environ, BRIEFING_HOME=home, BRIEFING_NO_CACHE="1")
        env.pop("PYTHONPATH", None)
        done = subprocess.run([python, *args], cwd=home, env=env, capture_output=True,
                              check=False)
    if done.returncode != 0:
        raise SystemExit(f"compiled_identical: {python} {args[:3]} exited {done.returncode}")
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pure", required=True, help="python of the pure install")
    parser.add_argument("--compiled", required=True, help="python of the compiled install")
    parser.add_argument("--shared", help="the shared folder (corpora)")
    parser.add_argument("--set", action="append", choices=SETS, dest="sets")
    parser.add_argument("--sample", type=int, default=300, help="odd-numbered files drawn")
    parser.add_argument("--exclude", action="append", default=[], help="a blind MANIFEST")
    parser.add_argument("--save", help="keep each output there (for a diff)")
    args = parser.parse_args(argv)
    corpora = find_shared(args.shared) / "corpora"
    exclude = excluded(args.exclude)
    builds = {"pure": args.pure, "compiled": args.compiled}
    for label, python in builds.items():
        print(f"{label:<9} extractor from {run(python, ['-c', _WHERE]).decode().strip()}")
    differ = 0
    for name in args.sets or SETS:
        paths = set_paths(name, corpora, args.sample, exclude)
        outs = {label: run(python, ["-m", "briefing", "extract", "--format", "json", *paths])
                for label, python in builds.items()}
        if args.save:
            for label, out in outs.items():
                Path(args.save).mkdir(parents=True, exist_ok=True)
                (Path(args.save) / f"{name}.{label}.json").write_bytes(out)
        same = outs["pure"] == outs["compiled"]
        differ += not same
        digests = " ".join(hashlib.md5(out).hexdigest()[:12] for out in outs.values())
        print(f"{name:<9} {'identical' if same else 'DIFFERENT'}  {digests}  {len(paths)} paths, "
              f"{len(outs['pure'])} bytes, {outs['pure'].count(b'extraction failed')} "
              "'extraction failed'")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
