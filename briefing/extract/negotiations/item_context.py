"""What the words around an agenda item say of it (read by :mod:`agenda` for each item a
sentence names): a side rejecting a deal before it, a penalty lifted rather than imposed, the
deal the talks seek or what the talks aim at, a truce said to be in force; and whether a match
counts as an item in its sentence at all (a topic in a sentence about talks; a deal's terms
in the thread's other sentences too).
"""

from __future__ import annotations

import re

from briefing.extract.gate import gated
from briefing.extract.negotiations import issue_lexicon as ilex
from briefing.extract.negotiations.units import Unit

# a side turning down a deal, before the deal's terms in the sentence
# (gated: its verbs are rare, and the case-insensitive search tried every position before a cue)
REJECTED_DEAL = gated(re.compile(
    r"\b(?:rejected|refused|turned\s+down|voted\s+down|voted\s+against)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal|"
    r"contract|offer|pact|accord|proposal|settlement|package)s?\b", re.IGNORECASE))


# lifting a penalty, not imposing it ("agreed to lift the retaliatory tariffs")
LIFTED = re.compile(r"\b(?:lift\w*|remov\w*|drop\w*|suspend\w*|scrap\w*|withdr\w*|eas(?:e|ed|es|"
                     r"ing)|cancel\w*|rescind\w*|end(?:s|ed|ing)?)\b", re.IGNORECASE)


# a deal noun right after the item's words ("a ceasefire deal", "an arms control agreement")
# or right before them ("the agreement for a ceasefire and release of hostages")
# ... also one of two items of the deal ("a hostage release and ceasefire deal", "a hostage
# deal and a ceasefire")
_DEAL_AFTER = re.compile(r"(?:[\w-]+\s+){0,2}?(?:(?:and|or)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)?"
                         r"(?:deal|agreement|accord|pact|treaty)s?\b", re.IGNORECASE)
_DEAL_BEFORE = re.compile(r"\b(?:deal|agreement|accord|pact|treaty)\s+(?:(?:for|on|over)\s+"
                          r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}|and\s+(?:an?\s+|the\s+)?)$",
                          re.IGNORECASE)
# what talks themselves settle: securing or reaching it is their agenda
_NEGOTIATED = frozenset({"hostage_release", "prisoner_exchange", "ceasefire"})
_TO_SECURE = re.compile(r"\b(?:secur(?:e|es|ed|ing)|reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|"
                        r"negotiat(?:e|es|ed|ing)|broker(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?"
                        r"(?:(?:release|return|freeing|exchange)\s+of\s+(?:the\s+|all\s+)?)?"
                        r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# the talks themselves are what aims: "talks aimed at averting a strike", "talks with the
# banks aimed at ...", "talks to restore quotas" (an infinitive of purpose right after them)
_TALKS_AIMED = re.compile(r"\b(?:talks|negotiations|discussions)\s+(?:"
                          r"(?:with\s+(?:the\s+)?\w+\s+(?:\w+\s+)?)?(?:(?:were|are|is)\s+)?"
                          r"(?:aimed|aiming|designed|intended)\s+(?:at|to)\b|"
                          r"to\s+(?!be\b|the\b|an?\b)[a-z]+\b)", re.IGNORECASE)


# a truce said to be in force is agreed, whatever the talks around it: "a year of a truce",
# "fighting has ceased under a UN-mediated truce", "the cooperation that led to a truce", "the
# truce that began in March", "now entering its fifteenth week" (not "under a ceasefire
# proposal", "a truce that would begin")
_IN_FORCE_BEFORE = re.compile(r"(?:\b(?:days?|weeks?|months?|years?)\s+of|\bunder|\bled\s+to)\s+"
                              r"(?:an?\s+|the\s+|this\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_IN_FORCE_AFTER = re.compile(r"[^.;]{0,40}?\b(?:(?:that|which)\s+began|took\s+effect|came\s+"
                             r"into\s+(?:force|effect)|went\s+into\s+effect|now\s+(?:entering|"
                             r"going\s+on|in)\s+its)\b", re.IGNORECASE)
_NOT_IN_FORCE = re.compile(r"\s+(?:proposals?|plans?|deals?|agreements?|offers?|talks|"
                           r"negotiations|framework|terms)\b", re.IGNORECASE)


def in_force(text: str, s: int, e: int, u: Unit) -> bool:
    """Whether the truce named at ``s``-``e`` is said to be in force."""
    if _NOT_IN_FORCE.match(text, e):
        return False
    return _IN_FORCE_BEFORE.search(text, max(u.start, s - 40), s) is not None \
        or _IN_FORCE_AFTER.match(text, e, u.end) is not None


def sought_in_talks(text: str, s: int, e: int, u: Unit, key: str = "") -> bool:
    """Whether the item at ``s``-``e`` is named as the deal the talks seek, or as what the
    talks themselves aim at: then a purpose cue makes it the talks' agenda (open)."""
    if text[e:e + 1] in (" ", "-") and _DEAL_AFTER.match(text, e + 1, min(u.end, e + 30)):
        return True
    if _DEAL_BEFORE.search(text, max(u.start, s - 50), s) is not None:
        return True
    if _TALKS_AIMED.search(text, u.start, s) is not None:
        return True
    # "efforts to secure the release of hostages", "to reach a ceasefire": the release or the
    # truce the talks negotiate
    return key in _NEGOTIATED and _TO_SECURE.search(text, max(u.start, s - 50), s) is not None


def counts_as_item(key: str, talks: bool, negotiation: bool, terms_anywhere: bool,
                   said: str = "") -> bool:
    """Whether a match keyed ``key`` (its words: ``said``) is an item in its sentence: any
    topic in a sentence about talks (``talks``: negotiation words or issue context); the terms
    of a deal also in the thread's other sentences (``terms_anywhere``), but in a transcript
    only in one with negotiation words (``negotiation``)."""
    if key not in ilex.TERM_KEYS:
        return talks
    when = ilex.TERM_WHEN.get(key)
    if when is not None and not talks and when.search(said) is None:
        return False
    return terms_anywhere or negotiation
