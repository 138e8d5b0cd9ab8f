"""What the reader says of a session's loading and indexing, in words: the files read, what
search already covers, why there is nothing to show.  Functions of the
:class:`~briefing.session.core.Session` (read only), kept out of it so that it stays a small
owner of state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.session.core import Session


def files_read(session: Session) -> str:
    """"1,234/21,901" while loading (the total once it is counted); while the text is
    indexed first, "text first, 1/21,901"."""
    read = f"{session.seen:,}" + (f"/{session.total_files:,}" if session.total_files else "")
    return f"text first, {read}" if session.text_first else read


def loading_note(session: Session) -> str:
    """What the search screen says while there is no index yet."""
    if not session.is_loading:
        return "indexing… (building the search index)"
    if session.indexing.warm_checking and session.text_first:
        return "indexing the text of every document first (the actors follow)…"
    if session.indexing.warm_checking:
        return "opening the saved search index…"
    if session.indexing.building:
        return f"indexing the documents read so far… {files_read(session)} files read"
    if session.total_files and session.total_files <= session.indexing.partial_first:
        # A folder smaller than the first part indexed: it starts once all are read (it
        # said "search starts after 500 documents" of 27).
        return (f"indexing… search starts once the {session.total_files:,} documents are "
                f"read: {files_read(session)} files read")
    return (f"indexing… search starts after {session.indexing.partial_first:,} documents: "
            f"{files_read(session)} files read")


def search_reach(session: Session) -> str | None:
    """While loading, what ``/`` already searches, for the status line: "search: all text"
    once a big folder's text is indexed (the analysis goes on), "search: first 1,000" on a
    partial index; ``None`` when there is no index yet or the loading is done."""
    if not session.is_loading:
        return None
    phase = session.indexing.phase
    if phase in ("text", "full"):
        return "search: all text" if phase == "text" else "search ready"
    if phase == "partial" and session.indexing.covers:
        return f"search: first {session.indexing.covers:,}"
    return None


def search_coverage(session: Session) -> str | None:
    """What a partial index covers, for the search screen (``None``: everything)."""
    phase = session.indexing.phase
    if phase == "text":
        return "actors still being analysed"
    if phase != "partial":
        return None
    total = session.total_files or len(session.briefings)
    return f"in the first {session.indexing.covers:,}/{total:,} documents (loading)"


def empty_message(session: Session) -> str:
    """What the reader says when there is nothing to show (only true things)."""
    from briefing.common.textsafe import display_safe

    where = ", ".join(display_safe(p, 80) for p in session.paths) or "the bundled seeds"
    if session.problems:
        n = len(session.problems)
        return (f"No documents to show from {where}: {n:,} problem{'s' if n != 1 else ''}"
                " (press ! to list them).")
    return f"No documents to show: {where} has no .txt, .md or .html files."
