"""Where briefing keeps its own files: settings, reader state and caches (never in the corpus).

platformdirs with the app name ``briefing``; on Linux this honours ``XDG_CONFIG_HOME``,
``XDG_DATA_HOME`` and ``XDG_CACHE_HOME``.  ``BRIEFING_HOME`` (one folder for all three, with
``config/``, ``data/`` and ``cache/`` inside) is for tests and portable setups.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "briefing"


def _override(sub: str) -> Path | None:
    home = os.environ.get("BRIEFING_HOME")
    return Path(home) / sub if home else None


def config_dir() -> Path:
    return _override("config") or Path(platformdirs.user_config_dir(APP, appauthor=False))


def data_dir() -> Path:
    return _override("data") or Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return _override("cache") or Path(platformdirs.user_cache_dir(APP, appauthor=False))


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
