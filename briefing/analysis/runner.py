"""Corpus-wide analysis: load every document and run the extractor on it, through the cache.

This is what the CLI and the reader's background workers call.  :func:`iter_analyse` is a
generator that yields one item per discovered file (so a worker can report "n of N" with
:func:`count_files`), reusing cached analyses (:mod:`briefing.analysis.cache`) when a file is
unchanged (read in batches of up to :data:`BATCH` entries per SQLite query). An extractor
failure on one document is reported as a problem for that file and the others carry on.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from briefing.analysis.cache import AnalysisCache
from briefing.analysis.document import cacheable, reanalyse, reported, safe_analyse
from briefing.common.textsafe import display_safe
from briefing.corpus import DEFAULT_LIMITS, Limits, bundled_seeds, count_files, load_file
from briefing.corpus.files import Found, discover
from briefing.corpus.problems import unique_problems
from briefing.model import Briefing, Problem

if TYPE_CHECKING:
    from briefing.analysis.pool import Packed

__all__ = ["CorpusAnalysis", "analyse_corpus", "count_files", "iter_analyse", "safe_analyse"]

log = logging.getLogger("briefing.analysis.runner")

BATCH = 256  # files whose cache entries are read in one query on a warm start
POOL_AFTER = 16  # files analysed here before worker processes take over (small folders: none)
POOL_WINDOW = 64  # files in flight at most (results are handed out in discovery order)


@dataclass
class CorpusAnalysis:
    briefings: list[Briefing] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def iter_analyse(paths: Iterable[str] | None = None, limits: Limits = DEFAULT_LIMITS,
                 cache: AnalysisCache | bool | None = True, workers: int = 0,
                 pool: Any = None, nice: int = 0, hold: Callable[[], object] | None = None
                 ) -> Iterator[tuple[Briefing | None, list[Problem]]]:
    """``(briefing or None, problems)`` for each file under ``paths`` (default: the seeds),
    in the order they are discovered.

    ``cache``: ``True`` (default) uses the user's cache (unless ``BRIEFING_NO_CACHE`` is set),
    ``False``/``None`` none, or a given :class:`~briefing.analysis.cache.AnalysisCache` (left open).
    A warm start only ``stat``s unchanged files, and what it yields is decoded on first use
    (:class:`~briefing.analysis.lazy.CachedBriefing`).  ``workers`` > 1 (with a cache): once
    :data:`POOL_AFTER` files needed analysing, the rest are analysed by that many worker
    processes (:mod:`briefing.analysis.pool`).  Safe to abandon part-way (the cache is
    committed when the generator is closed).  ``pool``: an
    :class:`~briefing.analysis.pool.AnalysisPool` already started (its owner closes it), used
    from the first file that needs analysing.  ``nice``: the CPU priority the worker
    processes it starts lower themselves by (the reader's: the screen and the text index,
    see ``search.coldopen.quick_index``, come first).  ``hold()``, when given, is called
    before analysing each file after the first and returns when the analysis may go on: the
    reader holds it while a big folder's text is being indexed by other processes (the
    text, searchable in seconds, comes first; the actors follow).
    """
    roots = list(paths) if paths else [bundled_seeds()]
    own = cache is True
    store: AnalysisCache | None = (AnalysisCache.open_default(limits) if cache is True
                                   else cache or None)
    if store is not None and store.fallback is None:
        # For an entry found undecodable only when first used (briefing.analysis.lazy).
        store.fallback = lambda path: reanalyse(path, limits)
    own_pool = pool is None
    pending: deque[tuple[Found, Any]] = deque()  # (file, result or Future), in order
    misses = 0
    try:
        for found in _prefetched(discover(roots, limits.max_folder_depth), store):
            if found.error:
                item: Any = (None, [Problem(display_safe(found.path, 300), found.error,
                                            severity="error")])
            elif store is not None and (hit := store.get(found.path)) is not None:
                item = hit
            elif store is not None and (pool or workers > 1 and misses >= POOL_AFTER):
                if hold is not None:
                    hold()
                item = _by_content(found.path, store, limits)
                if item is None:
                    if pool is None:
                        pool = _start_pool(workers, limits, nice)
                    if pool is False:  # no worker processes here: analyse in this process
                        misses += 1
                        item = _analyse_here(found.path, store, limits)
                    else:
                        item = _submit(pool, found.path)
            else:
                if hold is not None and misses:
                    hold()
                misses += 1
                item = _analyse_here(found.path, store, limits)
            pending.append((found, item))
            while pending and (len(pending) > POOL_WINDOW or not isinstance(
                    pending[0][1], Future) or pending[0][1].done()):
                yield _result(*pending.popleft(), store, limits)
        while pending:
            yield _result(*pending.popleft(), store, limits)
    finally:
        if pool and own_pool:
            pool.close()
        if own and store is not None:
            store.close()


def _start_pool(workers: int, limits: Limits, nice: int = 0) -> Any:
    """Worker processes, or ``False`` where they cannot be started (no semaphores in a
    sandbox, no ``fork``/``spawn``…): then every file is analysed in this process."""
    try:
        from briefing.analysis.pool import AnalysisPool

        return AnalysisPool(workers, limits, nice)
    except Exception as exc:  # noqa: BLE001 - a pool is an optimisation, never required
        log.info("no worker processes (%s); analysing in this process", exc)
        return False


def _submit(pool: Any, path: str) -> Any:
    """A future for ``path``; a pool that broke (a worker was killed) gives a failed one, and
    the file is then analysed here (:func:`_result`)."""
    try:
        return pool.submit(path)
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool, shut down…
        failed: Future[Packed] = Future()
        failed.set_exception(exc)
        return failed


def _analyse_here(path: str, store: AnalysisCache | None,
                  limits: Limits) -> tuple[Briefing | None, list[Problem]]:
    """Read, look up by content, analyse and store one file, in this process."""
    loaded = load_file(path, limits)
    if loaded.document is None:
        return None, loaded.problems
    if store is not None:
        hit = store.get_loaded(loaded)
        if hit is not None:
            return hit[0], loaded.problems if loaded.raw and loaded.raw.changed else hit[1]
    briefing, more = safe_analyse(loaded.document, limits)
    problems = loaded.problems + reported(briefing, more)
    kept = store.put(loaded, briefing, problems) \
        if store is not None and cacheable(loaded.document, more, limits) else None
    if store is not None:
        store.misses += 1
    return kept or briefing, problems


def _by_content(path: str, store: AnalysisCache,
                limits: Limits) -> tuple[Briefing, list[Problem]] | None:
    """The cached analysis of the same bytes elsewhere (a renamed or copied file), read
    without laying the text out -- so a worker is not asked to analyse it again."""
    from briefing.analysis.pool import read_only

    light = read_only(path, limits)
    return store.get_loaded(light) if light is not None else None


def _result(found: Found, item: Any, store: AnalysisCache | None,
            limits: Limits) -> tuple[Briefing | None, list[Problem]]:
    if not isinstance(item, Future):
        return cast("tuple[Briefing | None, list[Problem]]", item)
    try:
        packed = item.result()
    except Exception:  # noqa: BLE001 - a worker failed or died: analyse it here instead
        return _analyse_here(found.path, store, limits)
    if not packed.usable:
        return None, packed.problems
    briefing = store.put_packed(packed.loaded(found.path), packed.card, packed.blob,
                                packed.tables or {}, store=packed.cacheable) \
        if store is not None else None
    if briefing is None:
        return _analyse_here(found.path, store, limits)
    if store is not None:
        store.misses += 1
    return briefing, packed.problems


def _prefetched(items: Iterable[Found], store: AnalysisCache | None) -> Iterator[Found]:
    """``items``, with the cache entries of each batch read in one query before it is yielded.

    Batches grow from one file (the first document arrives at once) to :data:`BATCH`.
    """
    if store is None:
        yield from items
        return
    it = iter(items)
    size = 1
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        store.prefetch([f.path for f in batch if not f.error])
        yield from batch
        size = min(size * 4, BATCH)


def analyse_corpus(paths: Iterable[str] | None = None, limits: Limits = DEFAULT_LIMITS,
                   cache: AnalysisCache | bool | None = True,
                   workers: int | None = 0) -> CorpusAnalysis:
    """Every briefing and problem under ``paths`` (``workers``: see :func:`iter_analyse`;
    ``None`` means one worker process per core)."""
    result = CorpusAnalysis()
    if workers is None:
        from briefing.analysis.pool import default_workers

        workers = default_workers()
    for briefing, problems in iter_analyse(paths, limits, cache, workers):
        if briefing is not None:
            result.briefings.append(briefing)
        result.problems.extend(problems)
    # Each once (a sidecar shared by a.txt and a.md is one problem, met with both).
    result.problems = unique_problems(result.problems)
    return result
