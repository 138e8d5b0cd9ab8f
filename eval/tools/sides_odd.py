#!/usr/bin/env python3
"""Who sits at the table, on the blind odd-numbered side labels (``eval/sides_odd/batch_*.yaml``).

    python eval/tools/sides_odd.py [--batch A|B|C|D|all] [--docs] [--file YAML] [--json OUT]

The labels list, per document, every actor the text names (ids, tiers, ``part_of``, every
surface form in ``names``) and its role in the primary negotiation (side | mediator | null),
plus the primary's status.  This runs the extractor on each file in process and prints, per
batch and per source:

- party F1: party and sub_actor folded into their ``part_of`` root on both sides, as
  ``../shared/eval/score.py`` does;
- primary-side F1: the labelled ``role: side`` roots against the predicted primary thread's
  parties (a predicted thread on a document with no negotiation counts its parties as
  spurious); mediator F1 likewise with ``role: mediator`` and the thread's mediators;
- status coarse accuracy (ongoing / agreed / failed, mapped as score.py maps the labels) on the
  documents whose label is not null; and how many no-negotiation documents got a primary thread.

A predicted actor matches a labelled one when its name, one of its aliases or the surface text of
one of its mentions equals one of the labelled names, case-blind; the pairing is one-to-one, the
pair sharing most mentions first (score.py pairs by overlapping spans; the labels carry names,
not offsets).  ``--docs`` adds one row per document: missed and spurious party ids, and for each
missed party the predicted tier of its best match (``mentioned``, ``folded:<id>`` when the
extractor made it part of another actor, ``-`` when no predicted actor matches).  Never text:
labels, ids and counts only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[2]
SET = PROJECT / "eval" / "sides_odd"
sys.path.insert(0, str(PROJECT))
BATCHES = {"A": "batch_a.yaml", "B": "batch_b.yaml", "C": "batch_c.yaml", "D": "batch_d.yaml"}
COARSE = {"exploratory": "ongoing", "ongoing": "ongoing", "near_agreement": "ongoing",
          "agreed": "agreed", "implementing": "agreed",
          "stalled": "failed", "collapsed": "failed", "failed": "failed"}
PARTY_TIERS = ("party", "sub_actor")


# ---------------------------------------------------------------- pure matching logic
def fold(name: str) -> str:
    """Case-blind, whitespace-normalised form of a name for equality tests."""
    return " ".join(name.casefold().split())


def surfaces(actor: dict[str, Any]) -> list[str]:
    """A predicted actor's surface strings, one per mention (repeats kept: they weigh the
    pairing), then its name and aliases."""
    out = [str(m.get("text") or "") for m in actor.get("mentions") or [] if isinstance(m, dict)]
    out.append(str(actor.get("name") or ""))
    out.extend(str(a) for a in actor.get("aliases") or [])
    return [s for s in map(fold, out) if s]


def align(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, str]:
    """{predicted id: labelled id}, one-to-one: candidates are pairs sharing at least one
    name; the pair with most matching predicted surfaces wins first (ties: order in the lists)."""
    gnames = [{fold(n) for n in g.get("names") or []} for g in gold]
    cands: list[tuple[int, int, int, int, int]] = []
    for pi, p in enumerate(pred):
        strings = surfaces(p)
        for gi, names in enumerate(gnames):
            hits = sum(s in names for s in strings)
            if hits:
                cands.append((hits, -pi, -gi, pi, gi))
    out: dict[str, str] = {}
    used: set[int] = set()
    for *_, pi, gi in sorted(cands, reverse=True):
        pid = str(pred[pi]["id"])
        if pid not in out and gi not in used:
            out[pid] = str(gold[gi]["id"])
            used.add(gi)
    return out


def root(aid: str, parent: dict[str, str]) -> str:
    """Follow ``part_of`` links to the top (cycles stop where they close)."""
    seen: set[str] = set()
    while aid in parent and aid not in seen:
        seen.add(aid)
        aid = parent[aid]
    return aid


@dataclass
class PRF:
    """True positives, false positives, false negatives."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def merge(self, other: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def f1(self) -> float | None:
        if not (self.tp or self.fp or self.fn):
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def show(self) -> str:
        f = self.f1()
        return f"{'  -  ' if f is None else f'{f:.3f}'} (tp {self.tp} fp {self.fp} fn {self.fn})"


