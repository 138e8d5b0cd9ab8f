"""Shared vocabulary of the side panels: badges, marks, colour variables, safe labels.

Colours come from theme (CSS) variables so a theme can restyle them:

* ``briefing-kind-<kind>`` for each actor kind (``briefing-kind-state``, ``briefing-kind-person``,
  ``briefing-kind-armed_group``, ...),
* ``briefing-status-<label>`` for each negotiation status (``briefing-status-near_agreement``,
  ``briefing-status-collapsed``, ...),
* ``briefing-issue-<status>`` for each agenda issue status.

None of them has to be defined: a panel looks a variable up in the running app's theme variables
and falls back to a built-in Textual variable (``$success``, ``$error``, ...) when it is missing,
so the panels never raise ``UnresolvedVariableError`` whatever the app defines.  An app that wants
fixed status colours can add :data:`~briefing.userdata.theme_spec.STATUS_VARIABLE_DEFAULTS` to
its ``App.get_theme_variable_defaults``.

Document text reaches a widget only through :func:`safe_text` (control characters cleaned, one
line, bounded length) and then ``Content``/``Text``: never as markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.common.textsafe import display_safe

KIND_BADGES = {
    "state": "ST", "person": "PE", "armed_group": "AG", "igo": "IO", "organization": "OR",
    "government": "GV", "armed_forces": "AF", "population": "PO", "state_group": "SG",
    "other": "··",
}
KIND_NAMES = {
    "state": "state", "person": "person", "armed_group": "armed group", "igo": "intl. org.",
    "organization": "organisation", "government": "government", "armed_forces": "armed forces",
    "population": "population", "state_group": "group of states", "other": "other",
}
# Fallback (built-in Textual) variable for each kind when the theme lacks briefing-kind-<kind>.
KIND_FALLBACK = {
    "state": "primary", "person": "accent", "armed_group": "error", "igo": "secondary",
    "organization": "secondary-lighten-1", "government": "primary-lighten-2",
    "armed_forces": "warning", "population": "success", "state_group": "primary-darken-1",
    "other": "foreground-darken-2",
}

STATUS_NAMES = {
    "exploratory": "exploratory", "ongoing": "ongoing", "near_agreement": "near agreement",
    "agreed": "agreed", "implementing": "implementing", "stalled": "stalled",
    "collapsed": "collapsed",
}
STATUS_FALLBACK = {
    "exploratory": "secondary", "ongoing": "primary", "near_agreement": "success",
    "agreed": "success-darken-1", "implementing": "accent", "stalled": "warning",
    "collapsed": "error",
}
TREND_MARKS = {"improving": "↗", "worsening": "↘", "flat": "→"}

ISSUE_MARKS = {
    "agreed": "✓", "provisionally_agreed": "≈", "contested": "✗", "open": "?",
    "objective": "→",
}
ISSUE_NAMES = {  # short: they follow the mark at the end of a row of a narrow panel
    "agreed": "agreed", "provisionally_agreed": "provisional", "contested": "contested",
    "open": "open", "objective": "aim",
}
ISSUE_FALLBACK = {
    "agreed": "success", "provisionally_agreed": "success-lighten-2", "contested": "error",
    "open": "warning", "objective": "accent",
}

OUTCOME_NAMES = {"no_deal": "no deal", "progress": "progress", "deal": "deal"}
OUTCOME_MARKS = {"no_deal": "✗", "progress": "↗", "deal": "✓"}

USER_MARK = "✎"  # the user curated this actor (sidecar ``actors:``)


def safe_text(value: object, limit: int = 200) -> str:
    """One printable line of at most ``limit`` characters, for a Content/Text label."""
    return display_safe(value if value is not None else "", limit=limit)


def variable_style(variables: Mapping[str, str], name: str, fallback: str) -> str:
    """``$name`` when the theme defines it, else ``$fallback`` (a built-in variable)."""
    return f"${name}" if name in variables else f"${fallback}"


def kind_style(variables: Mapping[str, str], kind: str) -> str:
    return variable_style(variables, f"briefing-kind-{kind}", KIND_FALLBACK.get(kind, "foreground"))


def status_variable(variables: Mapping[str, str], status: str) -> str:
    """The name (without ``$``) of the variable holding ``status``'s colour."""
    name = f"briefing-status-{status}"
    return name if name in variables else STATUS_FALLBACK.get(status, "primary")


def issue_style(variables: Mapping[str, str], status: str) -> str:
    return variable_style(variables, f"briefing-issue-{status}",
                          ISSUE_FALLBACK.get(status, "foreground"))


def css_token(value: str) -> str:
    """``value`` reduced to characters valid in a CSS class name (status labels are data)."""
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "_-") else "_" for c in value)
    return cleaned or "unknown"



def unanalysed_note(briefing: object, short: bool = False) -> str | None:
    """What an empty panel says when the document has no analysis at all (``None``: it has
    one, and an empty panel means the text has nothing of the kind): "Analysing…" while the
    first document is shown before its analysis, else why it was not analysed (``short``:
    a few words for a one-line list row, the reason being in the problems view, `!`)."""
    from briefing.model import ANALYSIS_PENDING, TEXT_ONLY, Briefing

    reason = briefing.unanalysed() if isinstance(briefing, Briefing) else None
    if reason is None:
        return None
    if reason == ANALYSIS_PENDING:
        return "Analysing…" if short else "Analysing this document…"
    if short:
        return "Not analysed: " + ("too long" if "limit" in reason else "error") + " (!)"
    return "Not analysed: " + display_safe(reason.removesuffix(TEXT_ONLY).rstrip("; "), 300) + "."
