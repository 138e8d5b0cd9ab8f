"""Quotes across a corpus, by speaker: everything one person said, with dates and documents.

A quote's speaker is an actor id local to its document; across documents the same person has
the same id when the knowledge base or the name gives it one (``john_kerry``), and a query
``@kerry`` matches the speaker's id, name and aliases, so "Kerry" and "John Kerry" are one
speaker.  A quote the extractor left unattributed after a label line (``- Jane Doe: “…”``,
a bullet or a transcript-style label naming a person) is that person's.  ``reported`` marks
reported speech ("Lavrov said no one could have predicted …",
see :mod:`briefing.answers.reported`), kept apart from quotations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.answers.reported import reported_speech
from briefing.search.text import keys


@dataclass(frozen=True, slots=True)
class CorpusQuote:
    speaker: str | None
    speaker_name: str
    text: str
    date: str | None
    path: str
    start: int
    end: int
    reported: bool
    names: tuple[str, ...] = ()  # the speaker's names and aliases in that document
    title: str = ""  # the document's title

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_name": self.speaker_name, "text": self.text,
                "date": self.date, "path": self.path, "start": self.start, "end": self.end,
                "reported": self.reported, "title": self.title}


def collect_quotes(briefings: Iterable[Any]) -> list[CorpusQuote]:
    """Every quote of every document, newest document first, in text order within one."""
    out: list[CorpusQuote] = []
    for briefing in briefings:
        out.extend(document_quotes(briefing))
    return sort_quotes(out)


def sort_quotes(quotes: list[CorpusQuote]) -> list[CorpusQuote]:
    """Newest first; within a date by document and place in it (sorted in place)."""
    quotes.sort(key=lambda q: (q.path, q.start))
    quotes.sort(key=lambda q: q.date or "", reverse=True)
    return quotes


def document_quotes(briefing: Any) -> list[CorpusQuote]:
    """One document's quotes and reported speech, in the order found (also what
    :mod:`briefing.answers.digest` keeps per document)."""
    out: list[CorpusQuote] = []
    document = briefing.document
    actors = {a.id: a for a in briefing.actors}
    for quote in briefing.quotes:
        speaker = quote.speaker or _label_speaker(briefing, quote.start)
        actor = actors.get(speaker) if speaker else None
        name = actor.name if actor is not None else (speaker or "unattributed")
        names = ((actor.name, *actor.aliases, *(actor.former_names or ()))
                 if actor is not None else ())
        out.append(CorpusQuote(
            speaker=speaker, speaker_name=name, text=quote.text,
            date=quote.date or document.published, path=document.path,
            start=quote.start, end=quote.end,
            reported=False,
            names=tuple(dict.fromkeys(n for n in names if n)),
            title=document.display_title))
    for speaker, start, end in reported_speech(briefing):
        actor = actors[speaker]
        out.append(CorpusQuote(
            speaker=speaker, speaker_name=actor.name, text=document.text[start:end],
            date=document.published, path=document.path, start=start, end=end,
            reported=True,
            names=tuple(dict.fromkeys((actor.name, *actor.aliases))),
            title=document.display_title))
    return out


_LABEL = re.compile(r"[ \t]*(?:[-•*–—][ \t]*)?([^:\n\"“”]{2,80}):[ \t]*[\"“]?[ \t]*$")


def _label_speaker(briefing: Any, start: int) -> str | None:
    """The person a bullet or label line names before the quote: ``- Jane Doe: “…”``."""
    text = briefing.document.text
    line = text.rfind("\n", 0, start) + 1
    found = _LABEL.fullmatch(text, line, start)
    if found is None:
        return None
    lo, hi = found.span(1)
    for actor in briefing.actors:
        if actor.kind == "person" and any(lo <= m.start and m.end <= hi for m in actor.mentions):
            return str(actor.id)
    return None


def speakers(quotes: Iterable[CorpusQuote]) -> dict[str, tuple[str, int]]:
    """Speaker id -> (name, number of quotes), for a list of people to choose from."""
    found: dict[str, tuple[str, int]] = {}
    for quote in quotes:
        if quote.speaker:
            name, n = found.get(quote.speaker, (quote.speaker_name, 0))
            found[quote.speaker] = (name, n + 1)
    return found


def filter_quotes(quotes: Iterable[CorpusQuote], query: str) -> list[CorpusQuote]:
    """``@name`` (or ``@=id``) keeps one speaker's quotes; the other words must start words of
    the quote's text.

    A name matches when each of its words starts a word of the speaker's id, name or one of
    its aliases ("@kerry"; "@john_kerry" for two words)."""
    words: list[str] = []
    speaker: list[str] = []
    exact: str | None = None
    for part in (query or "").split():
        if part.startswith("@="):
            exact = part[2:]
        elif part.startswith("@"):
            speaker.extend(keys(part[1:]))
        else:
            words.extend(keys(part))
    out = []
    for quote in quotes:
        if exact is not None and quote.speaker != exact:
            continue
        if speaker and not _names_match(quote, speaker):
            continue
        if words:
            have = set(keys(quote.text))
            if not all(any(h.startswith(w) for h in have) for w in words):
                continue
        out.append(quote)
    return out


def _names_match(quote: CorpusQuote, wanted: list[str]) -> bool:
    if not quote.speaker:
        return False
    for name in (quote.speaker.replace("_", " "), *quote.names):
        have = keys(name)
        if all(any(h.startswith(w) for h in have) for w in wanted):
            return True
    return False