@dataclass
class DocScore:
    """The figures of one document, and its missed / spurious parties."""
    parties: PRF = field(default_factory=PRF)
    sides: PRF = field(default_factory=PRF)
    mediators: PRF = field(default_factory=PRF)
    status: tuple[str, str] | None = None      # (labelled coarse, predicted coarse or "none")
    no_neg_thread: bool | None = None          # no-negotiation doc: did the extractor find one?
    missed: dict[str, str] = field(default_factory=dict)   # party id -> predicted tier of match
    spurious: list[str] = field(default_factory=list)
    pred_status: str | None = None


def primary_thread(pred: dict[str, Any]) -> dict[str, Any] | None:
    negs = [n for n in pred.get("negotiations") or [] if isinstance(n, dict)]
    return next((n for n in negs if n.get("primary")), negs[0] if negs else None)


def status_label(thread: dict[str, Any] | None) -> str | None:
    if thread is None:
        return None
    st = thread.get("status")
    return str(st.get("label")) if isinstance(st, dict) else (str(st) if st else None)


def score_doc(entry: dict[str, Any], pred: dict[str, Any]) -> DocScore:
    """Score one labelled document against one predicted document (briefing/1 dict)."""
    gold = [a for a in entry.get("actors") or [] if isinstance(a, dict)]
    pactors = [a for a in pred.get("actors") or [] if isinstance(a, dict) and "id" in a]
    amap = align(gold, pactors)
    gparent = {str(a["id"]): str(a["part_of"]) for a in gold if a.get("part_of")}
    pids = {str(a["id"]) for a in pactors}
    pparent = {str(a["id"]): str(a["part_of"]) for a in pactors
               if isinstance(a.get("part_of"), str) and a["part_of"] in pids}

    def to_gold(pid: str) -> str:
        return root(amap.get(pid, "pred:" + pid), gparent)

    def pred_root(pid: str) -> str:
        return to_gold(root(pid, pparent))

    res = DocScore()
    gset = {root(str(a["id"]), gparent) for a in gold if a.get("tier") in PARTY_TIERS}
    pset = {pred_root(str(a["id"])) for a in pactors if a.get("tier") in PARTY_TIERS}
    res.parties.add(gset, pset)
    res.spurious = sorted(pset - gset)
    for gid in sorted(gset - pset):
        res.missed[gid] = _predicted_tier(gid, gold, gparent, pactors, amap, pparent)

    thread = primary_thread(pred)
    plabel = status_label(thread)
    res.pred_status = plabel
    pp = {pred_root(str(x)) for x in (thread or {}).get("parties") or [] if x is not None}
    pm = {pred_root(str(x)) for x in (thread or {}).get("mediators") or [] if x is not None}
    if entry.get("negotiation", True):
        res.sides.add(_roles(gold, "side", gparent), pp)
        res.mediators.add(_roles(gold, "mediator", gparent), pm)
        if entry.get("status"):
            res.status = (COARSE[str(entry["status"])], COARSE.get(plabel or "", "none"))
    else:
        res.sides.add(set(), pp)
        res.mediators.add(set(), pm)
        res.no_neg_thread = thread is not None
    return res


def _roles(gold: list[dict[str, Any]], role: str, gparent: dict[str, str]) -> set[str]:
    return {root(str(a["id"]), gparent) for a in gold if a.get("role") == role}


def _predicted_tier(gid: str, gold: list[dict[str, Any]], gparent: dict[str, str],
                    pactors: list[dict[str, Any]], amap: dict[str, str],
                    pparent: dict[str, str]) -> str:
    """How the extractor saw a missed party: the tier of the predicted actor matched to the
    party's root (else to any labelled actor folded into it), ``folded:<labelled id>`` when that
    actor is a party folded into another root, ``-`` when nothing matches."""
    members = [str(a["id"]) for a in gold if root(str(a["id"]), gparent) == gid]
    members.sort(key=lambda m: m != gid)       # the root itself first
    by_gold = {g: p for p, g in amap.items()}
    tiers = {str(a["id"]): str(a.get("tier")) for a in pactors}
    for m in members:
        pid = by_gold.get(m)
        if pid is None:
            continue
        if tiers[pid] in PARTY_TIERS:
            top = root(pid, pparent)
            return "folded:" + root(amap.get(top, "pred:" + top), gparent)
        return tiers[pid]
    return "-"


