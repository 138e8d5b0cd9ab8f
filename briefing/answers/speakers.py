"""Everything said in a loaded corpus, by speaker, for the reader: its palette's "Quotes:
<name>" entries and the parties panel's list of one person's quotes.

Read from the answers digests (:mod:`briefing.answers.digest`): a warm corpus of 22,000
documents gives its quotes in about a second, without decoding the analyses (which took the
reader's screen 40 s and 600 MB when the palette first opened); documents without a digest are
decoded one at a time and their digests stored.  Quotations and reported speech both count, so
a person only reported ("Lavrov said …") is listed too.  Identical documents count once.

:meth:`CorpusQuotes.compute` blocks: the reader calls it in a thread.  Pure layer: no Textual.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from briefing.answers.quotes import CorpusQuote, sort_quotes

log = logging.getLogger("briefing.answers.speakers")


def corpus_quotes(briefings: Sequence[Any]) -> list[CorpusQuote]:
    """Every quote of ``briefings`` (identical documents once), newest first, through the
    user's digest store when caching is on."""
    from briefing.answers.dedupe import unique_briefings
    from briefing.answers.digest import loaded_digests

    kept, _twins = unique_briefings(briefings)
    return sort_quotes([q for d in loaded_digests(kept) for q in d.quotes])


def ranked_speakers(quotes: Sequence[CorpusQuote]) -> list[tuple[str, str]]:
    """``(speaker id, name)`` of everyone quoted, most quoted first (then by name)."""
    counts: dict[str, tuple[str, int]] = {}
    for quote in quotes:
        if quote.speaker and quote.speaker_name != "unattributed":
            name, n = counts.get(quote.speaker, (quote.speaker_name, 0))
            counts[quote.speaker] = (name, n + 1)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[1][0]))
    return [(speaker, name) for speaker, (name, _n) in ranked]


class CorpusQuotes:
    """The quotes of one corpus list, computed once per size of the list (it grows while a
    folder loads)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # one computation at a time
        # ((id of the list, its length), quotes, speakers): replaced whole, read without lock.
        self._state: tuple[tuple[int, int] | None, list[CorpusQuote],
                           list[tuple[str, str]]] = (None, [], [])

    def compute(self, briefings: Sequence[Any]) -> list[tuple[str, str]]:
        """The speakers of ``briefings`` (see :func:`ranked_speakers`), computed if needed;
        blocks (call it in a thread).  A failure gives what was known, never raises."""
        key = (id(briefings), len(briefings))
        with self._lock:
            known, _quotes, speakers = self._state
            if known == key:
                return speakers
            try:
                quotes = corpus_quotes(list(briefings))
            except Exception as exc:  # noqa: BLE001 - a palette entry is never worth a crash
                log.warning("could not list the corpus's quotes: %s", exc)
                return speakers
            speakers = ranked_speakers(quotes)
            self._state = (key, quotes, speakers)
            return speakers

    def of(self, briefings: Sequence[Any], speaker: str) -> list[CorpusQuote] | None:
        """``speaker``'s quotes, newest first, if computed for ``briefings`` as they are now
        (``None``: not computed); never waits."""
        known, quotes, _speakers = self._state
        if known != (id(briefings), len(briefings)):
            return None
        return [q for q in quotes if q.speaker == speaker]


def quotes_of(owner: object) -> CorpusQuotes:
    """The :class:`CorpusQuotes` kept on ``owner`` (the reader's screen), made on first use."""
    found = getattr(owner, "_briefing_corpus_quotes", None)
    if not isinstance(found, CorpusQuotes):
        found = CorpusQuotes()
        setattr(owner, "_briefing_corpus_quotes", found)  # noqa: B010 - any object of the UI
    return found
