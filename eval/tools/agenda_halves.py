#!/usr/bin/env python3
"""Agenda issues over every released gold set, by half, with errors by kind.

    python eval/tools/agenda_halves.py [--set dev --set val ...] [--half A|B] [--pred P.json]
        [--save-pred P.json] [--errors] [--kinds]

Extracts every document of the chosen sets once (no analysis cache; or reads ``--pred``), then
scores issues with ``../shared/eval/score.py``'s own ``score_doc`` (scored F1: items matched
within aligned threads) and the *pooled* figure of ``agenda_odd.py`` (every gold item against
every predicted item, whatever the thread).  Each document falls in half A or B by
``timeline_errors.half_of`` of its gold file name: write a rule from half A's errors, report half
B's figures before -> after.  ``--errors`` lists missed / extra / wrong-thread items with their
sentence (``agenda_odd.report_errors``); ``--kinds`` counts them by key and thread.  The blind
sets are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from agenda_odd import f1, pooled, report_errors  # noqa: E402
from released_docs import add_set_options, load_predictions, paired_documents  # noqa: E402
from timeline_errors import half_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_set_options(ap)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--kinds", action="store_true")
    args = ap.parse_args(argv)
    sc, loaded, pdocs, warnings = load_predictions("agenda_halves", args)
    tot: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: Counter[str] = Counter()
    for gs, gf, gold, pred in paired_documents(sc, loaded, pdocs, warnings):
        half = half_of(gf.name)
        if args.half and half != args.half:
            continue
        res = sc.score_doc(gold, pred)
        ptp, pfp, pfn, missed, spurious, matched = pooled(
            sc, sc.norm_gold_doc(gold), sc.norm_pred_doc(pred))
        for group in (gs.name, "half-" + half, "all"):
            t = tot[group]
            t["docs"] += 1
            for k in ("tp", "fp", "fn"):
                t[k] += getattr(res["issues"], k)
            t["ptp"] += ptp
            t["pfp"] += pfp
            t["pfn"] += pfn
        for g in missed:
            kinds[f"missed {g['thread']} {g['key']}"] += 1
        for p in spurious:
            kinds[f"extra {p['thread']} {p['key']}"] += 1
        for g, p in matched:
            if g["thread"] != p["thread"]:
                kinds[f"thread gold {g['thread']} pred {p['thread']}"] += 1
        if args.errors:
            print(f"# {gs.name} half {half} {gf.name}")
            report_errors(sc, gold, pred, res, missed, spurious, matched)
    print(f"{'group':<12}{'docs':>5}{'issues':>8}{'pooled':>8}   tp/fp/fn  pooled tp/fp/fn")
    for group in [*(gs.name for gs in loaded), "half-A", "half-B", "all"]:
        t = tot.get(group)
        if not t:
            continue
        print(f"{group:<12}{t['docs']:>5}{f1(t['tp'], t['fp'], t['fn']):>8.3f}"
              f"{f1(t['ptp'], t['pfp'], t['pfn']):>8.3f}   {t['tp']}/{t['fp']}/{t['fn']}"
              f"  {t['ptp']}/{t['pfp']}/{t['pfn']}")
    if args.kinds:
        for kind, n in kinds.most_common(40):
            print(f"{n:>5}  {kind}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