# ---------------------------------------------------------------- running and reporting
def load_entries(files: Iterable[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        out.extend(e for e in data.get("documents") or [] if isinstance(e, dict))
    return out


def predict(path: Path) -> dict[str, Any]:
    """The extractor's briefing/1 dict for one file (in process, no cache)."""
    from briefing.corpus import load_document
    from briefing.extract import pipeline

    doc, _problems = load_document(str(path))
    if doc is None:
        return {}
    out: dict[str, Any] = pipeline.analyse(doc).to_dict()
    return out


@dataclass
class Totals:
    """Micro sums over a group of documents."""
    n: int = 0
    parties: PRF = field(default_factory=PRF)
    sides: PRF = field(default_factory=PRF)
    mediators: PRF = field(default_factory=PRF)
    status_ok: int = 0
    status_n: int = 0
    no_neg: int = 0
    no_neg_thread: int = 0
    missed_as: dict[str, int] = field(default_factory=dict)

    def add(self, s: DocScore) -> None:
        self.n += 1
        self.parties.merge(s.parties)
        self.sides.merge(s.sides)
        self.mediators.merge(s.mediators)
        if s.status is not None:
            self.status_n += 1
            self.status_ok += int(s.status[0] == s.status[1])
        if s.no_neg_thread is not None:
            self.no_neg += 1
            self.no_neg_thread += int(s.no_neg_thread)
        for tier in s.missed.values():
            key = "party(folded)" if tier.startswith("folded:") else tier
            self.missed_as[key] = self.missed_as.get(key, 0) + 1

    def lines(self, label: str) -> list[str]:
        st = (f"{self.status_ok}/{self.status_n} = {self.status_ok / self.status_n:.3f}"
              if self.status_n else "-")
        missed = ", ".join(f"{k} {v}" for k, v in sorted(self.missed_as.items())) or "none"
        return [f"{label}: {self.n} documents",
                f"  parties    F1 {self.parties.show()}",
                f"  sides      F1 {self.sides.show()}",
                f"  mediators  F1 {self.mediators.show()}",
                f"  status coarse {st}; no-negotiation docs given a thread "
                f"{self.no_neg_thread}/{self.no_neg}",
                f"  missed parties, predicted as: {missed}"]


def source_of(path: str) -> str:
    return path.split("/")[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--batch", choices=("A", "B", "C", "D", "all"), default="all")
    ap.add_argument("--file", type=Path, action="append",
                    help="score this label file instead of the batches (repeatable)")
    ap.add_argument("--corpora", type=Path, default=Path("/work/shared/corpora"))
    ap.add_argument("--docs", action="store_true", help="one row per document")
    ap.add_argument("--json", type=Path, help="write per-document figures here")
    args = ap.parse_args(argv)
    if args.file:
        groups = {"file": list(args.file)}
    else:
        names = list(BATCHES) if args.batch == "all" else [args.batch]
        groups = {b: [SET / BATCHES[b]] for b in names if (SET / BATCHES[b]).is_file()}
    if not groups:
        print("sides_odd: no label file found", file=sys.stderr)
        return 1
    everything = Totals()
    dump: dict[str, Any] = {}
    for label, files in groups.items():
        total = Totals()
        by_source: dict[str, Totals] = {}
        rows: list[str] = []
        for ent in load_entries(files):
            s = score_doc(ent, predict(args.corpora / ent["path"]))
            total.add(s)
            everything.add(s)
            by_source.setdefault(source_of(ent["path"]), Totals()).add(s)
            missed = " ".join(f"{k}={v}" for k, v in s.missed.items()) or "-"
            rows.append(f"  {ent['path']:22} P {s.parties.tp}/{s.parties.tp + s.parties.fn}"
                        f" sides {s.sides.tp}/{s.sides.tp + s.sides.fn}"
                        f" status {ent.get('status') or '-'}->{s.pred_status or 'none'}"
                        f" | missed {missed} | spurious {' '.join(s.spurious) or '-'}")
            dump[ent["path"]] = {"missed": s.missed, "spurious": s.spurious,
                                 "pred_status": s.pred_status,
                                 "parties": [s.parties.tp, s.parties.fp, s.parties.fn],
                                 "sides": [s.sides.tp, s.sides.fp, s.sides.fn]}
        print("\n".join(total.lines(f"batch {label}")))
        for src, t in sorted(by_source.items()):
            print("\n".join("  " + line for line in t.lines(src)))
        if args.docs:
            print("\n".join(rows))
    if len(groups) > 1:
        print("\n".join(everything.lines("all batches")))
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
