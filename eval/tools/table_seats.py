#!/usr/bin/env python3
"""Who the extractor seats at the primary's table, against gold, over released gold sets.

    python eval/tools/table_seats.py [--set dev --set val ...] [--half A|B] [--docs] [--shared DIR]

Two counts behind issue 11's choice of the primary's table (each document in half A or B by
``timeline_errors.half_of``; default: every released set):

* **seats** -- each side the extractor seats at a primary table of three or four, by what gold
  makes of it: ``side`` (a side of gold's primary), ``other_thread`` (a side of another gold
  thread), ``party`` (a gold party at no table: a mediator, an actor of the conflict),
  ``not_party`` (gold has it mentioned, or has no such actor); against what the text says of it:
  ``tl`` named in the headline or the first body sentence, ``n`` the negotiation sentences
  naming it (0, 1, 2, 3+), ``co`` whether one of them names another seat (``in``) or only actors
  off the table (``out``) or nobody else (``-``), ``hi`` / ``lo`` its side score at least
  half the strongest or not, and ``pair``: whether it is one of the two seats the most
  negotiation sentences name together (``in``; ``tie`` when another pair is named as often),
  named with one of them (``linked``) or with neither (``apart``).  A feature that tells the extra seats (the last three kinds) from
  the sides in both halves is what a rule that unseats them could read.
* **publisher** -- in a government's own text (``sides.publisher_state``), the publisher's seat
  in gold's primary (``g_side``, ``g_med``, ``g_off``) against the extractor's (``p_side``,
  ``p_med``, ``p_off``), with its side score above the strongest other side's or not
  (``own>top``): the two cells off the diagonal are the publisher's own talks taken for talks
  it brokers, and the reverse.

Only counts and gold ids are printed (``--docs``: a row per seat and per misplaced publisher,
gold ids and figures, never text).  The blind sets are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "eval"))
sys.path.insert(0, str(PROJECT / "eval" / "tools"))

from primary_confusion import Primaries, _Capture, walk_primaries  # noqa: E402
from score_sets import BLIND, RELEASED  # noqa: E402
from shared_scorer import load_scorer  # noqa: E402
from timeline_errors import half_of  # noqa: E402

from briefing.extract.negotiations import sides as neg_sides  # noqa: E402
from briefing.extract.negotiations import tracker  # noqa: E402
from briefing.knowledge import default_kb  # noqa: E402

SEAT_KINDS = ("side", "other_thread", "party", "not_party")
SEAT_FEATURES = ("tl", "n", "co", "score", "pair")
PUBLISHER_GOLD = ("g_side", "g_med", "g_off")
PUBLISHER_PRED = ("p_side", "p_med", "p_off")


def seat_kind(d: Primaries, pid: str, score: Any) -> str:
    """What gold makes of the predicted side ``pid`` (see the module)."""
    assert d.gprim is not None
    gid = d.to_gold(pid)
    if gid in {score.root(x, d.gparent) for x in d.gprim["parties"]}:
        return "side"
    if any(gid in {score.root(x, d.gparent) for x in n["parties"]}
           for n in d.G["negotiations"] if not n["primary"]):
        return "other_thread"
    tier = next((a["tier"] for a in d.G["actors"] if a["id"] == gid), None)
    return "party" if tier in ("party", "sub_actor") else "not_party"


def seat_features(st: Any, pid: str, table: set[str], party: dict[str, float]
                  ) -> dict[str, str]:
    """What the text says of the seated ``pid`` (see the module), from the tracker's state."""
    title = next((u for u in st.units if u.is_title), None)
    body = [u for u in st.units if not u.is_title]
    lead = [u for u in (title, body[0] if body else None) if u is not None]
    tl = any(pid in {p for _h, p in st.hits(u)} for u in lead)
    n, inside, outside = 0, False, False
    for u in st.units:
        if not u.negotiation:
            continue
        named = {p for _h, p in st.hits(u)}
        if pid not in named:
            continue
        n += 1
        inside = inside or bool(named & table - {pid})
        outside = outside or bool(named - table)
    top = max(party.values(), default=0.0)
    return {"tl": "tl" if tl else "--", "n": str(min(n, 3)),
            "co": "in" if inside else "out" if outside else "-",
            "score": "hi" if top and party.get(pid, 0.0) >= 0.5 * top else "lo"}


