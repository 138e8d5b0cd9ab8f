"""Settings: a YAML file in the user config directory (``briefing config --path`` shows where).

Unknown keys and bad values give a warning naming the file and line, and the default is used;
a broken file never stops the reader.  Saving (the theme picked in the reader) rewrites only the
``theme:`` line when there is one, so the user's comments and ordering survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.corpus import Limits
from briefing.corpus.sanitize import display_safe
from briefing.corpus.yamlsafe import YamlProblem, load_yaml
from briefing.model import Problem
from briefing.storage import atomic_write

PANELS = ("contents", "parties", "tracker")
DEFAULT_THEME = "briefing-dark"
_KEY = re.compile(r"^[^\s]{1,40}$")

TEMPLATE = """\
# briefing settings. Unknown keys and bad values are reported and ignored.
# theme: briefing-dark          # see `briefing themes`
# keys:                         # binding id: key (ids: the README's Keys table)
#   next-section: "]"
# default_corpus: []            # paths `briefing` opens with no argument (default: bundled seeds)
# feeds: []                     # RSS/Atom feed URLs: `briefing fetch` (no URL) and `R` in the reader
# layout:
#   sidebar: true               # show the side panel at start
#   panel: contents             # contents | parties | tracker
#   sidebar_width: 36
# limits:                       # see the README's "Limits" section for all of them
#   max_document_bytes: 33554432
#   max_yaml_bytes: 1048576
#   max_analysed_chars: 1500000
"""


@dataclass(frozen=True)
class Layout:
    sidebar: bool = True
    panel: str = "contents"
    sidebar_width: int = 36


@dataclass(frozen=True)
class Settings:
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    default_corpus: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()  # RSS/Atom feeds `briefing fetch` (no URL) and `R` update
    layout: Layout = field(default_factory=Layout)
    limits: Limits = field(default_factory=Limits)
    path: Path | None = None


def config_path() -> Path:
    return paths.config_dir() / "config.yaml"


def _line(raw: str, key: str) -> int | None:
    match = re.search(rf"^\s*{re.escape(key)}\s*:", raw, re.M)
    return raw.count("\n", 0, match.start()) + 1 if match else None


def parse_settings(data: object, raw: str, where: str) -> tuple[Settings, list[Problem]]:
    """Settings from a loaded mapping; every bad value becomes a warning and its default."""
    problems: list[Problem] = []
    settings = Settings()

    def warn(key: str, message: str) -> None:
        problems.append(Problem(where, f"{key}: {message}; using the default",
                                _line(raw, key.rsplit(".", 1)[-1])))

    if data is None:
        return settings, problems
    if not isinstance(data, dict):
        problems.append(Problem(where, "settings must be a mapping; using the defaults", 1))
        return settings, problems
    known = {"theme", "keys", "default_corpus", "feeds", "layout", "limits"}
    for key in data:
        if key not in known:
            problems.append(Problem(where, f"unknown setting {display_safe(key, 60)!r}; ignored",
                                    _line(raw, str(key))))
    theme = data.get("theme")
    if theme is not None:
        if isinstance(theme, str) and theme.strip():
            settings = replace(settings, theme=theme.strip())
        else:
            warn("theme", "expected a theme name")
    keys = data.get("keys")
    if keys is not None:
        if isinstance(keys, dict):
            good: dict[str, str] = {}
            for binding, key in keys.items():
                if isinstance(binding, str) and isinstance(key, str) and _KEY.match(key):
                    good[binding] = key
                else:
                    problems.append(Problem(where, f"keys: bad entry {display_safe(binding, 40)!r}"
                                                   "; ignored", _line(raw, str(binding))))
            settings = replace(settings, keys=good)
        else:
            warn("keys", "expected a mapping of binding id to key")
    corpus = data.get("default_corpus")
    if corpus is not None:
        if isinstance(corpus, str):
            corpus = [corpus]
        if isinstance(corpus, list) and all(isinstance(p, str) for p in corpus):
            settings = replace(settings, default_corpus=tuple(
                str(Path(p).expanduser()) for p in corpus))
        else:
            warn("default_corpus", "expected a list of paths")
    feeds = data.get("feeds")
    if feeds is not None:
        if isinstance(feeds, str):
            feeds = [feeds]
        if isinstance(feeds, list) and all(isinstance(u, str) and
                                           re.match(r"^https?://\S+$", u.strip()) for u in feeds):
            settings = replace(settings, feeds=tuple(u.strip() for u in feeds))
        else:
            warn("feeds", "expected a list of http(s):// feed URLs")
    layout = data.get("layout")
    if layout is not None:
        if isinstance(layout, dict):
            current = settings.layout
            for key, value in layout.items():
                if key == "sidebar" and isinstance(value, bool):
                    current = replace(current, sidebar=value)
                elif key == "panel" and value in PANELS:
                    current = replace(current, panel=value)
                elif key == "sidebar_width" and isinstance(value, int) and \
                        not isinstance(value, bool) and 20 <= value <= 80:
                    current = replace(current, sidebar_width=value)
                else:
                    warn(f"layout.{key}", f"bad value {display_safe(value, 40)!r}")
            settings = replace(settings, layout=current)
        else:
            warn("layout", "expected a mapping")
    limits = data.get("limits")
    if limits is not None:
        parsed, warnings = Limits.from_dict(limits)
        for warning in warnings:
            key = warning.split(":", 1)[0]
            problems.append(Problem(where, f"{warning}; using the default",
                                    _line(raw, key.rsplit(".", 1)[-1])))
        settings = replace(settings, limits=parsed)
    return settings, problems


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """The user's settings (defaults when there is no file), with any warnings."""
    path = Path(path) if path is not None else config_path()
    where = display_safe(str(path), 300)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Settings(path=path), []
    except OSError as exc:
        return Settings(path=path), [Problem(where, f"cannot read settings: "
                                                    f"{exc.strerror or exc}; using defaults")]
    try:
        loaded = load_yaml(data)
    except YamlProblem as exc:
        return Settings(path=path), [Problem(where, exc.message + "; using the defaults",
                                             exc.line)]
    settings, problems = parse_settings(loaded, data.decode("utf-8", "replace"), where)
    return replace(settings, path=path), problems


def save_theme(theme: str, path: Path | None = None) -> Problem | None:
    """Persist the theme choice, touching only the ``theme:`` line of the user's file."""
    path = Path(path) if path is not None else config_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raw = TEMPLATE
    except (OSError, UnicodeDecodeError) as exc:
        return Problem(str(path), f"cannot update settings: {exc}")
    line = f"theme: {theme}"
    pattern = re.compile(r"^theme\s*:.*$", re.M)
    new = pattern.sub(line, raw, count=1) if pattern.search(raw) else \
        raw.rstrip("\n") + "\n" + line + "\n"
    try:
        atomic_write(path, new.encode("utf-8"))
    except OSError as exc:
        return Problem(str(path), f"cannot save settings: {exc.strerror or exc}")
    return None


def effective(settings: Settings) -> dict[str, Any]:
    """The settings in use, as plain data (for ``briefing config``)."""
    return {
        "theme": settings.theme,
        "keys": dict(settings.keys),
        "default_corpus": list(settings.default_corpus),
        "feeds": list(settings.feeds),
        "layout": {"sidebar": settings.layout.sidebar, "panel": settings.layout.panel,
                   "sidebar_width": settings.layout.sidebar_width},
        "limits": settings.limits.to_dict(),
    }
