"""What a theme is and the rules it must meet: colours, required variables, WCAG AA contrast.

Pure and light (standard library only): :mod:`briefing.userdata.themes` reads theme files with
it, and the reader's start-up cache (:mod:`briefing.ui.prefs`) checks the cached definitions
with it again, since that file is not trusted either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.common.textsafe import display_safe

BASE_KEYS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel",
             "boost", "warning", "error", "success")
REQUIRED = ("name", "primary", "foreground", "background")
STATUS_LABELS = ("exploratory", "ongoing", "near_agreement", "agreed", "implementing",
                 "stalled", "collapsed")
ACTOR_KINDS = ("state", "person", "armed_group", "igo", "organization", "government",
               "armed_forces", "population", "state_group", "other")
# Variables every theme must define (the stylesheet uses them).
REQUIRED_VARIABLES = (
    "briefing-mention", "briefing-evidence", "briefing-search", "briefing-heading",
    *(f"briefing-status-{s}" for s in STATUS_LABELS),
    *(f"briefing-kind-{k}" for k in ACTOR_KINDS),
)
# What the reader registers for its own variables (a theme may override any of them): colours
# with alpha, so highlighted text stays readable on light and dark backgrounds; the status bar's
# states.
THEME_VARIABLE_DEFAULTS: dict[str, str] = {
    "briefing-heading": "#ffb86c",
    "briefing-mention": "#4a90d9 35%",
    "briefing-evidence": "#2bb673 35%",
    "briefing-search": "#e5b400 55%",
    "briefing-status-ok": "#3fae6a",
    "briefing-status-busy": "#d0a030",
    "briefing-status-warning": "#e07b39",
    "briefing-status-error": "#e0474c",
}
# Fixed colours for the negotiation statuses, for an app that wants them instead of the
# panels' fallbacks to built-in variables (they work on dark and light backgrounds).
STATUS_VARIABLE_DEFAULTS: dict[str, str] = {
    f"briefing-status-{k}": v for k, v in {
        "exploratory": "#7f8c9a", "ongoing": "#3b82c4", "near_agreement": "#2e9d5b",
        "agreed": "#1f7a45", "implementing": "#7a5cc4", "stalled": "#c98a14",
        "collapsed": "#c0392b"}.items()
}
MAX_THEME_BYTES = 64 << 10
AA = 4.5  # WCAG AA for normal text
AA_LARGE = 3.0  # WCAG AA for large text and UI components (badges, marks)

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_RGB = re.compile(r"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,60}$")


def valid_theme_name(name: object) -> bool:
    """Whether ``name`` can name a theme (ours, the user's, Textual's: ``textual-dark``)."""
    return isinstance(name, str) and bool(_NAME.match(name))


class ColourError(ValueError):
    pass


def parse_colour(value: object) -> tuple[int, int, int]:
    """RGB of a theme colour; raise :class:`ColourError` if it is not a colour."""
    if not isinstance(value, str):
        raise ColourError(f"expected a colour, found {type(value).__name__}")
    return _parse_colour_text(value.strip())


@lru_cache(maxsize=1024)
def _parse_colour_text(text: str) -> tuple[int, int, int]:
    # Cached: the reader checks its five cached themes again at every start (~300 colours,
    # many alike, each parsed again by the contrast checks); errors are not cached.
    if _HEX.match(text):
        digits = text[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    match = _RGB.match(text)
    if match:
        red, green, blue = (int(g) for g in match.groups())
        if all(0 <= c <= 255 for c in (red, green, blue)):
            return red, green, blue
    raise ColourError(f"not a colour: {display_safe(text, 40)!r} (use #rrggbb or rgb(r, g, b))")


@lru_cache(maxsize=1024)
def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    dark: bool
    colours: dict[str, str]
    variables: dict[str, str] = field(default_factory=dict)
    path: str = ""
    description: str = ""
    builtin: bool = True

    def textual_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``textual.theme.Theme``."""
        return {"name": self.name, "dark": self.dark, **self.colours,
                "variables": dict(self.variables)}


