"""While a folder smaller than the first part indexed (500 documents) loads, the search screen
says that search starts once its documents are read, not "after 500 documents" (user test on
corpora/articles, 27 documents, at 80x24, session 11)."""

from __future__ import annotations

from test_session import _session

from briefing.session.events import BriefingsLoaded
from briefing.session.progress import loading_note


def test_a_small_folder_starts_search_once_read() -> None:
    session, _jobs, _events = _session(["x"])
    session.apply(BriefingsLoaded([], [], 13))
    session.total_files = 27
    assert loading_note(session) == ("indexing… search starts once the 27 documents are "
                                      "read: 13/27 files read")