def pair_features(st: Any, table: list[str]) -> dict[str, str]:
    """Each seat against the pair of seats the most negotiation sentences name together."""
    together: Counter[tuple[str, str]] = Counter()
    for u in st.units:
        if u.negotiation:
            named = sorted({p for _h, p in st.hits(u)} & set(table))
            together.update(combinations(named, 2))
    ranked = together.most_common(2)
    if not ranked:
        return {p: "apart" for p in table}
    pair, n = ranked[0]
    inside = "tie" if len(ranked) > 1 and ranked[1][1] == n else "in"
    out: dict[str, str] = {}
    for p in table:
        linked = any(together[(min(p, q), max(p, q))] for q in pair if q != p)
        out[p] = inside if p in pair else "linked" if linked else "apart"
    return out


def publisher_cell(d: Primaries, own: str, score: Any) -> tuple[str, str]:
    """The publisher's seat in gold's primary and in the extractor's."""
    assert d.gprim is not None
    gown = d.to_gold(own)
    gsides = {score.root(x, d.gparent) for x in d.gprim["parties"]}
    gmeds = {score.root(x, d.gparent) for x in d.gprim["mediators"]}
    p = d.pprim or {"parties": [], "mediators": []}
    g = "g_side" if gown in gsides else "g_med" if gown in gmeds else "g_off"
    pred = "p_side" if own in p["parties"] else "p_med" if own in p["mediators"] else "p_off"
    return g, pred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--docs", action="store_true", help="a row per seat and misplaced publisher")
    ap.add_argument("--shared", type=Path, default=PROJECT.parent / "shared")
    ap.add_argument("--half", choices=("A", "B"))
    args = ap.parse_args(argv)
    sets = args.sets or list(RELEASED)
    if BLIND & set(sets):
        print("table_seats: blind sets are not for reading", file=sys.stderr)
        return 2
    score = load_scorer(args.shared, "table_seats")
    cap = _Capture()
    tracker.score_sides = cap  # type: ignore[attr-defined]  # capture the tracker's reading
    seats: Counter[tuple[str, str, str, str]] = Counter()  # half, feature, value, kind
    tables: Counter[tuple[str, int]] = Counter()  # half, gold sides (capped at 4)
    publisher: Counter[tuple[str, str, str, str]] = Counter()  # half, gold, pred, own>top
    for d in walk_primaries(sets, args.shared, score, cap, args.half):
        st, half = cap.st, half_of(d.gold_file.name)
        if st is None or d.gprim is None:
            continue
        party = cap.scores[0]
        own = neg_sides.publisher_state(d.doc.source, default_kb())
        if own is not None:
            g, p = publisher_cell(d, own, score)
            top = max((w for a, w in party.items() if a != own), default=0.0)
            above = "own>top" if party.get(own, 0.0) > top else "own<=top"
            publisher[(half, g, p, above)] += 1
            if args.docs and g[2:] != p[2:]:
                print(f"publisher {d.set_name:8} {half} {d.gold_file.name:28} {g} {p} "
                      f"own={party.get(own, 0.0):.1f} top={top:.1f}")
        table = list(d.pprim["parties"]) if d.pprim else []
        if len(table) < 3:
            continue
        tables[(half, min(len(d.gprim["parties"]), 4))] += 1
        pairs = pair_features(st, table)
        for pid in table:
            kind = seat_kind(d, pid, score)
            feats = {**seat_features(st, pid, set(table), party), "pair": pairs[pid]}
            for f, v in feats.items():
                seats[(half, f, v, kind)] += 1
            if args.docs:
                print(f"seat {d.set_name:8} {half} {d.gold_file.name:28} {d.to_gold(pid):28} "
                      f"{kind:12} " + " ".join(feats[f] for f in SEAT_FEATURES))
    _report(seats, tables, publisher)
    return 0


def _report(seats: Counter[tuple[str, str, str, str]], tables: Counter[tuple[str, int]],
            publisher: Counter[tuple[str, str, str, str]]) -> None:
    """The counts by half."""
    for half in ("A", "B"):
        print(f"\nhalf {half}: primary tables of 3-4 seats by gold's number of sides "
              + " ".join(f"{n}:{tables[(half, n)]}" for n in range(5) if tables[(half, n)]))
        for f in SEAT_FEATURES:
            values = sorted({v for h, ff, v, _k in seats if h == half and ff == f})
            for v in values:
                print(f"  {f:5} {v:4} " + " ".join(
                    f"{k}={seats[(half, f, v, k)]}" for k in SEAT_KINDS))
        print("  publisher (gold seat x predicted seat; own side score above the top other's)")
        for g in PUBLISHER_GOLD:
            print(f"    {g:7} " + "  ".join(
                f"{p}={publisher[(half, g, p, 'own>top')]}+{publisher[(half, g, p, 'own<=top')]}"
                for p in PUBLISHER_PRED))


if __name__ == "__main__":
    sys.exit(main())
