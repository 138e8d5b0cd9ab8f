"""The message a panel posts to have a correction written into a document's sidecar.

The parties panel (rename, merge, drop, add an actor) and the tracker (a thread's status or
note) both post :class:`CurationRequested`; the main screen hands it to the session, which
writes the sidecar (:func:`briefing.userdata.sidecar.curate`) and re-analyses the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from textual.widget import Widget

    from briefing.model import Briefing


class CurationRequested(Message):
    """Apply ``op`` with the keyword arguments ``args`` of
    :func:`briefing.userdata.sidecar.curate` to the sidecar of the document at ``path``."""

    def __init__(self, path: str, sidecar: str | None, op: str, args: dict[str, str]) -> None:
        super().__init__()
        self.path = path
        self.sidecar = sidecar
        self.op = op
        self.args = args


def request_curation(widget: Widget, briefing: Briefing, op: str, **args: str) -> None:
    """Ask the screen (through ``widget``'s message queue) to apply ``op`` to ``briefing``'s
    sidecar."""
    document = briefing.document
    widget.post_message(CurationRequested(document.path, document.sidecar_path, op, dict(args)))


def curation_blocked(widget: Widget, briefing: Briefing) -> bool:
    """Whether ``briefing``'s sidecar cannot be edited (invalid YAML): said in an error
    notification before any dialog opens, so nothing typed is lost."""
    from briefing.ui.text import notify_safe
    from briefing.userdata.sidecar import sidecar_blocker

    document = briefing.document
    why = sidecar_blocker(document.path, document.sidecar_path)
    if why is None:
        return False
    notify_safe(widget, why, severity="error")
    return True
