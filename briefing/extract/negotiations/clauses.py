"""Clause-level checks of a status cue: what takes effect, and the modality of its clause.

A cue's sentence is not always its clause: "officials held out little hope of an accord before
the tariffs are to take effect" has a tariff, not a deal, taking effect; "he warned that a
breakdown of the process could be harmful" reports a possibility, not a breakdown.  These read
the clause around a cue (:mod:`.units` asks them for every cue it scores).
"""

from __future__ import annotations

import re

from briefing.extract.negotiations.status_cues import DEAL_NOUNS

# What takes effect or enters into force must be a deal ("the truce took effect"), not a
# tariff, a law or a price rise ("the tariffs are to take effect", "securities laws that take
# effect June 30"): the subject is read from the clause before the verb (a parenthesis between
# dashes or brackets left out, a relative "which" after a comma kept with its antecedent).
IN_FORCE_CUE = re.compile(r"(?:effect|force)$", re.IGNORECASE)
_ASIDE = re.compile(r"\s[-–—]\s[^-–—]*\s[-–—]\s|\([^()]*\)|,\s(?!which\b|that\b)[^,]{1,40},")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s|,\s+(?!which\b|that\b)|\b(?:before|after|until|"
                           r"when|once|while|because|but|if|(?:said|says|say|added|stated)"
                           r"(?:\s+that)?)\s", re.IGNORECASE)
_DEAL_SUBJECT = re.compile(rf"\b(?:{DEAL_NOUNS})s?\b|^\s*(?:it|this|which)\b", re.IGNORECASE)


def deal_subject(before: str) -> bool:
    """Whether the clause ending at ``before`` (the words before "take effect", "in force")
    has a deal as its subject."""
    before = _ASIDE.sub(" ", before)
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    return _DEAL_SUBJECT.search(clause) is not None


# A cue in a clause whose verb is "would", "could", "might" or "may" is a possibility, not a
# fact ("a breakdown of the process could be harmful", "any merger would have to be approved",
# "would work to ensure the full implementation of the agreement"); the near-agreement cues
# that are such possibilities ("could sign a deal") keep their weight.
# ("may" in lower case only: "May 1" is a date)
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may)\b")
_CLAUSE_EDGE = re.compile(r"[;:]|,\s|\s[-–—]\s|\b(?:but|and|because|while|although|though|"
                          r"after|before|when|since|said|says)\b", re.IGNORECASE)


def modal_clause(text: str, s: int, e: int) -> bool:
    """Whether the clause of ``text`` holding ``s``-``e`` has a possibility modal."""
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, s)), default=0)
    nxt = _CLAUSE_EDGE.search(text, e)
    hi = nxt.start() if nxt else len(text)
    return _MODAL.search(text, lo, hi) is not None
