#!/usr/bin/env python3
"""Why the extractor's primary thread is the wrong one, over released gold sets.

    python eval/tools/primary_why.py [--set dev --set val ...] [--half A|B] [--docs] [--shared DIR]

For each document whose predicted primary is a wrong thread (``primary_confusion``'s
``WRONG_THREAD``) or whose gold primary has a side the extractor made its mediator, the first
reason that holds, in this order:

* ``mediated_vs_own`` -- the publisher's own state is a side of gold's primary and the
  extractor has it mediating (the talks a government brokers taken for its own deal);
* ``background`` -- the predicted sides are those of a gold secondary thread that is agreed,
  implementing or failed (a deal told as background);
* ``headline`` -- the headline names a side of gold's primary and none of the predicted sides;
* ``lede`` -- the first body sentence does so (and the headline names neither or both);
* ``most_mentioned`` -- the predicted sides are named in more negotiation sentences than
  gold's primary sides;
* ``other``.

Per source and half, and with ``--docs`` one row per document (gold ids and flags only, never
text).  The blind sets are refused.
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

from primary_confusion import _Capture, walk_primaries  # noqa: E402
from score_sets import BLIND, RELEASED  # noqa: E402
from shared_scorer import load_scorer  # noqa: E402
from timeline_errors import half_of  # noqa: E402

from briefing.extract.negotiations import sides as neg_sides  # noqa: E402
from briefing.extract.negotiations import tracker  # noqa: E402
from briefing.knowledge import default_kb  # noqa: E402


def _named(st: Any, ids: set[str]) -> tuple[bool, bool, int]:
    """Whether the headline, the first body sentence name one of ``ids`` (predicted actor
    ids), and in how many negotiation sentences they are named."""
    if st is None:
        return False, False, 0
    title = next((u for u in st.units if u.is_title), None)
    body = [u for u in st.units if not u.is_title]
    in_t = title is not None and bool({p for _h, p in st.hits(title)} & ids)
    in_l = bool(body) and bool({p for _h, p in st.hits(body[0])} & ids)
    n = sum(1 for u in st.units if u.negotiation and {p for _h, p in st.hits(u)} & ids)
    return in_t, in_l, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--docs", action="store_true")
    ap.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    ap.add_argument("--half", choices=("A", "B"))
    args = ap.parse_args(argv)
    sets = args.sets or list(RELEASED)
    if BLIND & set(sets):
        print("primary_why: blind sets are not for reading", file=sys.stderr)
        return 2
    score = load_scorer(args.shared, "primary_why")
    cap = _Capture()
    tracker.score_sides = cap  # type: ignore[attr-defined]
    counts: Counter[tuple[str, str, str]] = Counter()
    for d in walk_primaries(sets, args.shared, score, cap, args.half):
        name, source, gf, doc = d.set_name, d.source, d.gold_file, d.doc
        back, gparent, to_gold = d.back, d.gparent, d.to_gold
        G, gprim, pprim = d.G, d.gprim, d.pprim
        half = half_of(gf.name)
        if gprim is None or pprim is None:
            continue
        gsides = {score.root(x, gparent) for x in gprim["parties"]}
        psides = {to_gold(x) for x in pprim["parties"]}
        pmeds = {to_gold(x) for x in pprim["mediators"]}
        others = [({score.root(x, gparent) for x in n["parties"]}, n["status"])
                  for n in G["negotiations"] if not n["primary"]]
        best = max(others, key=lambda o: len(psides & o[0]), default=(set(), ""))
        wrong = bool(psides) and (not psides & gsides or len(best[0] & psides)
                                  > len(psides & gsides))
        as_med = bool(gsides & pmeds)
        if not (wrong or as_med):
            continue
        own = neg_sides.publisher_state(doc.source, default_kb())
        own_g = to_gold(own) if own else None
        g_ids = {back[s] for s in gsides if s in back}
        p_ids = set(pprim["parties"])
        gt, gl, gn = _named(cap.st, g_ids)
        pt, pl, pn = _named(cap.st, p_ids - g_ids)
        if own_g and own_g in gsides and (own_g in pmeds or own_g not in psides):
            why = "mediated_vs_own"
        elif wrong and best[0] & psides and score.COARSE.get(best[1]) in ("agreed", "failed"):
            why = "background"
        elif gt and not pt:
            why = "headline"
        elif gl and not pl and gt == pt:
            why = "lede"
        elif pn > gn:
            why = "most_mentioned"
        else:
            why = "other"
        kind = "wrong" if wrong else "as_med"
        counts[(kind, why, source)] += 1
        counts[(kind, why, "half" + half)] += 1
        if args.docs:
            print(f"{name:8} {source:10} {gf.name:14} {half} {kind:6} {why:16} "
                  f"gold t{int(gt)} l{int(gl)} n{gn} / pred t{int(pt)} l{int(pl)} n{pn} "
                  f"other={best[1] or '-'} own={own_g} gsides={sorted(gsides)} "
                  f"psides={sorted(psides)} pmeds={sorted(pmeds)}")
    print("\ncounts (kind, why, source|half):")
    for k, v in sorted(counts.items()):
        print(f"  {k[0]:6} {k[1]:16} {k[2]:10} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
