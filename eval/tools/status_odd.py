#!/usr/bin/env python3
"""Primary-thread status on the odd-numbered status set (``eval/status_odd/*.yaml``).

    python eval/tools/status_odd.py [--docs] [--shared DIR] [--json OUT]

The set lists odd-numbered corpus files (free to study) annotated blind for the status of
their primary negotiation thread.  This runs the extractor on each file in process and prints
the coarse accuracy (ongoing / agreed / failed, as ``../shared/eval/score.py`` maps the
labels), the exact accuracy, a confusion table gold -> predicted (``none``: no thread found)
and per source; ``--docs`` adds one row per document (path, gold, predicted, whether the
predicted evidence holds the gold evidence sentence).  ``--json`` writes the predicted
labels per path, for comparing two runs.  Never text: labels and offsets only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

from briefing.corpus import load_document  # noqa: E402
from briefing.extract import pipeline  # noqa: E402

COARSE = {"exploratory": "ongoing", "ongoing": "ongoing", "near_agreement": "ongoing",
          "agreed": "agreed", "implementing": "agreed",
          "stalled": "failed", "collapsed": "failed", "none": "none"}


def load_entries(where: Path) -> list[dict[str, Any]]:
    """Every annotated document of the YAML files in ``where`` (a folder or one file)."""
    out: list[dict[str, Any]] = []
    for f in [where] if where.is_file() else sorted(where.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        out.extend(data.get("documents") or [])
    return out


def predict(path: Path) -> dict[str, Any]:
    """The primary thread's status label and evidence spans (None: no thread)."""
    doc, _problems = load_document(str(path))
    if doc is None:
        return {"status": None, "evidence": []}
    pred = pipeline.analyse(doc).to_dict()
    prim = next((n for n in pred.get("negotiations", []) if n.get("primary")), None)
    if prim is None:
        return {"status": None, "evidence": []}
    st = prim.get("status") or {}
    return {"status": st.get("label"),
            "evidence": [[e["start"], e["end"]] for e in st.get("evidence", [])]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", action="store_true", help="one row per document")
    ap.add_argument("--shared", default=str(PROJECT.parent.parent / "shared"),
                    help="the shared folder (default: ../../shared)")
    ap.add_argument("--set", default=str(PROJECT / "eval" / "status_odd"),
                    help="folder of the set's YAML files, or one of them")
    ap.add_argument("--json", help="write predicted labels per path here")
    args = ap.parse_args(argv)
    corpora = Path(args.shared) / "corpora"
    if not corpora.is_dir():
        corpora = Path("/work/shared/corpora")
    entries = load_entries(Path(args.set))
    confusion: Counter[tuple[str, str]] = Counter()
    by_source: dict[str, list[int]] = {}
    exact = 0
    labels: dict[str, str | None] = {}
    rows: list[str] = []
    for ent in entries:
        got = predict(corpora / ent["path"])
        plabel = got["status"]
        labels[ent["path"]] = plabel
        gc = COARSE[ent["status"]]
        pc = COARSE.get(plabel or "", "none")
        confusion[(gc, pc)] += 1
        ok = int(gc == pc)
        exact += int(plabel == ent["status"])
        src = ent["path"].split("/")[0]
        by_source.setdefault(src, [0, 0])
        by_source[src][0] += ok
        by_source[src][1] += 1
        ev = [tuple(e) for e in ent.get("evidence", [])]
        hit = any(any(ps <= gs < pe for ps, pe in got["evidence"]) for gs, _ge in ev)
        rows.append(f"  {'ok ' if ok else 'ERR'} {ent['path']:28} {ent['status']:15} "
                    f"{plabel or 'none':15} {'ev' if hit else '--'}")
    n = len(entries)
    right = sum(v for (g, p), v in confusion.items() if g == p)
    print(f"status_odd: {n} documents, coarse {right}/{n} = {right / max(n, 1):.3f}, "
          f"exact {exact}/{n} = {exact / max(n, 1):.3f}")
    for src, (ok, tot) in sorted(by_source.items()):
        print(f"  {src:12} {ok}/{tot} = {ok / tot:.3f}")
    print("confusion (gold -> predicted):")
    for (g, p), v in sorted(confusion.items()):
        print(f"  {g:8} -> {p:8} {v}")
    if args.docs:
        print("\n".join(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(labels, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
