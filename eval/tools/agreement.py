#!/usr/bin/env python3
"""Turn gold annotations into `briefing/1` prediction JSON, to measure inter-annotator agreement.

A second, independent annotation of a document is scored against the first as if it were the
extractor's output: the figures are the human ceiling the extractor can be compared with.

usage:
    python eval/tools/agreement.py eval/gold/second -o /tmp/second.json
    python eval/tools/agreement.py eval/gold/second --matching ../shared/eval/gold
        # prints the first annotations of the same documents (paired by sha256), one per line
    python ../shared/eval/score.py --gold $(python eval/tools/agreement.py eval/gold/second \\
        --matching ../shared/eval/gold) --pred /tmp/second.json

Only offsets, ids and labels are carried over; span `text` is left empty (the gold files hold no
article text and `score.py` never reads it).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

GOLD_SCHEMA = "briefing-gold/1"
PRED_SCHEMA = "briefing/1"


def gold_paths(args: list[str]) -> list[Path]:
    """Gold files named directly, or every *.gold.yaml / *.yaml in a named directory."""
    out: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.suffix in (".yaml", ".yml")))
        else:
            out.append(p)
    return out


def load_gold(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict) or data.get("schema") != GOLD_SCHEMA:
        raise ValueError(f"{path}: not a {GOLD_SCHEMA} file")
    return data


def span(pair: list[int]) -> dict[str, Any]:
    return {"start": int(pair[0]), "end": int(pair[1]), "text": ""}


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """One gold document as one predicted document of `briefing extract --format json`."""
    doc = gold["document"]
    actors = [{
        "id": a["id"], "name": a.get("name") or "", "kind": a.get("kind") or "other",
        "tier": a["tier"], "aliases": list(a.get("aliases") or []),
        "part_of": a.get("part_of"), "affiliation": a.get("affiliation"),
        "title": a.get("title"), "mentions": [span(m) for m in a.get("mentions") or []],
    } for a in gold.get("actors") or []]
    quotes = [{"start": q["start"], "end": q["end"], "text": "", "speaker": q.get("speaker"),
               "date": None} for q in gold.get("quotes") or []]
    negotiations = [{
        "id": str(n["id"]), "label": n.get("label") or "", "primary": bool(n.get("primary")),
        "parties": list(n.get("parties") or []), "mediators": list(n.get("mediators") or []),
        "status": {"label": n["status"], "evidence": [span(e) for e in n.get("evidence") or []]},
        "issues": [{"key": it["key"], "label": it.get("label") or "", "status": it["status"],
                    "evidence": [span(e) for e in it.get("evidence") or []]}
                   for it in n.get("issues") or []],
        "rounds": [],
    } for n in gold.get("negotiations") or []]
    timeline = [{"date": str(t["date"]), "label": t.get("label") or "",
                 "evidence": span(t["evidence"])} for t in gold.get("timeline") or []]
    published = doc.get("published")
    return {
        "path": str(doc["file"]), "sha256": str(doc["sha256"]), "title": doc.get("title"),
        "published": None if published is None else str(published), "source": None,
        "sections": [], "actors": actors, "quotes": quotes, "negotiations": negotiations,
        "timeline": timeline,
    }


def matching(seconds: list[dict[str, Any]], first_dir: Path) -> list[Path]:
    """The first annotations (in first_dir) of the documents the second annotation covers."""
    wanted = {g["document"]["sha256"] for g in seconds}
    found: dict[str, Path] = {}
    for p in gold_paths([str(first_dir)]):
        g = load_gold(p)
        sha = g["document"].get("sha256")
        if sha in wanted:
            found.setdefault(sha, p)
    missing = [g["document"]["file"] for g in seconds if g["document"]["sha256"] not in found]
    if missing:
        print(f"no first annotation in {first_dir} for: {', '.join(missing)}", file=sys.stderr)
    return [found[g["document"]["sha256"]] for g in seconds if g["document"]["sha256"] in found]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", help="gold files or directories (the second annotation)")
    ap.add_argument("-o", "--out", help="write the prediction JSON here (default: stdout)")
    ap.add_argument("--matching", metavar="DIR",
                    help="instead, print the paths of DIR's gold files for the same documents")
    ns = ap.parse_args(argv)
    try:
        golds = [load_gold(p) for p in gold_paths(ns.gold)]
    except (OSError, ValueError, yaml.YAMLError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if ns.matching:
        print("\n".join(str(p) for p in matching(golds, Path(ns.matching))))
        return 0
    out = json.dumps({"schema": PRED_SCHEMA, "documents": [as_prediction(g) for g in golds]},
                     indent=1, ensure_ascii=False)
    if ns.out:
        Path(ns.out).write_text(out + "\n", encoding="utf-8")
    else:
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
