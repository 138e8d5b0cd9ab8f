"""The shared scorer's matching, reduced to what the eval error tools' tests need.

The tools call ``SHARED/eval/score.py``; their tests pass a stub instead, built from these
parts (greedy pairing by key, span overlap, actors aligned by equal names), so that a test
needs no shared folder and its invented documents say plainly what aligns with what.
"""

from __future__ import annotations

from typing import Any


def greedy_pairs(cands: list[tuple[Any, int, int]]) -> dict[int, int]:
    """{gold index: predicted index}, best key first, each index used once."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for _key, i, j in sorted(cands, key=lambda c: c[0], reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align_by_name(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, str]:
    """{predicted actor id: gold actor id} of the actors with equal names."""
    return {pa["id"]: ga["id"] for pa in pred for ga in gold if pa["name"] == ga["name"]}
