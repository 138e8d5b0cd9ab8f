"""The user's corrections from the sidecar's ``negotiations:`` section.

```yaml
negotiations:
  n1: {status: near_agreement, note: "deal announced 9 Sep"}
  n2: {label: "Prisoner exchange", primary: true}
  n3: {drop: true}                      # not a negotiation: hidden
```

Applied after the tracker, per thread id: ``status`` (one of
:data:`~briefing.model.NEGOTIATION_STATUSES`), ``note`` (shown in the tracker and the memo),
``label``, ``primary: true`` (this thread becomes the primary one, the others not) and
``drop: true``.  A thread a correction changed is marked ``origin: "user"``;
:func:`user_fields` says which of its fields are the user's, for the panels' ``✎`` marks.  A
bad value or an unknown id is skipped (the extracted value stays) and reported as a
:class:`~briefing.model.Problem` naming the sidecar and the line of the entry.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from briefing.common.textsafe import display_safe
from briefing.extract.sidecar_lines import SidecarLines
from briefing.model import NEGOTIATION_STATUSES, Document, Negotiation, Problem

FIELDS = ("status", "note", "label", "primary", "drop")
_TEXT_LIMIT = {"note": 500, "label": 200}



class _Reporter:
    """Problems naming the sidecar and the line of the thread's entry (else of the section)."""

    def __init__(self, document: Document) -> None:
        self.sidecar = SidecarLines(document, "negotiations")
        self.path = self.sidecar.path
        self.base = self.sidecar.base
        self.problems: list[Problem] = []

    def line_of(self, thread_id: str | None) -> int | None:
        if thread_id is None or self.base is None:
            return self.base
        text = self.sidecar.lines()
        pattern = re.compile(rf"^\s+['\"]?{re.escape(thread_id)}['\"]?\s*:")
        for n in range(self.base, len(text)):
            if re.match(r"^\S", text[n]):
                break  # left the negotiations: block
            if pattern.match(text[n]):
                return n + 1
        return self.base

    def report(self, message: str, thread_id: str | None = None) -> None:
        self.problems.append(Problem(self.path, f"negotiations: {message}",
                                     self.line_of(thread_id), "warning"))


def _section(document: Document) -> Any:
    curation = document.curation if isinstance(document.curation, dict) else {}
    return curation.get("negotiations")


def _valid(thread_id: str, fields: dict[Any, Any], rep: _Reporter | None) -> dict[str, Any]:
    """The entry's fields that can be applied (each bad one reported and left out)."""
    good: dict[str, Any] = {}
    for key, value in fields.items():
        what: str | None = None
        if key not in FIELDS:
            what = f"unknown field {display_safe(key, 60)!r} (use {', '.join(FIELDS)})"
        elif key == "status" and value not in NEGOTIATION_STATUSES:
            what = (f"unknown status {display_safe(value, 60)!r} (use {', '.join(NEGOTIATION_STATUSES)});"
                    " the extracted status is kept")
            if rep is not None:
                rep.report(f"{thread_id}: {what}", thread_id)
            continue
        elif key in _TEXT_LIMIT and value is not None and not isinstance(value, str | int | float):
            what = f"{key} must be text, found {type(value).__name__}"
        elif key in ("primary", "drop") and not isinstance(value, bool):
            what = f"{key} must be true or false, found {display_safe(value, 60)!r}"
        if what is not None:
            if rep is not None:
                rep.report(f"{thread_id}: {what}; skipped", thread_id)
            continue
        if key in _TEXT_LIMIT:
            text = " ".join(str(value).split()) if value is not None else ""
            value = display_safe(text, _TEXT_LIMIT[key]) or None
            if value is None and key == "label":
                continue  # an empty label keeps the extracted one
        good[key] = value
    return good


def apply_negotiation_curation(document: Document, threads: tuple[Negotiation, ...]
                               ) -> tuple[tuple[Negotiation, ...], list[Problem]]:
    """Apply ``document.curation["negotiations"]`` to the tracker's ``threads``."""
    section = _section(document)
    if not section:
        return threads, []
    rep = _Reporter(document)
    if not isinstance(section, dict):
        rep.report("expected a mapping of thread id: {status, note, label, primary, drop}; "
                   "skipped")
        return threads, rep.problems
    by_id = {t.id: t for t in threads}
    chosen: dict[str, dict[str, Any]] = {}
    for thread_id, fields in section.items():
        name = str(thread_id)
        if name not in by_id:
            known = ", ".join(by_id) or "none"
            rep.report(f"no thread {display_safe(name, 60)!r} in this document (its threads: {known}); "
                       "skipped", name)
            continue
        if not isinstance(fields, dict):
            rep.report(f"{name}: expected a mapping like {{status: agreed, note: …}}, found "
                       f"{type(fields).__name__}; skipped", name)
            continue
        chosen[name] = _valid(name, fields, rep)
    primary = next((tid for tid, f in chosen.items() if f.get("primary") is True), None)
    out: list[Negotiation] = []
    for thread in threads:
        fields = chosen.get(thread.id, {})
        if fields.get("drop") is True:
            continue
        changes: dict[str, Any] = {k: fields[k] for k in ("status", "note", "label")
                                   if k in fields}
        if primary is not None and thread.primary != (thread.id == primary):
            changes["primary"] = thread.id == primary
        if fields.get("primary") is False and thread.primary and primary is None:
            changes["primary"] = False
        if "status" in changes and changes["status"] != thread.status:
            changes["trend"] = None  # the extracted trend led to the extracted status
        if fields:
            changes["origin"] = "user"
        out.append(replace(thread, **changes) if changes else thread)
    return tuple(out), rep.problems


def user_fields(document: Document, thread: Negotiation) -> tuple[str, ...]:
    """The fields of ``thread`` that hold the user's value (for the ``✎`` marks)."""
    if thread.origin != "user":
        return ()
    section = _section(document)
    fields = section.get(thread.id) if isinstance(section, dict) else None
    if not isinstance(fields, dict):
        return ()
    return tuple(k for k in _valid(thread.id, fields, None) if k in FIELDS)
