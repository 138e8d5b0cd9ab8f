"""Search every document by text or by actor, as fast as you can type (no Textual here).

``SearchIndex.build(briefings)`` indexes paragraphs, headings and actors; ``index.search(q)``
answers a query (see :mod:`briefing.search.query` for the language) with ranked
:class:`SearchHit` objects whose offsets point into the document text; :func:`load_or_build` and
:func:`open_index` keep the index in the user cache directory so a warm start loads it in
milliseconds without reading the corpus.

The package itself imports nothing: each name below is read from its module when first asked
for (a module ``__getattr__``).  When this file imported the cache and the index, the package and
its modules imported each other (``cache``, ``index``, ``build``... read ``filters`` or ``typo``
through ``from briefing.search import``): two threads that first imported two modules of the
package at once (the session's index thread the cache, the search screen ``textfirst`` or
``index``) could each hold one import lock and wait for the other, and Python breaks such a
cycle with ``_DeadlockError`` in one of them (tests/test_package_import_threads.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.common.lazy_exports import lazy_exports

if TYPE_CHECKING:
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

# Where each exported name lives.
_HOMES = {"index_key": "cache", "load_or_build": "cache", "open_index": "cache",
          "remember_index": "cache", "warm_index": "cache", "INDEX_VERSION": "index",
          "SearchIndex": "index", "ActorMatch": "results", "SearchHit": "results",
          "SearchResult": "results"}

__getattr__ = lazy_exports(__name__, _HOMES, globals())
