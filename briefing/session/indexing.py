"""The search index's lifecycle: warm, then partial, then full; and the job that builds it.

At start the saved index is checked (*warm*: ready in a fraction of a second when the corpus has
not changed; a sub-folder of an indexed folder gets that index, scoped; a big folder gets its
text indexed before its analysis).  While a big folder loads and nothing better exists, a
*partial* index over the documents loaded so far is built, again each time their number has
doubled (about 1.4 times the work of one full build in all), so search works long before the
loading ends.  When the loading ends, the *full* index is built (or completed with the actors
when only the text was indexed).  Builds are numbered: a newer build's result replaces an older
one, never the other way round, and the whole corpus is never replaced by part of it.

:class:`IndexLifecycle` holds that policy as plain state (tested without a screen);
:func:`build_index` is the job, run off the owner's thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.session.jobs import Cancelled

if TYPE_CHECKING:
    from briefing.corpus.limits import Limits
    from briefing.model import Briefing
    from briefing.search import SearchIndex
    from briefing.session.events import IndexReady, SessionEvent

PARTIAL_INDEX_FIRST = 500  # documents loaded before search works on a partial index


def _text_only(index: object) -> bool:
    """The index holds the documents' text but not yet their actors."""
    return bool(getattr(index, "actors_pending", False))


class IndexLifecycle:
    """Which index is current, what it covers, and which build comes next.

    The owner asks :meth:`wants_partial` while loading and :meth:`wants_full` once loading is
    done, calls :meth:`begin_build` when it starts a build, and hands every result to
    :meth:`receive`, which says whether the index changed and what to build next.
    """

    def __init__(self, partial_first: int | None = None) -> None:
        self.index: SearchIndex | None = None
        self.covers: int | None = None  # documents in a partial index (None: all)
        self.generation = 0  # the number of the latest build started
        self.building = False  # the latest build has not answered yet
        self.warm_checking = False  # the saved index is being checked
        # Read when the session starts (not when this module was imported): tests lower it.
        self.partial_first = PARTIAL_INDEX_FIRST if partial_first is None else partial_first

    @property
    def phase(self) -> str:
        """``none``, ``partial``, ``text`` (whole corpus, actors pending) or ``full``."""
        if self.index is None:
            return "none"
        if self.covers is not None:
            return "partial"
        return "text" if _text_only(self.index) else "full"

    def wants_partial(self, loaded: int) -> bool:
        """While loading: is it time for a (bigger) partial index over ``loaded`` documents?"""
        if self.building or self.warm_checking or (
                self.index is not None and self.covers is None):
            return False  # (the saved index, or a big folder's text index, is on its way)
        return loaded >= max(self.partial_first, 2 * (self.covers or 0))

    def wants_full(self) -> bool:
        """Loading is done: is a full build needed (a warm index from the cache is kept)?"""
        if self.warm_checking:
            return False  # the warm check's answer decides
        return self.index is None or self.covers is not None or _text_only(self.index)

    def begin_build(self) -> int:
        """A build starts: its generation number."""
        self.generation += 1
        self.building = True
        return self.generation

    def receive(self, ready: IndexReady, loading: bool, loaded: int) -> tuple[bool, str]:
        """Take a result: (whether the current index changed, the next build: ``""``,
        ``"partial"`` or ``"full"``)."""
        if ready.generation == 0:
            self.warm_checking = False
            if ready.index is None and not loading and not self.building and (
                    self.index is None or self.covers is not None):
                return False, "full"  # no saved index, and the corpus is all loaded
        if ready.generation == self.generation:
            self.building = False
        if ready.index is None or ready.generation < self.generation and \
                ready.covered is not None:
            return False, ""  # an older partial index: a newer build is coming
        if self.index is not None and self.covers is None and (
                ready.covered is not None
                or _text_only(ready.index) and not _text_only(self.index)):
            return False, ""  # never from the whole corpus to part of it (or to its text)
        self.index = ready.index
        self.covers = ready.covered
        if loading:
            return True, "partial" if self.wants_partial(loaded) else ""
        if _text_only(self.index) and not self.building:
            return True, "full"  # the text came after the loading: add the actors
        return True, ""

    def curated(self, before: SearchIndex | None, after: SearchIndex) -> bool:
        """One document's actors changed in ``after``; taken unless replaced meanwhile."""
        if self.index is not before:
            return False
        self.index = after
        return True


def build_index(paths: Sequence[str], limits: Limits, cache_dir: Path | None,
                publish: Callable[[SessionEvent], None], cancelled: Cancelled, *,
                warm: bool = False, generation: int = 0,
                briefings: Sequence[Briefing] = (), partial: bool = False,
                started: float = 0.0,
                text_first: Callable[[bool], None] | None = None) -> None:
    """Publish the index: the saved one (``warm``), else built (``partial``: not saved).

    ``text_first(True)`` is called when a big folder's text starts being indexed by a process
    of its own, ``text_first(False)`` when that is over (whatever the outcome).

    The search layer is optional for the reader: if it is missing or fails, the problem is
    published and ``/`` still opens (the search screen says there is no index).
    """
    from briefing.session.events import IndexReady, ProblemsFound

    index = None
    try:
        from briefing.analysis.lazy import transient
        from briefing.corpus import bundled_seeds
        from briefing.search import SearchIndex, load_or_build, remember_index, warm_index
        from briefing.search.coldopen import quick_index

        where = list(paths) or [bundled_seeds()]
        if warm:
            index = warm_index(where, cache_dir)
            if index is None:  # a sub-folder of an indexed folder: its index, scoped
                from briefing.search.cache import enclosing_index

                index = enclosing_index(where, cache_dir, exact=True)
            if index is None:  # a big folder: its text indexed before its analysis
                index = quick_index(where, limits, cache_dir, cancelled=cancelled,
                                    improved=lambda better: publish(IndexReady(primed(better),
                                                                               0)),
                                    building=text_first)
        else:
            with transient():  # each briefing decoded, indexed and dropped
                if partial:
                    index = SearchIndex.build(list(briefings))  # not saved: loading goes on
                else:
                    index = load_or_build(list(briefings), cache_dir)
            if not partial:  # so the next start finds it at once
                remember_index(where, list(briefings), started, cache_dir)
    except Exception as exc:  # noqa: BLE001
        from briefing.common.textsafe import display_safe
        from briefing.model import Problem

        publish(ProblemsFound([Problem("(search index)", f"{exc.__class__.__name__}: "
                                                         f"{display_safe(exc, 200)}")]))
    # Not a saved whole index read from its file (a warm start): reading its facets before
    # the first search raised the warm reader's peak (+7 MB primed here, +3 MB primed once
    # the loading was over); a text index, searched while the analysis goes on, is primed.
    publish(IndexReady(index if warm and not _text_only(index) else primed(index), generation,
                       len(briefings) if partial else None))


def primed(index: SearchIndex | None) -> SearchIndex | None:
    """``index`` with what its first search works out done now, in the job's thread (see
    ``SearchIndex.prime``); a failure there is left for the search to meet and report."""
    if index is not None and not getattr(index, "is_primed", True):
        with contextlib.suppress(Exception):  # only an optimisation
            index.prime()
    return index
