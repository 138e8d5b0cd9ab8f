"""Where briefing keeps its own files: settings, reader state and caches (never in the corpus).

platformdirs with the app name ``briefing``; on Linux this honours ``XDG_CONFIG_HOME``,
``XDG_DATA_HOME`` and ``XDG_CACHE_HOME``.  ``BRIEFING_HOME`` (one folder for all three, with
``config/``, ``data/`` and ``cache/`` inside) is for tests and portable setups.

platformdirs is imported on the first call that needs it, so the light layers (the compiled
knowledge base's cache, the CLI's warm path) can ask where the cache lives for nothing.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP = "briefing"


def _override(sub: str) -> Path | None:
    home = os.environ.get("BRIEFING_HOME")
    return Path(home) / sub if home else None


def config_dir() -> Path:
    found = _override("config")
    if found is None:
        import platformdirs

        found = Path(platformdirs.user_config_dir(APP, appauthor=False))
    return found


def data_dir() -> Path:
    found = _override("data")
    if found is None:
        import platformdirs

        found = Path(platformdirs.user_data_dir(APP, appauthor=False))
    return found


def cache_dir() -> Path:
    found = _override("cache")
    if found is None:
        import platformdirs

        found = Path(platformdirs.user_cache_dir(APP, appauthor=False))
    return found


def bundled_dir(name: str) -> Path:
    """A folder that ships with briefing (``seeds`` or ``themes``).

    Installed from a wheel it sits inside the package (``briefing/seeds``); run from a source
    checkout or an editable install it is the repository's top-level folder.  (Not through
    ``importlib.resources``: these folders have no ``__init__.py``, and a namespace package's
    files() is a MultiplexedPath, not a path.)
    """
    package = Path(__file__).resolve().parent
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


@functools.lru_cache(maxsize=1)
def bundled_seeds_prefix() -> str:
    """The bundled seed folder, absolute, with a final separator (for prefix tests)."""
    return os.path.join(os.path.abspath(bundled_dir("seeds")), "")


def user_sidecar_for(path: str) -> str | None:
    """For a document of the bundled seed corpus, where the user's sidecar lives: in the data
    directory (``seeds/<stem>.yaml``), never in the installed package (a reinstall replaces it).
    ``None`` for every other document (their sidecars sit beside them)."""
    # Called for every document on a warm start: no normalising of paths already absolute.
    absolute = path if os.path.isabs(path) else os.path.abspath(path)
    prefix = bundled_seeds_prefix()
    if not absolute.startswith(prefix):
        return None
    relative = os.path.splitext(absolute[len(prefix):])[0] + ".yaml"
    return str(data_dir() / "seeds" / relative)
