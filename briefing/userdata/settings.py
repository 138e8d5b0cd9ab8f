"""Settings: a YAML file in the user config directory (``briefing config --path`` shows where).

Unknown keys and bad values give a warning naming the file and line, and the default is used;
a broken file never stops the reader.  Saving (the theme picked in the reader) is a structural
edit checked by parsing before an atomic write through any symlink: the user's comments, layout
and other settings survive, and a setting that cannot be saved is reported, never half-written.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.common.fileread import FileMissing, FileProblem, read_bytes, read_file
from briefing.common.storage import atomic_write, describe, locked, locked_file
from briefing.common.textsafe import display_safe, valid_binding_id, valid_key_name
from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.corpus import Limits
from briefing.model import Problem
from briefing.userdata.side_pages import SIDE_PAGES
from briefing.userdata.theme_spec import valid_theme_name
from briefing.userdata.yamledit import EditError, edit

PANELS = SIDE_PAGES
LAYOUT_EXPECTS = {"sidebar": "true or false", "panel": " or ".join(PANELS),
                  "sidebar_width": "a whole number from 20 to 80"}
DEFAULT_THEME = "briefing-dark"
MAX_SETTINGS_BYTES = 1 << 20

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
class LayoutSettings:
    """The reader's layout settings (``layout:``): the side panel, its page and width."""

    sidebar: bool = True
    panel: str = "contents"
    sidebar_width: int = 36


@dataclass(frozen=True)
class Settings:
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    default_corpus: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()  # RSS/Atom feeds `briefing fetch` (no URL) and `R` update
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    limits: Limits = field(default_factory=Limits)
    path: Path | None = None


def config_path() -> Path:
    return paths.config_dir() / "config.yaml"


def key_line(raw: str, key: str) -> int | None:
    """The line of ``key`` in the settings text ``raw``, or ``None``."""
    # A key opens a line (block style) or follows `{` or `,` (flow style), quoted or not.
    match = re.search(rf"(?:^|[{{,])\s*(?P<q>[\"']?){re.escape(key)}(?P=q)\s*:", raw, re.M)
    return raw.count("\n", 0, match.start("q")) + 1 if match else None


_line = key_line


def _item_line(raw: str, key: str, item: object) -> int | None:
    """The line of one item of ``key``'s list: the first line from ``key``'s that holds it."""
    start = key_line(raw, key)
    while isinstance(item, (dict, list)) and item:  # a mapping or list: its first key/item
        item = next(iter(item))
    text = str(item).strip()
    if start is None or not text:
        return start
    lines = raw.split("\n")
    return next((n + 1 for n in range(start - 1, len(lines)) if text in lines[n]), start)


@dataclass
class _Notes:
    """The warnings of one settings file, each with the line of the key it is about."""

    where: str
    raw: str
    problems: list[Problem] = field(default_factory=list)

    def at(self, key: str, message: str) -> None:
        self.problems.append(Problem(self.where, message, _line(self.raw, key)))

    def default(self, key: str, message: str) -> None:
        """A bad value of ``key`` (``layout.panel``: the line of ``panel``): the default."""
        self.at(key.rsplit(".", 1)[-1], f"{key}: {message}; using the default")


def parse_settings(data: object, raw: str, where: str) -> tuple[Settings, list[Problem]]:
    """Settings from a loaded mapping; every bad value becomes a warning and its default."""
    notes = _Notes(where, raw)
    settings = Settings()
    if data is None:
        return settings, notes.problems
    if not isinstance(data, dict):
        notes.problems.append(Problem(where, "settings must be a mapping; using the defaults", 1))
        return settings, notes.problems
    for key in data:
        if key not in _READERS:
            notes.at(str(key), f"unknown setting {display_safe(key, 60)!r}; ignored")
    for key, read in _READERS.items():  # (in this order, whatever the file's)
        value = data.get(key)
        if value is not None:
            settings = read(value, settings, notes)
    return settings, notes.problems


def _theme(value: object, settings: Settings, notes: _Notes) -> Settings:
    if isinstance(value, str) and valid_theme_name(value.strip()):
        return replace(settings, theme=value.strip())
    notes.default("theme", "expected a theme name (lowercase letters, digits and dashes)")
    return settings


