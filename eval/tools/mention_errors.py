#!/usr/bin/env python3
"""Name-mention errors of development gold sets, by kind, with the scorer's own matching.

    python eval/tools/mention_errors.py [--set dev --set val ...] [--half A|B] [--list KIND]
                                        [--pred PRED.json] [--save PRED.json] [--shared DIR]

Runs the extractor in process on every document of the sets (default: all released sets,
``score_sets.RELEASED``), aligns actors and matches mentions as ``../shared/eval/score.py``
does (lenient: same aligned actor, overlapping spans, greedy), then classifies each error:

* a **missed** gold mention: ``none`` (no predicted mention overlaps it, though its actor is
  found), ``none_actor`` (neither it nor its actor is found),
  ``unaligned`` (found, under a predicted actor no gold actor aligns with: a split or an
  unknown actor), ``other`` (found, under a predicted actor aligned with another gold actor),
  ``spent`` (found under the right actor, but that predicted span already matched another);
* an **extra** predicted mention: ``no_gold`` (overlaps no gold mention: gold has no name
  there -- a common noun, a title, a place gold leaves out), ``other`` (overlaps a gold mention
  of another actor), ``dup`` (overlaps a mention of its own actor already matched).

Counts print by kind and source; ``--list KIND`` (``miss:none``, ``extra:no_gold``, ...) lists
that kind's spans with the surface text and the actor, and ``--top`` the commonest surfaces.
``--half A|B`` keeps the documents whose gold file name hashes into that half (as
``timeline_errors.half_of``).  The blind sets are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

import inprocess_docs as docs  # noqa: E402
from score_sets import find_shared  # noqa: E402
from shared_scorer import load_scorer  # noqa: E402


def _surface(text: str, sp: tuple[int, int]) -> str:
    return text[sp[0]:sp[1]].replace("\n", " ")


def classify(score: Any, gold: dict[str, Any], pred: dict[str, Any],
             text: str) -> list[tuple[str, str, str, tuple[int, int]]]:
    """(kind, surface, actor name, span) of each mention error of one document."""
    G, P = score.norm_gold_doc(gold), score.norm_pred_doc(pred)
    amap = score.align_actors(G["actors"], P["actors"])
    gname = {a["id"]: a["name"] for a in G["actors"]}
    pname = {a["id"]: a["name"] for a in P["actors"]}
    gm = [(a["id"], tuple(sp)) for a in G["actors"] for sp in a["mentions"]]
    pm = [(amap.get(a["id"], "pred:" + str(a["id"])), tuple(sp), a["id"])
          for a in P["actors"] for sp in a["mentions"]]
    cands = []
    for i, (gid, gsp) in enumerate(gm):
        for j, (pid, psp, _raw) in enumerate(pm):
            if pid == gid:
                ov = score.overlap(gsp, psp)
                if ov > 0:
                    cands.append(((ov, -abs(gsp[0] - psp[0]), -i, -j), i, j))
    pairs = score.greedy_pairs(cands)  # {gold index: pred index}
    used_p = set(pairs.values())
    out: list[tuple[str, str, str, tuple[int, int]]] = []
    for i, (gid, gsp) in enumerate(gm):
        if i in pairs:
            continue
        over = [(pid, raw) for pid, psp, raw in pm if score.overlaps(gsp, psp)]
        if not over:
            kind = "none" if gid in amap.values() else "none_actor"
        elif any(pid == gid for pid, _ in over):
            kind = "spent"
        elif any(pid.startswith("pred:") for pid, _ in over):
            kind = "unaligned"
        else:
            kind = "other"
        who = gname[gid] + ("" if not over else " <- " + pname[over[0][1]])
        out.append(("miss:" + kind, _surface(text, gsp), who, gsp))
    for j, (pid, psp, raw) in enumerate(pm):
        if j in used_p:
            continue
        over = [gid for gid, gsp in gm if score.overlaps(gsp, psp)]
        if not over:
            kind = "no_gold"
        elif pid in over:
            kind = "dup"
        else:
            kind = "other"
        who = pname[raw] + ("" if not over else " -> " + gname[over[0]])
        out.append(("extra:" + kind, _surface(text, psp), who, psp))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--list", action="append", default=[], help="list this kind's errors")
    ap.add_argument("--top", type=int, default=0, help="commonest surfaces of each kind")
    docs.add_prediction_options(ap)
    args = ap.parse_args(argv)
    sets = docs.released_sets("mention_errors", args.sets)
    if sets is None:
        return 2
    shared = find_shared(args.shared)
    score = load_scorer(shared, "mention_errors")
    predictions = docs.Predictions(args.pred)
    kinds: Counter[str] = Counter()
    sources: Counter[tuple[str, str]] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    tp = n_gold = n_pred = 0
    extra: dict[str, list[int]] = {}
    rows: list[str] = []
    for doc in docs.gold_documents(sets, shared, docs.in_half(args.half)):
        pred, text = predictions.of(doc, need_text=True)
        full = score.score_doc(doc.gold, pred)
        res = full["mentions_lenient"]
        for metric in ("parties", "quote_speaker"):
            other = full.get(metric)
            if other is not None and hasattr(other, "tp"):
                seen = extra.setdefault(metric, [0, 0, 0])
                seen[0] += other.tp
                seen[1] += other.fp
                seen[2] += other.fn
        tp, n_pred, n_gold = tp + res.tp, n_pred + res.tp + res.fp, n_gold + res.tp + res.fn
        for kind, surf, who, sp in classify(score, doc.gold, pred, text):
            kinds[kind] += 1
            sources[(doc.source, kind)] += 1
            surfaces.setdefault(kind, Counter())[surf] += 1
            if kind in args.list:
                rows.append(f"{kind:16} {doc.key:40} {sp[0]:>6} {surf!r:32} {who}")
    predictions.save(args.save)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"mentions lenient: tp {tp} pred {n_pred} gold {n_gold}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for metric, (mtp, mfp, mfn) in extra.items():
        mf = 2 * mtp / (2 * mtp + mfp + mfn) if mtp else 0.0
        print(f"{metric}: tp {mtp} fp {mfp} fn {mfn}  F1 {mf:.3f}")
    for kind, n in kinds.most_common():
        print(f"  {kind:16} {n:5}   ({docs.by_source(sources, kind)})")
        if args.top:
            top = surfaces[kind].most_common(args.top)
            print("      " + "; ".join(f"{s!r} {c}" for s, c in top))
    for line in rows:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
