"""Quotes whose sentence names no speaker: whose a line's label, an interview's bullet or a
heading makes them (:func:`line_speaker`), and what a quote no rule attributes is
(:func:`unattributed`: the last quote continued, a scare quote or a term, or words of no one
-- or of the turn's speaker when their own clause frames them).  Read by
:meth:`.finder._QuoteFinder.one`, after the attributions in and around the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract.quotes.actor_index import ActorIndex
from briefing.extract.quotes.coordinated import first_of_pair
from briefing.extract.quotes.headings import LABEL_WHO, heading_speaker
from briefing.extract.quotes.marks import Raw
from briefing.model import Actor, Quote

# "Wikinews: …", "MS. ROE: …": a paragraph opening with a speaker's label
SPEAKER_LABEL = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}:\s")
# "- On the ceasefire in Gaza: "…"": a bullet of an interview's highlights
BULLET_TOPIC = re.compile(r"\s*[-•*–]\s+On\b[^\n\"“”]{1,120}:\s*")
# "Rep. Jo Roe: “…”": a line opening with a name and a colon before the marks
# (a name with its titles: capitalised words and the small words of offices and names)
NAMED_LINE = re.compile(r"\s*(?:[-•*–]\s+)?" + LABEL_WHO.format(n=11) + r":\s*")
MAX_SCARE_WORDS = 4  # an unattributed quote this short is a scare quote or a term
# "we've been calling", "I will proceed": the speaker's "I" or "we" as a clause's subject
FIRST_PERSON_CLAUSE = re.compile(r"(?<![\w’'])(?:I|[Ww]e)(?:[’'](?:ve|ll|d|m|re))?\s+[a-z]")
CONTINUATION_GAP = 400  # characters between a quote and the previous one it continues


def line_speaker(text: str, index: ActorIndex, raw: Raw,
                 principal: Callable[[], Actor | None]) -> tuple[Actor | None, bool]:
    """Who the line of ``raw``'s marks, or the heading above them, gives the words to, and
    whether one does (``principal``: the document's principal, for an interview's bullets)."""
    line_start = text.rfind("\n", 0, raw.open_at) + 1
    if BULLET_TOPIC.fullmatch(text, line_start, raw.open_at):
        # '- On the ceasefire: "…"': the highlights of an interview are its principal's,
        # unless a heading above names whose they are (a round-up of several interviews)
        return heading_speaker(text, index, raw.open_at, raw.close_at) or principal(), True
    # 'Rep. Jo Roe: "…"', 'Prime Minister Ana Lopes: "…"': a line that names someone
    # and a colon, then the marks, gives that person's words (a statement's list of
    # what others are saying)
    label = NAMED_LINE.fullmatch(text, line_start, raw.open_at)
    if label is not None:
        hi = label.end("who")
        # the person the label names ("Secretary of Transportation Jo Roe"), before
        # any office or outlet in it
        hits = [h for h in index.within(line_start, hi) if h.end <= hi and not h.is_reference]
        people = [h for h in hits if h.actor.kind == "person"]
        # (an office alone names nobody: "Former Ambassador Jo Roe:" when Jo Roe is no
        # actor is not whoever else held such an office; "Jo Roe and Ari Melnik:" is
        # the first of the pair)
        speaker = first_of_pair(text, people).actor if people \
            else hits[0].actor if hits else None
        if speaker is not None:
            return speaker, True
    # a bullet under a heading that names someone ("Secretary Jo Roe on Morning
    # Report" / '- "…" (Watch)'): a round-up's list of that person's words
    heading = heading_speaker(text, index, raw.open_at, raw.close_at)
    return heading, heading is not None


def unattributed(text: str, raw: Raw, last: Quote | None, para_gap: int, s_start: int,
                 reported: bool, turn_voice: str | None, published: str | None
                 ) -> Quote | None:
    """The quote of ``raw`` when nothing attributes it: the ``last`` quote continued, None for
    a scare quote, a term or a title, else words of no one (``published``: their date) -- or
    of ``turn_voice``, the speaker of an answer turn, when their own clause frames them."""
    inner = text[raw.start:raw.end]
    words = inner.split()
    # a quote continues the last one in its paragraph or the next ("Continuing to
    # quote, "…""), not one after another speaker's label ("Editor: What about …")
    line_start = text.rfind("\n", 0, raw.open_at) + 1
    near = last is not None and raw.open_at - last.end <= CONTINUATION_GAP \
        and (para_gap == 0 or (para_gap == 1 and not SPEAKER_LABEL.match(
            text, line_start, raw.open_at) and not NAMED_LINE.fullmatch(
            text, line_start, raw.open_at)))
    if near and len(words) > MAX_SCARE_WORDS and last is not None and not reported:
        return Quote(raw.start, raw.end, inner, last.speaker, last.date, "continuation")
    if len(words) <= MAX_SCARE_WORDS or (len(words) <= 8 and all(
            w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)):
        return None  # a scare quote, a term or a title
    # (in an answer turn, a phrase the speaker's own clause frames, said by no one
    # else, is the speaker's: one they coin or stand by, "we've been calling these
    # talks "…"", "we proceed on the principle of "…""; not words the clause
    # introduces after a comma, "and sometimes I see, "…"": someone else's)
    voice = turn_voice if FIRST_PERSON_CLAUSE.search(
        text, s_start, raw.open_at) and not text[s_start:raw.open_at].rstrip().endswith(
            (",", ":", "—", "–", "-")) else None
    return Quote(raw.start, raw.end, inner, voice, published,
                 "direct" if voice is None else "mixed")
