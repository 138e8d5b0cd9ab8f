#!/usr/bin/env python3
"""Primary status coarse over every released status annotation, by half, with controls.

    python eval/tools/status_halves.py OUT.json [--before OLD.json] [--shared DIR]

One run of the extractor (in process) on every document that a released annotation gives a
primary status or says has no negotiation: the released gold sets (``score_sets.RELEASED``,
walked by ``inprocess_docs.gold_documents`` in gold file name order as the other error tools
walk them: their primary's status, or ``none``), ``eval/status_odd/``,
``eval/status_held10/`` and ``eval/sides_odd/`` (a path already counted is skipped).  Each
document falls in half A or B by ``timeline_errors.half_of`` of its gold file name (the corpus
path for the odd sets): write a rule from half A's errors, report half B's before -> after.

Prints coarse accuracy per set, per group (gold / odd / sides) and half; **which layer decided**
each document's status (:func:`layer_of`: the headline, the headline's "talks" alone, the lede,
the body by a specific cue, by "talks"-like cues only, by no cue at all; no negotiation sentence;
a thread read and dropped) with its accuracy and error kinds per half (the errors sit where the
lead is silent: a rule for the body is measured where the body decides); the **controls**
(annotated with no negotiation) that get a thread; with ``--before``, every document whose
coarse prediction changed (``+`` now right, ``-`` now wrong, ``~`` wrong both times).  Writes
one row per document to OUT.json for the next ``--before``.  Labels and paths only, never
document text; the blind sets are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from inprocess_docs import gold_documents  # noqa: E402
from score_sets import RELEASED  # noqa: E402
from timeline_errors import half_of  # noqa: E402  (the one split of the released sets)

from briefing.corpus import load_document  # noqa: E402
from briefing.extract import pipeline  # noqa: E402
from briefing.extract.negotiations import status as neg_status  # noqa: E402
from briefing.extract.negotiations import tracker  # noqa: E402

# The deciding layer is read by replacing ``tracker.lead_status``, which a compiled (mypyc)
# tracker calls directly: the tool needs the pure install of a checkout (``pip install -e``).
TRACKER_COMPILED = not str(getattr(tracker, "__file__", "")).endswith(".py")

GOLD_SETS = RELEASED
COARSE = {"exploratory": "ongoing", "ongoing": "ongoing", "near_agreement": "ongoing",
          "agreed": "agreed", "implementing": "agreed",
          "stalled": "failed", "collapsed": "failed", "failed": "failed"}


def annotations(shared: Path) -> Iterator[tuple[str, str, Path, str]]:
    """(set, key for the half, document path, gold label or "none") of every annotation."""
    corpora = shared / "corpora"
    for doc in gold_documents(GOLD_SETS, shared):
        name, gf, g, path = doc.set_name, doc.gold_file, doc.gold, doc.path
        prim = next((n for n in g.get("negotiations") or [] if n.get("primary")), None)
        if prim is None:
            yield name, gf.name, path, "none"
            continue
        st = prim["status"]
        yield name, gf.name, path, str(st["label"] if isinstance(st, dict) else st)
    odd = sorted((PROJECT / "eval" / "status_odd").glob("*.yaml")) + \
        sorted((PROJECT / "eval" / "status_held10").glob("*.yaml"))
    for f in odd:
        for d in yaml.safe_load(f.read_text(encoding="utf-8"))["documents"]:
            label = d.get("status")
            yield f.stem, d["path"], corpora / d["path"], label if label in COARSE else "none"
    for f in sorted((PROJECT / "eval" / "sides_odd").glob("batch_*.yaml")):
        for d in yaml.safe_load(f.read_text(encoding="utf-8"))["documents"]:
            label = d.get("status")
            if label in COARSE:
                yield "sides_" + f.stem[-1], d["path"], corpora / d["path"], label
            elif d.get("negotiation") is False:
                yield "sides_" + f.stem[-1], d["path"], corpora / d["path"], "none"


# the layers that decide a primary's status, in the order of neg_status.lead_status
LAYERS = ("headline", "headline talks", "lede", "body specific", "body talks", "body no cue",
          "dropped", "no negotiation sentence")
_TALKS_LIKE = frozenset({"ongoing", "exploratory"})


class _LeadSpy:
    """Keeps the arguments of the document's first ``lead_status`` call (the primary's)."""

    def __init__(self) -> None:
        self.call: tuple[Any, Any, bool] | None = None
        self._orig = tracker.lead_status

    def __call__(self, st: Any, units: Any, genre_title: bool = False, **kw: Any) -> Any:
        if self.call is None:
            self.call = (st, units, genre_title)
        return self._orig(st, units, genre_title=genre_title, **kw)


def layer_of(st: Any, units: Any, genre: bool) -> str:
    """Which layer of :func:`neg_status.lead_status` decides the status of ``units``."""
    title, lede = neg_status.lead_layers(st, units)
    found, _ev, scores = neg_status.best_status(st, title, firm_only=True)
    if found is not None and not (genre and set(scores) <= {"ongoing"}):
        return "headline talks" if set(scores) <= {"ongoing"} else "headline"
    found, _ev, scores = neg_status.best_status(st, lede, firm_only=True,
                                                min_weight=neg_status.SPECIFIC_WEIGHT)
    if found is not None and not set(scores) <= {"ongoing"}:
        return "lede"
    _label, _ev, scores = neg_status.best_status(st, units)
    return "body no cue" if not scores else "body talks" if set(scores) <= _TALKS_LIKE \
        else "body specific"


def predict(path: Path) -> tuple[str | None, str]:
    """The extractor's primary status label (None: no thread) and the layer that decided it
    (:data:`LAYERS`)."""
    doc, _problems = load_document(str(path))
    if doc is None:
        return None, "no negotiation sentence"
    spy = _LeadSpy()
    tracker.lead_status = spy
    try:
        pred = pipeline.analyse(doc).to_dict()
    finally:
        tracker.lead_status = spy._orig
    prim = next((n for n in pred.get("negotiations", []) if n.get("primary")), None)
    label = (prim.get("status") or {}).get("label") if prim else None
    if spy.call is None:
        return label, "no negotiation sentence"
    return label, layer_of(*spy.call) if prim else "dropped"


def _group(setname: str) -> str:
    return "gold" if setname in GOLD_SETS else "odd" if setname.startswith("status") else "sides"


def report(rows: list[dict[str, Any]], before: list[dict[str, Any]] | None) -> None:
    controls = [r for r in rows if r["gc"] == "none"]
    print(f"controls {len(controls)}, with a thread: "
          f"{[(r['set'], r['path']) for r in controls if r['pc'] != 'none']}")
    scored = [r for r in rows if r["gc"] != "none"]
    tab: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in scored:
        for key in (r["set"], _group(r["set"]) + "-" + r["half"], "all-" + r["half"]):
            tab[key][1] += 1
            tab[key][0] += r["gc"] == r["pc"]
    for key in sorted(tab):
        ok, n = tab[key]
        print(f"{key:14} {ok:4}/{n:<4} {ok / n:.3f}")
    layers(scored)
    if before is None:
        return
    old = {(r["set"], r["key"]): r for r in before}
    for r in scored:
        o = old.get((r["set"], r["key"]))
        if o is None or o["pc"] == r["pc"]:
            continue
        mark = "+" if r["pc"] == r["gc"] else "-" if o["pc"] == o["gc"] else "~"
        print(mark, r["half"], r["set"], r["path"], r["gold"], o["pred"], "->", r["pred"])


def layers(scored: list[dict[str, Any]]) -> None:
    """Per deciding layer and half: right / documents, and the errors (gold -> predicted)."""
    if not any("layer" in r for r in scored):
        return
    print("layer that decided: half A right/n, half B right/n; errors (gold>predicted: count)")
    for name in LAYERS:
        rows = [r for r in scored if r.get("layer") == name]
        if not rows:
            continue
        cells = []
        for half in ("A", "B"):
            in_half = [r for r in rows if r["half"] == half]
            cells.append(f"{sum(r['gc'] == r['pc'] for r in in_half):3}/{len(in_half):<3}")
        errors: dict[str, int] = defaultdict(int)
        for r in rows:
            if r["gc"] != r["pc"]:
                errors[f"{r['gc']}>{r['pc']}"] += 1
        kinds = ", ".join(f"{k}: {n}" for k, n in sorted(errors.items(), key=lambda kv: -kv[1]))
        print(f"  {name:24} A {cells[0]} B {cells[1]}  {kinds}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--before", type=Path, help="an earlier OUT.json to compare with")
    ap.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    args = ap.parse_args(argv)
    if TRACKER_COMPILED:
        print("status_halves: the extractor is compiled (a regular install): the layers are "
              "read from a pure one, pip install -e '.[test]'", file=sys.stderr)
        return 2
    shared = args.shared if (args.shared / "corpora").is_dir() else Path("/work/shared")
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for setname, key, path, gold in annotations(shared):
        rel = str(path).replace(str(shared / "corpora") + "/", "")
        if rel in seen and setname.startswith("sides"):
            continue
        seen.add(rel)
        plabel, layer = predict(path)
        rows.append({"set": setname, "key": key, "path": rel, "half": half_of(key),
                     "gold": gold, "gc": COARSE.get(gold, "none"), "pred": plabel,
                     "pc": COARSE.get(plabel or "", "none"), "layer": layer})
    args.out.write_text(json.dumps(rows, indent=0), encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    report(rows, before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
