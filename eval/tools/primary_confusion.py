#!/usr/bin/env python3
"""A confusion table of the primary negotiation thread over development gold sets.

    python eval/tools/primary_confusion.py [--set dev --set fresh] [--half A|B] [--docs] [--shared DIR]

For each document: the gold primary thread's sides, mediators and coarse status against the
extractor's, every miss classified --

* **wrong thread**: the predicted sides share more with a secondary gold thread than with the
  primary (or none of the primary's);
* a **missed side**, by why: ``as_mediator`` (predicted a mediator), ``no_actor`` (no predicted
  actor aligns with it: an unknown organisation, a group never named as the KB knows it),
  ``never_in_talks`` (the actor is found, but no negotiation sentence names it or anyone of it),
  ``via_person`` (named in negotiation sentences only through its people), ``below_bar``
  (scored, but under the bar the strongest side sets, or past the fourth side), ``dropped`` (named
  in negotiation sentences, yet scored nothing: no cue of a side, or struck by a rule);
* a **spurious side**, by what gold says it is: a mediator, a side of another thread, a party
  off the table, mentioned only, or no gold actor;
* **status**: gold coarse -> predicted coarse;
* the **parties metric's misses** (gold tier party or sub-actor the extractor leaves at
  ``mentioned``), by their role in the gold threads: a primary side or mediator (``seated``:
  the extractor has it at the table all the same), another thread's side, or in no thread.

Only counts, gold ids and status labels are printed -- never document text -- so it may be run
on development sets; it refuses the blind ones (``sealed``, ``blind8``, ``blind22``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from inprocess_docs import gold_documents, in_half  # noqa: E402
from score_sets import BLIND  # noqa: E402
from shared_scorer import load_scorer  # noqa: E402

from briefing.corpus import load_document  # noqa: E402
from briefing.extract import pipeline  # noqa: E402
from briefing.extract.negotiations import parties, tracker  # noqa: E402


class _Capture:
    """Keeps the tracker state and side scores of the last document analysed."""

    def __init__(self) -> None:
        self.st: Any = None
        self.scores: tuple[dict[str, float], dict[str, float]] = ({}, {})
        self._orig = parties.score_sides

    def __call__(self, st: Any) -> tuple[dict[str, float], dict[str, float]]:
        self.st = st
        self.scores = self._orig(st)
        return self.scores


def _why_missed(pid: str, cap: _Capture, pred: dict[str, Any]) -> str:
    """Why the predicted actor ``pid`` (aligned with a gold side) is no predicted side."""
    party, _med = cap.scores
    st = cap.st
    if st is None:
        return "no_thread"
    if party.get(pid, 0.0) > 0.0:
        return "below_bar"
    own = False
    via = False
    for u in st.units:
        if not u.negotiation:
            continue
        for h, p in st.hits(u):
            if p != pid:
                continue
            if h.actor.id == pid:
                own = True
            else:
                via = True
    if own:
        return "dropped"
    if via:
        return "via_person"
    return "never_in_talks"


@dataclass(frozen=True)
class Primaries:
    """One gold document of a set, analysed in process: gold and prediction normalised by the
    scorer, actors aligned, and both primary threads (None where a side has none)."""

    set_name: str
    source: str
    path: Path
    gold_file: Path
    doc: Any
    pred: dict[str, Any]
    G: dict[str, Any]
    P: dict[str, Any]
    amap: dict[str, str]
    back: dict[str, str]
    gparent: dict[str, str]
    gprim: dict[str, Any] | None
    pprim: dict[str, Any] | None
    score: Any

    def to_gold(self, pid: str) -> str:
        """The gold id a predicted actor aligns with (folded to its outermost part), or
        ``pred:<id>`` where none does."""
        return str(self.score.root(self.amap.get(pid, "pred:" + pid), self.gparent))


def walk_primaries(sets: list[str], shared: Path, score: Any, cap: _Capture,
                   half: str | None) -> Iterator[Primaries]:
    """Every gold document of ``sets`` (in half ``half`` if given), in name order, analysed with
    ``cap`` holding that document's tracker state while the caller reads it."""
    for gd in gold_documents(sets, shared, keep=in_half(half)):
        name, source, path, gf, g = gd.set_name, gd.source, gd.path, gd.gold_file, gd.gold
        cap.st, cap.scores = None, ({}, {})
        doc, _problems = load_document(str(path))
        assert doc is not None
        pred = pipeline.analyse(doc).to_dict()
        G, P = score.norm_gold_doc(g), score.norm_pred_doc(pred)
        amap = score.align_actors(G["actors"], P["actors"])
        yield Primaries(
            set_name=name, source=source, path=path, gold_file=gf, doc=doc, pred=pred,
            G=G, P=P, amap=amap, back={gid: pid for pid, gid in amap.items()},
            gparent={a["id"]: a["part_of"] for a in G["actors"] if a["part_of"]},
            gprim=next((n for n in G["negotiations"] if n["primary"]), None),
            pprim=next((n for n in P["negotiations"] if n["primary"]), None),
            score=score)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--docs", action="store_true", help="one row per document (gold ids only)")
    ap.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    ap.add_argument("--half", choices=("A", "B"),
                    help="only the documents whose gold file name hashes into this half")
    args = ap.parse_args(argv)
    sets = args.sets or ["dev", "fresh"]
    if BLIND & set(sets):
        print("primary_confusion: blind sets are not for reading", file=sys.stderr)
        return 2
    score = load_scorer(args.shared, "primary_confusion")
    cap = _Capture()
    tracker.score_sides = cap  # type: ignore[attr-defined]  # capture the tracker's reading
    counts: Counter[str] = Counter()
    status: Counter[tuple[str, str]] = Counter()
    for d in walk_primaries(sets, args.shared, score, cap, args.half):
        name, source, path, pred = d.set_name, d.source, d.path, d.pred
        G, P, back, gparent, to_gold = d.G, d.P, d.back, d.gparent, d.to_gold
        gprim, pprim = d.gprim, d.pprim
        counts["docs"] += 1
        if gprim is None:
            counts["gold_no_thread"] += 1
            continue
        gsides = {score.root(x, gparent) for x in gprim["parties"]}
        gmeds = {score.root(x, gparent) for x in gprim["mediators"]}
        psides = {to_gold(x) for x in pprim["parties"]} if pprim else set()
        pmeds = {to_gold(x) for x in pprim["mediators"]} if pprim else set()
        gcoarse = score.COARSE.get(gprim["status"], "?")
        pcoarse = score.COARSE.get(pprim["status"], "?") if pprim else "none"
        status[(gcoarse, pcoarse)] += 1
        others = [{score.root(x, gparent) for x in n["parties"]}
                  for n in G["negotiations"] if not n["primary"]]
        best_other = max((len(psides & o) for o in others), default=0)
        row: list[str] = []
        if pprim is None:
            counts["pred_no_thread"] += 1
            row.append("NO_THREAD")
        elif psides and (not psides & gsides or best_other > len(psides & gsides)):
            counts["wrong_thread"] += 1
            row.append("WRONG_THREAD")
        counts["gold_sides"] += len(gsides)
        counts["sides_hit"] += len(gsides & psides)
        for s in sorted(gsides - psides):
            if s in pmeds:
                why = "as_mediator"
            elif s not in back:
                why = "no_actor"
            else:
                why = _why_missed(back[s], cap, pred)
            counts["miss:" + why] += 1
            row.append(f"miss {s} ({why})")
        gtier = {a["id"]: a["tier"] for a in G["actors"]}
        # the parties metric's misses (tier party or sub-actor, folded), by thread role
        gset = {score.root(a["id"], gparent) for a in G["actors"]
                if a["tier"] in ("party", "sub_actor")}
        pparent = {a["id"]: a["part_of"] for a in P["actors"] if a["part_of"]}
        pset = {to_gold(score.root(a["id"], pparent)) for a in P["actors"]
                if a["tier"] in ("party", "sub_actor")}
        for s in gset - pset:
            role = ("primary_side" if s in gsides else "primary_mediator" if s in gmeds
                    else "other_thread" if any(s in o for o in others) else "no_thread")
            counts["party_miss:" + role] += 1
            if role.startswith("primary"):
                row.append(f"party-miss {s} ({role}{', seated' if s in psides | pmeds else ''})")
        counts["party_gold"] += len(gset)
        for s in pset - gset:
            role = ("primary_side" if s in psides else "primary_mediator" if s in pmeds
                    else "off_table")
            counts["party_extra:" + role] += 1
        for s in sorted(psides - gsides):
            if s in gmeds:
                why = "gold_mediator"
            elif any(s in o for o in others):
                why = "other_thread_side"
            elif s.startswith("pred:"):
                why = "no_gold_actor"
            else:
                why = "gold_" + str(gtier.get(s))
            counts["spurious:" + why] += 1
            row.append(f"extra {s} ({why})")
        counts["gold_meds"] += len(gmeds)
        counts["meds_hit"] += len(gmeds & pmeds)
        for s in sorted(gmeds - pmeds):
            why = "as_side" if s in psides else ("no_actor" if s not in back else "missed")
            counts["med_miss:" + why] += 1
            row.append(f"med-miss {s} ({why})")
        for s in sorted(pmeds - gmeds):
            why = "gold_side" if s in gsides else "other"
            counts["med_extra:" + why] += 1
            row.append(f"med-extra {s} ({why})")
        if gcoarse != pcoarse:
            row.append(f"status {gprim['status']}->{pprim['status'] if pprim else None}")
        if args.docs and row:
            print(f"{name:8} {source:10} {path.name:12} " + "; ".join(row))
    print("\ncounts:")
    for k, v in sorted(counts.items()):
        print(f"  {k:30} {v}")
    print("status gold coarse -> predicted coarse:")
    for (g, p), v in sorted(status.items()):
        print(f"  {g:8} -> {p:8} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
