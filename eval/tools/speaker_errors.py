#!/usr/bin/env python3
"""Quote-speaker errors of development gold sets, by kind, with the scorer's own matching.

    python eval/tools/speaker_errors.py [--set dev --set val ...] [--half A|B] [--list]
                                        [--pred PRED.json] [--save PRED.json] [--shared DIR]

Runs the extractor in process on every document of the sets (default: all released sets,
``score_sets.RELEASED``), or reads predictions saved by this tool or ``mention_errors.py``
(``--pred``), pairs quotes and aligns actors as ``../shared/eval/score.py`` does, and classifies
each detected gold quote whose speaker is wrong:

* ``null_pred``: gold names a speaker, the prediction has none;
* ``null_gold``: gold has no speaker (an unnamed voice), the prediction names one;
* ``unaligned``: the predicted speaker is an actor no gold actor aligns with (an unknown actor,
  a split, an unnamed person gold does not keep);
* ``other``: the predicted speaker is another gold actor;

and each gold quote no prediction detects (``missed``). Counts print by kind and source;
``--list`` prints each error with the text before the quote. ``--half A|B`` keeps the documents
whose gold file name hashes into that half (``timeline_errors.half_of``). Blind sets are refused.
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


def classify(score: Any, gold: dict[str, Any], pred: dict[str, Any]
             ) -> tuple[int, int, list[tuple[str, tuple[int, int], str, str]]]:
    """(right, detected, [(kind, gold span, gold speaker, predicted speaker)]) of one document."""
    G, P = score.norm_gold_doc(gold), score.norm_pred_doc(pred)
    amap = score.align_actors(G["actors"], P["actors"])
    gname = {a["id"]: a["name"] for a in G["actors"]}
    pname = {a["id"]: a["name"] for a in P["actors"]}
    cands = []
    for i, gq in enumerate(G["quotes"]):
        glen = gq["span"][1] - gq["span"][0]
        for j, pq in enumerate(P["quotes"]):
            ov = score.overlap(gq["span"], pq["span"])
            if ov > 0 and ov >= 0.5 * glen:
                cands.append(((ov, -i, -j), i, j))
    qm = score.greedy_pairs(cands)
    out: list[tuple[str, tuple[int, int], str, str]] = []
    ok = 0
    for i, gq in enumerate(G["quotes"]):
        gs = gq["speaker"]
        gshow = gname.get(gs, str(gs)) if gs is not None else "-"
        if i not in qm:
            out.append(("missed", tuple(gq["span"]), gshow, ""))
            continue
        ps = P["quotes"][qm[i]]["speaker"]
        mapped = None if ps is None else amap.get(ps, "pred:" + str(ps))
        if mapped == gs:
            ok += 1
            continue
        pshow = "-" if ps is None else pname.get(ps, str(ps))
        if ps is None:
            kind = "null_pred"
        elif gs is None:
            kind = "null_gold"
        elif str(mapped).startswith("pred:"):
            kind = "unaligned"
        else:
            kind = "other"
        out.append((kind, tuple(gq["span"]), gshow, pshow))
    return ok, len(qm), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--list", action="store_true", help="list each error with its context")
    docs.add_prediction_options(ap)
    args = ap.parse_args(argv)
    sets = docs.released_sets("speaker_errors", args.sets)
    if sets is None:
        return 2
    shared = find_shared(args.shared)
    score = load_scorer(shared, "speaker_errors")
    predictions = docs.Predictions(args.pred)
    kinds: Counter[str] = Counter()
    sources: Counter[tuple[str, str]] = Counter()
    right = detected = 0
    rows: list[str] = []
    for doc in docs.gold_documents(sets, shared, docs.in_half(args.half)):
        pred, text = predictions.of(doc, need_text=args.list)
        ok, n, errors = classify(score, doc.gold, pred)
        right, detected = right + ok, detected + n
        for kind, sp, gs, ps in errors:
            kinds[kind] += 1
            sources[(doc.source, kind)] += 1
            if args.list:
                before = text[max(0, sp[0] - 120):sp[0]].replace("\n", " ")
                after = text[sp[1]:sp[1] + 80].replace("\n", " ")
                rows.append(f"{kind:10} {doc.key} {sp[0]}  gold {gs!r}  pred {ps!r}\n"
                            f"    …{before}[Q]{after}…")
    predictions.save(args.save)
    acc = right / detected if detected else 0.0
    print(f"quote speakers: {right} of {detected} detected  accuracy {acc:.3f}")
    for kind, n in kinds.most_common():
        print(f"  {kind:10} {n:5}   ({docs.by_source(sources, kind)})")
    for line in rows:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