def _keys(value: object, settings: Settings, notes: _Notes) -> Settings:
    if not isinstance(value, dict):
        notes.default("keys", "expected a mapping of binding id to key")
        return settings
    good: dict[str, str] = {}
    for binding, key in value.items():
        # Key names reach the footer and the help screen: only real key names pass.
        if valid_binding_id(binding) and valid_key_name(key):
            good[binding] = key
            continue
        why = (f"{display_safe(key, 40)!r} is not a key name (like ctrl+t, f1 or ])"
               if valid_binding_id(binding) else
               "not a binding id (lowercase words joined by dashes, like next-section)")
        notes.at(str(binding), f"keys: bad entry {display_safe(binding, 40)!r}; {why}; ignored")
    return replace(settings, keys=good)


def _default_corpus(value: object, settings: Settings, notes: _Notes) -> Settings:
    corpus = [value] if isinstance(value, str) else value
    if not isinstance(corpus, list):
        notes.default("default_corpus", "expected a list of paths")
        return settings
    good: list[str] = []
    for path in corpus:  # one bad entry costs that entry, not the whole list (as feeds:)
        if isinstance(path, str) and path.strip():
            good.append(str(Path(path).expanduser()))
            continue
        if path is None or isinstance(path, str):  # (`- ` alone, or "": Path("") is ".")
            why = "an empty entry is not a path"
        elif isinstance(path, (int, float)) and not isinstance(path, bool):
            # YAML reads `- 2024` as a number (and `- 0x1F` as 31): a folder's name is quoted.
            why = f"{path!r} is a number, not a path (quote a folder named so)"
        else:
            why = f"{display_safe(path, 80)!r} is not a path"
        notes.problems.append(Problem(notes.where, f"default_corpus: {why}; ignored",
                                      _item_line(notes.raw, "default_corpus",
                                                 "" if path is None else path)))
    return replace(settings, default_corpus=tuple(good))


def _feeds(value: object, settings: Settings, notes: _Notes) -> Settings:
    feeds = [value] if isinstance(value, str) else value
    if not isinstance(feeds, list):
        notes.default("feeds", "expected a list of http(s):// feed URLs")
        return settings
    good: list[str] = []
    for url in feeds:  # one mistyped entry costs that entry, not every feed
        if isinstance(url, str) and re.match(r"^https?://\S+$", url.strip()):
            good.append(url.strip())
            continue
        notes.problems.append(Problem(
            notes.where, f"feeds: {display_safe(url, 80)!r} is not an http(s):// feed URL; "
                         "ignored", _item_line(notes.raw, "feeds", url)))
    return replace(settings, feeds=tuple(good))


def _layout(value: object, settings: Settings, notes: _Notes) -> Settings:
    if not isinstance(value, dict):
        notes.default("layout", "expected a mapping")
        return settings
    current = settings.layout
    for key, item in value.items():
        if key == "sidebar" and isinstance(item, bool):
            current = replace(current, sidebar=item)
        elif key == "panel" and item in PANELS:
            current = replace(current, panel=item)
        elif key == "sidebar_width" and isinstance(item, int) and \
                not isinstance(item, bool) and 20 <= item <= 80:
            current = replace(current, sidebar_width=item)
        elif key not in LAYOUT_EXPECTS:
            notes.at(str(key), f"unknown layout setting {display_safe(key, 40)!r} (known: "
                               f"{', '.join(LAYOUT_EXPECTS)}); ignored")
        else:
            notes.default(f"layout.{key}", f"bad value {display_safe(item, 40)!r}; expected "
                                           f"{LAYOUT_EXPECTS[key]}")
    return replace(settings, layout=current)


def _limits(value: Any, settings: Settings, notes: _Notes) -> Settings:
    parsed, warnings = Limits.from_dict(value)  # (it says so when a value is no mapping)
    for warning in warnings:
        key = warning.split(":", 1)[0]
        notes.at(key.rsplit(".", 1)[-1], f"{warning}; using the default")
    return replace(settings, limits=parsed)


