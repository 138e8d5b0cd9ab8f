"""The corpus layer: files and folders in, :class:`~briefing.model.Document` objects out.

Never imports Textual.  Every problem with the user's data becomes a
:class:`~briefing.model.Problem` naming the file (and line); nothing here raises for bad data.

The package itself imports nothing: its names are read from :mod:`briefing.corpus.loader` (and
``Limits`` from :mod:`briefing.corpus.limits`) when first asked for (a module ``__getattr__``),
so that two threads first importing two modules of the package at once never wait on each other
through it (see :mod:`briefing.search`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.common.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from briefing.corpus.files import sidecar_for
    from briefing.corpus.limits import Limits
    from briefing.corpus.loader import (
        DEFAULT_LIMITS,
        LoadedFile,
        LoadResult,
        bundled_seeds,
        count_files,
        discover_files,
        document_from_text,
        iter_load,
        load_corpus,
        load_document,
        load_file,
        path_exists,
    )

__all__ = ["DEFAULT_LIMITS", "Limits", "LoadResult", "LoadedFile", "bundled_seeds", "count_files",
           "discover_files", "document_from_text", "iter_load", "load_corpus", "load_document",
           "load_file", "path_exists", "sidecar_for"]

# Where each exported name lives: the loader, but for these two.
_HOMES = {name: {"Limits": "limits", "sidecar_for": "files"}.get(name, "loader")
          for name in __all__}

__getattr__ = lazy_exports(__name__, _HOMES, globals())
