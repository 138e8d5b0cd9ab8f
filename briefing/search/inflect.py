"""Regular English inflections, so a phrase finds its plural and its past ("cessation of
hostilities" finds "cessations of hostilities"; "talk" finds "talks" and "talked").

A general rule on word endings, no dictionary: the forms are only *candidates*, looked up in
the index's vocabulary, so a form no document has costs nothing.  Words shorter than
:data:`MIN_LEN` letters ("of", "the", "war") are taken as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_LEN = 4


def _stems(key: str) -> set[str]:
    """The key and what it may be an inflection of."""
    stems = {key}
    if key.endswith("ies") and len(key) > 4:
        stems.add(key[:-3] + "y")
    if key.endswith("es") and len(key) > 4:
        stems.update((key[:-2], key[:-1]))
    elif key.endswith("s") and not key.endswith(("ss", "us", "is")):
        stems.add(key[:-1])
    if key.endswith("ed") and len(key) > 4:
        stems.update((key[:-2], key[:-1]))
    if key.endswith("ing") and len(key) > 5:
        stems.update((key[:-3], key[:-3] + "e"))
    return {s for s in stems if len(s) >= MIN_LEN - 1}


def _inflected(stem: str) -> set[str]:
    out = {stem, stem + "s", stem + "es", stem + "ed", stem + "ing"}
    if stem.endswith("y") and len(stem) > 3 and stem[-2] not in "aeiou":
        out.update((stem[:-1] + "ies", stem[:-1] + "ied"))
    if stem.endswith("e"):
        out.update((stem + "d", stem[:-1] + "ing"))
    return out


@lru_cache(maxsize=4096)
def forms(key: str) -> tuple[str, ...]:
    """``key`` first, then its other regular forms (candidates, longest first)."""
    if len(key) < MIN_LEN or not key.isalpha():
        return (key,)
    found: set[str] = set()
    stems = _stems(key)
    inflected = len(stems) > 1  # "talks": its forms come from "talk", not "talksing"
    for stem in stems:
        if stem != key or not inflected:
            found |= _inflected(stem)
    found.discard(key)
    return (key, *sorted(found, key=lambda f: (-len(f), f)))


def phrase_pattern(phrase: tuple[str, ...], tolerant: bool) -> re.Pattern[str]:
    """The words of ``phrase`` next to each other (any punctuation between), each word in any
    of its :func:`forms` when ``tolerant``."""
    parts = []
    for word in phrase:
        options = forms(word) if tolerant else (word,)
        alternatives = sorted(options, key=len, reverse=True)
        parts.append("(?:" + "|".join(re.escape(w) for w in alternatives) + ")")
    inner = r"[\W_]+".join(parts)
    return re.compile(r"(?<![^\W_])" + inner + r"(?![^\W_])", re.IGNORECASE)
