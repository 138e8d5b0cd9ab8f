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

``--sentences`` adds two counts over the gold evidence sentences (no text printed): by whom
a sentence names (gold actors, folded to the side they belong to) against the gold primary's
table -- ``table_only``, ``table+other1``/``2+``, ``other_only1``/``2+``, ``none`` -- whether
it is evidence of the primary or of a secondary thread (how far a reading by the sentence's
actors could tell a secondary thread's sentences); and each secondary thread by the
construction of its first evidence sentence (:data:`CONSTRUCTIONS`, the first that matches)
and its fate.

``--pairs`` counts the gold secondary threads the extractor left unbuilt by how their evidence
names a side of theirs (gold mentions of the thread's sides, folded): after a relation noun and
"between" (``between``), after talks or a deal "with" at once (``with``) or past a few words
describing it (``with_described``), after a word of a purchase or merger ("agreed to buy",
"merging with", "an offer for": ``purchase``), a pair joined by "and" that agreed or signed
(``pair_agreed``), or none of these (``none``: the sides go unnamed there, or are named another
way) -- with how many of the thread's sides the extractor found as actors (the scorer's actor
alignment): the ceiling of a rule reading each construction.

Only counts, file names and gold labels' kinds are printed (``--docs``: one row per document,
gold file names only).  Each document falls in half A or B by ``timeline_errors.half_of``.
The blind sets are refused.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
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


# the construction a secondary thread's first evidence sentence reports it with (first match)
CONSTRUCTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p)) for name, p in (
        ("between", r"\bbetween\b"),
        ("talks_or_deal_with", r"(?i)\b(?:talks|negotiat\w+|discussions|agreements?|accords?|"
                               r"pacts?|deals?)\s+with\b"),
        ("offer_or_bid", r"(?i)\b(?:offer|bid|proposal|takeover)s?\b"),
        ("pair_dash", r"\b[A-Z][\w.]+[-–][A-Z][\w.]+\b"),
        ("agreed_signed", r"(?i)\b(?:agreed|signed|reached|concluded|struck)\b"),
        ("talks", r"(?i)\b(?:talks|negotiat\w+)\b"),
        ("war_deal", r"(?i)\b(?:cease-?fire|truce|hostages?|peace)\b"),
        ("past", r"(?i)\b(?:19|20)\d\d\b|\bago\b|\blast (?:year|month)\b|\bearlier\b")))


def construction_of(sentence: str) -> str:
    """The first of :data:`CONSTRUCTIONS` ``sentence`` holds, ``other`` when none."""
    return next((name for name, p in CONSTRUCTIONS if p.search(sentence)), "other")


_DEAL = (r"(?:talks|negotiat\w+|discussions|agreements?|accords?|pacts?|deals?|agreed|signed|"
         r"reached|contracts?|venture|merger|partnership|treaty|memorandum|understanding|"
         r"arrangements?|dialogue|conversations?)")
# (each read on the text before a side's mention, up to where the evidence span starts)
PAIR_CONSTRUCTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(p, re.IGNORECASE)) for name, p in (
        ("between", r"\bbetween\s+(?:the\s+)?(?:[^.;]{0,40}\band\s+(?:the\s+)?)?$"),
        ("with", r"\b" + _DEAL + r"\b[^.;]{0,40}?\bwith\s+(?:the\s+)?$"),
        ("with_described", r"\b" + _DEAL + r"\b[^.;]{0,40}?\bwith\s+(?:[\w'’-]+\s+){1,4}$"),
        ("purchase", r"\b(?:buy|acquire|purchase|merge\s+with|merging\s+with|merger\s+with|"
                     r"offers?\s+for|bids?\s+for|acquisition\s+of|purchase\s+of|stake\s+in|"
                     r"takeover\s+of|sell\s+[^.;]{0,40}\bto|sale\s+of\s+[^.;]{0,40}\bto)\s+"
                     r"(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$")))
_PAIR_AGREED = re.compile(r"(?:['’]s)?\s+(?:and|,)\s+[^.;]{0,60}?\b(?:agreed|signed|reached|"
                          r"concluded)\b")


def pair_construction(text: str, spans: list[tuple[int, int]],
                      mentions: list[tuple[int, int]]) -> str:
    """How the evidence ``spans`` of a thread name a side of it (``mentions``: the spans of its
    sides' gold mentions): the first of :data:`PAIR_CONSTRUCTIONS` (or ``pair_agreed``) any
    mention inside a span is read by, else ``none``."""
    found: set[str] = set()
    for a, b in spans:
        for s, e in mentions:
            if not a <= s < b:
                continue
            before = text[max(a, s - 70):s]
            found.update(name for name, p in PAIR_CONSTRUCTIONS if p.search(before))
            if _PAIR_AGREED.match(text, e, b):
                found.add("pair_agreed")
    return next((name for name in [n for n, _p in PAIR_CONSTRUCTIONS] + ["pair_agreed"]
                 if name in found), "none")


def sentence_class(named: set[str], table: set[str]) -> str:
    """Whom a sentence names (``named``: gold sides) against the primary's ``table``."""
    if not named:
        return "none"
    others = named - table
    if not others:
        return "table_only"
    return ("table+other" if named & table else "other_only") + ("1" if len(others) == 1
                                                                  else "2+")


