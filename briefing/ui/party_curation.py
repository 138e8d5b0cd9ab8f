"""The parties panel's corrections: each asks in a dialog, then requests the edit.

``r`` rename (a prompt prefilled with the name), ``M`` merge into another actor (picked from a
list), ``x`` drop (after a confirmation), ``+`` add a missed name (name and kind).  The panel
posts :class:`~briefing.ui.curation_request.CurationRequested`; the screen's session writes
the sidecar and analyses the document again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ui.curation_request import curation_blocked, request_curation
from briefing.ui.panel_style import KIND_NAMES, safe_text

if TYPE_CHECKING:
    from briefing.model import Briefing
    from briefing.ui.parties import PartiesPanel


def ask_rename(panel: PartiesPanel, briefing: Briefing, actor_id: str) -> None:
    from briefing.ui.dialogs import PromptScreen

    if curation_blocked(panel, briefing):
        return
    actor = briefing.actor(actor_id)
    name = actor.name if actor else actor_id

    def done(new: str | None) -> None:
        if new is not None and new.strip() and new.strip() != name:
            request_curation(panel, briefing, "rename", actor_id=actor_id, name=new.strip())

    panel.app.push_screen(PromptScreen(f"Rename {safe_text(name, 80)}", value=name), done)


def ask_merge(panel: PartiesPanel, briefing: Briefing, actor_id: str) -> None:
    from briefing.ui.dialogs import PickScreen

    if curation_blocked(panel, briefing):
        return
    actor = briefing.actor(actor_id)
    others = [(f"{o.name} ({KIND_NAMES.get(o.kind, o.kind)})", o.id)
              for o in sorted(briefing.actors, key=lambda a: a.name.casefold())
              if o.id != actor_id]
    if not others:
        panel.notify("no other actor to merge with", severity="warning", markup=False)
        return

    def done(keep: object | None) -> None:
        if isinstance(keep, str):
            panel.merged_into = keep  # the cursor goes there once the merge is shown
            request_curation(panel, briefing, "merge", keep=keep, other=actor_id)

    title = f"Merge {safe_text(actor.name if actor else actor_id, 60)} into…"
    panel.app.push_screen(PickScreen(title, others), done)


def ask_drop(panel: PartiesPanel, briefing: Briefing, actor_id: str) -> None:
    from briefing.ui.dialogs import ConfirmScreen

    if curation_blocked(panel, briefing):
        return
    actor = briefing.actor(actor_id)

    def done(yes: bool | None) -> None:
        if yes:
            request_curation(panel, briefing, "drop", actor_id=actor_id)

    name = safe_text(actor.name if actor else actor_id, 80)
    panel.app.push_screen(ConfirmScreen(f"Drop {name} from this document?"), done)


def ask_add(panel: PartiesPanel, briefing: Briefing) -> None:
    from briefing.ui.dialogs import AddActorScreen

    if curation_blocked(panel, briefing):
        return
    def done(answer: tuple[str, str] | None) -> None:
        if answer:
            request_curation(panel, briefing, "add", name=answer[0], kind=answer[1])

    panel.app.push_screen(AddActorScreen(list(KIND_NAMES.items())), done)


def cursor_after_removal(selected: str | None, merged_into: str | None,
                         listed: tuple[str, list[str]] | None, path: str,
                         ids: list[str]) -> str | None:
    """Where the cursor goes when the selected actor left the document's list (a drop, a
    merge): the actor it was merged into, else the row that took its place (the next one
    still listed, else the one before); back on the first row, a user dropping spurious
    actors down a long list had to walk down to each again."""
    if merged_into in ids:
        return merged_into
    if listed is None or listed[0] != path or selected not in listed[1]:
        return None  # (the caller checks this first)
    old = listed[1]
    at = old.index(selected)
    return next((i for i in old[at + 1:] + old[:at][::-1] if i in ids), None)
