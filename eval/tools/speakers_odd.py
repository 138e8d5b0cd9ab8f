#!/usr/bin/env python3
"""Score quote speakers on the blind odd-numbered annotation (``eval/speakers_odd/odd.yaml``).

    python eval/tools/speakers_odd.py [--errors] [--gold eval/speakers_odd/odd.yaml]

The annotation names speakers by name (no actor ids: it is not a full gold file), so a predicted
speaker is right when one of its actor's names matches the gold name (rapidfuzz
``token_set_ratio`` >= 90 after lowercasing and dropping punctuation and courtesy titles, which
takes "Torrenzano" for "Richard Torrenzano" and "San Miguel" for "San Miguel Corp"); a null gold
speaker is right only when the prediction is null too.  Predicted quotes are aligned to gold ones
as ``../shared/eval/score.py`` does: one-to-one, overlap >= 50% of the gold span, largest overlap
first.  Only detected gold quotes count for speaker accuracy (as in the scorer); ``ambiguous``
quotes are also reported apart.  ``--errors`` lists each wrong or missed quote with the words
around it (the files are odd-numbered corpus files, free to study; nothing is written).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from rapidfuzz import fuzz

PROJECT = Path(__file__).resolve().parents[2]
CORPORA = PROJECT.parent.parent / "shared" / "corpora"
TITLES = re.compile(r"\b(?:mr|mrs|ms|dr|lord|sir|president|secretary|sen|rep|the)\b")


def norm(name: str) -> str:
    name = re.sub(r"[^\w&\s-]", " ", name.lower()).replace("-", " ")
    return " ".join(TITLES.sub(" ", name).split())


def names_match(gold: str, names: list[str]) -> bool:
    g = norm(gold)
    return any(g and n and fuzz.token_set_ratio(g, n) >= 90 for n in map(norm, names))


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align(gold: list[dict], pred: list[dict]) -> dict[int, int]:
    cands = []
    for i, g in enumerate(gold):
        glen = g["end"] - g["start"]
        for j, p in enumerate(pred):
            ov = overlap((g["start"], g["end"]), (p["start"], p["end"]))
            if ov > 0 and ov >= 0.5 * glen:
                cands.append((ov, -i, -j, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, i, j in sorted(cands, reverse=True):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def extract(paths: list[Path]) -> dict[str, dict]:
    env = dict(os.environ, BRIEFING_NO_CACHE="1")
    cmd = [sys.executable, "-m", "briefing", "extract", "--format", "json", *map(str, paths)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=PROJECT, check=True)
    docs = json.loads(done.stdout)["documents"]
    return {str(Path(d["path"]).resolve()): d for d in docs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=PROJECT / "eval" / "speakers_odd" / "odd.yaml")
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    gold_docs = yaml.safe_load(args.gold.read_text(encoding="utf-8"))["documents"]
    paths = [(args.corpora / d["path"]).resolve() for d in gold_docs]
    pred = extract(paths)
    # per source: [ok, n, missed, ok with anon_ for null]; "all" and "clear" (no ambiguous)
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for d, path in zip(gold_docs, paths, strict=True):
        src = d["path"].split("/")[0]
        doc = pred[str(path)]
        text = path.read_text(encoding="utf-8")
        actors = {a["id"]: [a["name"], *a.get("aliases", [])] for a in doc["actors"]}
        pairs = align(d["quotes"], doc["quotes"])
        for i, g in enumerate(d["quotes"]):
            keys = [(src, "all"), ("total", "all")]
            if not g.get("ambiguous"):
                keys += [(src, "clear"), ("total", "clear")]
            if i not in pairs:
                for k in keys:
                    tally[k][2] += 1
                if args.errors:
                    print(f"MISSED {d['path']} {g['start']}-{g['end']} gold={g['speaker']}")
                continue
            spk = doc["quotes"][pairs[i]]["speaker"]
            ok = (spk is None) if g["speaker"] is None else (
                spk is not None and names_match(g["speaker"], actors.get(spk, [spk])))
            anon_ok = ok or (g["speaker"] is None and str(spk).startswith("anon_"))
            for k in keys:
                tally[k][0] += ok
                tally[k][1] += 1
                tally[k][3] += anon_ok
            if args.errors and not ok:
                before = text[max(0, g["start"] - 160):g["start"]].replace("\n", " / ")
                after = text[g["end"]:g["end"] + 80].replace("\n", " / ")
                print(f"WRONG {d['path']} {g['start']}-{g['end']} gold={g['speaker']!r} "
                      f"pred={spk!r}{' (ambiguous)' if g.get('ambiguous') else ''}\n"
                      f"    ...{before} [[{text[g['start']:g['start'] + 50]}...]] {after}")
    print(f"{'source':<11} {'speakers':>9} {'clear':>9} {'anon':>9} {'n':>4} {'missed':>6}")
    for src in ("whitehouse", "reuters", "bbc", "total"):
        ok, n, missed, aok = tally[(src, "all")]
        cok, cn, _, _ = tally[(src, "clear")]
        if n or missed:
            print(f"{src:<11} {ok / max(n, 1):9.3f} {cok / max(cn, 1):9.3f} {aok / max(n, 1):9.3f}"
                  f" {n:4d} {missed:6d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
