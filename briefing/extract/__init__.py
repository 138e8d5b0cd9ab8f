"""Extraction: ``analyse(document) -> Briefing`` (actors, quotes, time, negotiation threads).

Pure layer: imports the model and the knowledge base, never Textual.

The package itself imports nothing: ``analyse`` and ``EXTRACTOR_VERSION`` are read from
:mod:`briefing.extract.pipeline` when first asked for.  When this file imported the pipeline,
the package and the pipeline imported each other, and two threads that first imported two
different modules of the package at once (the reader's analysis thread the pipeline, the UI
thread a tracker helper such as ``thread_curation``) could each hold one of the two import
locks and wait for the other; Python breaks such a cycle with ``_DeadlockError`` in one of
them, and a document showed "extraction failed (_DeadlockError)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.extract.pipeline import EXTRACTOR_VERSION, analyse

__all__ = ["EXTRACTOR_VERSION", "analyse"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from briefing.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
