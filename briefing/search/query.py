"""The query language, parsed leniently: every string is a valid query.

* ``lavrov geneva``: words, all required (with a fallback when that finds too little), each
  typo-tolerant; the last word is also a prefix while it is being typed (no trailing space);
* ``"exact phrase"``: these words next to each other (an unclosed quote runs to the end);
* ``-word`` / ``-"a phrase"``: leave out paragraphs containing it;
* ``@name`` or ``actor:name``: paragraphs mentioning an actor, by name, alias or former name; the
  bare words after it are the name, and the other operators combine with it (``@obama
  -geneva``, ``@kerry "peace talks"``, ``@kerry -"cease-fire"``); words before it are required
  too (``ceasefire @kerry``).

Anything else (``[``, ``*``, ``\\``) is punctuation between words.  A pasted essay is cut to
:data:`MAX_QUERY_CHARS` and :data:`MAX_TERMS` distinct words, so no query costs more than a
short one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from briefing.search.text import keys

MAX_QUERY_CHARS = 400
MAX_TERMS = 10
MAX_NAME_CHARS = 80

_ACTOR_PREFIX = re.compile(r"^\s*(?:@|actor:)\s*", re.IGNORECASE)
# An actor operator after other words ("ceasefire @kerry"): those words are then required too.
_ACTOR_LATER = re.compile(r"(?:^|\s)(?:@|actor:)", re.IGNORECASE)
_PART = re.compile(r'(-?)"([^"]*)("?)|(\S+)')


@dataclass(frozen=True, slots=True)
class Term:
    key: str
    prefix: bool = False  # the word being typed: also match words that start with it


@dataclass
class Query:
    text: str
    terms: list[Term] = field(default_factory=list)
    phrases: list[tuple[str, ...]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    excluded_phrases: list[tuple[str, ...]] = field(default_factory=list)
    actor: str | None = None  # the actor name in actor mode (may be "")

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases and self.actor is None


def parse(text: str) -> Query:
    """Parse ``text`` (never raises)."""
    if not isinstance(text, str):
        text = ""
    text = text[:MAX_QUERY_CHARS]
    query = Query(text)
    actor = _ACTOR_PREFIX.match(text)
    if actor:
        _parse_actor(text[actor.end():], query)
        return query
    split = _split_actor(text)
    if split:
        before = parse(split[0])  # words and operators before the actor
        _parse_actor(split[1], query)
        query.terms = [Term(t.key) for t in before.terms]  # complete words: no prefix
        query.phrases = before.phrases + query.phrases
        query.excluded = before.excluded + query.excluded
        query.excluded_phrases = before.excluded_phrases + query.excluded_phrases
        return query
    seen: set[str] = set()
    words: list[str] = []
    for match, bare, phrase in _operators(text, query):
        if bare is not None:
            words.extend(keys(bare))
        elif len(phrase) == 1 and not match.group(3) and match.end() == len(text):
            words.extend(phrase)  # a quote just opened around one word: still typing it
        else:
            query.phrases.append(phrase)
    for word in words:
        if word not in seen and len(query.terms) < MAX_TERMS:
            seen.add(word)
            query.terms.append(Term(word))
    query.phrases = query.phrases[:MAX_TERMS]
    # The last bare word is still being typed unless the query ends with a space.
    if query.terms and text and not text[-1].isspace() and words and words[-1] == query.terms[-1].key:
        last_bare = _last_bare_word(text)
        if last_bare is not None and keys(last_bare)[-1:] == [words[-1]]:
            query.terms[-1] = Term(query.terms[-1].key, prefix=True)
    return query


def _operators(text: str, query: Query
               ) -> Iterator[tuple[re.Match[str], str | None, tuple[str, ...]]]:
    """The parts of ``text``: exclusions go straight into ``query``; for the rest, yields
    ``(match, bare word, ())`` or ``(match, None, phrase keys)``."""
    for match in _PART.finditer(text):
        minus, quoted, _closed, bare = match.groups()
        if bare is not None:
            if bare.startswith("-") and len(bare) > 1:
                query.excluded.extend(keys(bare[1:])[:MAX_TERMS])
            else:
                yield match, bare, ()
            continue
        found = tuple(keys(quoted))[:MAX_TERMS]
        if not found:
            continue
        if minus:
            query.excluded_phrases.append(found)
        else:
            yield match, None, found


def _parse_actor(rest: str, query: Query) -> None:
    """An actor query: bare words are the name (as typed), the operators filter its hits."""
    name: list[str] = []
    for match, bare, phrase in _operators(rest, query):
        if bare is not None:
            name.append(bare)
        elif not name and not query.phrases and match.end() == len(rest.rstrip()) and \
                match.start() == len(rest) - len(rest.lstrip()):
            name.append(match.group(2))  # ``@"john kerry"``: a quoted name is still the name
        else:
            query.phrases.append(phrase)
    query.excluded = query.excluded[:MAX_TERMS]
    query.phrases = query.phrases[:MAX_TERMS]
    query.actor = " ".join(" ".join(name).split())[:MAX_NAME_CHARS]


def _split_actor(text: str) -> tuple[str, str] | None:
    """``(before, name and operators)`` around an actor operator after other words (one
    inside a phrase is text); ``None`` when there is none."""
    later = next((m for m in _ACTOR_LATER.finditer(text)
                  if text.count('"', 0, m.start()) % 2 == 0), None)
    if later is None:
        return None
    rest = _ACTOR_PREFIX.sub("", text[later.start():].lstrip(), count=1)
    return text[:later.start()], rest


def _last_bare_word(text: str) -> str | None:
    parts = list(_PART.finditer(text))
    if not parts:
        return None
    last = parts[-1]
    if last.group(4) is None or last.end() != len(text) or last.group(4).startswith("-"):
        return None
    return last.group(4)


def with_exact_actor(text: str, actor_id: str) -> str:
    """``text`` with its actor name replaced by ``@=actor_id`` (what choosing one of several
    candidate actors types), keeping the words before it and the operators after it."""
    start = _ACTOR_PREFIX.match(text)
    split = ("", text[start.end():]) if start else _split_actor(text)
    if split is None:
        return "@=" + actor_id
    before, rest = split[0].strip(), split[1]
    kept = [m.group() for m in _PART.finditer(rest)
            if m.group(4) is None or (m.group(4).startswith("-") and len(m.group(4)) > 1)]
    return " ".join(part for part in (before, "@=" + actor_id, *kept) if part)

