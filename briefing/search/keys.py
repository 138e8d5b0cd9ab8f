"""The search index cache's names and places: the key of an index, and where it is kept.

An index's key (:func:`index_key`) is the fingerprint of the index version, the extractor
version and every document's path, SHA-256, title, date, source and sidecar curation, in order
(:func:`briefing.common.freshness.fingerprint_lines`): an index is reused only for exactly the
documents it was built from.  Indexes live in ``cache_dir()/search/`` (:func:`index_path`);
briefings analysed under other limits keep theirs apart (:func:`cache_dir_for`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.common.freshness import fingerprint_lines
from briefing.search.index import INDEX_VERSION
from briefing.versions import EXTRACTOR_VERSION


def cache_dir_for(limits: dict[str, int] | None) -> Path | None:
    """The cache directory for indexes over briefings analysed under ``limits`` (the
    settings' limits that differ from the defaults): ``None``, the user's, for none.

    The briefings -- so the index -- depend on the limits (a document over
    ``max_analysed_chars`` has no actors), and the index key does not see them: indexes
    built under other limits live apart, so the reader under one ``config.yaml`` and
    ``briefing search`` (or the reader under another) never reuse each other's."""
    if not limits:
        return None
    from briefing.paths import cache_dir as user_cache

    digest = fingerprint_lines(repr(sorted(limits.items())), ())[:16]
    return Path(user_cache()) / f"limits-{digest}"


def search_folder(cache_dir: Path | str | None) -> Path:
    """Where indexes and file lists live: ``search/`` in ``cache_dir`` or the user's."""
    if cache_dir is None:
        from briefing.paths import cache_dir as user_cache

        return Path(user_cache()) / "search"
    return Path(cache_dir) / "search"


def index_key(briefings: Sequence[Any]) -> str:
    """The cache key of an index over ``briefings``: their paths, SHA-256, titles, dates,
    sources and sidecar curation in order, the index version and the extractor version."""
    return key_from_lines([key_line(getattr(b, "document", b)) for b in briefings])


def key_line(doc: Any) -> str:
    """One document's part of :func:`index_key` (a worker computes it where it reads the
    file, see ``search.textfirst``)."""
    # The sidecar is not in ``sha256``: what the index holds of it is (the title; the date and
    # source, which the filters and ``sort:date`` read from the facets; the curation, actor
    # corrections).  Without the date a sidecar's new ``published:`` kept the old index.
    curation = getattr(doc, "curation", None) or {}
    published = getattr(doc, "published", None)
    source = getattr(doc, "source", None)
    return f"{doc.path}\0{doc.sha256}\0{doc.title}\0{published}\0{source}\0{curation!r}\n"


def key_from_lines(lines: Sequence[str]) -> str:
    """:func:`index_key` from the documents' :func:`key_line` s."""
    return fingerprint_lines(f"briefing-search/{INDEX_VERSION}/{EXTRACTOR_VERSION}\n", lines)


def index_path(key: str, cache_dir: Path | str | None = None) -> Path:
    """The index file for ``key``."""
    return search_folder(cache_dir) / f"index-{key[:40]}.idx"
