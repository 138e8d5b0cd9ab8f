"""Alternations of literal words compiled as a trie, for patterns scanned over whole texts.

Python's regex engine tries every alternative of ``(?:today|Today|tomorrow|…)`` at each
position whose character could start one; the same words nested by shared prefix
(``(?:t(?:o(?:day|morrow)))|…``) are tried about once per position.  The matches are the
same: the engine takes the first alternative, in order, that matches, and the trie keeps
that order among words sharing a prefix (two words with different next letters never match at
the same position).  A word that follows a prefix of itself ("week|weekend") can never be
chosen while nothing follows the alternation, so it is dropped.
"""

from __future__ import annotations

import re


def _trie(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for word in words:
        tails = groups.setdefault(word[:1], [])
        if "" not in tails:  # after the shorter word, a longer one is never taken
            tails.append(word[1:])
    out: list[str] = []
    for first, tails in groups.items():
        head = re.escape(first)
        if tails == [""]:
            out.append(head)
        elif len(tails) == 1:
            out.append(head + re.escape(tails[0]))
        elif tails[-1] == "":
            out.append(f"{head}(?:{_trie(tails[:-1])})?")
        else:
            out.append(f"{head}(?:{_trie(tails)})")
    return "|".join(out)


def literal_alternation(words: list[str]) -> re.Pattern[str]:
    """A pattern that finds what ``(?:w1|w2|…)`` finds, with nothing after it, only faster."""
    if not words or "" in words:
        raise ValueError("literal_alternation needs non-empty words")
    return re.compile(f"(?:{_trie(words)})")
