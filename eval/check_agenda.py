#!/usr/bin/env python3
"""Agenda labels one reads at a glance: print every violation, and their count last.

    python eval/check_agenda.py [--counts] [PATH ...]   (default: seeds and ../shared/corpora/articles)

A violation is an agenda item whose label is longer than 60 characters, is cut mid-phrase (ends
on a function word such as "the", "of", "which", "to", "in", "and", or leaves a quotation mark
or bracket open), is empty, or repeats a label or a topic key (other than ``other``) of the same
thread.  The last line is ``violations: N``; the exit status is 1 when N > 0.
Run it only on documents whose extractor output may be read (seeds, the visible articles);
``--counts`` prints only the number of violations of each kind (no label, no document name),
for folders annotators are reading blind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from briefing.extract.negotiations.labels import MAX_LABEL, ends_cut  # noqa: E402


def default_paths() -> list[str]:
    for shared in (PROJECT.parent / "shared", PROJECT.parent.parent / "shared"):
        if (shared / "corpora" / "articles").is_dir():
            return [str(PROJECT / "seeds"), str(shared / "corpora" / "articles")]
    return [str(PROJECT / "seeds")]


def violations(documents: Sequence[dict]) -> list[str]:
    out: list[str] = []
    for doc in documents:
        name = Path(str(doc.get("path", "?"))).name
        for thread in doc.get("negotiations", []):
            labels: set[str] = set()
            keys: set[str] = set()
            for issue in thread.get("issues", []):
                label, key = str(issue.get("label", "")), str(issue.get("key", ""))
                where = f"{name} [{thread.get('label')}] {key}: {label!r}"
                if not label.strip():
                    out.append(f"{where}: empty")
                if len(label) > MAX_LABEL:
                    out.append(f"{where}: {len(label)} characters")
                if ends_cut(label):
                    out.append(f"{where}: cut mid-phrase")
                if label.lower() in labels:
                    out.append(f"{where}: label repeated in the thread")
                if key != "other" and key in keys:
                    out.append(f"{where}: topic repeated in the thread")
                labels.add(label.lower())
                keys.add(key)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    counts_only = "--counts" in args
    paths = [a for a in args if a != "--counts"] or default_paths()
    env = dict(os.environ, BRIEFING_NO_CACHE="1")
    done = subprocess.run([sys.executable, "-m", "briefing", "extract", "--format", "json", *paths],
                          capture_output=True, text=True, env=env, cwd=PROJECT, check=False)
    if done.returncode != 0:
        print(f"check_agenda: briefing extract failed: {done.stderr.strip()[-300:]}", file=sys.stderr)
        return 2
    docs = json.loads(done.stdout).get("documents", [])
    found = violations(docs)
    if counts_only:
        kinds: dict[str, int] = {}
        for line in found:
            kind = line.rsplit(": ", 1)[-1]
            kind = "too long" if kind.endswith("characters") else kind
            kinds[kind] = kinds.get(kind, 0) + 1
        for kind, n in sorted(kinds.items()):
            print(f"{kind}: {n}")
    else:
        for line in found:
            print(line)
    n_items = sum(len(t.get("issues", [])) for d in docs for t in d.get("negotiations", []))
    print(f"documents: {len(docs)}  agenda items: {n_items}")
    print(f"violations: {len(found)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
