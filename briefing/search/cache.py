"""The index cache in the user cache directory: reuse when valid, rebuild otherwise, never fail.

Two kinds of file live in ``cache_dir()/search/``:

* ``index-<key>.idx``: an index (:mod:`briefing.search.store`); ``key`` is the SHA-256 of the
  index version and every document's path and SHA-256, in order.  A file that cannot be read, is
  from another version or was built for other documents is rebuilt, and the rebuild replaces it.
* ``files-<hash of the PATH arguments>.list``: what was on disk when that index was built, one
  ``(path, size, mtime_ns, sha256)`` per discovered file.  :func:`open_index` compares it with a
  fresh directory listing and ``stat``: when nothing moved, the index is loaded without opening a
  single document; a file whose size or mtime changed is hashed, and only a real change in its
  bytes (or a file added or removed) sends the corpus back through the analysis.

A curation in the reader (rename, merge, drop, add) changes one document's actors, hence the
key.  :func:`apply_curation` updates the index in memory (the actor part only, see
``SearchIndex.with_document_actors``), then saves it under the new key by copying the old
file's text part (:func:`briefing.search.store.save_actors`) and moves the file list on, so
the next start is warm without a rebuild.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.common.fileread import read_bytes
from briefing.common.filetypes import DOCUMENT_SUFFIXES, SIDECAR_SUFFIXES, is_page_assets
from briefing.search.index import INDEX_VERSION, SearchIndex
from briefing.search.store import StoreError, load, save

# Index files are evicted by size and use: the most recently used are kept while they fit in
# KEEP_BYTES together (a 22,000-document folder's index is ~100 MB, a single file's a few KB, so
# opening small files never pushes out a big index); KEEP_INDEXES only bounds the file count.
KEEP_INDEXES = 64
KEEP_BYTES = 300 * 1024 * 1024


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

    digest = hashlib.sha256(repr(sorted(limits.items())).encode()).hexdigest()[:16]
    return Path(user_cache()) / f"limits-{digest}"


def _folder(cache_dir: Path | str | None) -> Path:
    if cache_dir is None:
        from briefing.paths import cache_dir as user_cache

        return Path(user_cache()) / "search"
    return Path(cache_dir) / "search"


def extractor_version() -> str:
    """The extractor's version, without importing the extractor (0.4 s) on the warm path.

    Actors in the index come from the extractor, so a new extractor means a new index.  The
    constant lives in the light ``briefing.versions``; the fallbacks (the loaded pipeline, or its
    source) are for a tree that predates it.  Every process must compute the same value, or the
    CLI and the reader would never share an index.
    """
    try:
        from briefing.versions import EXTRACTOR_VERSION
    except ImportError:
        pass
    else:
        return str(EXTRACTOR_VERSION)
    module = sys.modules.get("briefing.extract.pipeline")
    if module is not None:
        return str(getattr(module, "EXTRACTOR_VERSION", ""))
    try:
        source = (Path(__file__).resolve().parents[1] / "extract" / "pipeline.py").read_text(
            encoding="utf-8")
    except OSError:
        return ""
    found = re.search(r'^EXTRACTOR_VERSION\s*=\s*["\']([^"\']*)["\']', source, re.MULTILINE)
    return found.group(1) if found else ""


def index_key(briefings: Sequence[Any]) -> str:
    """The cache key of an index over ``briefings``: their paths, SHA-256, titles and sidecar
    curation in order, the index version and the extractor version."""
    return key_from_lines([key_line(getattr(b, "document", b)) for b in briefings])


def key_line(doc: Any) -> str:
    """One document's part of :func:`index_key` (a worker computes it where it reads the
    file, see ``search.textfirst``)."""
    # The sidecar is not in ``sha256``: its title and curation (actor corrections) are.
    curation = getattr(doc, "curation", None) or {}
    return f"{doc.path}\0{doc.sha256}\0{doc.title}\0{curation!r}\n"


def key_from_lines(lines: Sequence[str]) -> str:
    digest = hashlib.sha256(f"briefing-search/{INDEX_VERSION}/{extractor_version()}\n".encode())
    for line in lines:
        digest.update(line.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def index_path(key: str, cache_dir: Path | str | None = None) -> Path:
    return _folder(cache_dir) / f"index-{key[:40]}.idx"


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
        data = _data_of(index)
        save(path, data, index.unit_text, key, INDEX_VERSION, index._alias_index())
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
    memory and copied on disk (:func:`briefing.search.store.save_actors`), not rebuilt; a file
    saved without typo variants is written again whole, with them."""
    from briefing.search.index import actor_data

    data = index._shared_data()
    data.update(actor_data(briefings, data))
    full = SearchIndex(data, index._texts)
    copy_text = index.source is not None and index.var_hash is not None
    if full.var_hash is None:
        from briefing.search.textfirst import add_variants

        add_variants(full)
    key = index.key or index_key(briefings)
    full.key = key
    path = index_path(key, cache_dir)
    try:
        if copy_text and index.key == key:
            from briefing.search.store import save_actors

            save_actors(Path(index.source), key, path, _data_of(full), key, INDEX_VERSION,
                        full._alias_index())
        else:
            save(path, _data_of(full), full.unit_text, key, INDEX_VERSION, full._alias_index())
        _prune(path.parent, keep=path)
        full.source = path
    except (OSError, ValueError, OverflowError, StoreError):
        pass
    return full


