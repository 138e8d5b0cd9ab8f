"""``occurrences``: every place a fixed string stands, as a lookahead pattern finds them."""

from __future__ import annotations

import random
import re

from briefing.extract.occurrences import occurrences


def test_every_place_overlapping_ones_too() -> None:
    assert list(occurrences("aaa", "aa")) == [0, 1]
    assert list(occurrences("Roe met Roe's aide", "Roe")) == [0, 8]
    assert list(occurrences("nothing here", "Roe")) == []


def test_the_places_a_lookahead_finds() -> None:
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice("ab ") for _ in range(rng.randint(0, 20)))
        needle = "".join(rng.choice("ab ") for _ in range(rng.randint(1, 3)))
        assert list(occurrences(text, needle)) == \
            [m.start() for m in re.finditer(f"(?={re.escape(needle)})", text)]


def test_lazy_a_caller_may_stop_at_the_first() -> None:
    found = occurrences("x" * 10, "x")
    assert next(found) == 0 and next(found) == 1
