"""Search every document by text or by actor, as fast as you can type (no Textual here).

``SearchIndex.build(briefings)`` indexes paragraphs, headings and actors; ``index.search(q)``
answers a query (see :mod:`briefing.search.query` for the language) with ranked
:class:`SearchHit` objects whose offsets point into the document text; :func:`load_or_build` and
:func:`open_index` keep the index in the user cache directory so a warm start loads it in
milliseconds without reading the corpus.
"""

from __future__ import annotations

from briefing.search.cache import (
    index_key,
    load_or_build,
    open_index,
    remember_index,
    warm_index,
)
from briefing.search.index import INDEX_VERSION, SearchIndex
from briefing.search.results import ActorMatch, SearchHit, SearchResult

__all__ = ["INDEX_VERSION", "ActorMatch", "SearchHit", "SearchIndex", "SearchResult", "index_key",
           "load_or_build", "open_index", "remember_index", "warm_index"]
