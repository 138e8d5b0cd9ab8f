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
