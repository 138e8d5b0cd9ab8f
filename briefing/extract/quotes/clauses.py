"""Quotations whose speaker the clause holding them names before the marks, read before any
attribution after them: someone's word asked about ('what he meant by "missiles"') and a
relative clause of speech ('Mr Roe, who said the plan was "a disgrace", called for …': the
quoted words are the antecedent's, whatever verb the main clause goes on with)."""

from __future__ import annotations

import re

from briefing.extract.quotes.resolve import Speakers
from briefing.model import Actor

# 'what he meant by "missiles,"', 'what you mean by "unusual schedule"': someone's own word,
# quoted to ask what it means (his, or -- "you", "I" -- a partner's in the conversation, whom
# no attribution names)
MEANT_BY = re.compile(r"\b(?P<who>[\w’'-]+)\s+(?:mean|means|meant)\s+by\s+(?:(?:on|in|the|a|an|"
                      r"his|her|their|its|that|this)\s+){0,2}$", re.IGNORECASE)
_CONVERSATION = frozenset({"i", "we", "you", "they", "it"})
# ', who said the plan was "…"', ', who says he is "…"', ', who told reporters: "…"': a
# relative clause of speech running to the marks with no clause break of its own
RELATIVE_SPEECH = re.compile(
    r",[ \t]+who[ \t]+(?:(?:has|had|have)[ \t]+)?(?:said|says|told|tells|added|adds|warned|"
    r"warns|argued|argues|insisted|insists|claimed|claims|stated|described|describes)\b"
    r"[^,;:.!?\"“”]{0,120}?[,:]?[ \t]*$")
# between the antecedent and the relative pronoun: nothing, or a bracketed aside
# ('Jo Roe (Labour, Leeds), who said')
_ANTECEDENT_GAP = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?")


def meant_by(speakers: Speakers, text: str, s_start: int, open_at: int
             ) -> tuple[bool, Actor | None]:
    """(found, speaker) of a word quoted to ask what its speaker meant by it."""
    meant = MEANT_BY.search(text, max(s_start, open_at - 80), open_at)
    if meant is None:
        return False, None
    if meant["who"].lower() in _CONVERSATION:
        return True, None
    return True, speakers.in_region(meant.start("who"), meant.end("who"), subject_first=True)


def relative_speaker(speakers: Speakers, text: str, s_start: int, open_at: int
                     ) -> Actor | None:
    """The antecedent of a relative clause of speech that runs to the marks: the actor named
    right before ", who said …" (None when the words before the comma name no actor)."""
    rel = RELATIVE_SPEECH.search(text, max(s_start, open_at - 200), open_at)
    if rel is None:
        return None
    before = [h for h in speakers.index.within(s_start, rel.start()) if h.end <= rel.start()]
    if not before:
        return None
    last = max(before, key=lambda h: h.end)
    if _ANTECEDENT_GAP.fullmatch(text, last.end, rel.start()) is None:
        return None
    return last.actor
