"""The first search of a new folder analyses it: progress on stderr while that takes a while.

On a terminal one line is redrawn in place ("indexing 3,210 of 21,901 files · about 1 min
left"); elsewhere (a pipe, a log) a single line says that indexing happens, so scripts that read
stderr are not flooded.
"""

from __future__ import annotations

import time
from typing import Any, TextIO

REDRAW_EVERY = 0.25  # seconds between two redraws of the progress line
ESTIMATE_AFTER = 20  # files done before time left is estimated (the first ones carry the
# workers' start-up: at 2 of 604 files it said "about 54 min left", then "about 4 min")


def _left(seconds: float) -> str:
    if seconds < 60:
        return f"about {max(1, round(seconds))} s left"
    return f"about {round(seconds / 60)} min left"


def analyse_with_progress(paths: list[str], err: TextIO, clock: Any = time.monotonic,
                          pool: Any = None, what: str = "indexing"
                          ) -> tuple[list[Any], list[Any]]:
    """The briefings and problems of every file under ``paths``, reporting progress on ``err``
    (``pool``: worker processes already started, see ``iter_analyse``)."""
    from briefing.analysis.pool import default_workers
    from briefing.analysis.runner import iter_analyse

    live = err.isatty()
    if not live and what == "indexing":
        print("briefing: indexing (the next search will be fast)…", file=err)
    total = 0
    if live:
        from briefing.corpus import count_files

        total = count_files(paths)
    briefings: list[Any] = []
    problems: list[Any] = []
    started = last = clock()
    for done, (briefing, more) in enumerate(iter_analyse(paths, workers=default_workers(),
                                                                 pool=pool),
                                            start=1):
        if briefing is not None:
            briefings.append(briefing)
        problems.extend(more)
        now = clock()
        if live and now - last >= REDRAW_EVERY:
            last = now
            line = f"briefing: {what} {done:,} of {total:,} files"
            if done < total and now - started > 1 and \
                    done >= min(ESTIMATE_AFTER, max(1, total // 10)):
                line += " · " + _left((now - started) / done * (total - done))
            err.write("\r\x1b[K" + line)
            err.flush()
    if live and last != started:
        err.write("\r\x1b[K")
        err.flush()
    return briefings, problems
