"""Reported speech: "Lavrov said no one could have predicted the outcome" as a quote of Lavrov.

The extractor collects quotations (text in quotation marks).  What a person is reported to have
said without quotation marks is collected here, by two general shapes of one sentence:

* ``NAME [, apposition,] said|says|told … [on DAY] [that] CLAUSE.``: the clause;
* ``CLAUSE, NAME said.``: the clause.

``NAME`` is a name mention of a person actor (the extractor's), so "the official said" or "he
said" are not taken (no name).  A sentence holding quotation marks is left to the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_VERB = (r"(?:said|says|added|adds|stated|states|warned|warns|argued|argues|"
         r"insisted|insists|noted|notes|stressed|stresses|declared|declares)")
_TOLD = r"(?:told|tells)\s+(?:reporters|journalists|lawmakers|the \w+|an? \w+|\w+)"
_AFTER = re.compile(
    r"(?:'s?)?(?:,[^,.;\"“”]{1,100},)?\s+(?:" + _VERB + "|" + _TOLD + ")"
    r"(?:\s+(?:on|late on|early on)\s+\w+day|\s+\w+day)?(?:\s+that)?\s+(?=\S)")
_BEFORE_END = re.compile(r"^\s+" + _VERB + r"(?:\s+(?:on\s+)?\w+day)?\s*[.!]?\s*$")
_QUOTES = re.compile("[\"“”]")
MIN_WORDS = 4  # a reported clause shorter than this says too little to list


def reported_speech(briefing: Any) -> Iterator[tuple[str, int, int]]:
    """``(speaker id, start, end)`` of each reported clause in ``briefing``'s document."""
    document = briefing.document
    text = document.text
    sentences = [(s.start, s.end) for s in document.sentences]
    if not sentences:
        return
    names: list[tuple[int, int, str]] = sorted(
        (m.start, m.end, actor.id) for actor in briefing.actors if actor.kind == "person"
        for m in actor.mentions)
    taken = [(q.start, q.end) for q in briefing.quotes]
    done: set[int] = set()
    k = 0
    for start, end in sentences:
        while k < len(names) and names[k][0] < start:
            k += 1
        j = k
        sentence = text[start:end]
        if _QUOTES.search(sentence) or start in done:
            continue
        while j < len(names) and names[j][1] <= end:
            m_start, m_end, speaker = names[j]
            j += 1
            after = _AFTER.match(text, m_end, end)
            if after and m_start - start <= 60:  # the name opens the sentence (or nearly)
                clause_end = end
                while clause_end > after.end() and text[clause_end - 1] in " .!\n":
                    clause_end -= 1
                span = (after.end(), clause_end)
            elif _BEFORE_END.match(text[m_end:end]) and text[start:m_start].rstrip().endswith(","):
                span = (start, start + len(text[start:m_start].rstrip()) - 1)
            else:
                continue
            if len(text[span[0]:span[1]].split()) < MIN_WORDS:
                continue
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            done.add(start)
            yield speaker, span[0], span[1]
            break
