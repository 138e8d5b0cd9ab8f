"""Who reports rather than acts: news organisations and journalists are never at the table.

A fact of news style: the outlet that carries a story ("German magazine Der Spiegel said"), its
correspondent ("BBC correspondent Jo Roe said the unions ...") and the commentators it quotes
(an analyst) tell what the sides do; quoting them makes nobody a side.  A news organisation is
known from the knowledge base (``sector: media``, and ``rating`` for a credit rating agency,
which rates what the sides do; state news agencies, which speak for their
state, carry none), from the document's source (the organisation that published it: the source
"BBC News" is the BBC's), or called a news or press agency by its name or the words after it
("the official Tanjug news agency"); a journalist or commentator from the title the text gives
them, or from their affiliation with a news organisation.  Every stage asks here.
"""

from __future__ import annotations

import re

from briefing.extract.occurrences import occurrences
from briefing.knowledge import KnowledgeBase
from briefing.model import Actor

# the last word of a title that makes its holder a reporter or commentator
_NOUN_WORDS = ("correspondent", "reporter", "journalist", "editor", "columnist", "commentator",
               "analyst", "presenter", "anchor", "anchorman", "anchorwoman", "author", "expert",
               "professor", "scholar", "researcher", "historian", "economist", "strategist",
               "consultant")
_NOUNS = r"(?:" + "|".join(_NOUN_WORDS) + r")s?"
_REPORTING_TITLE = re.compile(r"\b" + _NOUNS + r"$", re.IGNORECASE)
# a news agency, known or not ("the official Tanjug news agency said", "the Ruritanian Press
# Agency"): it carries what a government says, it sits at no table itself (a KB body that is part
# of a state, "the state news agency KCNA", stays that state's part)
_AGENCY_WORDS = r"(?:news|press)\s+agency\b"
_AGENCY = re.compile(r"\b" + _AGENCY_WORDS, re.IGNORECASE)
_AGENCY_AFTER = re.compile(r"\s+" + _AGENCY_WORDS, re.IGNORECASE)  # after a name mention
# "Jo Roe, a defense analyst and author, said", "Jo Roe, author of a book on the war,"
_APPOSED = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?" + _NOUNS + r"\b",
                      re.IGNORECASE)
# "said analyst Jo Roe", "oil analyst Jo Roe", "Analyst Jo Roe of Acme Securities said": the
# commentator's noun written before the name as a common word (lowercase, or capitalised as
# a sentence's first word), not a title the name finder took ("Professor Roe" may be an envoy's
# honorific)
_WORDS = frozenset(_NOUN_WORDS)
_SENTENCE_ENDS = ".!?\"“”"


def _noun_before(text: str, start: int) -> bool:
    """Whether a commentator's noun stands as a common word right before the name at
    ``start`` (see :data:`_WORDS`; read by hand, not by a pattern searched at every position)."""
    window = text[max(0, start - 30):start]
    head = window.rstrip()
    if len(head) == len(window) or not head:
        return False  # no space before the name
    word = head.rsplit(None, 1)[-1]
    low = word.lower()
    if low not in _WORDS or not word.isalpha():
        return False
    if word.islower():
        return True
    if not word[0].isupper() or not word[1:].islower() or low == "professor":
        return False
    # capitalised: only as a sentence's first word
    at = start - (len(window) - len(head)) - len(word)
    before = text[max(0, at - 5):at]
    if at == 0 or before.endswith("\n"):
        return True
    kept = before.rstrip()
    return len(kept) < len(before) and bool(kept) and kept[-1] in _SENTENCE_ENDS


def published_by(actor: Actor, source: str | None) -> bool:
    """Whether ``actor`` is the organisation that published the text: its name is in the
    document's ``source`` ("BBC" in "BBC News")."""
    low = (source or "").lower()
    return bool(low) and actor.kind == "organization" and len(actor.name) >= 2 and \
        _bounded_in(actor.name.lower(), low)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def _bounded_in(needle: str, hay: str) -> bool:
    """Whether ``re.search(r"\b" + re.escape(needle) + r"\b", hay)`` would find something,
    without compiling a pattern per name (every actor of every document asks: the patterns
    crowded the regex module's cache and were compiled again and again)."""
    opens, closes = _word_char(needle[0]), _word_char(needle[-1])
    for p in occurrences(hay, needle):
        q = p + len(needle)
        before = p > 0 and _word_char(hay[p - 1])
        after = q < len(hay) and _word_char(hay[q])
        if before != opens and after != closes:  # a word boundary at both ends
            return True
    return False


# sectors of bodies that tell or rate what the sides do: news organisations, and credit rating
# agencies ("S and P said the offer would impair the firm's earnings" seats nobody)
_REPORTING_SECTORS = frozenset({"media", "rating"})


def is_media(actor_id: str | None, kb: KnowledgeBase) -> bool:
    """Whether ``actor_id`` is a news organisation (or a rating agency) of the knowledge base."""
    ent = kb.get(actor_id) if actor_id else None
    return ent is not None and ent.get("sector") in _REPORTING_SECTORS


def reports(actor: Actor | None, kb: KnowledgeBase, text: str = "",
            source: str | None = None) -> bool:
    """Whether ``actor`` only reports: a news organisation (of the knowledge base, or the
    publisher named in the document's ``source``), or a person whose title is a reporter's or a
    commentator's (given as a title or, in ``text``, in apposition to a name mention), or who
    works for a news organisation."""
    if actor is None:
        return False
    if actor.kind == "person":
        return bool(actor.title and _REPORTING_TITLE.search(actor.title.strip())) \
            or is_media(actor.affiliation, kb) \
            or any(_APPOSED.match(text, m.end, m.end + 60)
                   or _noun_before(text, m.start) for m in actor.mentions)
    return actor.kind == "organization" and (is_media(actor.id, kb)
                                             or published_by(actor, source)
                                             or _news_agency(actor, text))


def _news_agency(actor: Actor, text: str) -> bool:
    """Whether an organisation that is no state's part is a news agency: so named ("Saudi
    Press Agency") or so described after a name mention ("the official Tanjug news agency")."""
    return not actor.part_of and (bool(_AGENCY.search(actor.name)) or any(
        _AGENCY_AFTER.match(text, m.end) for m in actor.mentions))
