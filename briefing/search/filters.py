"""Filters in the query language, and what the index keeps per document to apply them.

A query may carry, anywhere among its words or after an ``@actor`` name:

* ``role:mediator|side|party|mentioned``: the ``@actor`` of the query has that role in the
  document (mediator or side of one of its negotiation threads; ``party``/``mentioned``: its
  tier).  Without an ``@actor`` the filter has nothing to apply to and is ignored (said so);
* ``status:<status>``: one of the document's threads has that status (``near`` is enough for
  ``near_agreement``);
* ``after:YYYY[-MM[-DD]]``: published on or after the first day of that year, month or day;
  ``before:…``: published before it (``after:2025-02 before:2025-04`` is February and March);
* ``source:<text>`` (or ``source:"two words"``): the document's source, or its path, contains
  the text (case and accents ignored).

Each filter is decided on the document's *facets* (:func:`doc_facets`), computed from the
same ``Briefing`` that ``briefing extract`` prints, so a filter agrees with what ``extract``
reports.  Facets are plain tuples, so the index file stores them with ``marshal``.

Pure layer: no Textual.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from sys import intern
from typing import Any, TypeGuard

from briefing.search.text import folded

ROLES = ("mediator", "side", "party", "mentioned")
STATUSES = ("exploratory", "ongoing", "near_agreement", "agreed", "implementing", "stalled",
            "collapsed")
SORTS = ("relevance", "date")
DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"
# What each filter accepts, for the messages about a missing or wrong value.
ACCEPTED = {"role": "mediator, side, party or mentioned (of the @actor)",
            "status": ", ".join(STATUSES), "after": f"a date ({DATE_FORMS})",
            "before": f"a date ({DATE_FORMS})",
            "source": 'text of the source or path (source:reuters, source:"white house")',
            "sort": "relevance or date"}
# One letter per role in a facet's role string (short: 22,000 documents × their actors).
_ROLE_LETTER = {"mediator": "m", "side": "s", "party": "p", "mentioned": "n"}

_FILTER = re.compile(r'(?<!\S)(role|status|after|before|source|sort):(?:"([^"]*)"?|(\S*))',
                     re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")

# (published "YYYY[-MM[-DD]]" or "", source or "", thread statuses, {actor id: role letters},
#  sha256 or "")
Facets = tuple[str, str, tuple[str, ...], dict[str, str], str]
NO_FACETS: Facets = ("", "", (), {}, "")


def doc_facets(briefing: Any) -> Facets:
    """What the filters need to know about one analysed document (a ``Briefing``).

    Its strings are interned: the same actor ids, role letters, statuses, dates and sources
    recur in thousands of documents (24,940 roles of 3,911 ids in 604 White House documents),
    and ``marshal`` writes an interned string once and then refers to it, so the saved index's
    facets load as one string each rather than one a document (4.0 -> 1.4 KB a document)."""
    document = getattr(briefing, "document", briefing)
    roles: dict[str, str] = {}
    for actor in getattr(briefing, "actors", ()) or ():
        tier = getattr(actor, "tier", "")
        roles[actor.id] = ("p" if tier == "party" else "") + ("n" if tier == "mentioned" else "")
    statuses: list[str] = []
    for thread in getattr(briefing, "negotiations", ()) or ():
        if thread.status not in statuses:
            statuses.append(thread.status)
        for actor_id in thread.mediators:
            if "m" not in roles.get(actor_id, ""):
                roles[actor_id] = roles.get(actor_id, "") + "m"
        for actor_id in thread.parties:
            if "s" not in roles.get(actor_id, ""):
                roles[actor_id] = roles.get(actor_id, "") + "s"
    roles = {_shared(actor_id): _shared(letters) for actor_id, letters in roles.items()}
    return (_shared(getattr(document, "published", None) or ""),
            _shared(getattr(document, "source", None) or ""),
            tuple(_shared(status) for status in statuses), roles,
            getattr(document, "sha256", "") or "")


def _shared(value: str) -> str:
    """``value`` interned (a str subclass cannot be: kept as it is)."""
    return intern(value) if type(value) is str else value


def valid_facets(rows: Any, n_docs: int) -> TypeGuard[list[Facets]]:
    """A cheap shape check of facets read from a file (anything else: no filtering data)."""
    return (isinstance(rows, list) and len(rows) == n_docs
            and all(isinstance(r, tuple) and len(r) == 5 and isinstance(r[3], dict)
                    for r in rows[:50]))


@dataclass
class Filters:
    """The filters of one query; ``problems`` says what was not understood (and ignored)."""

    role: str | None = None
    statuses: list[str] = field(default_factory=list)
    after: str | None = None
    before: str | None = None
    sources: list[str] = field(default_factory=list)
    sort: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def narrows(self) -> bool:
        """Whether any filter restricts the documents (``role`` only with an actor)."""
        return bool(self.statuses or self.after or self.before or self.sources or self.role)

    def accepts(self, facets: Facets, path: str, actor_id: str | None = None) -> bool:
        """Whether a document (its facets and path) passes every filter; ``actor_id`` is the
        query's actor (``role:`` applies to it)."""
        published, source, statuses, roles, _sha = facets
        if self.statuses and not any(s in statuses for s in self.statuses):
            return False
        if (self.after or self.before) and not published:
            return False
        if self.after and published < self.after:
            return False
        if self.before and published >= self.before:
            return False
        if self.sources:
            where = folded(f"{source}\n{path}").lower()
            if not all(s in where for s in self.sources):
                return False
        if self.role and actor_id is not None:
            return _ROLE_LETTER[self.role] in roles.get(actor_id, "")
        return True