def contrast_failures(spec: ThemeSpec) -> list[str]:
    """Pairs below WCAG AA: text on every background, highlights and badges on the background."""
    failures = []
    fg = parse_colour(spec.colours["foreground"])
    for bg_key in ("background", "surface", "panel"):
        if bg_key in spec.colours:
            ratio = contrast(fg, parse_colour(spec.colours[bg_key]))
            if ratio < AA:
                failures.append(f"foreground on {bg_key}: {ratio:.2f} < {AA}")
    bg = parse_colour(spec.colours["background"])
    for var in ("briefing-heading",):
        ratio = contrast(parse_colour(spec.variables[var]), bg)
        if ratio < AA:
            failures.append(f"{var} on background: {ratio:.2f} < {AA}")
    for var in ("briefing-mention", "briefing-evidence", "briefing-search"):
        # highlights are backgrounds behind the foreground text
        ratio = contrast(fg, parse_colour(spec.variables[var]))
        if ratio < AA:
            failures.append(f"foreground on {var}: {ratio:.2f} < {AA}")
    for var in spec.variables:
        if var.startswith(("briefing-status-", "briefing-kind-")):
            ratio = contrast(parse_colour(spec.variables[var]), bg)
            if ratio < AA_LARGE:
                failures.append(f"{var} on background: {ratio:.2f} < {AA_LARGE}")
    return failures


class ThemeInvalid(ValueError):
    """A theme file with problems: every one of them (``problems``), not only the first, so a
    theme written by hand is fixed in one round."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _colour_problem(key: str, value: object) -> str | None:
    try:
        parse_colour(value)
    except ColourError as exc:
        return f"{key}: {exc}"
    return None


def theme_problems(data: object) -> list[str]:
    """Every problem of one loaded theme file, each naming its key (empty: a valid theme)."""
    if not isinstance(data, dict):
        return ["a theme file must be a mapping"]
    problems: list[str] = []
    absent = [key for key in REQUIRED if key not in data]
    if absent:  # all of them at once: a theme is written by hand, one round per message
        problems.append(f"missing key{'s' if len(absent) > 1 else ''} "
                        + ", ".join(repr(k) for k in absent))
    name = data.get("name", "")
    if "name" in data and (not isinstance(name, str) or not _NAME.match(name)):
        problems.append("name: use lowercase letters, digits and dashes")
    unknown = set(map(str, data)) - {*BASE_KEYS, "name", "dark", "variables", "description"}
    problems += [f"unknown key {display_safe(key, 40)!r}" for key in sorted(unknown)]
    problems += [p for key in BASE_KEYS if key in data
                 if (p := _colour_problem(key, data[key])) is not None]
    if not isinstance(data.get("dark", True), bool):
        problems.append("dark: expected true or false")
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        return [*problems, "variables: expected a mapping"]
    for key, value in variables.items():
        if not isinstance(key, str) or not _NAME.match(key):
            problems.append(f"variables: bad name {display_safe(key, 40)!r}")
        elif (problem := _colour_problem(f"variables.{key}", value)) is not None:
            problems.append(problem)
    missing = [v for v in REQUIRED_VARIABLES if v not in variables]
    if missing:
        shown = ", ".join(repr(v) for v in missing[:4]) + (
            f" and {len(missing) - 4} more" if len(missing) > 4 else "")
        problems.append(f"variables: missing {len(missing)} of {len(REQUIRED_VARIABLES)}: "
                        f"{shown}")
    return problems


def parse_theme(data: object, where: str, builtin: bool = True) -> ThemeSpec:
    """Validate one loaded theme file; raise :class:`ThemeInvalid` (a ``ValueError``) naming
    every bad key."""
    problems = theme_problems(data)
    if problems or not isinstance(data, dict):
        raise ThemeInvalid(problems)
    colours = {key: data[key].strip() for key in BASE_KEYS if key in data}
    clean = {key: value.strip() for key, value in (data.get("variables") or {}).items()}
    description = data.get("description", "")
    return ThemeSpec(data["name"], data.get("dark", True), colours, clean, where,
                     display_safe(description, 200) if isinstance(description, str) else "",
                     builtin)
