"""Agenda items of a deal's conditions: the approvals it still needs.

"The merger is subject to approval by shareholders of both companies", "the act is awaiting
parliamentary ratification", "the deal, which requires regulatory approval, ...", "it will
still have to be approved by the boards": who must still approve a deal is on its agenda -- the
step that can still sink it.  No topic word names it and no side commits to it, so neither
the issue lexicon nor the commitments find it.  One such item per thread (the first said), open
unless the sentence says the approval was won (agreed) or refused (contested).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.negotiations.labels import (
    MAX_LABEL,
    ends_cut,
    issue_label,
    phrase_at,
    phrase_label,
)

# the strings every pattern below needs: a sentence with none of them has no condition
_STEMS = ("approv", "ratif", "consent", "clearance", "Approv", "Ratif", "Consent", "Clearance")
_NOUN = r"(approvals?|ratification|consent|clearance)"
# "subject to (shareholder) approval (by X)", "awaiting parliamentary ratification", "needs
# government and board approval", "win regulatory approvals"
_NEEDS = re.compile(
    r"\b(?:subject\s+to|conditional\s+(?:up)?on|pending|awaiting|awaits?|requires?|required|"
    r"requiring|needs?|needing|needed|wins?|won|winning|seeks?|seeking|sought|obtain(?:s|ed|"
    r"ing)?|receiv(?:e|es|ed|ing)|gets?|got|granted)\s+"
    r"(?:(?:the|an?|final|formal|further|necessary|all)\s+)*"
    r"((?:[\w'’.-]+\s+){0,6}?)" + _NOUN + r"\b", re.IGNORECASE)
# "(will still have) to be approved by X", "must be ratified by X"
_PASSIVE = re.compile(r"\b(?:to|must|should|will|would)\s+(?:still\s+|first\s+|also\s+)?be\s+"
                      r"(approved|ratified|cleared)\s+by\s+", re.IGNORECASE)
# "approval would also be necessary from X"
_NECESSARY = re.compile(_NOUN + r"\s+(?:would|will|is|was|are|were)\s+(?:also\s+|still\s+)?"
                        r"(?:be\s+)?(?:necessary|needed|required)\s+(?:from|by)\s+",
                        re.IGNORECASE)
# words that are no modifier of the approval noun: a verb phrase or an owner before it
_NOT_MODIFIER = re.compile(r"\b(?:to|of|their|its|his|her|our|your|my|give\w*|gave|seek\w*)\b",
                           re.IGNORECASE)
# a list goes on after the phrase: ", B and C"
_LISTED = re.compile(r"\s*,[^.;:,]*\band\s+[^.;:,]+")
# "consent for the bid is required (under ...)": the approval named with what it is for
_REQUIRED = re.compile(r"\b(?P<np>" + _NOUN + r"(?:\s+(?:for|of)\s+(?:the|this|that|its|any)\s+"
                       r"[\w-]+)?)\s+(?:is|was|are|were|would\s+be|will\s+be)\s+(?:also\s+|"
                       r"still\s+)?(?:required|needed|necessary)\b(?!\s+(?:from|by)\b)",
                       re.IGNORECASE)
_WON = re.compile(r"\b(?:won|wins|received|obtained|got|granted|gave|given)\b", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:reject\w*|refus\w*|block\w*|denied|den(?:y|ies)|veto\w*|"
                      r"withh[eo]ld\w*)\b", re.IGNORECASE)
_NOUN_OF = {"approved": "Approval", "ratified": "Ratification", "cleared": "Clearance"}


def may_hold(sentence: str) -> bool:
    """Whether a sentence may state a condition (a cheap test first)."""
    return any(stem in sentence for stem in _STEMS)


def condition(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The label and status of the approval the sentence ``text[start:end]`` says a deal
    needs, or None."""
    m = _NEEDS.search(text, start, end)
    if m is not None:
        # "need to give their approval", "execution of the agreement and approval": the
        # words before the noun are no modifier of it; the label starts at the noun
        at = m.start(1) if m.group(1) and _NOT_MODIFIER.search(m.group(1)) is None \
            else m.start(2)
        label = issue_label(text, at, m.end(2), end, "other")
        status = "agreed" if _WON.search(text, m.start(), m.start() + 12) else "open"
    elif (r := _REQUIRED.search(text, start, end)) is not None:
        label = phrase_label(r.group("np").split())
        status = "open"
    else:
        p = _PASSIVE.search(text, start, end) or _NECESSARY.search(text, start, end)
        if p is None:
            return None
        noun = _NOUN_OF.get(p.group(1).lower(), p.group(1).capitalize())
        who = phrase_at(text, p.end(), p.end() + 1, end)
        listed = _LISTED.match(text, text.find(who[-1], p.end()) + len(who[-1]), end) \
            if who else None
        if listed is not None:  # "from the A, B and C boards": the whole list of approvers
            who = text[p.end():listed.end()].split()
        label = phrase_label([noun, "by", *who])
        status = "open"
    if _REFUSED.search(text, start, end):
        status = "contested"
    words = label.split()
    if len(words) < 2 or len(label) > MAX_LABEL or ends_cut(label) or (
            words[-1].endswith("ing") and words[-1].islower()):  # "by countries accounting"
        return None
    return label, status


def first_condition(text: str, spans: Iterable[tuple[int, int, str]]
                    ) -> tuple[str, str, int, int] | None:
    """The first condition among sentences given as (start, end, text)."""
    for s, e, sentence in spans:
        if may_hold(sentence):
            got = condition(text, s, e)
            if got is not None:
                return got[0], got[1], s, e
    return None
