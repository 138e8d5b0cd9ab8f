"""The typo check's own distances (no rapidfuzz import on a one-shot search) agree with
rapidfuzz's on every pair tried."""

from __future__ import annotations

import random

import pytest
from rapidfuzz.distance import OSA, Levenshtein

from briefing.search.typo import one_edit_apart, osa_distance

PAIRS = [("lavorv", "lavrov"), ("kery", "kerry"), ("kery", "very"), ("ab", "ba"), ("", "ab"),
         ("abc", "ca"), ("humanitarain", "humanitarian"), ("coridor", "corridors"),
         ("tlaks", "talks"), ("exchnage", "exchange"), ("ca", "abc"), ("abcd", "badc"),
         ("çavuşoğlu", "cavusoglu"), ("same", "same"), ("a", ""), ("", "")]


def _near_miss(rng: random.Random, word: str, alphabet: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(letters) + 1)
        kind = rng.randrange(4)
        if kind == 0 and at < len(letters):
            letters[at] = rng.choice(alphabet)
        elif kind == 1:
            letters.insert(at, rng.choice(alphabet))
        elif kind == 2 and at < len(letters):
            del letters[at]
        elif kind == 3 and at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
    return "".join(letters)


def _pairs() -> list[tuple[str, str]]:
    rng = random.Random(13)
    out = list(PAIRS)
    for _ in range(6000):
        alphabet = rng.choice(("ab", "abc", "abcdefg"))
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        b = (_near_miss(rng, a, alphabet) if a and rng.random() < 0.6
             else "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9))))
        out.append((a, b))
    return out


@pytest.mark.parametrize("cutoff", [0, 1, 2, 3])
def test_osa_distance_is_rapidfuzz_s(cutoff: int) -> None:
    for a, b in _pairs():
        assert osa_distance(a, b, cutoff) == OSA.distance(a, b, score_cutoff=cutoff), (a, b)


def test_one_edit_apart_is_a_levenshtein_distance_of_at_most_one() -> None:
    for a, b in _pairs():
        assert one_edit_apart(a, b) == (Levenshtein.distance(a, b) <= 1), (a, b)


def test_a_search_answers_alike_with_or_without_rapidfuzz_loaded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from test_search_fixtures import make_briefings

    from briefing.search import SearchIndex, typo

    queries = ["lavorv", "kery", "humanitarain coridor", "cesefire tlaks", "mediaton"]
    loaded = [[h.to_dict() for h in SearchIndex.build(make_briefings()).search(q).hits]
              for q in queries]
    assert typo.distances()[0] is not typo.osa_distance  # rapidfuzz is loaded here
    monkeypatch.delitem(sys.modules, "rapidfuzz.distance")
    assert typo.distances() == (typo.osa_distance, typo.one_edit_apart)
    pure = [[h.to_dict() for h in SearchIndex.build(make_briefings()).search(q).hits]
            for q in queries]
    assert pure == loaded and any(loaded)
