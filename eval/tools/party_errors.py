#!/usr/bin/env python3
"""Parties-metric errors of development gold sets, by kind and by half, with the scorer's matching.

    python eval/tools/party_errors.py [--set dev --set val ...] [--half A|B] [--list A|B|b14]
                                      [--pred PRED.json] [--save PRED.json] [--shared DIR]

Runs the extractor in process on every document of the sets (default: all released sets,
``score_sets.RELEASED``) and scores it with ``../shared/eval/score.py``'s ``score_doc``.
Documents fall in three groups: ``b14`` (blind14, released in session 15 and kept as the unread
check), else half ``A`` or ``B`` by ``timeline_errors.half_of`` of the gold file name.  Per group:
parties (tp / fp / fn, P, F1) and the primary's sides (``neg_parties``), then each error's kind --

* a **missed** gold party (tier party or sub-actor, folded): by its role in the gold threads
  (``primary_side``, ``primary_mediator``, ``other_thread``, ``no_thread``) and by what the
  extractor made of it (``absent``: no predicted actor aligns; ``mentioned``: aligned, left at
  the mentioned tier);
* a **spurious** predicted party: by what gold says (``no_gold``: no gold actor aligns;
  ``mentioned``: a gold actor of the mentioned tier; ``sub``: folded elsewhere) and by the seat
  the extractor gave it (``side`` / ``mediator`` of its primary thread, ``other_thread``,
  ``off_table``).

``--list GROUP`` prints each error of that group (set/file, kind, the actor's name).  Only
counts, ids and actor names are printed; the blind sets are refused.
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
from timeline_errors import half_of  # noqa: E402


def group_of(setname: str, gold_name: str) -> str:
    """blind14 is its own group (released in session 15, kept as the unread check); every other
    set, blind13 included (read in session 14), splits by half."""
    return "b14" if setname == "blind14" else half_of(gold_name)


def classify(score: Any, gold: dict[str, Any], pred: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, actor name) of each parties-metric error of one document."""
    G, P = score.norm_gold_doc(gold), score.norm_pred_doc(pred)
    amap = score.align_actors(G["actors"], P["actors"])
    back = {gid: pid for pid, gid in amap.items()}
    gparent = {a["id"]: a["part_of"] for a in G["actors"] if a["part_of"]}
    pids = {a["id"] for a in P["actors"]}
    pparent = {a["id"]: a["part_of"] for a in P["actors"] if a["part_of"] in pids}
    gname = {a["id"]: a["name"] for a in G["actors"]}
    gtier = {a["id"]: a["tier"] for a in G["actors"]}
    pname = {a["id"]: a["name"] for a in P["actors"]}

    def pred_root_gold(pid: str) -> str:
        r = score.root(pid, pparent)
        return str(score.root(amap.get(r, "pred:" + r), gparent))

    gset = {score.root(a["id"], gparent) for a in G["actors"] if a["tier"] in ("party", "sub_actor")}
    pset_by: dict[str, str] = {}
    for a in P["actors"]:
        if a["tier"] in ("party", "sub_actor"):
            pset_by.setdefault(pred_root_gold(a["id"]), a["id"])
    gprim = next((n for n in G["negotiations"] if n["primary"]), None)
    gsides = {score.root(x, gparent) for x in gprim["parties"]} if gprim else set()
    gmeds = {score.root(x, gparent) for x in gprim["mediators"]} if gprim else set()
    gother = {score.root(x, gparent) for n in G["negotiations"] if not n["primary"]
              for x in n["parties"] + n["mediators"]}
    pprim = next((n for n in P["negotiations"] if n["primary"]), None)
    if pprim is None and P["negotiations"]:
        pprim = P["negotiations"][0]
    psides = {pred_root_gold(x) for x in pprim["parties"]} if pprim else set()
    pmeds = {pred_root_gold(x) for x in pprim["mediators"]} if pprim else set()
    pother = {pred_root_gold(x) for n in P["negotiations"] if n is not pprim
              for x in n["parties"] + n["mediators"]}
    out: list[tuple[str, str]] = []
    for g in sorted(gset - set(pset_by)):
        role = ("primary_side" if g in gsides else "primary_mediator" if g in gmeds
                else "other_thread" if g in gother else "no_thread")
        made = "mentioned" if g in back else "absent"
        out.append((f"miss:{role}:{made}", gname.get(g, g)))
    for s in sorted(set(pset_by) - gset):
        said = ("no_gold" if s.startswith("pred:") else
                "mentioned" if gtier.get(s) == "mentioned" else str(gtier.get(s)))
        seat = ("side" if s in psides else "mediator" if s in pmeds
                else "other_thread" if s in pother else "off_table")
        out.append((f"extra:{said}:{seat}", pname.get(pset_by[s], s)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--half", choices=("A", "B", "b14"), help="only this group's documents")
    ap.add_argument("--list", action="append", default=[], help="list this group's errors")
    docs.add_prediction_options(ap)
    args = ap.parse_args(argv)
    sets = docs.released_sets("party_errors", args.sets)
    if sets is None:
        return 2
    shared = find_shared(args.shared)
    score = load_scorer(shared, "party_errors")
    predictions = docs.Predictions(args.pred)
    kinds: dict[str, Counter[str]] = {}
    prf: dict[str, Counter[str]] = {}
    rows: list[str] = []
    for doc in docs.gold_documents(sets, shared,
                                   lambda set_name, gold_name: not args.half
                                   or group_of(set_name, gold_name) == args.half):
        grp = group_of(doc.set_name, doc.gold_file.name)
        pred, _text = predictions.of(doc, need_text=False)
        full = score.score_doc(doc.gold, pred)
        c = prf.setdefault(grp, Counter())
        for metric in ("parties", "neg_parties"):
            c[metric + ".tp"] += full[metric].tp
            c[metric + ".fp"] += full[metric].fp
            c[metric + ".fn"] += full[metric].fn
        c["docs"] += 1
        for kind, who in classify(score, doc.gold, pred):
            kinds.setdefault(grp, Counter())[kind] += 1
            if grp in args.list:
                rows.append(f"{doc.key:34} {kind:34} {who}")
    predictions.save(args.save)
    for grp in sorted(prf):
        c = prf[grp]
        figures = []
        for metric in ("parties", "neg_parties"):
            tp, fp, fn = c[metric + ".tp"], c[metric + ".fp"], c[metric + ".fn"]
            f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
            p = tp / (tp + fp) if tp + fp else 0.0
            figures.append(f"{metric} tp {tp} fp {fp} fn {fn} P {p:.3f} F1 {f1:.3f}")
        print(f"{grp:4} ({c['docs']} docs)  " + "  |  ".join(figures))
        for kind, n in sorted(kinds.get(grp, Counter()).items()):
            print(f"      {kind:34} {n}")
    for line in rows:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