def evidence_sentences(G: dict[str, Any], root: Any) -> Iterator[tuple[str, str]]:
    """Each gold evidence span once: its :func:`sentence_class` and ``P``/``S``/``both`` (the
    primary's, a secondary thread's, both)."""
    gprim = next((n for n in G["negotiations"] if n["primary"]), None)
    if gprim is None:
        return
    table = {root(x) for x in gprim["parties"] + gprim.get("mediators", [])}
    mentions = [(m[0], root(a["id"])) for a in G["actors"] for m in a.get("mentions") or []]
    roles: dict[tuple[int, int], str] = {}
    for n in G["negotiations"]:
        role = "P" if n["primary"] else "S"
        for a, b in _spans(n):
            roles[(a, b)] = role if roles.get((a, b), role) == role else "both"
    for (a, b), role in roles.items():
        yield sentence_class({r for at, r in mentions if a <= at < b}, table), role


def constructions(G: dict[str, Any], text: str) -> list[str]:
    """The construction of each gold secondary thread's first evidence span, in order."""
    return [construction_of(text[sp[0][0]:sp[0][1]]) if (sp := _spans(n)) else "other"
            for n in G["negotiations"] if not n["primary"]]


def _spans(n: dict[str, Any]) -> list[tuple[int, int]]:
    return [(e[0], e[1]) for e in n["evidence"]] + [
        (e[0], e[1]) for it in n["issues"] for e in it["evidence"]]


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
    ap.add_argument("--sentences", action="store_true")
    ap.add_argument("--pairs", action="store_true")
    args = ap.parse_args(argv)
    by_class: Counter[tuple[str, str]] = Counter()
    by_construction: Counter[tuple[str, str]] = Counter()
    by_pair: Counter[tuple[str, int]] = Counter()
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
        if args.sentences and pred.get("path"):
            text = Path(pred["path"]).read_text(encoding="utf-8", errors="replace")
            sides = _sides_of(G)
            for cls, role in evidence_sentences(G, lambda x, p=sides: sc.root(x, p)):
                by_class[(cls, role)] += 1
            for construction, (_kind, fate, _its) in zip(constructions(G, text), rows,
                                                         strict=True):
                by_construction[(construction, fate)] += 1
        if args.pairs and pred.get("path"):
            text = Path(pred["path"]).read_text(encoding="utf-8", errors="replace")
            _count_pairs(by_pair, G, P, rows, text, lambda x, p=gparent: sc.root(x, p),
                         set(sc.align_actors(G["actors"], P["actors"]).values()))
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
    if args.sentences:
        _print_sentences(by_class, by_construction)
    if args.pairs:
        print(f"\n{'unbuilt, named':16} {'threads':>7} {'sides found: 0':>14} {'1':>4} {'2+':>4}")
        for name in [n for n, _p in PAIR_CONSTRUCTIONS] + ["pair_agreed", "none"]:
            n = [by_pair[(name, k)] for k in (0, 1, 2)]
            print(f"{name:16} {sum(n):>7} {n[0]:>14} {n[1]:>4} {n[2]:>4}")
    return 0


def _count_pairs(by_pair: Counter[tuple[str, int]], G: dict[str, Any], P: dict[str, Any],
                 rows: list[tuple[str, str, Counter[str]]], text: str, root: Any,
                 found: set[str]) -> None:
    """Each unbuilt gold secondary thread of a document by :func:`pair_construction` and the
    number of its sides the extractor found (0, 1, 2 or more)."""
    mentions = [(m[0], m[1], root(a["id"])) for a in G["actors"] for m in a.get("mentions") or []]
    found_roots = {root(x) for x in found}
    secondary = [n for n in G["negotiations"] if not n["primary"]]
    for n, (_kind, fate, _its) in zip(secondary, rows, strict=True):
        if fate != "unbuilt":
            continue
        sides = {root(x) for x in n["parties"]}
        spans = [(s, e) for s, e, r in mentions if r in sides]
        name = pair_construction(text, _spans(n), spans)
        by_pair[(name, min(2, len(sides & found_roots)))] += 1


def _sides_of(G: dict[str, Any]) -> dict[str, str]:
    """Each gold actor's side: the actor it is part of, else the one it is affiliated to."""
    ids = {a["id"] for a in G["actors"]}
    return {a["id"]: a.get("part_of") or a.get("affiliation") for a in G["actors"]
            if (a.get("part_of") or a.get("affiliation")) in ids}


def _print_sentences(by_class: Counter[tuple[str, str]],
                     by_construction: Counter[tuple[str, str]]) -> None:
    print(f"\n{'sentence names':14} {'primary':>7} {'second.':>7} {'both':>5} {'sec.share':>9}")
    for cls in ("table_only", "table+other1", "table+other2+", "other_only1", "other_only2+",
                "none"):
        p, s_, b = (by_class[(cls, r)] for r in ("P", "S", "both"))
        print(f"{cls:14} {p:>7} {s_:>7} {b:>5} {s_ / max(1, p + s_):>9.2f}")
    print(f"\n{'construction':20} {'threads':>7} {'aligned':>8} {'unbuilt':>8}")
    for name in [n for n, _p in CONSTRUCTIONS] + ["other"]:
        a, u = by_construction[(name, "aligned")], by_construction[(name, "unbuilt")]
        print(f"{name:20} {a + u:>7} {a:>8} {u:>8}")


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
