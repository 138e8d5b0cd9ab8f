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
on development sets; it refuses the blind ones (``sealed``, ``blind8``, ``blind24``).
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
        counts["docs"] += 1
        if d.gprim is None:
            counts["gold_no_thread"] += 1
            continue
        row = _document_row(d, score, cap, counts, status)
        if args.docs and row:
            print(f"{d.set_name:8} {d.source:10} {d.path.name:12} " + "; ".join(row))
    print("\ncounts:")
    for k, v in sorted(counts.items()):
        print(f"  {k:30} {v}")
    print("status gold coarse -> predicted coarse:")
    for (g, p), v in sorted(status.items()):
        print(f"  {g:8} -> {p:8} {v}")
    return 0


@dataclass
class _Threads:
    """A document's primary thread as gold has it and as predicted, in gold ids (folded to
    their outermost part), and the sides of gold's other threads."""

    gsides: set[str]
    gmeds: set[str]
    psides: set[str]
    pmeds: set[str]
    others: list[set[str]]


def _document_row(d: Primaries, score: Any, cap: _Capture, counts: Counter[str],
                  status: Counter[tuple[str, str]]) -> list[str]:
    """Count the document's misses (a gold primary thread, ``d.gprim``) and say them, one
    item each: the thread, its sides, the parties metric, the mediators, the status."""
    gprim, pprim, gparent, to_gold = d.gprim, d.pprim, d.gparent, d.to_gold
    assert gprim is not None
    t = _Threads(
        gsides={score.root(x, gparent) for x in gprim["parties"]},
        gmeds={score.root(x, gparent) for x in gprim["mediators"]},
        psides={to_gold(x) for x in pprim["parties"]} if pprim else set(),
        pmeds={to_gold(x) for x in pprim["mediators"]} if pprim else set(),
        others=[{score.root(x, gparent) for x in n["parties"]}
                for n in d.G["negotiations"] if not n["primary"]])
    gcoarse = score.COARSE.get(gprim["status"], "?")
    pcoarse = score.COARSE.get(pprim["status"], "?") if pprim else "none"
    status[(gcoarse, pcoarse)] += 1
    best_other = max((len(t.psides & o) for o in t.others), default=0)
    row: list[str] = []
    if pprim is None:
        counts["pred_no_thread"] += 1
        row.append("NO_THREAD")
    elif t.psides and (not t.psides & t.gsides or best_other > len(t.psides & t.gsides)):
        counts["wrong_thread"] += 1
        row.append("WRONG_THREAD")
    row += _side_misses(d, t, cap, counts)
    row += _party_misses(d, t, score, counts)
    row += _spurious_sides(d, t, counts)
    row += _mediator_misses(d, t, counts)
    if gcoarse != pcoarse:
        row.append(f"status {gprim['status']}->{pprim['status'] if pprim else None}")
    return row


def _side_misses(d: Primaries, t: _Threads, cap: _Capture, counts: Counter[str]) -> list[str]:
    """The gold primary's sides the prediction misses, by why (see the module)."""
    counts["gold_sides"] += len(t.gsides)
    counts["sides_hit"] += len(t.gsides & t.psides)
    row: list[str] = []
    for s in sorted(t.gsides - t.psides):
        if s in t.pmeds:
            why = "as_mediator"
        elif s not in d.back:
            why = "no_actor"
        else:
            why = _why_missed(d.back[s], cap, d.pred)
        counts["miss:" + why] += 1
        row.append(f"miss {s} ({why})")
    return row


def _party_misses(d: Primaries, t: _Threads, score: Any, counts: Counter[str]) -> list[str]:
    """The parties metric's misses (tier party or sub-actor, folded) and extras, by their role
    in the threads; a miss on the primary is said."""
    gset = {score.root(a["id"], d.gparent) for a in d.G["actors"]
            if a["tier"] in ("party", "sub_actor")}
    pparent = {a["id"]: a["part_of"] for a in d.P["actors"] if a["part_of"]}
    pset = {d.to_gold(score.root(a["id"], pparent)) for a in d.P["actors"]
            if a["tier"] in ("party", "sub_actor")}
    row: list[str] = []
    for s in gset - pset:
        role = ("primary_side" if s in t.gsides else "primary_mediator" if s in t.gmeds
                else "other_thread" if any(s in o for o in t.others) else "no_thread")
        counts["party_miss:" + role] += 1
        if role.startswith("primary"):
            row.append(f"party-miss {s} ({role}{', seated' if s in t.psides | t.pmeds else ''})")
    counts["party_gold"] += len(gset)
    for s in pset - gset:
        role = ("primary_side" if s in t.psides else "primary_mediator" if s in t.pmeds
                else "off_table")
        counts["party_extra:" + role] += 1
    return row


def _spurious_sides(d: Primaries, t: _Threads, counts: Counter[str]) -> list[str]:
    """The predicted sides gold's primary lacks, by what gold says they are."""
    gtier = {a["id"]: a["tier"] for a in d.G["actors"]}
    row: list[str] = []
    for s in sorted(t.psides - t.gsides):
        if s in t.gmeds:
            why = "gold_mediator"
        elif any(s in o for o in t.others):
            why = "other_thread_side"
        elif s.startswith("pred:"):
            why = "no_gold_actor"
        else:
            why = "gold_" + str(gtier.get(s))
        counts["spurious:" + why] += 1
        row.append(f"extra {s} ({why})")
    return row


def _mediator_misses(d: Primaries, t: _Threads, counts: Counter[str]) -> list[str]:
    """The primary's mediators missed and predicted in excess."""
    counts["gold_meds"] += len(t.gmeds)
    counts["meds_hit"] += len(t.gmeds & t.pmeds)
    row: list[str] = []
    for s in sorted(t.gmeds - t.pmeds):
        why = "as_side" if s in t.psides else ("no_actor" if s not in d.back else "missed")
        counts["med_miss:" + why] += 1
        row.append(f"med-miss {s} ({why})")
    for s in sorted(t.pmeds - t.gmeds):
        why = "gold_side" if s in t.gsides else "other"
        counts["med_extra:" + why] += 1
        row.append(f"med-extra {s} ({why})")
    return row


if __name__ == "__main__":
    sys.exit(main())
