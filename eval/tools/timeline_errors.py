#!/usr/bin/env python3
"""Timeline errors of development gold sets, by document, with the scorer's own matching.

    python eval/tools/timeline_errors.py GOLD_DIR [GOLD_DIR ...] [--half A|B] [--errors]
                                         [--pred PRED.json] [--save PRED.json]

Runs ``briefing extract --format json`` (no analysis cache) on the documents of each folder's
``MANIFEST`` and scores the timeline as ``../shared/eval/score.py`` does (items matched by
overlapping evidence, greedily; a date right at the gold precision or within its tolerance).
``--half A|B`` keeps the documents whose gold file name hashes (sha256, first hex digit 0-7 or
8-f) into that half: write rules from one half, report the other's figures before and after.
``--errors`` lists the items missed (T-MISS), left over (T-EXTRA) and misdated (T-DATE) with
their sentence.  ``--causes`` gives each error a cause (``timeline_causes.py``: the same day
said again, a header date, a plan year, a period, ...) and prints their counts per source; with
``--errors`` each listed error carries its cause.  Blind folders (sealed, blind8, blind24) are
refused.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from score_sets import BLIND  # noqa: E402  (the one list of the blind sets)
from shared_scorer import load_scorer  # noqa: E402
from timeline_causes import causes, source_of, table  # noqa: E402


def half_of(name: str) -> str:
    return "A" if hashlib.sha256(name.encode()).hexdigest()[0] in "01234567" else "B"


def manifest(shared: Path, gold_dir: Path) -> list[Path]:
    out = []
    for line in (gold_dir / "MANIFEST").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            first = line.split()[0]
            out.append(PROJECT / first if first.startswith("seeds/")
                       else shared / "corpora" / first)
    return out


def sentence_at(text: str, span: tuple[int, int] | list[int]) -> str:
    s, e = span
    a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
    b = text.find(". ", e)
    b = len(text) if b < 0 else b + 1
    return " ".join(text[a:b].split())[:220]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--shared", type=Path, default=PROJECT.parent.parent / "shared")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--causes", action="store_true", help="count the errors by cause and source")
    ap.add_argument("--pred", type=Path, help="score this prediction JSON instead of extracting")
    ap.add_argument("--save", type=Path, help="keep the prediction JSON here")
    args = ap.parse_args(argv)
    shared = args.shared if (args.shared / "eval").is_dir() else Path("/work/shared")
    for g in args.gold:
        if g.resolve().name in BLIND or any(p.name in BLIND for p in g.resolve().parents):
            raise SystemExit("timeline_errors: blind sets are scored by the lead only")
    sc = load_scorer(shared, "timeline_errors")
    golds = []
    paths: list[Path] = []
    for g in args.gold:
        gfiles = sorted(g.glob("*.yaml"))
        golds += sc.load_gold_files([str(p) for p in gfiles
                                     if args.half is None or half_of(p.name) == args.half])
        paths += manifest(shared, g)
    if args.pred:
        pred_path = args.pred
    else:
        pred_path = args.save or Path(tempfile.mkdtemp()) / "pred.json"
        env = dict(os.environ, BRIEFING_NO_CACHE="1")
        with pred_path.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, "-m", "briefing", "extract", "--format", "json",
                            *map(str, paths)], stdout=fh, env=env, cwd=PROJECT, check=True)
    pdocs, warnings = sc.load_pred(str(pred_path))
    pairs = sc.pair_documents(golds, pdocs, [])
    tp = fp = fn = ok = n = 0
    counts: Counter[tuple[str, str, str]] = Counter()
    for gold, pred, _how in sorted(pairs, key=lambda p: str(p[1].get("path", ""))):
        res = sc.score_doc(gold, pred)
        t, d = res["timeline"], res["timeline_date"]
        tp, fp, fn, ok, n = tp + t.tp, fp + t.fp, fn + t.fn, ok + d.ok, n + d.n
        if t.fp == 0 and t.fn == 0 and d.ok == d.n:
            continue
        path = str(pred.get("path", ""))
        text = Path(path).read_text(encoding="utf-8-sig").replace("\r\n", "\n") if path else ""
        G, P = sc.norm_gold_doc(gold), sc.norm_pred_doc(pred)
        why = {(kind, id(item)): cause
               for kind, cause, item in causes(G["timeline"], P["timeline"], text,
                                               G["published"], sc.date_ok)}
        for (kind, _item), cause in why.items():
            counts[(kind, cause, source_of(path))] += 1
        if not args.errors:
            continue
        print(f"== {path}  published {gold['document'].get('published')}  "
              f"timeline {t.tp}/{t.fp}/{t.fn} dates {d.ok}/{d.n}")
        cands = []
        for i, gt in enumerate(G["timeline"]):
            for j, pt in enumerate(P["timeline"]):
                ov = sc.overlap(gt["span"], pt["span"])
                if ov > 0:
                    cands.append(((sc.date_ok(gt, pt["date"]), ov, -i, -j), i, j))
        tm = sc.greedy_pairs(cands)
        for i, j in tm.items():
            gt, pt = G["timeline"][i], P["timeline"][j]
            if not sc.date_ok(gt, pt["date"]):
                s, e = pt["span"]
                print(f"  T-DATE  {why.get(('T-DATE', id(pt)), '')} "
                      f"gold {gt['date']} pred {pt['date']} '{text[s:e]}' :: "
                      f"{sentence_at(text, pt['span'])}")
        for j, pt in enumerate(P["timeline"]):
            if j not in tm.values():
                s, e = pt["span"]
                print(f"  T-EXTRA {why.get(('T-EXTRA', id(pt)), '')} {pt['date']} "
                      f"'{text[s:e]}' :: {sentence_at(text, pt['span'])}")
        glabels = {i: t.get("label") for i, t in enumerate(gold.get("timeline") or [])}
        for i, gt in enumerate(G["timeline"]):
            if i not in tm:
                s, e = gt["span"]
                print(f"  T-MISS  {why.get(('T-MISS', id(gt)), '')} "
                      f"{gt['date']} '{text[s:e]}' [{glabels.get(i)}] :: "
                      f"{sentence_at(text, gt['span'])}")
    if args.causes:
        print(table(counts))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"docs {len(pairs)}  timeline F1 {f1:.3f} (tp/fp/fn {tp}/{fp}/{fn})  "
          f"dates {ok / n if n else 0:.3f} ({ok}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
