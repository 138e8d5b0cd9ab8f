#!/usr/bin/env python3
"""Find corpus documents that are twins (the same text under another file name) of studied ones.

The corpora repeat themselves: a wire story filed twice, a White House statement that is also
one of the curated ``articles/``.  A blind set that holds a twin of a document the team has
studied (the visible articles, any development set) is not blind for that document.

    python eval/tools/twins.py                      # blind sets' documents with a studied twin
    python eval/tools/twins.py --pool POOL.txt      # pool lines (first column a corpus path)
                                                    # whose text a studied document repeats

Studied: every ``articles/`` file and every corpus path an ``eval/`` file names outside the
blind sets (``gold/sealed``, ``gold/blind8``, ``gold/blind24``).  Texts are compared after
CRLF -> LF and stripping surrounding whitespace.  Exit status 1 when a twin is found, else 0.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "eval"))

from score_sets import BLIND  # noqa: E402  (the one list of the blind sets)

# how eval/ files name corpus documents: MANIFEST paths, and the odd sets' ids
_PATH = re.compile(r"\b(?:reuters/\d{5}|whitehouse/wh\d{5}|bbc/[a-z]+/\d{3}|wikinews/[\w-]+)"
                   r"(?:\.txt)?")
_BARE_ID = re.compile(r"\b(?:rt(\d{5})|(wh\d{5}))\b")


def text_key(path: Path) -> str:
    text = path.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def groups(corpora: Path) -> dict[str, list[str]]:
    """Corpus path (relative, with .txt) -> every corpus path with the same text."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for path in sorted(corpora.rglob("*.txt")):
        by_key[text_key(path)].append(path.relative_to(corpora).as_posix())
    return {rel: same for same in by_key.values() if len(same) > 1 for rel in same}


def named_paths(text: str) -> set[str]:
    """Corpus paths a text names, as ``source/.../name.txt``."""
    found = {m.group(0).removesuffix(".txt") + ".txt" for m in _PATH.finditer(text)}
    for m in _BARE_ID.finditer(text):
        found.add(f"reuters/{m.group(1)}.txt" if m.group(1) else f"whitehouse/{m.group(2)}.txt")
    return found


def studied_and_blind(eval_dir: Path) -> tuple[set[str], dict[str, str]]:
    """(paths the team studied, blind path -> its blind set) from the files under eval/."""
    studied: set[str] = set()
    blind: dict[str, str] = {}
    for path in sorted(eval_dir.rglob("*")):
        if not path.is_file() or path.suffix not in ("", ".yaml", ".yml", ".md", ".txt"):
            continue
        parts = path.relative_to(eval_dir).parts
        set_name = parts[1] if len(parts) > 2 and parts[0] == "gold" else None
        names = named_paths(path.read_text(encoding="utf-8", errors="replace"))
        if set_name in BLIND:
            if path.name == "MANIFEST":
                blind.update(dict.fromkeys(names, set_name))
        elif not path.name.startswith("SELECTION-"):  # a selection names skipped files too
            studied |= names
    return studied, blind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("--eval", type=Path, default=PROJECT / "eval")
    parser.add_argument("--pool", type=Path, help="a pool file: first column a corpus path")
    args = parser.parse_args(argv)
    twin_of = groups(args.corpora)
    studied, blind = studied_and_blind(args.eval)
    if args.pool:
        lines = args.pool.read_text(encoding="utf-8").splitlines()
        candidates = {line.split()[0]: "pool" for line in lines if line.strip()}
    else:
        candidates = blind
    found = 0
    for rel, where in sorted(candidates.items()):
        for twin in twin_of.get(rel, []):
            if twin != rel and (twin.startswith("articles/") or twin in studied):
                print(f"{where}: {rel} has the text of the studied {twin}")
                found += 1
    print(f"twins of studied documents: {found}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