@dataclass
class SplitQuery:
    """A query cut into its search part (words, phrases, or ``@actor``) and its filters."""

    text: str  # what the engine searches (filters removed)
    filters: Filters


def split(text: str) -> SplitQuery:
    """Take the filters out of ``text`` (never raises; an unknown value is a problem, not an
    error).  ``@name role:mediator`` keeps ``@name`` as the search and the role as a filter."""
    if not isinstance(text, str):
        text = ""
    filters = Filters()
    kept: list[str] = []
    at = 0
    for match in _FILTER.finditer(text):
        kept.append(text[at:match.start()])
        at = match.end()
        name = match.group(1).lower()
        value = match.group(2) if match.group(2) is not None else match.group(3)
        value = " ".join(value.split())
        if not value:  # "status:" (perhaps while it is being typed): say what it takes
            filters.problems.append(f"{name}: needs a value: {ACCEPTED[name]}")
            continue
        _apply(filters, name, value)
    kept.append(text[at:])
    rest = "".join(kept)
    # Keep a trailing space (a finished last word) but drop the gaps the filters left.
    rest = " ".join(rest.split()) + (" " if rest[-1:].isspace() and rest.strip() else "")
    return SplitQuery(rest, filters)


def _apply(filters: Filters, name: str, value: str) -> None:
    low = value.lower()
    if name == "role":
        filters.role = _named(filters, name, value, low, ROLES) or filters.role
    elif name == "status":
        status = _named(filters, name, value, low.replace("-", "_").replace(" ", "_"), STATUSES)
        if status is not None and status not in filters.statuses:
            filters.statuses.append(status)
    elif name in ("after", "before"):
        day = first_day(value)
        if day is None:
            filters.problems.append(f"{name}:{value} is not a date ({DATE_FORMS})")
        elif name == "after":
            filters.after = max(filters.after or day, day)
        else:
            filters.before = min(filters.before or day, day)
    elif name == "source":
        filters.sources.append(folded(low))
    elif name == "sort":
        filters.sort = _named(filters, name, value, low, SORTS) or filters.sort


def _named(filters: Filters, name: str, value: str, key: str, choices: Sequence[str]
           ) -> str | None:
    """The choice ``key`` names; else ``None``, and the problem is noted."""
    chosen = _choose(key, choices)
    if chosen is None:
        filters.problems.append(f"{name}:{value} is not one of {', '.join(choices)}")
    return chosen


def _choose(value: str, choices: Sequence[str]) -> str | None:
    """The choice ``value`` names, in full or by an unambiguous start ("near", "med")."""
    if value in choices:
        return value
    found = [c for c in choices if c.startswith(value)]
    return found[0] if len(found) == 1 else None


def first_day(value: str) -> str | None:
    """``YYYY[-MM[-DD]]`` as the ``YYYY-MM-DD`` of its first day, or ``None`` if not a date.

    Comparing that with a published date as strings is right for every precision: a
    ``published`` of ``2025-02`` sorts with the first of February."""
    found = _DATE.match(value.strip())
    if not found:
        return None
    year, month, day = found.group(1), found.group(2) or "1", found.group(3) or "1"
    # The month's own length (a leap February has 29 days): "2025-02-30" is a typo, said
    # as one, not a filter that silently leaves nothing.
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= calendar.monthrange(
            int(year) or 2000, int(month))[1]:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


_ACTOR_AFTER_WORDS = re.compile(r"(?:^|\s)(?=@|actor:)", re.IGNORECASE)


def split_actor(text: str) -> tuple[str, str | None]:
    """``"ceasefire @qatar"`` -> ``("ceasefire", "@qatar")``: words before an ``@actor``
    (the name runs to the end); ``(text, None)`` when there is no actor part; ``("", text)``
    when the query starts with it."""
    found = _ACTOR_AFTER_WORDS.search(text)
    if found is None:
        return text, None
    return text[:found.start()].strip(), text[found.end():].lstrip()


def twins(facets: Sequence[Facets]) -> dict[int, list[int]]:
    """Document -> every document with the same SHA-256, itself included, in order (only
    for documents that have a copy)."""
    by_sha: dict[str, list[int]] = {}
    for doc, row in enumerate(facets):
        if row[4]:
            by_sha.setdefault(row[4], []).append(doc)
    out: dict[int, list[int]] = {}
    for docs in by_sha.values():
        if len(docs) > 1:
            for doc in docs:
                out[doc] = docs
    return out


def filter_words(text: str) -> str:
    """The filters of ``text`` as typed (``"status:agreed after:2024"``), to carry over when
    the rest of the query is replaced (choosing one of several actors)."""
    return " ".join(m.group(0) for m in _FILTER.finditer(text if isinstance(text, str) else ""))
