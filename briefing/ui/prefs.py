"""The user's settings and themes for the reader, with a small start-up cache.

Reading them needs PyYAML and the corpus layer (about 70 ms of imports before the first frame).
What the reader needs from them -- keymap, theme name, default corpus, the theme definitions and
any problems -- is therefore kept in a JSON file in the cache directory, stamped with the size
and mtime of every file and folder it came from.  When nothing changed the reader starts from
that file with the standard library only; any change (an edited settings file, a new theme, a
newer briefing) falls back to the real loaders, which rewrite the cache.  A cache that cannot be
read or written is ignored: never trusted blindly, never fatal.

No Textual import here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing import __version__, paths

CACHE_NAME = "reader-startup.json"
CACHE_VERSION = 4  # 4: keymap and theme checked (keycheck)


@dataclass
class Preferences:
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    default_corpus: list[str] = field(default_factory=list)
    themes: list[dict[str, Any]] = field(default_factory=list)  # textual.theme.Theme kwargs
    problems: list[tuple[str, str, int | None]] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)  # settings ``limits:`` (non-default)
    layout: dict[str, Any] = field(default_factory=dict)  # settings ``layout:``
    from_cache: bool = False


class _Spec:
    """Stands in for a ThemeSpec when the definitions come from the cache."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        self._kwargs = kwargs
        self.name = kwargs.get("name", "")
        self.path = ""

    def textual_kwargs(self) -> dict[str, Any]:
        return dict(self._kwargs)


def theme_specs(prefs: Preferences) -> list[_Spec]:
    return [_Spec(kwargs) for kwargs in prefs.themes]


def _stamp(path: str) -> list[Any] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _sources(theme_paths: list[str], settings_path: str) -> list[str]:
    config = paths.config_dir()
    found = {str(config), str(config / "themes"), settings_path}
    for p in theme_paths:
        if p:
            found.add(p)
            found.add(str(Path(p).parent))
    return sorted(found)


def _cache_file() -> Path:
    return paths.cache_dir() / CACHE_NAME


def _from_cache() -> Preferences | None:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("briefing") != __version__:
            return None
        for path, stamp in data["stamps"]:
            if _stamp(path) != stamp:
                return None
        return Preferences(
            keymap={str(k): str(v) for k, v in data["keymap"].items()},
            theme=data["theme"] if isinstance(data["theme"], str) else None,
            default_corpus=[str(p) for p in data["default_corpus"]],
            themes=[dict(t) for t in data["themes"]],
            problems=[(str(p), str(m), line if isinstance(line, int) else None)
                      for p, m, line in data["problems"]],
            limits={str(k): int(v) for k, v in data.get("limits", {}).items()},
            layout=dict(data.get("layout", {})),
            from_cache=True,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _limits_dict(settings: Any) -> dict[str, int]:
    """The limits that differ from the defaults, as plain integers."""
    from dataclasses import asdict, is_dataclass

    limits = getattr(settings, "limits", None)
    if limits is None or not is_dataclass(limits):
        return {}
    defaults = asdict(type(limits)())
    return {k: int(v) for k, v in asdict(limits).items() if defaults.get(k) != v}


def _load() -> tuple[Preferences, list[str]]:
    from briefing.settings import config_path, load_settings
    from briefing.themes import load_themes
    from briefing.ui.keycheck import check_settings
    from briefing.ui.keys import usable_keymap

    settings, problems = load_settings()
    specs, more = load_themes()
    names = [spec.name for spec in specs]
    problems = list(problems) + list(more) + check_settings(settings, names)
    prefs = Preferences(
        # Entries that clash or name no binding keep their defaults (reported above).
        keymap=usable_keymap(dict(settings.keys)),
        theme=settings.theme if not names or settings.theme in names else None,
        default_corpus=[str(p) for p in settings.default_corpus],
        themes=[spec.textual_kwargs() for spec in specs],
        problems=[(p.path, p.message, p.line) for p in problems],
        limits=_limits_dict(settings),
        layout={"sidebar": settings.layout.sidebar, "panel": settings.layout.panel,
                "sidebar_width": settings.layout.sidebar_width},
    )
    return prefs, _sources([str(getattr(s, "path", "")) for s in specs], str(config_path()))


def _save(prefs: Preferences, sources: list[str]) -> None:
    payload = {
        "version": CACHE_VERSION, "briefing": __version__,
        "stamps": [[p, _stamp(p)] for p in sources],
        "keymap": prefs.keymap, "theme": prefs.theme, "default_corpus": prefs.default_corpus,
        "themes": prefs.themes, "problems": prefs.problems, "limits": prefs.limits,
        "layout": prefs.layout,
    }
    target = _cache_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(payload), encoding="utf-8")
        os.replace(tmp, target)
    except (OSError, TypeError, ValueError):
        pass  # best effort: the next start reads the files again


def load_preferences() -> Preferences:
    """Settings and themes for the reader: from the cache when every source is unchanged."""
    cached = _from_cache()
    if cached is not None:
        return cached
    prefs, sources = _load()
    _save(prefs, sources)
    return prefs
