"""Theme files: YAML in the package's ``themes/`` and in ``<config dir>/themes/``.

A theme is a Textual theme (name, primary, background…) plus briefing's own variables (status,
actor-kind, search- and evidence-highlight colours) used by the stylesheet as ``$briefing-…``.
Every colour is validated here (hex ``#rgb``/``#rrggbb``/``#rrggbbaa`` or ``rgb(r, g, b)``) and
text colours must reach WCAG AA contrast on their backgrounds; a broken file is reported with the
file and key and skipped.  Pure module: no Textual import (the UI turns specs into themes).
"""

from __future__ import annotations

import re
from pathlib import Path

from briefing import paths
from briefing.common.fileread import read_bytes
from briefing.common.textsafe import display_safe
from briefing.common.yamlsafe import YamlProblem, load_yaml
from briefing.model import Problem
from briefing.userdata.theme_spec import (
    AA,
    AA_LARGE,
    ACTOR_KINDS,
    BASE_KEYS,
    MAX_THEME_BYTES,
    REQUIRED,
    REQUIRED_VARIABLES,
    STATUS_LABELS,
    ColourError,
    ThemeInvalid,
    ThemeSpec,
    contrast,
    contrast_failures,
    luminance,
    parse_colour,
    parse_theme,
)

__all__ = ["AA", "AA_LARGE", "ACTOR_KINDS", "BASE_KEYS", "MAX_THEME_BYTES", "REQUIRED",
           "REQUIRED_VARIABLES", "STATUS_LABELS", "ColourError", "ThemeInvalid", "ThemeSpec",
           "contrast", "contrast_failures", "load_themes", "luminance", "parse_colour",
           "parse_theme"]


def _theme_files() -> list[tuple[Path, bool]]:
    found: list[tuple[Path, bool]] = []
    root = paths.bundled_dir("themes")
    if root.is_dir():
        found += [(p, True) for p in sorted(root.glob("*.yaml"))]
    user = paths.config_dir() / "themes"
    if user.is_dir():
        found += [(p, False) for p in sorted(user.glob("*.y*ml"))]
    return found


def _example() -> str:
    """A built-in theme file a user's own theme can start from."""
    return display_safe(str(paths.bundled_dir("themes") / "briefing-dark.yaml"), 300)


def _key_line(raw: bytes, message: str) -> int | None:
    """The line of the key a theme problem names ("primary: not a colour",
    "variables.briefing-mention: …", "unknown key 'x'"), if the file has it once."""
    quoted = re.match(r"unknown key '([^']+)'", message)
    head = quoted.group(1) if quoted else message.split(":", 1)[0]
    key = head.rsplit(".", 1)[-1].strip()
    if not key or " " in key:
        return None
    text = raw.decode("utf-8", "replace")
    found = list(re.finditer(rf"^[ \t]*['\"]?{re.escape(key)}['\"]?[ \t]*:", text, re.M))
    return text.count("\n", 0, found[0].start()) + 1 if len(found) == 1 else None


def _contrast_key(failure: str) -> str:
    """The key a contrast failure is best fixed at: the colour on a background
    ("briefing-heading on background"), or the highlight behind the text ("foreground on
    briefing-search")."""
    front, _on, back = failure.split(":", 1)[0].partition(" on ")
    return back if front == "foreground" and back.startswith("briefing-") else front


def load_themes() -> tuple[list[ThemeSpec], list[Problem]]:
    """Every valid theme (user themes may replace built-in ones by name) and the problems:
    each one of a broken file, with its line (the file is skipped)."""
    specs: dict[str, ThemeSpec] = {}
    problems: list[Problem] = []
    for path, builtin in _theme_files():
        where = display_safe(str(path), 300)
        raw = b""
        try:
            raw = read_bytes(path, MAX_THEME_BYTES)
            data = load_yaml(raw, max_bytes=MAX_THEME_BYTES)
            spec = parse_theme(data, where, builtin)
        except YamlProblem as exc:
            problems.append(Problem(where, exc.message + "; theme skipped", exc.line))
            continue
        except ThemeInvalid as exc:
            for message in exc.problems:
                hint = ""
                if not builtin and "missing" in message:
                    hint = f" (start from a copy of a built-in theme: {_example()})"
                problems.append(Problem(where, f"{message}; theme skipped{hint}",
                                        _key_line(raw, message)))
            continue
        except (OSError, ValueError) as exc:
            problems.append(Problem(where, f"{exc}; theme skipped", _key_line(raw, str(exc))))
            continue
        failures = contrast_failures(spec)
        problems += [Problem(where, f"too little contrast ({failure}); theme skipped",
                             _key_line(raw, _contrast_key(failure) + ":"))
                     for failure in failures]
        if not failures:
            specs[spec.name] = spec
    return list(specs.values()), problems
