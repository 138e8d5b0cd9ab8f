"""Small modal dialogs: a one-line prompt, a yes/no question, a pick list, a new actor.

Every label that may carry document text (actor names, notes) is built with ``Content`` from
:func:`briefing.ui.text.label` — never markup.  Each dialog dismisses with its answer, or with
``None`` on ``escape``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.css import tcss
from briefing.ui.footer import KeyHint
from briefing.ui.safe_input import SafeInput
from briefing.ui.text import label

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    """A framed box in the middle of the screen (the look every dialog here shares)."""

    DEFAULT_CSS = tcss(__file__, "dialog.tcss")
    LIST_ROWS = 12  # the most rows a dialog's list takes (as dialog.tcss says)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_lists)

    def _fit_lists(self) -> None:
        """Give the dialog's lists what the screen has left: on a short terminal (40x15) a
        full list pushed its last entries and the key hint off the screen."""
        boxes = self.query(Vertical)
        if not boxes:
            return
        box = boxes.first()
        lists = [w for w in box.children if isinstance(w, OptionList)]
        if not lists:
            return
        others = sum(w.outer_size.height for w in box.children if not isinstance(w, OptionList))
        frame = box.outer_size.height - box.size.height  # its border and padding
        room = (self.size.height - frame - others) // len(lists)
        for options in lists:
            options.styles.max_height = max(2, min(self.LIST_ROWS, room))


class PromptScreen(Dialog[str | None]):
    """One line of text: ``enter`` answers it (possibly empty), ``escape`` cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, title: str, value: str = "", placeholder: str = "",
                 hint: str = "enter: OK · escape: cancel") -> None:
        super().__init__()
        self._title, self._value, self._placeholder, self._hint = title, value, placeholder, hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(label(self._title, 200), classes="dialog-title")
            yield SafeInput(value=self._value, placeholder=self._placeholder, id="prompt-input",
                        max_length=2000)
            yield KeyHint(self._hint, classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#prompt-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(Dialog[bool]):
    """A yes/no question: ``y`` or ``enter`` says yes; ``n`` or ``escape`` no."""

    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", show=False),
        Binding("n,escape", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(label(self._question, 300), classes="dialog-title")
            yield KeyHint("y / enter: yes · n / escape: no", classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class PickScreen(Dialog[object | None]):
    """Pick one entry of a list (``enter``); ``escape`` cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, title: str, entries: Sequence[tuple[str, object]]) -> None:
        super().__init__()
        self._title = title
        self._values = [value for _, value in entries]
        self._labels = [text for text, _ in entries]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(label(self._title, 200), classes="dialog-title")
            yield OptionList(*(Option(label(text, 120)) for text in self._labels),
                             id="pick-list")
            yield KeyHint("enter: choose · escape: cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one("#pick-list", OptionList)
        options.focus()
        if self._values:
            options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self._values[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class AddActorScreen(Dialog[tuple[str, str] | None]):
    """A missed name and its kind: type the name, ``enter``, pick the kind, ``enter``."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, kinds: Sequence[tuple[str, str]], name: str = "") -> None:
        super().__init__()
        self._kinds = list(kinds)  # (kind id, label)
        self._name = name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(label("Add a missed name"), classes="dialog-title")
            yield SafeInput(value=self._name, placeholder="the name as written in the text",
                        id="add-name", max_length=200)
            yield Static(label("kind:"), classes="dialog-hint")
            yield OptionList(*(Option(label(text, 60)) for _, text in self._kinds),
                             id="add-kind")
            yield KeyHint("enter: next / add · tab: move · escape: cancel",
                         classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#add-name", Input).focus()
        kinds = self.query_one("#add-kind", OptionList)
        if self._kinds:
            kinds.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.query_one("#add-kind", OptionList).focus()
        else:
            self.notify("type the name first", severity="warning", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        name = self.query_one("#add-name", Input).value.strip()
        if not name:
            self.query_one("#add-name", Input).focus()
            self.notify("type the name first", severity="warning", markup=False)
            return
        self.dismiss((name, self._kinds[event.option_index][0]))

    def action_cancel(self) -> None:
        self.dismiss(None)
