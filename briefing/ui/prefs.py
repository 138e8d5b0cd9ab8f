"""The user's settings and themes for the reader, with a small start-up cache.

Reading them needs PyYAML and the corpus layer (about 70 ms of imports before the first frame).
What the reader needs from them -- keymap, theme name, default corpus, the theme definitions and
any problems -- is therefore kept in a JSON file in the cache directory, stamped with the size
and mtime of every file and folder it came from.  When nothing changed the reader starts from
that file with the standard library only; any change (an edited settings file, a new theme, a
newer briefing) falls back to the real loaders, which rewrite the cache.  A cache that cannot be
read or written, or holds anything the loaders would not have produced, is ignored: validated,
never trusted, never fatal.

No Textual import here.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing import __version__, paths
from briefing.userdata.side_pages import SIDE_PAGES

CACHE_NAME = "reader-startup.json"
CACHE_VERSION = 5  # 4: keymap and theme checked (keycheck); 5: an unusable theme -> default


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
    """Stands in for a ThemeSpec when the definitions come from the cache.

    Only the theme in use is checked before the first frame (``checked``); the others are
    checked here, when the reader registers them after it (a theme not passing the checks
    the loaders apply raises ``ValueError``, which the reader reports, and the cache is
    forgotten so that the next start reads the theme files and names the line)."""

    def __init__(self, kwargs: dict[str, Any], checked: bool = True) -> None:
        self._kwargs = kwargs
        self._checked = checked
        self.name = kwargs.get("name", "")
        self.path = ""

    def textual_kwargs(self) -> dict[str, Any]:
        if not self._checked:
            try:
                self._kwargs = _checked_theme(self._kwargs)
            except ValueError:
                forget_cache()
                raise
            self._checked = True
        return dict(self._kwargs)


def theme_specs(prefs: Preferences) -> list[_Spec]:
    """The themes as the reader registers them; from the cache, only the one in use is
    checked yet (the reader registers the others after the first frame)."""
    return [_Spec(kwargs, checked=not prefs.from_cache or kwargs.get("name") == prefs.theme)
            for kwargs in prefs.themes]


def forget_cache() -> None:
    """Remove the start-up cache (the next start reads the settings and theme files)."""
    with contextlib.suppress(OSError):
        _cache_file().unlink()


def _stamp(path: str) -> list[int] | None:
    """The source's freshness stamp (:func:`briefing.common.freshness.stamp`), as JSON keeps it."""
    from briefing.common.freshness import stamp

    found = stamp(path)
    return None if found is None else list(found)


def _sources(theme_paths: list[str], settings_path: str) -> list[str]:
    config = paths.config_dir()
    found = {str(config), str(config / "themes"), settings_path}
    for p in theme_paths:
        if p:
            found.add(p)
            found.add(str(Path(p).parent))
    return sorted(found)


def _where() -> list[str]:
    """Where the settings and themes are read from: part of the cache's key, so two config
    directories sharing one cache directory never see each other's settings."""
    return [str(paths.config_dir()), str(paths.bundled_dir("themes"))]


def _cache_file() -> Path:
    return paths.cache_dir() / CACHE_NAME


MAX_CACHE_BYTES = 4 << 20


def _valid_layout(layout: object) -> dict[str, Any]:
    """The ``layout:`` values the settings loader accepts; anything else is dropped."""
    good: dict[str, Any] = {}
    if isinstance(layout, dict):
        if isinstance(layout.get("sidebar"), bool):
            good["sidebar"] = layout["sidebar"]
        if layout.get("panel") in SIDE_PAGES:
            good["panel"] = layout["panel"]
        width = layout.get("sidebar_width")
        if isinstance(width, int) and not isinstance(width, bool) and 20 <= width <= 80:
            good["sidebar_width"] = width
    return good


def _checked_theme(kwargs: object) -> dict[str, Any]:
    """A cached theme definition checked again by the theme rules (``ValueError`` if not)."""
    from briefing.userdata.theme_spec import contrast_failures, parse_theme

    spec = parse_theme(kwargs, "cache")  # raises ValueError on anything off
    if contrast_failures(spec):
        raise ValueError("contrast")
    return spec.textual_kwargs()


