"""Key hints that fit: the footer, and the panels' hint lines.

A footer that shows the key hints that fit the width, most useful first, never cut.

Textual's ``Footer`` lays out every shown binding and lets the row be cut at the screen's edge
("r M …" at 40 columns).  This one keeps the bindings in the key table's ``footer`` order
(:mod:`briefing.ui.keys`) while they fit, shows them in their binding order, and recomposes on
resize.  Bindings not in the table (other screens') come after the table's.
"""

from __future__ import annotations

from collections import defaultdict

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.visual import VisualType
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey  # noqa: PLC2701 - the footer's own key widget

from briefing.ui.joined import SEPARATOR, wrap_joined
from briefing.ui.keys import KEYS, Key, normalise

_PRIORITY = {k.id: k.footer for k in KEYS}
_SHOWN: dict[str, Key] = {k.action: k for k in KEYS if k.show and k.scope == "screen"}
PALETTE_WIDTH = 12  # "^p palette" with its padding


def hint_width(key_display: str, description: str) -> int:
    """Cells one hint takes: the key and the description with the footer's padding."""
    return len(key_display) + len(description) + 3


def fit_hints(hints: list[tuple[int, int]], width: int) -> set[int]:
    """Which hints fit: ``hints`` are ``(priority, width)`` in display order; returns the
    indices kept, taken by priority (then display order) while the total width allows."""
    kept: set[int] = set()
    used = 0
    for index in sorted(range(len(hints)), key=lambda i: (hints[i][0], i)):
        if used + hints[index][1] <= width:
            kept.add(index)
            used += hints[index][1]
    return kept


class FittingFooter(Footer):
    """The reader's footer: whole hints only, chosen by width."""

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        active = self.screen.active_bindings
        by_action: dict[str, tuple[Binding, bool, str]] = {}
        order: defaultdict[str, int] = defaultdict(int)
        for _node, binding, enabled, tooltip in active.values():
            binding = self._shown_as(binding)
            if binding.show and binding.action not in by_action:
                by_action[binding.action] = (binding, enabled, tooltip)
                order[binding.action] = len(order)
        entries = list(by_action.values())
        displays = [self.app.get_key_display(b) for b, _e, _t in entries]
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        room = max(0, self.app.size.width - (PALETTE_WIDTH if palette else 0))
        hints = [(_PRIORITY.get(b.id or "", 50), hint_width(d, b.description))
                 for (b, _e, _t), d in zip(entries, displays, strict=True)]
        kept = fit_hints(hints, room)
        self.styles.grid_size_columns = max(1, len(kept) + (1 if palette else 0))
        for index, ((binding, enabled, tooltip), display) in enumerate(
                zip(entries, displays, strict=True)):
            if index in kept:
                yield FooterKey(binding.key, display, binding.description, binding.action,
                                disabled=not enabled, tooltip=tooltip or binding.description
                                ).data_bind(compact=Footer.compact)
        if palette:
            try:
                _node, binding, enabled, tooltip = active[self.app.COMMAND_PALETTE_BINDING]
            except KeyError:
                return
            yield FooterKey(binding.key, self.app.get_key_display(binding), binding.description,
                            binding.action, classes="-command-palette", disabled=not enabled,
                            tooltip=binding.tooltip or binding.description)

    def _shown_as(self, binding: Binding) -> Binding:
        """``binding``, shown as the key table's entry when it is a hidden binding on a key
        the user gave a shown one: ``quit: ctrl+q`` in the keymap left the footer without
        Quit, the key being Textual's own (hidden) ``ctrl+q`` quit, which takes it first."""
        if binding.show:
            return binding
        key = _SHOWN.get(binding.action)
        keymap = getattr(self.app, "keymap", None) or {}
        if key is None or key.id not in keymap or \
                binding.key not in (normalise(k) for k in keymap[key.id].split(",")):
            return binding
        return Binding(binding.key, binding.action, key.description, show=True, id=key.id,
                       tooltip=key.help)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready:
            self.call_after_refresh(self.recompose)


def fit_parts(parts: list[str], width: int, gap: str = "  ") -> str:
    """The leading ``parts`` that fit ``width`` whole (never a part cut to "r M …")."""
    shown: list[str] = []
    used = 0
    for part in parts:
        need = len(part) + (len(gap) if shown else 0)
        if used + need > width:
            break
        shown.append(part)
        used += need
    return gap.join(shown)


class KeyHint(Static):
    """A screen's or dialog's key hint ("enter: choose · escape: cancel"), its parts kept
    whole on a line where they fit (:func:`~briefing.ui.joined.wrap_joined`), laid out again
    on resize."""

    def __init__(self, text: str, *, id: str | None = None, classes: str | None = None) -> None:
        from briefing.ui.text import safe_str

        self._parts = [p for p in safe_str(text, 500).split(SEPARATOR) if p]
        super().__init__(Content(SEPARATOR.join(self._parts)), id=id, classes=classes,
                         markup=False)

    @property
    def parts(self) -> list[str]:
        return list(self._parts)

    def on_resize(self, event: events.Resize) -> None:
        self.update(wrap_joined([Content(p) for p in self._parts], self.content_region.width))


class HintLine(Static):
    """A panel's one-line key hint: parts separated by two spaces, as many as fit, whole."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id, markup=False)
        self._parts: list[str] = []

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        text = content.plain if isinstance(content, Content) else str(content)
        self._parts = [p.strip() for p in text.split("  ") if p.strip()]
        super().update(Content(fit_parts(self._parts, max(1, self.content_region.width or 200))),
                       layout=layout)

    def on_resize(self, event: events.Resize) -> None:
        super().update(Content(fit_parts(self._parts, max(1, self.content_region.width))))
