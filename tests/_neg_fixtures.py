"""Shared helpers for the extraction tests: documents and hand-made actors from fixture text."""

from __future__ import annotations

import re

from briefing.corpus import document_from_text
from briefing.corpus.metadata import Metadata
from briefing.model import Actor, Document, Mention, Negotiation


def doc(text: str, published: str | None = "2020-06-14", title: str | None = None) -> Document:
    """A document from fixture text (2020-06-14 is a Sunday)."""
    document, _ = document_from_text("fixture.txt", text, meta=Metadata(title=title,
                                                                        published=published))
    return document


def dates_in(sentence: str, published: str | None) -> list[tuple[str, str | None]]:
    """The text and value of each date expression found in ``sentence``, the body of a
    document (under a title) published on ``published``."""
    from briefing.extract.time.timex import find_times

    return [(t.text, t.value) for t in find_times(doc("Title\n\n" + sentence, published))
            if t.kind == "date"]


def actor(text: str, actor_id: str, kind: str, names: list[str], affiliation: str | None = None,
          refs: list[str] = (), title: str | None = None) -> Actor:
    """An actor whose mentions are every whole-word occurrence of ``names`` in ``text``."""
    mentions = []
    for name in names:
        for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", text):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), m.group()))
    references = [Mention(m.start(), m.end(), m.group()) for r in refs
                  for m in re.finditer(re.escape(r), text)]
    return Actor(actor_id, names[0] if names else actor_id, kind, "party",
                 affiliation=affiliation, title=title,
                 mentions=tuple(sorted(mentions, key=lambda x: x.start)),
                 references=tuple(references))


def cue_labels(text: str) -> list[str]:
    """The status label of every match of every status cue in ``text``, as the tracker reads
    running text (case-insensitive), one per match."""
    from briefing.extract.negotiations import lexicon as lex

    return [label for label, _w, p in lex.STATUS_CUES
            for _m in re.finditer(p, text, re.IGNORECASE)]


def threads_with(text: str, names: dict[str, list[str]], kind: str,
                 published: str | None = "2020-06-14") -> tuple[Negotiation, ...]:
    """The threads the negotiation stage finds in ``text`` published on ``published``, with
    hand-made actors (``names``: each actor's id and names, all of ``kind``) and the text's
    time expressions."""
    from briefing.extract.negotiations.tracker import find_negotiations
    from briefing.extract.time.timex import find_times

    d = doc(text, published)
    actors = tuple(actor(text, aid, kind, n) for aid, n in names.items())
    return find_negotiations(d, actors, (), find_times(d))[0]


def primary_with(text: str, names: dict[str, list[str]], kind: str,
                 published: str | None = "2020-06-14") -> Negotiation | None:
    """The primary of :func:`threads_with`'s threads, ``None`` when none is."""
    return next((t for t in threads_with(text, names, kind, published) if t.primary), None)


def primary_thread(text: str, date: str | None = "2023-05-02") -> Negotiation:
    """The primary thread the whole analysis finds in ``text`` published on ``date``."""
    from briefing.extract import analyse

    return next(n for n in analyse(doc(text, date)).negotiations if n.primary)


def focus_items(text: str) -> list[tuple[str, str]]:
    """What ``text`` (one sentence) says talks focus on or a meeting is to discuss, with each
    item's status (``commitments.talks_focus``)."""
    from briefing.extract.negotiations import commitments

    return [(text[p.start:p.end], p.status) for p in commitments.talks_focus(text, 0, len(text))]
