"""The loading job: every file of the corpus read, analysed and published in batches.

The first document is published as text before the extractor is even imported (its analysis
follows as :class:`DocumentAnalysed`), so the reader has something to show at once.  Batches go
out every quarter second or 500 documents.  A failure stops the loading with a problem and
keeps what was loaded.  Imports are lazy: this module is imported at start-up, the analysis
layer only when the job runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from briefing.session.events import BriefingsLoaded, DocumentAnalysed, SessionEvent
from briefing.session.jobs import Cancelled
from briefing.session.memory import Freezer, prompt_switching

if TYPE_CHECKING:
    from briefing.corpus.limits import Limits
    from briefing.model import Briefing, Problem

# Analysis workers yield the CPU to the screen and the text index.  At 5 a worker sharing a
# core with the UI thread still took ~25 % of it (CFS weights 1024 : 335); at 19 ~2 %.
# Measured (session 8, cold ../shared/corpora, keys typed while analysed, load 10-14, three
# runs each alternated): UI CPU a key 17.1-17.7 -> 14.2-14.6 ms, key median 79-141 -> 54-76
# ms, text searchable 38.7-45.4 -> 32.4-46.3 s.  On an idle machine the workers get the same
# CPU either way; on a busy one the analysis yields to other work, as a background job should.
BACKGROUND_NICE = 19
BATCH_SECONDS = 0.25  # a batch is published at least this often...
BATCH_SIZE = 500  # ...or when it has this many documents


def load_corpus(paths: Sequence[str], limits: Limits, publish: Callable[[SessionEvent], None],
                cancelled: Cancelled, hold: Callable[[], object] | None = None) -> None:
    """Read and analyse the corpus (``paths`` empty: the seeds), publishing batches.

    ``hold()`` returns when files may be analysed (after the first one, which is shown at
    once): the session holds the analysis while a big folder's text is indexed, so the
    text index does not share the cores with the extractor (see ``Session.text_first``)."""
    from briefing.model import Problem

    freezer = Freezer()
    freezer.freeze()  # what start-up imported lives as long as the app
    prompt_switching()
    batch: list[Briefing] = []
    problems: list[Problem] = []
    folders: set[str] = set()  # where documents (and so sidecars) live
    seen = 0
    try:
        provisional = show_first_text(paths, limits, publish)
        # The analysis layer (with its cache: a warm start only stats unchanged files).
        from briefing.analysis import runner
        from briefing.analysis.pool import default_workers

        last = monotonic()
        # Worker processes for what needs analysing: the extractor is pure Python and would
        # otherwise share this process's interpreter lock with the screen.
        for briefing, more in runner.iter_analyse(list(paths) or None, limits,
                                                  workers=default_workers(),
                                                  nice=BACKGROUND_NICE, hold=hold):
            if cancelled():
                return
            seen += 1
            if briefing is not None and briefing.document.path == provisional:
                provisional = None
                publish(DocumentAnalysed(0, briefing, more))
                # The extractor and its knowledge base (~30,000 objects), just imported for
                # that first document (a cold start; a warm one reads its analysis), live as
                # long as the reader: out of the collector's full passes, which otherwise walk
                # them every few seconds while the rest is analysed (25-75 ms of CPU each,
                # felt as a late keystroke).
                if _knowledge_loaded():
                    freezer.freeze()
                continue
            if briefing is not None:
                batch.append(briefing)
                folders.add(os.path.dirname(briefing.document.path))
            problems.extend(more)
            now = monotonic()
            if (batch or problems) and (now - last > BATCH_SECONDS or len(batch) >= BATCH_SIZE):
                publish(BriefingsLoaded(batch, problems, seen))
                freezer.loaded(len(batch))
                batch, problems, last = [], [], now
    except Exception as exc:  # noqa: BLE001 - report, keep what was loaded
        from briefing.common.textsafe import display_safe

        problems.append(Problem("(loading)", f"loading stopped: {exc.__class__.__name__}: "
                                             f"{display_safe(exc, 200)}", severity="error"))
    publish(BriefingsLoaded(batch, problems, seen, done=True))
    freezer.freeze()
    clean_temporaries(folders)


def _knowledge_loaded() -> bool:
    import sys

    # A module another thread is still importing is in sys.modules without its functions yet
    # (the loading stopped once with "partially initialized module 'briefing.knowledge' has
    # no attribute 'default_kb_loaded'"): not loaded, then.
    loaded = getattr(sys.modules.get("briefing.knowledge"), "default_kb_loaded", None)
    return bool(callable(loaded) and loaded())


def show_first_text(paths: Sequence[str], limits: Limits,
                    publish: Callable[[SessionEvent], None]) -> str | None:
    """Publish the first document as text only; its path (``None``: nothing usable)."""
    from briefing.corpus import bundled_seeds, load_file
    from briefing.corpus.files import discover
    from briefing.model import ANALYSIS_PENDING, Briefing, Problem

    for found in discover(list(paths) or [bundled_seeds()], limits.max_folder_depth):
        if found.error:
            continue
        loaded = load_file(found.path, limits)
        if loaded.document is not None:
            # Marked as not analysed yet: the panels say "analysing", not "no parties".
            pending = Problem(loaded.document.path, ANALYSIS_PENDING, severity="info")
            publish(BriefingsLoaded([Briefing(document=loaded.document, problems=(pending,))],
                                    [], 0))
            return loaded.document.path
        return None  # the first file is unusable: iter_analyse reports it
    return None


def clean_temporaries(folders: set[str]) -> None:
    """Remove what a killed briefing left half-written beside sidecars and in its own folders
    (its writer is dead); a write in progress elsewhere is left alone."""
    from briefing import paths
    from briefing.common.storage import clean_stale_temporaries

    own = [paths.config_dir(), paths.data_dir() / "seeds", paths.cache_dir(),
           paths.cache_dir() / "search"]
    for folder in [*map(Path, sorted(folders)), *own]:
        clean_stale_temporaries(folder)
