#!/usr/bin/env python3
"""Agenda items and timeline on the odd-numbered mini set (`eval/agenda_odd/`), with errors.

    python eval/tools/agenda_odd.py [--errors] [--shared DIR] [--pred PRED.json]

Scores `briefing extract --format json` (no analysis cache) on the documents of
`eval/agenda_odd/MANIFEST` with `../shared/eval/score.py`'s own matching (`score_doc`): issues
F1 and issue status within aligned threads, timeline F1 and dates, per source. It adds a
*pooled* issues figure (every gold item of the document against every predicted item, matched
by key or overlapping evidence as the scorer does) that separates agenda errors from the choice
of the primary thread.

`--errors` lists, per document, the gold items missed and the predicted items left over, with
the sentence of their evidence, and the timeline items missed, spurious or misdated, so that
errors can be sorted into categories. The documents are odd-numbered corpus files, free to
study; the gold files hold offsets and short labels only. This tool refuses no set because it
reads only `eval/agenda_odd/`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

PROJECT = Path(__file__).resolve().parents[2]
GOLD_DIR = PROJECT / "eval" / "agenda_odd"
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from score_sets import BLIND  # noqa: E402  (the one list of the blind sets)
from shared_scorer import load_scorer  # noqa: E402


def manifest(shared: Path, gold_dir: Path) -> list[Path]:
    out = []
    for line in (gold_dir / "MANIFEST").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(shared / "corpora" / line.split()[0])
    return out


def extract(paths: list[Path], out: Path) -> None:
    env = dict(os.environ, BRIEFING_NO_CACHE="1")
    cmd = [sys.executable, "-m", "briefing", "extract", "--format", "json", *map(str, paths)]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run(cmd, stdout=fh, env=env, cwd=PROJECT, check=True)


def source_of(path: str) -> str:
    for src in ("whitehouse", "reuters", "bbc", "wikinews"):
        if f"/{src}/" in path:
            return src
    return "other"


def pooled(sc: ModuleType, G: dict, P: dict) -> tuple[int, int, int, list, list, list]:
    """Every gold issue against every predicted issue, whatever their threads."""
    gi = [dict(it, thread="P" if n["primary"] else "S") for n in G["negotiations"]
          for it in n["issues"]]
    pi = [dict(it, thread="P" if n.get("primary") else "S") for n in P["negotiations"]
          for it in n["issues"]]
    cands = []
    for a, g in enumerate(gi):
        for b, p in enumerate(pi):
            key_eq = g["key"] is not None and g["key"] == p["key"]
            n_ev = sum(1 for x in g["evidence"] if any(sc.overlaps(x, y) for y in p["evidence"]))
            if key_eq or n_ev:
                cands.append(((int(key_eq), n_ev, -a, -b), a, b))
    im = sc.greedy_pairs(cands)
    missed = [g for a, g in enumerate(gi) if a not in im]
    spurious = [p for b, p in enumerate(pi) if b not in im.values()]
    pairs = [(gi[a], pi[b]) for a, b in im.items()]
    return len(im), len(pi) - len(im), len(gi) - len(im), missed, spurious, pairs


def sentence_at(text: str, span: list[int] | tuple[int, int]) -> str:
    s, e = span
    a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
    b = text.find(". ", e)
    b = len(text) if b < 0 else b + 1
    return " ".join(text[a:b].split())[:160]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=PROJECT.parent.parent / "shared")
    ap.add_argument("--pred", type=Path, help="score this prediction JSON instead of extracting")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--docs", action="store_true", help="one line of counts per document")
    ap.add_argument("--gold", type=Path, default=GOLD_DIR,
                    help="another development gold folder (eval/gold/dev, eval/gold/fresh)")
    args = ap.parse_args(argv)
    shared = args.shared if (args.shared / "eval").is_dir() else Path("/work/shared")
    sc = load_scorer(shared, "agenda_odd")
    # fresh7 was blind in session 7, val until session 8 and blind9 until session 9: development
    # data since; sealed, blind8 and blind24 are scored by the lead only, aggregates only
    if args.gold.name in BLIND:
        raise SystemExit("agenda_odd: blind sets are scored by the lead only")
    paths = manifest(shared, args.gold)
    golds = sc.load_gold_files([str(args.gold)])
    if args.pred:
        pred_path = args.pred
    else:
        pred_path = Path(tempfile.mkdtemp()) / "pred.json"
        extract(paths, pred_path)
    pdocs, warnings = sc.load_pred(str(pred_path))
    pairs = sc.pair_documents(golds, pdocs, warnings)
    tot: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gold, pred, _how in pairs:
        res = sc.score_doc(gold, pred)
        G, P = sc.norm_gold_doc(gold), sc.norm_pred_doc(pred)
        src = source_of(str(pred.get("path", "")))
        ptp, pfp, pfn, missed, spurious, matched = pooled(sc, G, P)
        for group in (src, "all"):
            t = tot[group]
            t["docs"] += 1
            for k in ("tp", "fp", "fn"):
                t["iss_" + k] += getattr(res["issues"], k)
                t["tl_" + k] += getattr(res["timeline"], k)
            t["st_ok"] += res["issue_status"].ok
            t["st_n"] += res["issue_status"].n
            t["date_ok"] += res["timeline_date"].ok
            t["date_n"] += res["timeline_date"].n
            t["pool_tp"] += ptp
            t["pool_fp"] += pfp
            t["pool_fn"] += pfn
        if args.docs:
            print(f"DOC {pred.get('path')} issues {res['issues'].tp}/{res['issues'].fp}/"
                  f"{res['issues'].fn} status {res['issue_status'].ok}/{res['issue_status'].n} "
                  f"timeline {res['timeline'].tp}/{res['timeline'].fp}/{res['timeline'].fn} "
                  f"dates {res['timeline_date'].ok}/{res['timeline_date'].n}")
        if args.errors:
            report_errors(sc, gold, pred, res, missed, spurious, matched)
    print(f"{'set':<12}{'docs':>5}{'issues':>8}{'pooled':>8}{'status':>8}{'timeline':>9}{'dates':>7}")
    for group in ("whitehouse", "reuters", "bbc", "all"):
        t = tot.get(group)
        if not t:
            continue
        st = t["st_ok"] / t["st_n"] if t["st_n"] else 0.0
        dt = t["date_ok"] / t["date_n"] if t["date_n"] else 0.0
        print(f"{group:<12}{t['docs']:>5}{f1(t['iss_tp'], t['iss_fp'], t['iss_fn']):>8.3f}"
              f"{f1(t['pool_tp'], t['pool_fp'], t['pool_fn']):>8.3f}{st:>8.3f}"
              f"{f1(t['tl_tp'], t['tl_fp'], t['tl_fn']):>9.3f}{dt:>7.3f}"
              f"   issues tp/fp/fn {t['iss_tp']}/{t['iss_fp']}/{t['iss_fn']}"
              f"  timeline {t['tl_tp']}/{t['tl_fp']}/{t['tl_fn']}")
    return 0


def report_errors(sc: ModuleType, gold: dict, pred: dict, res: dict, missed: list,
                  spurious: list, matched: list) -> None:
    path = str(pred.get("path", gold["document"]["file"]))
    try:
        text = Path(path).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except OSError:
        text = ""
    print(f"== {path}")
    gp = [n for n in gold.get("negotiations", []) if n.get("primary")]
    pp = [n for n in pred.get("negotiations", []) if n.get("primary")]
    if gp:
        print(f"  primary gold: {gp[0]['label']} [{gp[0]['status']}]")
    for n in pred.get("negotiations", []):
        mark = "*" if n in pp else " "
        print(f"  {mark}pred thread: {n.get('label')} [{n.get('status')}]")
        for it in n.get("issues") or []:
            print(f"      - {it.get('key')} | {it.get('label')} | {it.get('status')}")
    print(f"  issues {res['issues'].tp}/{res['issues'].fp}/{res['issues'].fn} "
          f"status {res['issue_status'].ok}/{res['issue_status'].n}")
    for g in missed:
        ev = sentence_at(text, g["evidence"][0]) if g["evidence"] and text else ""
        print(f"  MISSED  {g['thread']} {g['key']} [{g['status']}] :: {ev}")
    for p in spurious:
        ev = sentence_at(text, p["evidence"][0]) if p["evidence"] and text else ""
        print(f"  EXTRA   {p['thread']} {p['key']} [{p['status']}] :: {ev}")
    for g, p in matched:
        if g["thread"] != p["thread"]:
            ev = sentence_at(text, g["evidence"][0]) if g["evidence"] and text else ""
            print(f"  THREAD  gold {g['thread']} pred {p['thread']} {g['key']} :: {ev}")
        if g["status"] != p["status"]:
            ev = sentence_at(text, g["evidence"][0]) if g["evidence"] and text else ""
            print(f"  STATUS  {g['thread']}{p['thread']} {g['key']} gold {g['status']} pred {p['status']} :: {ev}")
    G, P = sc.norm_gold_doc(gold), sc.norm_pred_doc(pred)
    gt_used = set()
    for pt in P["timeline"]:
        hit = [i for i, gt in enumerate(G["timeline"]) if sc.overlap(gt["span"], pt["span"]) > 0]
        s, e = pt["span"]
        if not hit:
            print(f"  T-EXTRA {pt['date']} '{text[s:e]}' :: {sentence_at(text, pt['span'])[:100]}")
        else:
            gt_used.update(hit)
            gt = G["timeline"][hit[0]]
            if not sc.date_ok(gt, pt["date"]):
                print(f"  T-DATE  gold {gt['date']} pred {pt['date']} '{text[s:e]}'")
    for i, gt in enumerate(G["timeline"]):
        if i not in gt_used:
            s, e = gt["span"]
            print(f"  T-MISS  {gt['date']} '{text[s:e]}' :: {sentence_at(text, gt['span'])[:100]}")


if __name__ == "__main__":
    sys.exit(main())
