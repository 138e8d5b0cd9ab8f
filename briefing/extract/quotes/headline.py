"""Quotes in a headline: ``North Korea puts military in 'quasi-state of war'``,
``President Trump on 60 Minutes: "Greatest Nine Months …"``.

Headlines quote with single marks as often as with double ones, and name no speaker: the words
are those of the body's quote that holds them, or of the person the headline names before its
colon.  With neither, the marks flag a claim the story reports, or a term: no quotation.
"""

from __future__ import annotations

import re

from briefing.extract.quotes.actor_index import ActorIndex
from briefing.model import Document, Quote

_PAIR = re.compile(r"(?<![\w’'])(?P<open>['‘\"“])(?P<q>[^'‘’\"“”\n]{2,160}?)['’\"”](?![\w’'])")
_WHO_COLON = re.compile(r"(?P<who>[^:\"“”]{3,80}?)(?:\s+on\s+[^:\"“”]{1,60})?:\s*['‘\"“]")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def headline_quotes(document: Document, body: tuple[Quote, ...] | list[Quote],
                    index: ActorIndex) -> list[Quote]:
    """The quotes of ``document``'s title, with the speaker of the body quote repeating them
    or the person the title names before its colon."""
    if document.title_span is None:
        return []
    lo, hi = document.title_span
    text = document.text
    out: list[Quote] = []
    for m in _PAIR.finditer(text, lo, hi):
        inner = m.group("q")
        if inner != inner.strip():
            continue
        words = _words(inner)
        speaker = next((q.speaker for q in body if words and words in _words(q.text)
                        and q.speaker), None)
        if speaker is None:
            who = _WHO_COLON.match(text, lo, m.start() + 1)
            if who is not None:
                named = [h.actor for h in index.within(lo, lo + who.end("who"))
                         if h.actor.kind == "person"]
                speaker = named[0].id if named else None
        if speaker is None:
            # nobody is found to have said it: the marks flag a claim the story reports
            # (BBC style: Euronext 'poised to make LSE bid'), or a term
            continue
        out.append(Quote(m.start("q"), m.end("q"), inner, speaker, document.published,
                         "mixed"))
    return out
