"""The place of a side panel in the first frame, before its module is imported.

Apart from :mod:`briefing.ui.panels` (the lists, the panel interface) so that the first frame
imports only this.
"""

from __future__ import annotations

from textual.containers import Vertical
from textual.widget import Widget

from briefing.ui.css import tcss


class PanelSlot(Vertical):
    """Holds a side panel that is imported after the first frame (its module is heavy)."""

    DEFAULT_CSS = tcss(__file__, "panel_slot.tcss")

    @property
    def panel(self) -> Widget | None:
        return next(iter(self.children), None)
