"""Tokens for searching: what counts as a word, and the key it is indexed under.

A token is a run of letters and digits (``[^\\W_]+``), found on the original text so that its
offsets are offsets into the document.  Its *key* is lowercased and stripped of accents
("Çavuşoğlu" and "cavusoglu" share a key); only the key changes length, never the text, so
highlight spans stay exact.  Apostrophes and hyphens split words ("al-Sham" is "al" + "sham").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

TOKEN = re.compile(r"[^\W_]+")
MAX_KEY = 40  # longer "words" (URLs, hashes) are indexed truncated; they are never typo-matched


def fold(word: str) -> str:
    """The index key of one token: lowercase, accents removed (ASCII fast path)."""
    low = word.lower()
    if low.isascii():
        return low[:MAX_KEY]
    decomposed = unicodedata.normalize("NFKD", low)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return (stripped or low)[:MAX_KEY]


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        char = chr(cp)
        base = fold(char)
        if len(base) == 1 and base != char:
            table[cp] = base
    return table


FOLD_TABLE = _fold_table()
_ACCENTED = re.compile("[\u00c0-\u024f]")


def folded(text: str) -> str:
    """``text`` with accented Latin letters replaced by their base letter, lowercased where
    that keeps the length: the same length as ``text``, so offsets carry over."""
    if text.isascii() or not _ACCENTED.search(text):
        return text  # curly quotes and dashes alone need no folding
    out = text.translate(FOLD_TABLE)
    lower = out.lower()
    return lower if len(lower) == len(out) else out


def keys(text: str) -> list[str]:
    """The keys of every token of ``text``, in order (the fast path for building)."""
    if text.isascii():
        return [w[:MAX_KEY] for w in TOKEN.findall(text.lower())]
    return [w[:MAX_KEY] if w.isascii() else fold(w) for w in TOKEN.findall(folded(text).lower())]


def tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """``(key, start, end)`` for each token of ``text`` (offsets into ``text``)."""
    for match in TOKEN.finditer(text):
        yield fold(match.group()), match.start(), match.end()
