"""The tracker's corrections as edits of the sidecar's ``negotiations:`` section (pure).

``status`` sets a thread's status (one of the model's), ``note`` sets its note (an empty note
removes it, and an entry left empty goes too).  What was there stays: another field of the
entry, a flow or block style, the comments (the structural writer keeps them).
"""

from __future__ import annotations

from typing import Any

from briefing.model import CURATION_ID, NEGOTIATION_STATUSES

THREAD_OPERATIONS = ("status", "note")


class ThreadEditError(ValueError):
    """The edit was refused (the message says why)."""


def apply_thread_operation(section: dict[str, Any], op: str, thread_id: str,
                           value: str) -> dict[str, Any]:
    """The ``negotiations:`` mapping after one operation; raise :class:`ThreadEditError`."""
    if op not in THREAD_OPERATIONS:
        raise ThreadEditError(f"unknown operation {op!r}")
    if not (isinstance(thread_id, str) and CURATION_ID.match(thread_id)):
        raise ThreadEditError(f"not a thread id: {thread_id!r}")
    new = dict(section)
    entry = new.get(thread_id)
    if entry is None:
        entry = {}
    if not isinstance(entry, dict):
        raise ThreadEditError(f"negotiations.{thread_id} is {type(entry).__name__}, "
                              "not a mapping")
    entry = dict(entry)
    if op == "status":
        if value not in NEGOTIATION_STATUSES:
            raise ThreadEditError(f"unknown status {value!r}")
        entry["status"] = value
    else:
        note = " ".join(str(value).split())
        if note:
            entry["note"] = note
        else:
            entry.pop("note", None)
    if entry:
        new[thread_id] = entry
    else:
        new.pop(thread_id, None)
    return new