def save_pending(index: SearchIndex, key: str, cache_dir: Path | str | None = None,
                 variants: bool = True) -> bool:
    """Save a text-only index under ``key`` (its typo variants built first, unless
    ``variants`` is false: then they are left out, and searches scan the vocabulary)."""
    from briefing.search.textfirst import add_variants

    path = index_path(key, cache_dir)
    if variants:
        add_variants(index)
        done = load_index(key, cache_dir)
        if done is not None and not done.actors_pending:
            done.close()
            return True  # the reader completed it meanwhile: keep the complete one
    try:
        save(path, _data_of(index), index.unit_text, key, INDEX_VERSION, index._alias_index(),
             pending=True)
        _prune(path.parent, keep=path)
    except (OSError, ValueError, OverflowError):
        return False
    index.key, index.source = key, path
    return True


def _data_of(index: SearchIndex) -> dict[str, Any]:
    return {
        **index._shared_data(),  # the text side, as an incremental curation shares it
        "actors": [(a.id, a.name, a.kind, a.aliases, a.former_names) for a in index.actors],
        "actor_off": index.actor_off, "mention_unit": index.mention_unit,
        "mention_start": index.mention_start, "mention_end": index.mention_end,
        "doc_actors": index._doc_actor_list(), "hidden": index.hidden,
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
    from briefing.search.store import save_actors

    save_actors(Path(source), index.key, target, _data_of(updated), key, INDEX_VERSION,
                updated._alias_index())
    updated.key, updated.source = key, target
    if paths is not None:
        document = getattr(new, "document", new)
        _advance_listing(list(paths), index.key, key, _sidecars_of(document), cache_dir)
    if os.name == "posix" and Path(source) != target:
        # Safe while mapped (POSIX keeps the data until the mapping goes); elsewhere the
        # pruning of old files takes care of it.
        with contextlib.suppress(OSError):
            os.unlink(source)
    _prune(target.parent, keep=target)
    return True


def _sidecars_of(document: Any) -> list[str]:
    stem = os.path.splitext(document.path)[0]
    found = [stem + suffix for suffix in _SIDECAR_SUFFIXES]
    given = getattr(document, "sidecar_path", None)
    if given and given not in found:
        found.append(str(given))
    return found


def _advance_listing(paths: list[str], old_key: str, key: str, changed: list[str],
                     cache_dir: Path | str | None) -> None:
    """Move the file list written for ``old_key`` on to ``key``, with ``changed`` re-read.

    Only the sidecar changed (a curation leaves the document as it is).  Any doubt (the list
    is for another index, a file vanished) leaves the list alone: the next run then takes the
    cold path, which is slower but never wrong.
    """
    if not paths:
        from briefing.corpus import bundled_seeds

        paths = [bundled_seeds()]
    listing = _list_path(paths, cache_dir)
    saved = _read_list(listing)
    if saved is None or saved[0] != old_key:
        return
    rows = list(saved[1])
    where = {row[0]: i for i, row in enumerate(rows)}
    now = _stat_all(changed)
    for name in changed:
        st = now.get(name)
        i = where.get(name)
        if i is not None:
            if st is None:
                return  # a sidecar was removed meanwhile
            rows[i] = (name, st[0], st[1], rows[i][3])
        elif st is not None:
            # A new sidecar: if the scan would not list it under this name, the counts differ
            # next time and the cold path runs (never a stale index).
            rows.append((name, st[0], st[1], ""))
    _write_list(listing, key, rows)


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


# ---------------------------------------------------------------------- the warm path
FileRow = tuple[str, int, int, str]  # path, size, mtime_ns, sha256 ("" when not a document)


def _list_path(paths: Sequence[str], cache_dir: Path | str | None) -> Path:
    roots = "\0".join(os.path.abspath(p) for p in paths)
    name = hashlib.sha256(roots.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return _folder(cache_dir) / f"files-{name}.list"


MAX_LIST_BYTES = 1 << 30  # the saved file list (about 100 bytes a document)


def _read_list(path: Path) -> tuple[str, list[FileRow]] | None:
    try:
        data = marshal.loads(read_bytes(path, MAX_LIST_BYTES))
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if (not isinstance(data, dict) or data.get("version") != INDEX_VERSION
            or data.get("extractor") != extractor_version()
            or not isinstance(data.get("key"), str) or not isinstance(data.get("files"), list)):
        return None
    return data["key"], data["files"]


def _write_list(path: Path, key: str, rows: list[FileRow]) -> None:
    try:
        from briefing.common.storage import atomic_write

        atomic_write(path, marshal.dumps({"version": INDEX_VERSION, "extractor": extractor_version(),
                                     "key": key, "files": rows}))
    except (OSError, ValueError, ImportError):
        pass


def _sha256_of(path: str) -> str | None:
    try:
        from briefing.corpus.files import read_file, sha256_hex

        return sha256_hex(read_file(path).data)
    except OSError:
        return None


_SIDECAR_SUFFIXES = SIDECAR_SUFFIXES
_TEXT_SUFFIXES = DOCUMENT_SUFFIXES
_MAX_DEPTH = 32
_STAT_THREADS = 4


def _scan(paths: Sequence[str]) -> dict[str, tuple[int, int]]:
    """``path -> (size, mtime_ns)`` for the documents ``corpus.files.discover`` would yield and
    for the sidecars (``.yaml``/``.yml``) beside them, whose edits change titles and actors.

    The same rules as ``discover`` (hidden entries skipped, folder symlinks not followed,
    document suffixes only inside folders).  The directory scan costs little; the ``stat`` of
    every file is the warm path's main cost (10 µs each on a VM, 44,000 files for the test
    corpus), so it runs in a few threads: ``os.stat`` releases the GIL.
    """
    wanted = _TEXT_SUFFIXES | frozenset(_SIDECAR_SUFFIXES)
    files: list[str] = []

    def walk(folder: str, depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        names = {entry.name for entry in entries}
        for entry in entries:
            name = entry.name
            if name[0] == ".":
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not is_page_assets(name, names):
                        walk(entry.path, depth + 1)
                    continue
            except OSError:
                pass
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in wanted:
                files.append(entry.path)

    for given in paths:
        path = str(Path(given))
        if os.path.isdir(path):
            walk(path, 0)
        elif os.path.lexists(path):
            files.append(path)
            stem = os.path.splitext(path)[0]
            files.extend(stem + suffix for suffix in _SIDECAR_SUFFIXES
                         if os.path.lexists(stem + suffix))
    from briefing.paths import bundled_seeds_prefix, user_sidecar_for

    # The bundled seed's curated sidecars live in the data directory (a handful of files).
    seeds = bundled_seeds_prefix()
    if any(os.path.join(os.path.abspath(g), "").startswith(seeds) or
           seeds.startswith(os.path.join(os.path.abspath(g), "")) for g in paths):
        files.extend(user for user in map(user_sidecar_for, list(files))
                     if user is not None and os.path.lexists(user))
    return _stat_all(files)


def _stat_all(files: list[str]) -> dict[str, tuple[int, int]]:
    results: list[dict[str, tuple[int, int]]] = []

    def work(chunk: list[str]) -> None:
        out: dict[str, tuple[int, int]] = {}
        for path in chunk:
            try:
                st = os.stat(path)
            except OSError:
                continue  # a broken link: discover reports it as an error, never a document
            out[path] = (st.st_size, st.st_mtime_ns)
        results.append(out)

    if len(files) < 2000:
        work(files)
    else:
        import threading

        chunks = [files[i::_STAT_THREADS] for i in range(_STAT_THREADS)]
        threads = [threading.Thread(target=work, args=(c,), daemon=True) for c in chunks]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    merged: dict[str, tuple[int, int]] = {}
    for part in results:
        merged.update(part)
    return merged


def warm_index(paths: Sequence[str], cache_dir: Path | str | None = None) -> SearchIndex | None:
    """The cached index for ``paths`` if no document changed since it was built, else ``None``.

    Reads no document unless its size or mtime changed (then it is hashed, not analysed).
    """
    listing = _list_path(paths, cache_dir)
    saved = _read_list(listing)
    if saved is None:
        return None
    key, rows = saved
    current = _scan(paths)
    if len(current) != len(rows):
        return None
    touched = False
    fresh: list[FileRow] = []
    for path, size, mtime, sha in rows:
        now = current.get(path)
        if now is None:
            return None
        if now != (size, mtime):
            if not sha or _sha256_of(path) != sha:
                return None
            touched = True  # same bytes, new mtime: remember it so it is not hashed again
        fresh.append((path, now[0], now[1], sha))
    index = load_index(key, cache_dir)
    if index is not None and touched:
        _write_list(listing, key, fresh)
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
    current = _scan(paths)
    ancestor = os.path.dirname(common) if common in folders else common
    for _ in range(MAX_PARENTS):
        index = _scoped(ancestor, paths, current, cache_dir, exact)
        if index is not None:
            return index
        parent = os.path.dirname(ancestor)
        if parent == ancestor:
            break
        ancestor = parent
    return None


def _scoped(folder: str, paths: Sequence[str], current: dict[str, tuple[int, int]],
            cache_dir: Path | str | None, exact: bool = False) -> SearchIndex | None:
    saved = None
    for spelled in _spellings(folder, paths):
        saved = _read_list(_list_path([spelled], cache_dir))
        if saved is not None:
            break
    if saved is None:
        return None
    key, rows = saved
    # "/c/copies/a.txt" (listed under "/c") is "copies/a.txt" (listed now, in /c).
    now = {os.path.abspath(p): st for p, st in current.items()}
    inside = [r for r in rows if os.path.abspath(r[0]) in now]
    if {os.path.abspath(r[0]) for r in inside} != set(now):
        return None  # a file added, removed or spelled otherwise
    if exact and {r[0] for r in inside} != set(current):
        return None  # the same files, spelled otherwise
    for path, size, mtime, sha in inside:
        if now[os.path.abspath(path)] != (size, mtime) and (
                not sha or _sha256_of(path) != sha):
            return None
    index = load_index(key, cache_dir)
    if index is None:
        return None
    wanted = {r[0] for r in inside if os.path.splitext(r[0])[1].lower() in _TEXT_SUFFIXES}
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
    before = _scan(paths)  # stat before reading: an edit made meanwhile shows next time
    if analyse is None:
        from briefing.analysis.runner import analyse_corpus

        briefings = analyse_corpus(paths).briefings
    else:
        briefings = list(analyse(paths))
    index = load_or_build(briefings, cache_dir)
    _remember_listing(paths, briefings, before, None, cache_dir)
    return index


def remember_index(paths: Sequence[str], briefings: Sequence[Any], started: float,
                   cache_dir: Path | str | None = None) -> None:
    """Record what is on disk under ``paths`` for the index over ``briefings`` (the reader's,
    read since ``started``, a ``time.time()``), so the next start -- and ``briefing search`` --
    take the warm path.  The disk is listed now, after the reading: a file modified since
    ``started`` may have changed after it was read, so it is recorded as unknown and hashed
    next time."""
    _remember_listing(paths, briefings, _scan(paths), started, cache_dir)


def _remember_listing(paths: Sequence[str], briefings: Sequence[Any],
                      listed: dict[str, tuple[int, int]], started: float | None,
                      cache_dir: Path | str | None) -> None:
    shas = {getattr(b, "document", b).path: getattr(b, "document", b).sha256 for b in briefings}
    write_listing(paths, shas, index_key(briefings), listed, started, cache_dir)


def write_listing(paths: Sequence[str], shas: dict[str, str], key: str,
                  listed: dict[str, tuple[int, int]], started: float | None,
                  cache_dir: Path | str | None) -> None:
    """Record ``listed`` (a :func:`_scan` made before the documents were read) as the files
    of the index ``key``, whose documents have the SHA-256 ``shas``."""
    if not all(p in listed for p in shas):  # else a document would escape the freshness check
        return
    recent = None if started is None else int((started - 2.0) * 1e9)  # a clock tick's margin
    rows = [(p, -1, -1, "") if recent is not None and st[1] >= recent
            else (p, st[0], st[1], shas.get(p, "")) for p, st in listed.items()]
    _write_list(_list_path(paths, cache_dir), key, rows)
