"""The index cache in the user cache directory: reuse when valid, rebuild otherwise, never fail.

``index-<key>.idx`` files (:mod:`briefing.search.store`) live in ``cache_dir()/search/``
under the key of the documents they were built for (:mod:`briefing.search.keys`): a file that
cannot be read, is from another version or was built for other documents is rebuilt, and the
rebuild replaces it.  Beside them, a file list per set of PATH arguments
(:mod:`briefing.search.listing`) lets :func:`open_index` and :func:`warm_index` load the index
without opening a single document when nothing on disk changed.

A curation in the reader (rename, merge, drop, add) changes one document's actors, hence the
key.  :func:`apply_curation` updates the index in memory (the actor part only, see
``SearchIndex.with_document_actors``), then saves it under the new key by copying the old
file's text part (:func:`briefing.search.store.save_actors`) and moves the file list on, so
the next start is warm without a rebuild.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.common.filescan import EarlyScan
from briefing.common.filetypes import DOCUMENT_SUFFIXES
from briefing.common.freshness import Stamp
from briefing.search import listing
from briefing.search.index import INDEX_VERSION, SearchIndex
from briefing.search.keys import cache_dir_for, index_key, index_path, key_from_lines, key_line
from briefing.search.store import StoreError, load, save, save_actors

__all__ = ["KEEP_BYTES", "KEEP_INDEXES", "add_variants", "apply_curation", "cache_dir_for",
           "complete", "data_of", "enclosing_index", "index_key", "index_path", "key_from_lines",
           "key_line", "load_index", "load_or_build", "open_index", "remember_index",
           "save_curated", "save_pending", "warm_index"]

# Index files are evicted by size and use: the most recently used are kept while they fit in
# KEEP_BYTES together (a 22,000-document folder's index is ~100 MB, a single file's a few KB, so
# opening small files never pushes out a big index); KEEP_INDEXES only bounds the file count.
KEEP_INDEXES = 64
KEEP_BYTES = 300 * 1024 * 1024


def load_index(key: str, cache_dir: Path | str | None = None) -> SearchIndex | None:
    """The saved index for ``key``, or ``None`` when it is missing or unusable."""
    path = index_path(key, cache_dir)
    try:
        data, texts = load(path, key, INDEX_VERSION)
    except StoreError:
        return None
    index = SearchIndex(data, texts)
    index.key, index.source = key, path
    with contextlib.suppress(OSError):
        os.utime(path)  # its last use: what eviction goes by (see _prune)
    return index


def load_or_build(briefings: Sequence[Any], cache_dir: Path | str | None = None) -> SearchIndex:
    """The index over ``briefings``: loaded from the cache when valid, else built and saved.

    Saving is best effort: a read-only or full cache directory only costs the next start a
    rebuild.
    """
    key = index_key(briefings)
    index = load_index(key, cache_dir)
    if index is not None and index.actors_pending:
        return complete(index, briefings, cache_dir)
    if index is not None:
        return index
    index = SearchIndex.build(briefings)
    path = index_path(key, cache_dir)
    try:
        data = data_of(index)
        save(path, data, index.unit_text, key, INDEX_VERSION, index.alias_index())
        _prune(path.parent, keep=path)
        index.source = path
    except (OSError, ValueError, OverflowError):
        pass
    index.key = key
    return index


def complete(index: SearchIndex, briefings: Sequence[Any],
             cache_dir: Path | str | None = None) -> SearchIndex:
    """``index`` (text only, ``actors_pending``, over the documents of ``briefings``) with the
    actor part of ``briefings`` added, and saved over its file: the text part is shared in
    memory and copied on disk (:func:`briefing.search.store.save_actors`), not rebuilt; the
    typo variants of a file saved without them are built and written in their place (the
    rest still copied: encoding the 220,000 unit texts of a big folder again took ~150 MB
    and ~1.5 s)."""
    from briefing.search.build import actor_data

    data = index.shared_data()
    data.update(actor_data(briefings, data))
    full = SearchIndex(data, index.texts)
    copy_text = index.source is not None
    had_variants = index.var_hash is not None
    if full.var_hash is None:
        add_variants(full)
    key = index.key or index_key(briefings)
    full.key = key
    path = index_path(key, cache_dir)
    try:
        if copy_text and index.key == key:
            save_actors(Path(index.source), key, path, data_of(full), key, INDEX_VERSION,
                        full.alias_index(),
                        variants=None if had_variants else (full.var_hash, full.var_ids))
        else:
            save(path, data_of(full), full.unit_text, key, INDEX_VERSION, full.alias_index())
        _prune(path.parent, keep=path)
        full.source = path
    except (OSError, ValueError, OverflowError, StoreError):
        pass
    return full


def save_pending(index: SearchIndex, key: str, cache_dir: Path | str | None = None,
                 variants: bool = True) -> bool:
    """Save a text-only index under ``key`` (its typo variants built first, unless
    ``variants`` is false: then they are left out, and searches scan the vocabulary)."""
    path = index_path(key, cache_dir)
    # Saved before without the variants: that file's text part is copied, not encoded again
    # (~220,000 unit texts for a 22,000-document folder).
    copy_from = Path(index.source) if (
        variants and index.var_hash is None and index.source is not None
        and index.key == key) else None
    if variants:
        add_variants(index)
        done = load_index(key, cache_dir)
        if done is not None and not done.actors_pending:
            done.close()
            return True  # the reader completed it meanwhile: keep the complete one
    try:
        try:
            if copy_from is None:
                raise StoreError("nothing to copy")
            save_actors(copy_from, key, path, data_of(index), key, INDEX_VERSION,
                        index.alias_index(), variants=(index.var_hash, index.var_ids),
                        pending=True)
        except StoreError:
            save(path, data_of(index), index.unit_text, key, INDEX_VERSION,
                 index.alias_index(), pending=True)
        _prune(path.parent, keep=path)
    except (OSError, ValueError, OverflowError):
        return False
    index.key, index.source = key, path
    return True


def add_variants(index: SearchIndex) -> None:
    """Build the typo variants of an index made without them (for saving it; searches give
    the same answers before and after)."""
    from briefing.search import typo

    if index.var_hash is None:
        var_hash, var_ids = typo.build_variants(index.vocab)
        index.var_ids = var_ids  # ids first: a search reads var_hash to decide
        index.var_hash = var_hash


def data_of(index: SearchIndex) -> dict[str, Any]:
    """What :func:`briefing.search.store.save` writes of ``index``."""
    return {
        **index.shared_data(),  # the text side, as an incremental curation shares it
        "actors": [(a.id, a.name, a.kind, a.aliases, a.former_names) for a in index.actors],
        "actor_off": index.actor_off, "mention_unit": index.mention_unit,
        "mention_start": index.mention_start, "mention_end": index.mention_end,
        "doc_actors": index.doc_actor_list(), "hidden": index.hidden,
        "facets": index.facets,
    }


# ---------------------------------------------------------------------- curation
_CURATION_LOCK = threading.Lock()  # one update at a time: each starts from the last one's index
_WAIT_STEP = 0.2  # seconds between looks for an index still being built


def apply_curation(current: Callable[[], Any], publish: Callable[[Any, SearchIndex], None],
                   path: str, old: Any, new: Any, briefings: Sequence[Any] | None = None,
                   paths: Sequence[str] | None = None, cache_dir: Path | str | None = None,
                   wait: float = 0.0, cancelled: Callable[[], bool] | None = None
                   ) -> SearchIndex | None:
    """Bring the index up to date after a curation of document ``path`` (``old`` -> ``new``
    briefing), without indexing the corpus again; for a worker thread.

    ``current()`` gives the index in use; ``publish(old_index, new_index)`` hands the updated one
    over (the UI swaps it in, if ``old_index`` is still the one in use).  Then, when
    ``briefings`` (the corpus after the edit, in order) is given, the updated index is saved
    under the corpus's new key (see :func:`save_curated`), so the next start loads it.  Returns
    the updated index, or ``None`` when there was nothing to update (no index yet, or the
    document's text changed too: then only a full build is exact).

    With ``wait`` (seconds), an index that is still being built is waited for (polling
    ``current()``; ``cancelled()`` stops the wait): a build from the corpus as it was before
    the edit would otherwise miss it.  Updating an index that already has the edit is harmless:
    the result is the same index.
    """
    deadline = time.monotonic() + max(0.0, wait)
    while not isinstance(current(), SearchIndex):
        if time.monotonic() >= deadline or (cancelled is not None and cancelled()):
            return None
        time.sleep(_WAIT_STEP)
    with _CURATION_LOCK:
        index = current()
        if not isinstance(index, SearchIndex):
            return None
        updated = index.with_document_actors(path, new)
        if updated is None:
            return None
        publish(index, updated)
        if briefings is not None:
            with contextlib.suppress(OSError, ValueError, OverflowError, StoreError):
                save_curated(index, updated, path, old, new, briefings, paths, cache_dir)
        return updated


def save_curated(index: SearchIndex, updated: SearchIndex, path: str, old: Any, new: Any,
                 briefings: Sequence[Any], paths: Sequence[str] | None = None,
                 cache_dir: Path | str | None = None) -> bool:
    """Save ``updated`` (``index`` after a curation of ``path``) under the new corpus key.

    Only when ``index`` is exactly the saved index of the corpus before the edit (its key is
    the key of ``briefings`` with ``old`` in place of ``new``): else the file would claim a state
    it does not hold.  The file is ``index``'s file with a new actor part
    (:func:`briefing.search.store.save_actors`: the big text part is copied by the kernel).
    The file list of ``paths`` is moved on to the new key with the sidecar's new size and mtime,
    so that the next start (and ``briefing search``) takes the warm path; the old index file is
    removed (it describes a sidecar that no longer exists).
    """
    source = index.source
    if index.key is None or source is None:
        return False
    before = list(briefings)
    position = next((i for i, b in enumerate(before)
                     if getattr(b, "document", b).path == path), None)
    if position is None:
        return False
    before[position] = old
    if index_key(before) != index.key:
        return False
    key = index_key(briefings)
    target = index_path(key, cache_dir)
    save_actors(Path(source), index.key, target, data_of(updated), key, INDEX_VERSION,
                updated.alias_index())
    updated.key, updated.source = key, target
    if paths is not None:
        document = getattr(new, "document", new)
        listing.advance_listing(list(paths), index.key, key, listing.sidecars_of(document),
                                cache_dir)
    if os.name == "posix" and Path(source) != target:
        # Safe while mapped (POSIX keeps the data until the mapping goes); elsewhere the
        # pruning of old files takes care of it.
        with contextlib.suppress(OSError):
            os.unlink(source)
    _prune(target.parent, keep=target)
    return True


def _prune(folder: Path, keep: Path) -> None:
    """Keep ``keep`` and, most recently used first (an index's mtime is renewed each time it is
    loaded), the others that fit: no more than :data:`KEEP_BYTES` together and
    :data:`KEEP_INDEXES` files.  An index that does not fit is removed; smaller, older ones after
    it may still fit."""
    try:
        found = sorted(((p.stat().st_mtime, p.stat().st_size, p)
                        for p in folder.glob("index-*.idx")), reverse=True)
        total = keep.stat().st_size if keep.exists() else 0
    except OSError:
        return
    kept = 1
    for _mtime, size, old in found:
        if old == keep:
            continue
        if kept < KEEP_INDEXES and total + size <= KEEP_BYTES:
            kept += 1
            total += size
            continue
        with contextlib.suppress(OSError):
            old.unlink()


def warm_index(paths: Sequence[str], cache_dir: Path | str | None = None,
               early: EarlyScan | None = None) -> SearchIndex | None:
    """The cached index for ``paths`` if no document changed since it was built, else ``None``.

    Reads no document unless its size or mtime changed (then it is hashed, not analysed);
    ``early``: the scan to compare with, started when the process did (see ``listing``).
    """
    loaded: dict[str, SearchIndex | None] = {}

    def load_meanwhile(key: str) -> None:  # while the early scan ends (dropped if stale)
        loaded[key] = load_index(key, cache_dir)

    found = listing.unchanged(paths, cache_dir, early, load_meanwhile)
    if found is None:
        return None
    key, touched, rows = found
    index = loaded[key] if key in loaded else load_index(key, cache_dir)
    if index is not None and touched:
        listing.write_list(listing.list_path(paths, cache_dir), key, rows)
    return index


MAX_PARENTS = 8  # folders looked at above a path for an index that covers it


def enclosing_index(paths: Sequence[str], cache_dir: Path | str | None = None,
                    exact: bool = False) -> SearchIndex | None:
    """The cached index of a folder that holds every one of ``paths``, restricted to their
    documents (``SearchIndex.scope``), when none of those changed since it was built.

    ``briefing search Q corpora/articles`` after ``briefing search Q corpora`` then reads the
    big index instead of building a second one.  The documents under ``paths`` must be exactly
    the listed ones, unchanged; hits name them as the enclosing folder's listing does
    (``/c/copies/a.txt`` when that folder was given as ``/c``).  With ``exact`` (the reader,
    which finds a hit's document by its path) the listing must spell them as ``paths`` do.

    A curation in a sub-folder updates this index in memory only (its key is the enclosing
    folder's, so :func:`save_curated` declines); the changed sidecar then sends the next start
    of the sub-folder to a build of its own: slower, never stale.
    """
    folders = [os.path.abspath(p) for p in paths]
    if not folders or not all(os.path.isdir(p) for p in paths):
        return None
    common = os.path.commonpath(folders)
    ancestor = os.path.dirname(common) if common in folders else common
    ancestors = [ancestor]
    while len(ancestors) < MAX_PARENTS and os.path.dirname(ancestors[-1]) != ancestors[-1]:
        ancestors.append(os.path.dirname(ancestors[-1]))
    # Only folders that have a file list can answer: with none (a first start), no stat of
    # every file (on a 22,000-document folder ~1 s, before its text index can start).
    listed = [a for a in ancestors
              if any(listing.list_path([s], cache_dir).exists() for s in _spellings(a, paths))]
    if not listed:
        return None
    current = listing.scan(paths)
    for folder in listed:
        index = _scoped(folder, paths, current, cache_dir, exact)
        if index is not None:
            return index
    return None


def _scoped(folder: str, paths: Sequence[str], current: dict[str, Stamp],
            cache_dir: Path | str | None, exact: bool = False) -> SearchIndex | None:
    """The index of ``folder``'s listing restricted to the documents of ``current``, if
    none of them changed."""
    found = listing.unchanged_inside(_spellings(folder, paths), current, cache_dir, exact)
    if found is None:
        return None
    key, inside = found
    index = load_index(key, cache_dir)
    if index is None:
        return None
    wanted = {r[0] for r in inside if os.path.splitext(r[0])[1].lower() in DOCUMENT_SUFFIXES}
    scope = {d for d, (path, _title) in enumerate(index.docs) if path in wanted}
    if len(scope) != len({r[0] for r in inside if r[3]}):
        return None
    index.scope = scope
    return index


def _spellings(folder: str, paths: Sequence[str]) -> list[str]:
    """How the enclosing folder was probably typed: absolute, or relative like ``paths``."""
    out = [folder]
    relative = os.path.relpath(folder)
    if relative not in out:
        out.append(relative)
    return out


def open_index(paths: Sequence[str], cache_dir: Path | str | None = None,
               analyse: Callable[[list[str]], Sequence[Any]] | None = None) -> SearchIndex:
    """The index over the documents under ``paths``: cached when nothing changed, else rebuilt.

    ``analyse(paths)`` returns the briefings (default: ``briefing.analysis.runner.analyse_corpus``).
    """
    paths = list(paths)
    if not paths:
        from briefing.corpus import bundled_seeds

        paths = [bundled_seeds()]
    index = warm_index(paths, cache_dir) or enclosing_index(paths, cache_dir)
    if index is not None:
        return index
    before = listing.scan(paths)  # stat before reading: an edit made meanwhile shows next time
    if analyse is None:
        from briefing.analysis.runner import analyse_corpus

        briefings = analyse_corpus(paths).briefings
    else:
        briefings = list(analyse(paths))
    index = load_or_build(briefings, cache_dir)
    listing.remember_listing(paths, briefings, before, None, cache_dir)
    return index


def remember_index(paths: Sequence[str], briefings: Sequence[Any], started: float,
                   cache_dir: Path | str | None = None) -> None:
    """Record what is on disk under ``paths`` for the index over ``briefings`` (the reader's,
    read since ``started``, a ``time.time()``), so the next start -- and ``briefing search`` --
    take the warm path.  The disk is listed now, after the reading: a file modified since
    ``started`` may have changed after it was read, so it is recorded as unknown and hashed
    next time."""
    listing.remember_listing(paths, briefings, listing.scan(paths), started, cache_dir)
