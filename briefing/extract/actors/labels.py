"""A transcript's speaker labels are layout, not name mentions.

"MR. KIRBY:" or "THE PRESIDENT:" at the head of a turn tells who speaks; the text does not name
the actor there, the transcript's form does (the reader shows labels in bold, a search hit
names its turn's speaker).  So an actor's name mentions leave out the words of a turn's label
in capitals: they move to the actor's ``references`` with the role ``speaker_label`` (the
parties panel and the quote finder still know the actor speaks there).  An interview written
as "Shimon Peres: ..." names its speakers in the text: those labels stay mentions.  This runs last, on the finished actors, so
salience, quotes and tiers have seen the labels as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from briefing.model import Actor, Mention, Turn

SPEAKER_LABEL = "speaker_label"


def label_mentions_to_references(actors: tuple[Actor, ...], turns: Iterable[Turn],
                                 text: str = "") -> tuple[Actor, ...]:
    """``actors`` with every name mention inside a turn's capitals label moved to its
    references."""

    def _layout(span: tuple[int, int]) -> bool:
        label = text[span[0]:span[1]]
        return not text or label.upper() == label  # "MR. KIRBY", not "Shimon Peres"
    spans = sorted(t.label_span for t in turns if t.label_span and _layout(t.label_span))
    if not spans:
        return actors
    starts = [lo for lo, _hi in spans]

    def in_label(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.start) - 1
        return k >= 0 and m.end <= spans[k][1]

    out: list[Actor] = []
    for a in actors:
        moved = [m for m in a.mentions if in_label(m)]
        if not moved:
            out.append(a)
            continue
        kept = tuple(m for m in a.mentions if not in_label(m))
        labels = tuple(replace(m, role=SPEAKER_LABEL) for m in moved)
        refs = tuple(sorted((*a.references, *labels), key=lambda m: (m.start, m.end)))
        out.append(replace(a, mentions=kept, references=refs))
    return tuple(out)
