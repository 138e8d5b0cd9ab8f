"""Typo tolerance by deletion variants (the SymSpell idea), stored as two flat arrays.

Two words are within ``d`` edits (insertions, deletions, substitutions, transpositions: OSA)
only if deleting at most ``d`` letters from each gives a common string.  So at build time every
vocabulary word's deletion variants are hashed (CRC-32, stable across runs) into a sorted array
with the word's id beside it; at query time the typed word's own variants are looked up by
bisection and the few candidates are checked with a real OSA distance.  A hash collision only
adds a candidate that the check then rejects.

Budgets (the issue's rule): words of 1-3 letters match exactly, 4-6 letters within 1 edit,
7 or more within 2.  Only alphabetic words of 3-24 letters get variants (numbers and codes
match exactly or by prefix).
"""

from __future__ import annotations

import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

MIN_TYPO_LEN = 4
MAX_VARIANT_LEN = 24


def budget(word: str) -> int:
    """How many edits a typed word may be away from a vocabulary word."""
    n = len(word)
    if n < MIN_TYPO_LEN:
        return 0
    return 1 if n <= 6 else 2


def _stored_depth(word: str) -> int:
    """How many deletions are stored for a vocabulary word (enough for any typed word)."""
    n = len(word)
    if n < 3 or n > MAX_VARIANT_LEN or not word.isalpha():
        return 0
    return 1 if n <= 4 else 2  # a 4-letter word is never 2 edits from a 7-letter query


def deletions(word: str, depth: int) -> set[str]:
    """Every string obtained by deleting 1..``depth`` characters from ``word``."""
    if depth <= 2:
        return _near(word, depth)
    out: set[str] = set()
    frontier = {word}
    for _ in range(depth):
        nxt: set[str] = set()
        for w in frontier:
            if len(w) <= 1:
                continue
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out


S = TypeVar("S", str, bytes)


def _near(word: S, depth: int) -> set[S]:
    """:func:`deletions` for a depth of at most 2, of a ``str`` or of ``bytes``: each string
    with two deletions made once (``i < j``), not once per order of the two."""
    n = len(word)
    if depth < 1 or n <= 1:
        return set()
    out = {word[:i] + word[i + 1:] for i in range(n)}
    if depth == 2 and n > 2:
        out.update([word[:i] + word[i + 1:j] + word[j + 1:]
                    for j in range(1, n) for i in range(j)])
    return out


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def build_variants(vocab: Sequence[str]) -> tuple[array[int], array[int]]:
    """Sorted ``(hashes, word_ids)`` for every stored deletion variant of ``vocab``."""
    # ~2.5 million variants for a 22,000-document folder, each a few bytecodes: an ASCII
    # word's variants are made from its bytes (the same bytes as each variant encoded).
    buckets: list[array[int]] = [array("Q") for _ in range(256)]
    crc = zlib.crc32
    for wid, word in enumerate(vocab):
        depth = _stored_depth(word)
        if not depth:
            continue
        if word.isascii():
            variants: Iterable[bytes] = _near(word.encode("ascii"), depth)
        else:
            variants = [v.encode("utf-8") for v in deletions(word, depth)]
        for h in [crc(v) for v in variants]:
            buckets[h >> 24].append((h << 32) | wid)
    hashes = array("I")
    ids = array("I")
    mask = 0xFFFFFFFF
    for bucket in buckets:
        packed = sorted(bucket)
        hashes.extend([p >> 32 for p in packed])
        ids.extend([p & mask for p in packed])
    return hashes, ids


def lookup(variant: str, hashes: Sequence[int], ids: Sequence[int]) -> list[int]:
    """Word ids whose stored variants may equal ``variant``."""
    h = _crc(variant)
    i = bisect_left(hashes, h)
    out = []
    n = len(hashes)
    while i < n and hashes[i] == h:
        out.append(ids[i])
        i += 1
    return out


LengthBuckets = dict[int, tuple[list[str], "array[int]"]]


