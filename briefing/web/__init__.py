"""The web as a source: ``briefing fetch`` (articles and RSS/Atom feeds into a folder).

Saved pages are read by :mod:`briefing.corpus.page`.

The third-party libraries (trafilatura for a page's main text and metadata, feedparser for
RSS/Atom) are the optional ``web`` extra and are imported only inside the functions that need
them, so ``briefing --help`` and the reader's first frame never pay for them.
"""

from __future__ import annotations

from briefing.corpus.page import EXTRA_HINT, WebExtraMissing

__all__ = ["EXTRA_HINT", "WebExtraMissing", "require"]


def require(module: str) -> object:
    """Import ``module`` (one of the web extra's), or raise :class:`WebExtraMissing`."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise WebExtraMissing(f"{module} is not installed; {EXTRA_HINT}") from exc
