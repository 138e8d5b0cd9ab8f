"""Names as the knowledge base matches them: token sequences, surface-form types, dates.

Tokens (:func:`tokenize`) are runs of word characters or single punctuation marks, so
"U.S." is ``u . s .`` and "al-Assad" is ``al - assad``; matching works on these sequences, which
gives word boundaries for free and keeps a possessive "'s" outside a name.
"""

from __future__ import annotations

import re

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "’": "'", "‘": "'", "`": "'"})
_DATE_RE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
# Surface-form types in the gazetteer.
NAME, ABBREV, DEMONYM, DEMONYM_PL, CAPITAL, SHORT, SURNAME, FORMER, EXCLUDE = (
    "name", "abbrev", "demonym", "demonym_plural", "capital", "short", "surname", "former",
    "exclude")
# A gazetteer entry: (actor id, form type, exact case, the form, valid from, valid to).
Entry = tuple[str, str, bool, str, str | None, str | None]
# A dated mediation: (sides, mediators, from, to).
Mediation = tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]
STATE_KINDS = frozenset({"state"})
ORG_KINDS = frozenset({"igo", "organization", "armed_group", "government", "armed_forces",
                       "state_group", "other", "population"})


def norm_token(token: str) -> str:
    """A token as the gazetteer keys it: lower case, curly apostrophes and odd hyphens folded."""
    return token.lower().translate(_DASHES)


def tokenize(text: str) -> tuple[str, ...]:
    """The normalised token sequence of a name (see the module docstring)."""
    return tuple(norm_token(m.group(0)) for m in TOKEN_RE.finditer(text))


def strip_the(text: str) -> str:
    """The name without a leading "the "."""
    return text[4:] if text[:4].lower() == "the " else text


def date_ok(published: str | None, start: str | None, end: str | None) -> bool:
    """True when ``published`` falls in [start, end); unknown dates never exclude."""
    if not published:
        return True
    if start and published < start:
        return False
    return not (end and published >= end)


def is_acronym(name: str) -> bool:
    """An acronym or a short all-caps form ("US", "NATO"): matched with its exact case."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)