# Each top-level setting and its reader (a bad value: a warning, and the setting unchanged).
_READERS: dict[str, Callable[[object, Settings, _Notes], Settings]] = {
    "theme": _theme, "keys": _keys, "default_corpus": _default_corpus, "feeds": _feeds,
    "layout": _layout, "limits": _limits,
}


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """The user's settings (defaults when there is no file), with any warnings."""
    path = Path(path) if path is not None else config_path()
    where = display_safe(str(path), 300)
    try:  # bounded and non-blocking: a FIFO or a link to /dev/zero is refused, never read
        data = read_bytes(path, MAX_SETTINGS_BYTES, "the settings size limit")
    except FileMissing:
        return Settings(path=path), []
    except FileProblem as exc:
        return Settings(path=path), [Problem(where, f"cannot read settings: {exc}; "
                                                    "using defaults")]
    try:
        loaded = load_yaml(data)
    except YamlProblem as exc:
        return Settings(path=path), [Problem(where, exc.message + "; using the defaults",
                                             exc.line)]
    settings, problems = parse_settings(loaded, data.decode("utf-8", "replace"), where)
    return replace(settings, path=path), problems


def missing_corpus(paths_: Sequence[str], config: Path | None = None) -> list[Problem]:
    """The ``default_corpus`` entries that do not exist, each a problem naming the settings
    file and line (checked when used, not cached: the folder may appear later, a disk be
    mounted): otherwise the reader opens on "/news: No such file" with no word of where
    that path came from."""
    path = Path(config) if config is not None else config_path()
    where = display_safe(str(path), 300)
    try:
        raw = read_bytes(path, MAX_SETTINGS_BYTES, "the settings size limit").decode(
            "utf-8", "replace")
    except (FileMissing, FileProblem):
        raw = ""
    return [Problem(where, f"default_corpus: {display_safe(p, 200)} does not exist; "
                           "nothing is opened from it", _entry_line(raw, p))
            for p in paths_ if not os.path.exists(p)]


def _entry_line(raw: str, path: str) -> int | None:
    """The line of the ``default_corpus`` entry that became ``path``: written as it is, or
    with ``~`` for the home folder (expanded when read); else the key's line."""
    home = os.path.expanduser("~")
    written = ("~" + path[len(home):]) if home not in ("~", os.sep) and \
        path.startswith(home + os.sep) else path
    return _item_line(raw, "default_corpus", written)


def save_setting(key: str, value: object, path: Path | None = None) -> Problem | None:
    """Set one top-level setting in the user's file; a Problem (naming the file) if not saved.

    The edit is structural (:func:`briefing.userdata.yamledit.edit`): only that value changes, or
    one line is added, so comments, layout and the other settings stay as written; the result
    must parse back to the old settings plus this one, or nothing is written.  A file that does
    not parse is never touched.  The write is atomic, under a lock (two instances), and goes
    through a symlink to its target."""
    path = Path(path) if path is not None else config_path()
    where = display_safe(str(path), 300)
    try:
        # No lock file beside a symlinked config.yaml (it would litter the user's dotfiles):
        # one in the data directory, and a lock on the file itself for other data directories.
        with locked(paths.data_dir() / "settings-edits"), locked_file(path):
            if os.path.lexists(path):
                raw = read_file(str(path), MAX_SETTINGS_BYTES, "the settings size limit").data
                try:
                    text = raw.decode("utf-8-sig")
                except UnicodeDecodeError:
                    return Problem(where, f"{key} not saved: the file is not UTF-8")
                bom = raw[:3] if raw.startswith(codecs.BOM_UTF8) else b""
            else:
                text, bom = TEMPLATE, b""
            try:
                data = load_yaml(text) if text.strip() else None
            except YamlProblem as exc:
                return Problem(where, f"{key} not saved: the file has an error to fix first "
                                      f"({exc.message})", exc.line)
            if data is None:
                data = {}
            if not isinstance(data, dict):
                return Problem(where, f"{key} not saved: the settings are not a mapping")
            if key in data and data[key] == value:
                return None
            try:
                new = edit(text, {**data, key: value})
            except EditError as exc:
                return Problem(where, f"{key} not saved: {exc}", exc.line)
            atomic_write(path, bom + new.encode("utf-8"))
    except FileProblem as exc:
        return Problem(where, f"{key} not saved: {exc}")
    except OSError as exc:  # the Problem names the file (and never a temporary)
        return Problem(where, f"{key} not saved: {exc.strerror or describe(exc, path)}")
    return None


def save_theme(theme: str, path: Path | None = None) -> Problem | None:
    """Persist the theme choice (see :func:`save_setting`)."""
    return save_setting("theme", theme, path)


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
