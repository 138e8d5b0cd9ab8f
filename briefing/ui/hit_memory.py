"""The search hits ``n``/``N`` walk, kept across a restart (session 21 review: the reader's
place came back after a restart, its hits did not; ``n`` said "search with /").

While the reader walks a search's hits, :meth:`HitMemory.note` (on every tick that notes the
reading position) keeps in the reader state the query and its sort, the hit the reader is at
and whether the view is on it (:class:`~briefing.userdata.state.HitWalk`); ``escape``, an
actor picked, or another search replaces it.  At the next start the saved walk waits for the
whole corpus and its full index (a part of it ranks other hits), then the query is searched
again in a thread and the hits come back in reading order, at the same hit (highlighted when
the reader shows its document), or, when that hit is gone (the file changed), with ``n``
going on from the reader's place.  Anything the user does meanwhile (a search, an actor
picked, ``escape``) wins: the saved walk is dropped.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from briefing.ui.jumps import hit_before, reading_order

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen
    from briefing.ui.navigation import HitLike
    from briefing.userdata.state import HitWalk


class HitMemory:
    """Saves and restores the hits ``n``/``N`` walk for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.query = ""  # the search the walked hits come from, as typed...
        self.sort = "relevance"  # ...and its order
        self.pending: HitWalk | None = None  # saved, not restored yet
        self._searching = False  # the pending walk's search runs in a thread

    def searched(self, query: str, sort: str) -> None:
        """The search screen closed on a hit of ``query`` (its hits are now walked)."""
        self.query, self.sort = query, sort
        self.pending = None  # the user's own search wins over the one saved

    def current(self) -> HitWalk | None:
        """The walk to save now (``None``: no hits are walked)."""
        from briefing.userdata.state import HitWalk

        navigator, hits = self.screen.navigator, self.screen.search_hits
        if navigator.walking != "search" or not hits or not self.query.strip():
            return None
        pos = navigator.hit_pos
        if 0 <= pos < len(hits):
            hit = hits[pos]
            return HitWalk(self.query, self.sort, str(hit.path), hit.start,
                           navigator.on_hit)
        return HitWalk(self.query, self.sort, on=False)

    def note(self) -> None:
        """Keep the walk in the reader state (saved with the position)."""
        session = self.screen.session
        if self.pending is not None or not session.keeper.loaded:
            return  # (not restored yet: noting "no hits" would forget the saved ones)
        session.keeper.note_hits(session.corpus_key(), self.current())

    def state_loaded(self) -> None:
        """The reader state is read: the saved walk waits for the corpus and its index."""
        session = self.screen.session
        navigator = self.screen.navigator
        if navigator.walking or self.screen.search_hits:
            return  # the user searched or picked an actor already
        self.pending = session.keeper.hits(session.corpus_key())
        self.check()

    def check(self) -> None:
        """Restore the saved walk once the whole corpus is loaded and fully indexed."""
        session = self.screen.session
        walk = self.pending
        if walk is None or self._searching or session.is_loading or \
                session.indexing.phase != "full":
            return
        if self.screen.navigator.walking or self.screen.search_hits:
            self.pending = None  # the user moved on meanwhile
            return
        index = session.search_index()
        if index is None:
            return
        self._searching = True

        def search() -> None:
            from briefing.ui.search import MAX_ROWS

            try:
                hits = list(index.search(walk.query, limit=MAX_ROWS, sort=walk.sort).hits)
            except Exception:  # noqa: BLE001 - a walk that cannot come back is simply gone
                hits = []
            with contextlib.suppress(Exception):  # (the reader closed meanwhile)
                self.screen.app.call_from_thread(self.restored, walk, hits)

        self.screen.run_worker(search, thread=True, group="hit-memory",
                               description="search hits walked last time")

    def restored(self, walk: HitWalk, found: list[HitLike]) -> None:
        """The saved walk's search answered: its hits are walked again (on the UI thread)."""
        self._searching = False
        screen, navigator = self.screen, self.screen.navigator
        if self.pending is not walk or navigator.walking or screen.search_hits:
            return  # the user searched, picked an actor, or pressed escape meanwhile
        self.pending = None
        if not found:
            self.note()  # nothing to walk any more: forgotten
            return
        session = screen.session
        hits: list[HitLike] = reading_order(found, session.by_path)
        pos = next((i for i, h in enumerate(hits)
                    if h.path == walk.path and h.start == walk.start), None)
        on = walk.on and pos is not None
        if pos is None:  # that hit is gone: n goes on from where the reader is
            here = navigator.here()
            index = session.index_of_path(here.path) if here is not None else None
            pos = hit_before(hits, session.by_path, index if index is not None else -1,
                             here.offset if here is not None else 0)
        self.query, self.sort = walk.query, walk.sort
        screen.search_hits = hits
        navigator.walking, navigator.hit_pos, navigator.on_hit = "search", pos, on
        briefing = screen.briefing
        if on and briefing is not None and hits[pos].path == briefing.document.path:
            screen.reader.set_highlights("search", [(int(s), int(e)) for s, e in hits[pos].spans])
        screen.update_status()
