"""Lexicon matches scanned on demand (per span, when asked) equal an eager scan of every span."""

from __future__ import annotations

import bisect
import random

from briefing.extract import neg_scan
from briefing.extract import negotiations as neg

SENTENCES = [
    "If the truce holds, talks resume.", "What happens if the ceasefires fail?",
    "Officials are close to a deal; the accord was signed and took effect.",
    "Sanctions relief, prisoners and hostages, a no-fly zone were discussed.",
    "The previous agreement in principle broke down over remaining gaps.",
    "They agreed to a cease-fire in an effort to end the war, so that aid flows.",
    "The two sides remain divided on the sticking points, officials said.",
    "Nothing else happened.", "Talks collapsed.", "",
]


def _eager(lexicon: neg_scan.Lexicon, low: str, spans, lo: int, hi: int, exclusive: bool):
    """What ``Matches.within`` gave when every span was scanned at once (the old code)."""
    found = lexicon.scan(low, spans)
    starts = [f[0] for f in found]
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    got = [f for f in found[i:j] if f[1] <= hi]
    if exclusive:
        kept: list = []
        for f in sorted(got, key=lambda f: (f[2], f[0])):
            if not any(a < f[1] and f[0] < b for a, b, _ in kept):
                kept.append(f)
        got = sorted(kept)
    return [(s, e, lexicon.patterns[k][0]) for s, e, k in got]


def test_lazy_matches_equal_an_eager_scan() -> None:
    rng = random.Random(7)
    for _round in range(40):
        parts = rng.choices(SENTENCES, k=rng.randint(1, 8))
        text = " ".join(parts)
        low = neg_scan.lowercase(text)
        spans = []
        pos = 0
        for part in parts:
            spans.append((pos, pos + len(part), neg_scan.unit_keys(low, pos, pos + len(part))))
            pos += len(part) + 1
        if rng.random() < 0.3:  # a title-like span over the start, overlapping the first ones
            cut = rng.randint(0, len(text))
            spans.insert(0, (0, cut, neg_scan.unit_keys(low, 0, cut)))
        for lexicon in (neg._STATUS, neg._ISSUES, neg._ISSUE_CUES, neg._FLAGS):
            lazy = neg_scan.Matches(lexicon, low, spans)
            asks = [(a, b) for a, b, _k in spans] + [
                tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                for _ in range(5)]
            rng.shuffle(asks)
            for lo, hi in asks:
                for exclusive in (True, False):
                    assert lazy.within(lo, hi, exclusive) == _eager(
                        lexicon, low, spans, lo, hi, exclusive), (text, lo, hi)


def test_only_the_spans_asked_about_are_scanned() -> None:
    text = "Officials are close to a deal. Nothing else happened. Talks collapsed."
    low = neg_scan.lowercase(text)
    bounds = [(0, 30), (31, 53), (54, len(text))]
    spans = [(a, b, neg_scan.unit_keys(low, a, b)) for a, b in bounds]
    matches = neg_scan.Matches(neg._STATUS, low, spans)
    assert matches.within(54, len(text))
    assert set(matches.scanned) == {2}