def _valid_themes(themes: object, in_use: str | None) -> list[dict[str, Any]]:
    """The cached theme definitions; the one in use checked again by the theme rules now (a
    bad one makes the whole cache unusable: the real loader then reports it), the others only
    for their shape and name (checked in full when registered: :class:`_Spec`)."""
    from briefing.userdata.theme_spec import valid_theme_name

    if not isinstance(themes, list):
        raise ValueError("themes")
    kept = []
    for kwargs in themes:
        if not isinstance(kwargs, dict) or not valid_theme_name(kwargs.get("name")):
            raise ValueError("theme")
        kept.append(_checked_theme(kwargs) if kwargs["name"] == in_use else kwargs)
    return kept


def _from_cache() -> Preferences | None:
    """The cached preferences, if the file is intact, current and passes every check.

    Not trusted: it is read through the bounded reader (a FIFO or a link to /dev/zero is
    refused), and every value is validated again as the settings and theme loaders would."""
    from briefing.common.fileread import read_bytes
    from briefing.common.textsafe import display_safe, valid_binding_id, valid_key_name
    from briefing.userdata.theme_spec import valid_theme_name

    try:
        data = json.loads(read_bytes(_cache_file(), MAX_CACHE_BYTES).decode("utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("briefing") != __version__ \
                or data.get("sources") != _where():
            return None  # another briefing, or settings from another place (XDG_CONFIG_HOME)
        for path, stamp in data["stamps"]:
            if _stamp(path) != stamp:
                return None
        keymap = data["keymap"]
        if not isinstance(keymap, dict) or not all(
                valid_binding_id(k) and valid_key_name(v) for k, v in keymap.items()):
            return None
        theme = data["theme"]
        corpus = data["default_corpus"]
        if not (theme is None or valid_theme_name(theme)) or not isinstance(corpus, list) \
                or not all(isinstance(p, str) for p in corpus):
            return None
        limits = data.get("limits", {})
        if not isinstance(limits, dict) or not all(
                isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
                for k, v in limits.items()):
            return None  # (the values are checked again by Limits.from_dict when used)
        problems = [(display_safe(p, 300), display_safe(m, 600),
                     line if isinstance(line, int) and not isinstance(line, bool) else None)
                    for p, m, line in data["problems"]]
        return Preferences(
            keymap=dict(keymap), theme=theme, default_corpus=list(corpus),
            themes=_valid_themes(data["themes"], theme), problems=problems, limits=dict(limits),
            layout=_valid_layout(data.get("layout", {})), from_cache=True,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # (RecursionError: JSON nested thousands deep)


def _limits_dict(settings: Any) -> dict[str, int]:
    """The limits that differ from the defaults, as plain integers."""
    from dataclasses import asdict

    from briefing.corpus.limits import Limits

    limits = getattr(settings, "limits", None)
    if not isinstance(limits, Limits):
        return {}
    defaults = asdict(Limits())
    return {k: int(v) for k, v in asdict(limits).items() if defaults.get(k) != v}


def _load() -> tuple[Preferences, list[str]]:
    from briefing.ui.keycheck import check_settings, in_use
    from briefing.ui.keys import usable_keymap
    from briefing.userdata.settings import config_path, load_settings
    from briefing.userdata.themes import load_themes

    settings, problems = load_settings()
    specs, more = load_themes()
    names = [spec.name for spec in specs]
    problems = list(problems) + list(more) + check_settings(settings, names)
    prefs = Preferences(
        # Entries that clash or name no binding keep their defaults (reported above).
        keymap=usable_keymap(dict(settings.keys)),
        # A theme that is unknown or was skipped (its file has problems): briefing's default,
        # as `briefing config` says ("using briefing-dark"), not Textual's own.
        theme=in_use(settings, names).theme,
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
        "version": CACHE_VERSION, "briefing": __version__, "sources": _where(),
        "stamps": [[p, _stamp(p)] for p in sources],
        "keymap": prefs.keymap, "theme": prefs.theme, "default_corpus": prefs.default_corpus,
        "themes": prefs.themes, "problems": prefs.problems, "limits": prefs.limits,
        "layout": prefs.layout,
    }
    from briefing.common.storage import atomic_write

    # Best effort: the next start reads the files again.
    with contextlib.suppress(OSError, TypeError, ValueError):
        atomic_write(_cache_file(), json.dumps(payload).encode("utf-8"))


def load_preferences() -> Preferences:
    """Settings and themes for the reader: from the cache when every source is unchanged."""
    cached = _from_cache()
    if cached is not None:
        return cached
    prefs, sources = _load()
    _save(prefs, sources)
    return prefs
