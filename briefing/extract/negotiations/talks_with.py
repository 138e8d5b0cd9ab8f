"""Where a sentence names talks or a deal *with* a counterpart.

"the bank is also in talks with Bolt", "discussions with Sylvania about ...", "Acme is
negotiating with Bolt", "an agreement with Sylvania", "a trade deal with Latveria": the words
before each " with " are read (not every position of the sentence), and "deal" only as a noun
("when they deal with" is the verb).  :mod:`.threads` reads the counterpart named after it.
"""

from __future__ import annotations

import re

_TALKS_BEFORE = re.compile(
    r"\b(?:talks|negotiations|discussions|negotiat(?:e|es|ed|ing)|agreements?|accords?|pacts?|"
    r"(?<!\bto\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bwill\s)(?<!\bcan\s)deals?)$", re.IGNORECASE)


def talks_with(text: str) -> tuple[int, int, str] | None:
    """Where the first "talks with" (or its kin above) of ``text`` starts, where the counterpart
    after "with" (and "the") may start, and its first word lowered (the words before each
    " with " are tried, not every position of the sentence)."""
    if "with" not in text:
        return None
    lower = text.lower()
    i = lower.find(" with ")
    while i >= 0:
        m = _TALKS_BEFORE.search(text, max(0, i - 20), i)
        if m is not None:
            end = i + 6 + (4 if lower.startswith("the ", i + 6) else 0)
            return m.start(), end, m.group(0).lower()
        i = lower.find(" with ", i + 6)
    return None


# the words (singular) that name a deal rather than talks: a thread's label takes its noun
DEAL_WORDS = frozenset({"agreement", "accord", "pact", "deal"})
