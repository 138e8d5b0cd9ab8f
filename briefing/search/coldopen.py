"""Opening the index for one query without waiting for the analysis when it is not needed.

:func:`open_for_query` gives an index that can answer the query now, and (when the actors are
still to come) a ``finish`` function that analyses the corpus and completes the index:

* a valid full index in the cache: that index, nothing to finish;
* a valid text-only index (a previous run was stopped before its analysis ended): that index
  for a query over words; ``finish`` analyses (resuming from the analysis cache) and completes;
* nothing valid, a big folder: the text part is built from the documents' layout by the worker
  processes (``search.textfirst``), which then analyse the corpus in ``finish``; while they do,
  the text index is saved, so a run stopped with Ctrl+C leaves a warm text index;
* a small folder, or a query that needs actors (``@name``, a filter): the whole index first.

Whatever the path, the index ``finish`` returns is the one :func:`~briefing.search.cache
.open_index` would have built, and the text answers are the same (tested).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from briefing.common.filescan import EarlyScan
from briefing.search.cache import (
    enclosing_index,
    load_or_build,
    open_index,
    save_pending,
    warm_index,
)
from briefing.search.index import SearchIndex
from briefing.search.listing import remember_listing, scan, write_listing

# analyse(paths, pool) -> briefings (the CLI's reports progress and problems)
Analyse = Callable[[list[str], Any], Sequence[Any]]
Finish = Callable[[], SearchIndex]


def _default_analyse(paths: list[str], pool: Any) -> list[Any]:
    from briefing.analysis.pool import default_workers
    from briefing.analysis.runner import iter_analyse

    return [b for b, _problems in iter_analyse(paths, workers=default_workers(), pool=pool)
            if b is not None]


def open_for_query(paths: Sequence[str], needs_actors: bool, analyse: Analyse | None = None,
                   cache_dir: Path | str | None = None, workers: int | None = None,
                   early: EarlyScan | None = None) -> tuple[SearchIndex, Finish | None]:
    """``(index, finish)``: ``index`` answers a query over words now; ``finish()`` (when not
    ``None``) completes the actors and returns the full index.  With ``needs_actors`` the
    index returned is always complete.  ``early``: the scan of ``paths`` started when the
    process did (:func:`briefing.common.filescan.start_early`), for the warm check."""
    run = analyse or _default_analyse
    paths = list(paths)
    if not paths:
        from briefing.corpus import bundled_seeds

        paths = [bundled_seeds()]
    index = warm_index(paths, cache_dir, early) or enclosing_index(paths, cache_dir)
    if index is not None and not index.actors_pending:
        return index, None
    if index is not None:
        finish = _finisher(paths, run, None, None, cache_dir)
        return (finish(), None) if needs_actors else (index, finish)
    from briefing.corpus import DEFAULT_LIMITS
    from briefing.search import textfirst

    files = textfirst.files_of(paths, DEFAULT_LIMITS.max_folder_depth)
    if not textfirst.worth_it(files):
        return open_index(paths, cache_dir, analyse=lambda chosen: run(chosen, None)), None
    before = scan(paths)  # stat before reading: an edit made meanwhile shows next time
    pool = _pool(workers)
    try:
        built = textfirst.build(files, textfirst.pool_submitter(pool) if pool else None,
                                pool.workers if pool else 0, sizes=before)
    except BaseException:
        if pool:
            pool.close()
        raise
    finish = _finisher(paths, run, pool, (built, before), cache_dir)
    return (finish(), None) if needs_actors else (built.index, finish)


def _pool(workers: int | None) -> Any:
    from briefing.analysis.pool import default_workers

    count = default_workers() if workers is None else workers
    if count < 2:
        return None
    try:
        from briefing.analysis.pool import AnalysisPool

        return AnalysisPool(count)
    except Exception:  # noqa: BLE001 - no worker processes here: one process does it all
        return None


def _finisher(paths: list[str], run: Analyse, pool: Any,
              fresh: tuple[Any, dict[str, tuple[int, int]]] | None,
              cache_dir: Path | str | None) -> Finish:
    def finish() -> SearchIndex:
        saver = None
        if fresh is not None:
            built, listed = fresh

            def save() -> None:  # the text index, for a run stopped before the end
                if save_pending(built.index, built.key, cache_dir):
                    write_listing(paths, built.shas, built.key, listed, None, cache_dir)

            saver = threading.Thread(target=save, name="save text index")
            saver.start()
        before = scan(paths)
        try:
            briefings = list(run(paths, pool))
        finally:
            if pool:
                pool.close()
            if saver is not None:
                saver.join()
        index = load_or_build(briefings, cache_dir)  # completes the saved text index
        remember_listing(paths, briefings, before, None, cache_dir)
        return index

    return finish


CHILD_POLL = 0.2  # seconds between looks at ``cancelled`` while the child builds


def quick_index(paths: Sequence[str], limits: Any = None, cache_dir: Path | str | None = None,
                cancelled: Callable[[], bool] | None = None,
                improved: Callable[[SearchIndex], None] | None = None,
                building: Callable[[bool], None] | None = None) -> SearchIndex | None:
    """For the reader's start: the saved index when it is valid (perhaps text only: then
    ``actors_pending``), else, for a big folder, a text index built from the layout by a
    process of its own (the screen keeps its interpreter lock and its memory) and loaded from
    the cache; ``None`` for a small folder (the loading builds it soon) or on any failure.
    ``cancelled()`` true stops the child (the reader is closing).  The text index comes
    first without its typo variants (typos are then found by scanning the vocabulary, ~10-50
    ms a word); ``improved(index)`` is called from another thread with the same index with
    its variants, a few seconds later.  ``building(True)`` is called just before the child
    starts, ``building(False)`` once its index is searchable or it failed (the reader holds
    its analysis meanwhile, so the child has the cores)."""
    index = warm_index(paths, cache_dir)
    if index is not None:
        return index
    from briefing.search import textfirst

    depth = getattr(limits, "max_folder_depth", None)
    if depth is None:
        from briefing.corpus import DEFAULT_LIMITS

        depth = DEFAULT_LIMITS.max_folder_depth
    if not textfirst.big_folder(list(paths), depth):
        return None
    from briefing.search.cache import load_index

    def done(key: str) -> None:
        if improved is None:
            return
        try:
            better = load_index(key, cache_dir)
            if better is not None:
                improved(better)
        except Exception:  # noqa: BLE001 - e.g. the reader closed meanwhile: nothing to improve
            pass

    if building is not None:
        building(True)
    try:
        key = _build_in_child(list(paths), limits, cache_dir, cancelled, done)
        return load_index(key, cache_dir) if key else None
    finally:
        if building is not None:
            building(False)


def _build_in_child(paths: list[str], limits: Any, cache_dir: Path | str | None,
                    cancelled: Callable[[], bool] | None,
                    done: Callable[[str], None] | None = None) -> str | None:
    import json
    import subprocess
    import sys

    from briefing.analysis.pool import default_workers

    spec = {"paths": [str(p) for p in paths],
            "limits": limits.to_dict() if hasattr(limits, "to_dict") else None,
            "cache_dir": str(cache_dir) if cache_dir is not None else None,
            "workers": default_workers()}
    try:
        # -P: the working directory is not put on the path (a folder named "briefing" there
        # must not stand in for the package)
        child = subprocess.Popen([sys.executable, "-P", "-m", "briefing.search.textfirst",
                                  json.dumps(spec)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 start_new_session=True)  # its own group, workers included
    except OSError:
        return None
    line = _first_line(child, cancelled)
    if line is None:
        _stop(child)
        return None
    if not line:
        child.wait()
        return None

    def reap() -> None:  # the child goes on adding the typo variants to the saved file
        if child.wait() == 0 and done is not None:
            done(line)

    threading.Thread(target=reap, name="text index child", daemon=True).start()
    return line


def _first_line(child: Any, cancelled: Callable[[], bool] | None) -> str | None:
    """The child's first line of output ("" if it ended without one); ``None`` if cancelled."""
    import select

    out = child.stdout
    buffer = b""
    while b"\n" not in buffer:
        if cancelled is not None and cancelled():
            return None
        try:
            ready = select.select([out], [], [], CHILD_POLL)[0]
        except (OSError, ValueError):  # no select on pipes here: wait for the end
            child.wait()
            ready = [out]
        if ready:
            chunk = os.read(out.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
    out.close()
    return buffer.split(b"\n", 1)[0].decode("ascii", "replace").strip()


def _stop(child: Any) -> None:
    """Stop the child and the worker processes it started (its process group)."""
    import contextlib
    import signal

    with contextlib.suppress(OSError):
        if hasattr(os, "killpg"):
            os.killpg(child.pid, signal.SIGKILL)
        else:
            child.kill()
    child.wait()
