"""Checks of the settings that need the reader's tables: the keymap and the theme name.

``briefing config`` and the reader report the same problems, each naming the entry and its
line in ``config.yaml``: an unknown binding id, a key another binding already has (the entry is
then ignored and the default key kept: nothing is silently replaced), an unknown theme (the
default is used).  No Textual import (``briefing config`` stays fast).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefing.common.textsafe import display_safe
from briefing.model import Problem
from briefing.ui.keys import keymap_problems, usable_keymap


def _line(raw: str, key: str) -> int | None:
    """Block style (``keys:`` then ``  search: j``) or flow style (``keys: {search: j}``)."""
    from briefing.userdata.settings import key_line

    return key_line(raw, key)


def _raw(path: Path | None) -> str:
    """The settings text for line numbers, read the bounded way (a FIFO or a link to
    /dev/zero is refused, as by :func:`briefing.userdata.settings.load_settings`)."""
    if path is None:
        return ""
    from briefing.common.fileread import FileProblem, read_bytes
    from briefing.userdata.settings import MAX_SETTINGS_BYTES

    try:
        return read_bytes(path, MAX_SETTINGS_BYTES, "the settings size limit").decode(
            "utf-8", "replace")
    except (FileProblem, OSError):
        return ""


def check_settings(settings: Any, theme_names: Iterable[str],
                   default_theme: str = "briefing-dark") -> list[Problem]:
    """Problems of ``settings`` (a :class:`briefing.userdata.settings.Settings`) beyond its syntax."""
    path = getattr(settings, "path", None)
    raw = _raw(path)
    where = display_safe(str(path or "config.yaml"), 300)
    problems: list[Problem] = []
    for binding_id, message in keymap_problems(dict(settings.keys)).items():
        problems.append(Problem(where, f"keys: {display_safe(binding_id, 40)}: {message}; "
                                       "ignored, the default key is kept",
                                _line(raw, binding_id)))
    names = list(theme_names)
    theme = settings.theme
    if names and theme not in names:
        shown = display_safe(theme, 60)
        if _broken_theme_file(theme):  # "unknown theme 'mine'" beside mine.yaml's problems
            why = f"theme: {shown!r} is not usable (its file's problems are listed)"
        else:
            why = f"theme: unknown theme {shown!r} (`briefing themes` lists them)"
        problems.append(Problem(where, f"{why}; using {default_theme}", _line(raw, "theme")))
    return problems


def _broken_theme_file(theme: object) -> bool:
    """Whether the user's themes folder has a file named for ``theme`` (it was skipped)."""
    from briefing import paths
    from briefing.userdata.theme_spec import valid_theme_name

    folder = paths.config_dir() / "themes"
    return valid_theme_name(theme) and any(
        (folder / f"{theme}{suffix}").is_file() for suffix in (".yaml", ".yml"))


def in_use(settings: Any, theme_names: Iterable[str], default_theme: str = "briefing-dark"
           ) -> Any:
    """``settings`` as the reader uses them: entries with problems replaced by the defaults."""
    from dataclasses import replace

    names = list(theme_names)
    theme = settings.theme if not names or settings.theme in names else default_theme
    return replace(settings, theme=theme, keys=usable_keymap(dict(settings.keys)))
