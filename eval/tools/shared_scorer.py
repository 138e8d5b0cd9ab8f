"""The scorer of the shared eval kit (``SHARED/eval/score.py``), loaded as a module.

The kit is no package and lives outside the project, so every tool that scores with the
scorer's own matching loads it from its file; this is the one loader they share.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_scorer(shared: Path, tool: str) -> ModuleType:
    """``shared/eval/score.py`` as the module ``score``; a missing scorer ends ``tool`` with a
    message naming it."""
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{tool}: no scorer at {shared / 'eval' / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