def by_length(vocab: Sequence[str]) -> LengthBuckets:
    """``vocab`` split by word length: length -> (its words, their ids), in vocabulary order.
    A word within ``d`` edits of a key differs from it in length by at most ``d``, so
    :func:`scan` reads only ``2d + 1`` of these (a sixth to a third of the vocabulary)."""
    words: dict[int, list[str]] = {}
    ids: dict[int, array[int]] = {}
    for wid, word in enumerate(vocab):
        n = len(word)
        if n not in words:
            words[n], ids[n] = [], array("I")
        words[n].append(word)
        ids[n].append(wid)
    return {n: (words[n], ids[n]) for n in words}


def scan(key: str, budget: int, near: set[str], vocab: Sequence[str],
         buckets: LengthBuckets | None = None) -> list[int]:
    """The word ids :func:`lookup` would give for ``key`` (with ``near``, its variants within
    ``budget`` deletions, and ``key`` itself), found by scanning ``vocab`` instead of the
    stored variants: for an index whose variants are not built yet.  Every word within
    ``budget`` edits is checked for a shared variant, the rule the stored variants follow (so
    words without stored variants match only as one of ``near``).  With ``buckets``
    (:func:`by_length` of ``vocab``) only the words of a possible length are read: the same
    ids, in a fraction of the time (the scorer holds the interpreter lock while it reads, so
    the screen waits for all of it)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    if buckets is None:
        found = process.extract(key, vocab, scorer=OSA.distance, score_cutoff=budget,
                                limit=None)
    else:
        found = []
        for n in range(len(key) - budget, len(key) + budget + 1):
            words, ids = buckets.get(n, ((), ()))
            found.extend((word, dist, ids[i]) for word, dist, i in process.extract(
                key, words, scorer=OSA.distance, score_cutoff=budget, limit=None))
    out = []
    for word, _dist, wid in found:
        if word in near:
            out.append(wid)
            continue
        depth = _stored_depth(word)
        if depth and not near.isdisjoint(deletions(word, depth)):
            out.append(wid)
    return out


def osa_distance(a: str, b: str, cutoff: int) -> int:
    """The optimal string alignment distance of ``a`` and ``b`` (insertions, deletions,
    substitutions, transpositions of two adjacent letters), or ``cutoff + 1`` when it is
    larger than ``cutoff``: what ``rapidfuzz.distance.OSA.distance(a, b,
    score_cutoff=cutoff)`` gives (tested), without importing rapidfuzz for the few candidates
    of a typed word (~15 ms of a one-shot search)."""
    if abs(len(a) - len(b)) > cutoff:
        return cutoff + 1
    # The common prefix and suffix cost nothing (most candidates differ in a letter or two).
    lo, n = 0, min(len(a), len(b))
    while lo < n and a[lo] == b[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and a[-1 - hi] == b[-1 - hi]:
        hi += 1
    a, b = a[lo:len(a) - hi], b[lo:len(b) - hi]
    if not a or not b:
        dist = len(a) + len(b)
        return dist if dist <= cutoff else cutoff + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        now = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(row[j] + 1, now[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, before[j - 2] + 1)
            now[j] = best
        if min(now) > cutoff:
            return cutoff + 1
        before, row = row, now
    dist = row[-1]
    return dist if dist <= cutoff else cutoff + 1


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are at most one insertion, deletion or substitution apart (a
    Levenshtein distance of at most 1)."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i + 1:] == b[i:]


def distances() -> tuple[Callable[[str, str, int], int], Callable[[str, str], bool]]:
    """``(osa_distance, one_edit_apart)``: rapidfuzz's (in C) when this process has loaded it
    already, else :func:`osa_distance` and :func:`one_edit_apart` (equal, tested), so that a
    one-shot search does not import it for a few candidates."""
    if "rapidfuzz.distance" not in sys.modules:
        return osa_distance, one_edit_apart
    from rapidfuzz.distance import OSA, Levenshtein

    def osa(a: str, b: str, cutoff: int) -> int:
        return int(OSA.distance(a, b, score_cutoff=cutoff))

    def one_edit(a: str, b: str) -> bool:
        return bool(Levenshtein.distance(a, b, score_cutoff=1) <= 1)

    return osa, one_edit
