"""What the tools scoring released gold sets by half share: their options, the blind sets'
refusal, one extraction of every document (or a saved one), and gold paired with prediction.

    ap = argparse.ArgumentParser(...); add_set_options(ap); ap.add_argument(...)  # the tool's own
    args = ap.parse_args(argv)
    sc, loaded, pdocs, warnings = load_predictions("my_tool", args)
    for gs, gold_file, gold, pred in paired_documents(sc, loaded, pdocs, warnings): ...
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import score_sets
from shared_scorer import load_scorer


def add_set_options(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--pred", type=Path, help="score this prediction JSON instead of extracting")
    ap.add_argument("--save-pred", type=Path, help="keep the extraction's JSON here")
    ap.add_argument("--shared")


def load_predictions(tool: str, args: argparse.Namespace
                     ) -> tuple[ModuleType, list[score_sets.GoldSet], Any, Any]:
    """The scorer, the sets (default: every released one), the predictions and the pairing's
    warnings; the blind sets are refused."""
    sets = args.sets or list(score_sets.RELEASED)
    if any(s in score_sets.BLIND for s in sets):
        raise SystemExit(f"{tool}: blind sets are scored by the lead only")
    shared = score_sets.find_shared(args.shared)
    sc = load_scorer(shared, tool)
    loaded = [score_sets.load_set(s, shared) for s in sets]
    if args.pred and args.pred.is_file():
        pred_path = args.pred
    else:
        pred_path = args.save_pred or Path(f"/tmp/{tool}_pred.json")
        paths = sorted({p for g in loaded for p, _src in g.docs.values()})
        score_sets.extract(paths, pred_path, quiet=False)
    pdocs, warnings = sc.load_pred(str(pred_path))
    return sc, loaded, pdocs, warnings


def paired_documents(sc: ModuleType, loaded: list[score_sets.GoldSet], pdocs: Any, warnings: Any
                     ) -> Iterator[tuple[score_sets.GoldSet, Path, Any, Any]]:
    """Each gold document of each set with its gold file and the prediction paired with it."""
    for gs in loaded:
        files = score_sets.gold_files(gs)
        golds = sc.load_gold_files([str(f) for f in files])
        for gf, (gold, pred, _how) in zip(files, sc.pair_documents(golds, pdocs, warnings),
                                          strict=True):
            yield gs, gf, gold, pred
