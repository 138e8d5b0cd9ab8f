"""What is wrong with a query, said before it is searched.

The engine never fails on a query: a filter it cannot use is left out and named in the
result's notes.  A user at the shell should rather hear it and get a non-zero exit status
(``briefing search`` stops with status 2), and the reader shows the same sentences in its
status line.  Each sentence says what is wrong and what is accepted:

* a filter without a value (``role:``) or with one not understood (``status:maybe``,
  ``after:2025-13``; :mod:`briefing.search.filters` words these);
* ``role:`` without an ``@actor`` to apply to;
* an ``@`` (or ``actor:``, ``@=``) without a name.

Pure layer: no Textual.
"""

from __future__ import annotations

from briefing.search import filters as qfilters
from briefing.search.query import parse

ROLE_WITHOUT_ACTOR = ("role: applies to an @actor, and the query has none "
                      "(e.g. @qatar role:mediator)")
EMPTY_ACTOR = ("@ needs a name after it: @kerry, @\"white house\" (or @=ID for exactly one "
               "actor)")


def actor_name(query: str) -> str | None:
    """The actor name of ``query`` as typed (``""`` for a bare ``@``), or ``None`` when the
    query has no ``@``/``actor:`` part."""
    words, actor_part = qfilters.split_actor(qfilters.split(query).text)
    return parse(actor_part if actor_part is not None else words).actor


def names_nothing(name: str | None) -> bool:
    """Whether an actor name (:func:`actor_name`) is there but names nothing: ``@``, ``@=``,
    ``@@``, ``@""``."""
    return name is not None and not any(ch.isalnum() for ch in name)


def query_problems(query: str) -> list[str]:
    """Each thing wrong with ``query``, as a sentence naming what is accepted ([] if none)."""
    if not isinstance(query, str):
        return []
    cut = qfilters.split(query)
    problems = list(cut.filters.problems)
    name = actor_name(query)
    if cut.filters.role and name is None:
        problems.append(ROLE_WITHOUT_ACTOR)
    if names_nothing(name):
        problems.append(EMPTY_ACTOR)
    return problems


NOTHING_TO_SEARCH = ("a filter alone searches nothing: add words, \"a phrase\" or an @actor, "
                     "as in ceasefire sort:date")
NO_DOCUMENT_PASSES = "no document passes the filters"


def filters_only(query: str) -> str | None:
    """Why a query made of filters alone (``sort:``, ``sort:relevance``, ``after:2030``) found
    nothing, in words, instead of a bare "no match" (which reads as "your words are in no
    document" when there were no words); ``None`` when the query has something to search
    (or nothing at all). A filter that narrows, or ``sort:date``, lists the documents it
    leaves, so only an empty list of those reaches here."""
    if not isinstance(query, str) or not query.strip():
        return None
    cut = qfilters.split(query)
    if cut.text.strip():
        return None
    return NO_DOCUMENT_PASSES if cut.filters.narrows else NOTHING_TO_SEARCH
