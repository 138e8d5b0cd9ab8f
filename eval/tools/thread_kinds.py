#!/usr/bin/env python3
"""Gold secondary threads by kind and by what the extractor made of them, over released sets.

    python eval/tools/thread_kinds.py [--set dev --set val ...] [--half A|B] [--pred P.json]
        [--save-pred P.json] [--docs]

Scoring credits a secondary thread only through its agenda items (``score.py``: items matched
within aligned threads), so each gold secondary thread is counted with its items, by

* **kind** -- how its sides stand to the gold primary's: ``same_sides`` (its sides are the
  primary's, or some of them: an earlier deal, another level of the same talks), ``one_side``
  (it shares one side: a rival bid, the hub's other deal), ``other_sides`` (none shared: another
  pair's deal, another war), ``no_sides`` (its sides go unnamed);
* **fate** -- ``aligned`` (the scorer pairs it with a predicted secondary thread) or
  ``unbuilt`` (the scorer always pairs the two primaries first, so a gold secondary thread is
  never paired with the predicted primary); and its items by where their pooled match
  (``agenda_odd.pooled``'s matching, whatever the thread) sits: ``in_thread`` (the aligned
  thread), ``in_primary`` (the predicted primary holds it: scored an fp and an fn),
  ``elsewhere`` (another predicted secondary thread), ``missed``.

Only counts, file names and gold labels' kinds are printed (``--docs``: one row per document,
gold file names only).  Each document falls in half A or B by ``timeline_errors.half_of``.
The blind sets are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from released_docs import add_set_options, load_predictions, paired_documents  # noqa: E402
from timeline_errors import half_of  # noqa: E402


def kind_of(sides: set[str], primary: set[str]) -> str:
    """How a secondary thread's gold sides stand to the gold primary's."""
    if not sides:
        return "no_sides"
    shared = sides & primary
    if shared == sides:
        return "same_sides"
    return "one_side" if shared else "other_sides"


def item_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]],
               overlaps: Any) -> dict[int, int]:
    """Gold item index -> predicted item index, whatever their threads (``agenda_odd.pooled``'s
    matching: same key or overlapping evidence, greedily by key, then evidence)."""
    cands = []
    for a, g in enumerate(gold):
        for b, p in enumerate(pred):
            key_eq = g["key"] is not None and g["key"] == p["key"]
            n_ev = sum(1 for x in g["evidence"] if any(overlaps(x, y) for y in p["evidence"]))
            if key_eq or n_ev:
                cands.append(((int(key_eq), n_ev, -a, -b), a, b))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _rank, a, b in sorted(cands, reverse=True):
        if a not in out and b not in used:
            out[a] = b
            used.add(b)
    return out


def classify(G: dict[str, Any], P: dict[str, Any], nmap: dict[int, int],
             root: Any = None) -> list[tuple[str, str, Counter[str]]]:
    """One row per gold secondary thread of a document: its kind, its fate and its items'
    fates.  ``G``, ``P``: the scorer's normalised gold and prediction; ``nmap``: the scorer's
    thread alignment (gold index -> predicted index); ``root``: folds a gold actor id to the
    actor it is part of (identity when None)."""
    fold = root or (lambda x: x)
    gnegs, pnegs = G["negotiations"], P["negotiations"]
    gprim = next((n for n in gnegs if n["primary"]), None)
    primary = {fold(x) for x in gprim["parties"]} if gprim else set()
    pprim = next((j for j, n in enumerate(pnegs) if n["primary"]), 0 if pnegs else None)
    gitems = [(i, it) for i, n in enumerate(gnegs) for it in n["issues"]]
    pitems = [(j, it) for j, n in enumerate(pnegs) for it in n["issues"]]
    pairs = item_pairs([it for _i, it in gitems], [it for _j, it in pitems], _overlaps)
    rows = []
    for i, n in enumerate(gnegs):
        if n["primary"]:
            continue
        kind = kind_of({fold(x) for x in n["parties"]}, primary)
        j = nmap.get(i)
        fate = "unbuilt" if j is None or j == pprim else "aligned"
        items: Counter[str] = Counter()
        for a, (gi, _it) in enumerate(gitems):
            if gi != i:
                continue
            b = pairs.get(a)
            where = None if b is None else pitems[b][0]
            items["missed" if where is None else "in_thread" if where == j and j != pprim
                  else "in_primary" if where == pprim else "elsewhere"] += 1
        rows.append((kind, fate, items))
    return rows


def _overlaps(a: list[int] | tuple[int, int], b: list[int] | tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_set_options(ap)
    ap.add_argument("--docs", action="store_true")
    args = ap.parse_args(argv)
    sc, loaded, pdocs, warnings = load_predictions("thread_kinds", args)
    docs: Counter[str] = Counter()
    threads: Counter[tuple[str, str]] = Counter()
    items: Counter[tuple[str, str]] = Counter()
    for gs, gf, gold, pred in paired_documents(sc, loaded, pdocs, warnings):
        if args.half and half_of(gf.name) != args.half:
            continue
        G, P = sc.norm_gold_doc(gold), sc.norm_pred_doc(pred)
        gparent = {a["id"]: a["part_of"] for a in G["actors"] if a["part_of"]}
        rows = classify(G, P, _alignment(sc, G, P), lambda x, p=gparent: sc.root(x, p))
        docs["documents"] += 1
        docs["with a gold secondary thread"] += bool(rows)
        docs["predicted secondary threads"] += sum(
            1 for n in P["negotiations"] if not n["primary"])
        for kind, fate, its in rows:
            threads[(kind, fate)] += 1
            for where, k in its.items():
                items[(kind, where)] += k
        if args.docs and rows:
            print(f"{gs.name:8} {gf.name:32} " + "; ".join(
                f"{k}/{f} " + ",".join(f"{w}={c}" for w, c in sorted(i.items()))
                for k, f, i in rows))
    for label, n in docs.items():
        print(f"{label:32} {n}")
    kinds = ("same_sides", "one_side", "other_sides", "no_sides")
    print(f"\n{'kind':12} {'threads':>7} {'aligned':>8} {'unbuilt':>8}"
          f" | {'items':>5} {'in_thr':>6} {'in_prim':>7} {'elsewh':>6} {'missed':>6}")
    for kind in kinds:
        t = {f: threads[(kind, f)] for f in ("aligned", "unbuilt")}
        i = {w: items[(kind, w)] for w in ("in_thread", "in_primary", "elsewhere", "missed")}
        print(f"{kind:12} {sum(t.values()):>7} {t['aligned']:>8}"
              f" {t['unbuilt']:>8} | {sum(i.values()):>5} {i['in_thread']:>6}"
              f" {i['in_primary']:>7} {i['elsewhere']:>6} {i['missed']:>6}")
    return 0


def _alignment(sc: Any, G: dict[str, Any], P: dict[str, Any]) -> dict[int, int]:
    """The scorer's own thread alignment (gold index -> predicted index), read from
    ``score_doc``'s matching rules: the primaries paired, then by evidence and sides."""
    gnegs, pnegs = G["negotiations"], P["negotiations"]
    gparent = {a["id"]: a["part_of"] for a in G["actors"] if a["part_of"]}
    amap = sc.align_actors(G["actors"], P["actors"])
    pids = {a["id"] for a in P["actors"]}
    pparent = {a["id"]: a["part_of"] for a in P["actors"] if a["part_of"] in pids}

    def to_gold(pid: str) -> str:  # the scorer's pred_root_gold
        found = sc.root(pid, pparent)
        return str(sc.root(amap.get(found, "pred:" + str(found)), gparent))

    nmap: dict[int, int] = {}
    gprim = next((i for i, n in enumerate(gnegs) if n["primary"]), None)
    pprim = next((j for j, n in enumerate(pnegs) if n["primary"]), 0 if pnegs else None)
    if gprim is not None and pprim is not None:
        nmap[gprim] = pprim
    cands = []
    for i, gn in enumerate(gnegs):
        if i in nmap:
            continue
        gev = gn["evidence"] + [e for it in gn["issues"] for e in it["evidence"]]
        gp = {sc.root(x, gparent) for x in gn["parties"]}
        for j, pn in enumerate(pnegs):
            if j in nmap.values():
                continue
            pev = pn["evidence"] + [e for it in pn["issues"] for e in it["evidence"]]
            n_ev = sum(1 for a in gev if any(sc.overlaps(a, b) for b in pev))
            pp = {to_gold(x) for x in pn["parties"]}
            jac = len(gp & pp) / len(gp | pp) if gp | pp else 0.0
            if n_ev or jac >= 0.5:
                cands.append(((n_ev, jac, -i, -j), i, j))
    nmap.update(sc.greedy_pairs(cands))
    return nmap


if __name__ == "__main__":
    sys.exit(main())
