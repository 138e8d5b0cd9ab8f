"""Widget CSS lives in ``.tcss`` files beside the widget's module; :func:`tcss` reads one.

Textual reads ``CSS_PATH`` only for the app and for pushed screens, with the priority of the
user's CSS, and a pushed screen's ``CSS_PATH`` makes it parse the whole stylesheet again the
first time.  A widget's ``DEFAULT_CSS`` is parsed once, when its type is first used, with the
priority of a widget's defaults.  So each widget (and modal screen) sets
``DEFAULT_CSS = tcss(__file__, "its_name.tcss")``; the main screen's ``main.tcss`` is the app's
``CSS_PATH``.
"""

from __future__ import annotations

from pathlib import Path


def tcss(module_file: str, name: str) -> str:
    """The text of the stylesheet ``name`` in the folder of ``module_file``."""
    return Path(module_file).with_name(name).read_text(encoding="utf-8")
