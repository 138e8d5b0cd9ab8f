"""The bookmarks list: ``enter`` jumps to one, ``x``/``delete`` removes it, ``escape`` closes.

Each row shows the document's title (or file name when that document is not loaded), the
note and a few words of the text at the mark.  Titles, notes and text are data: ``Content``
only (via :func:`briefing.ui.text.label`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.ui.css import tcss
from briefing.ui.footer import KeyHint
from briefing.ui.hanging import hanging
from briefing.ui.text import safe_str

if TYPE_CHECKING:
    from briefing.userdata.state import Bookmark

MAX_SHOWN = 2000


def corpus_of(path: str, recent: Sequence[Sequence[str]]) -> list[str] | None:
    """The recently opened corpus holding ``path`` (the newest such), else its folder; None
    when the file is gone."""
    for paths in recent:
        if any(path == p or path.startswith(p.rstrip(os.sep) + os.sep) for p in paths):
            return list(paths)
    return [os.path.dirname(path) or "."] if os.path.exists(path) else None


def offer_corpus_of(screen: Screen[Any], mark: Bookmark, recent: Sequence[Sequence[str]],
                    open_corpus: Callable[[list[str], str, int], object]) -> None:
    """A bookmark in a corpus that is not open: offer to open that corpus at the mark
    (``open_corpus(paths, sha256, offset)``)."""
    from briefing.ui.dialogs import ConfirmScreen
    from briefing.ui.text import notify_safe

    corpus = corpus_of(mark.path, recent)
    if corpus is None:
        notify_safe(screen, f"{mark.path} is gone", severity="warning")
        return
    shown = ", ".join(safe_str(p, 80) for p in corpus)

    def answer(yes: bool | None) -> None:
        if yes:  # after the question has gone (the screen stack is settled then)
            screen.app.call_later(open_corpus, corpus, mark.sha256, mark.offset)

    screen.app.push_screen(ConfirmScreen(f"That bookmark is in {shown}, which is not open. "
                                         "Open it there?"), answer)


class BookmarksScreen(ModalScreen["Bookmark | None"]):
    """Dismisses with the chosen :class:`~briefing.userdata.state.Bookmark`, or ``None``."""

    DEFAULT_CSS = tcss(__file__, "bookmarks_screen.tcss")
    BINDINGS = [
        Binding("escape,q,apostrophe", "close", "Close", id="bookmarks-close"),
        Binding("x,delete", "delete", "Delete", id="bookmarks-delete"),
    ]

    def __init__(self, bookmarks: Sequence[Bookmark], describe: Callable[[Bookmark], tuple[str, str]],
                 remove: Callable[[str], None]) -> None:
        """``describe(bookmark)`` gives (title, text at the mark); ``remove(id)`` deletes."""
        super().__init__()
        self._bookmarks = list(bookmarks)[:MAX_SHOWN]
        self._describe = describe
        self._remove = remove

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(id="bookmarks-title")
            yield OptionList(id="bookmarks-list", markup=False)
            yield KeyHint("enter: go there · x: delete · escape: close",
                         id="bookmarks-hint")

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    @property
    def bookmarks(self) -> list[Bookmark]:
        return list(self._bookmarks)

    def _fill(self, highlight: int = 0) -> None:
        n = len(self._bookmarks)
        self.query_one("#bookmarks-title", Static).update(
            Content(f"{n} bookmark{'s' if n != 1 else ''}"))
        options = self.query_one(OptionList)
        options.clear_options()
        if not self._bookmarks:
            options.add_option(Option(Content("No bookmarks yet: press m in the reader to add "
                                              "one."), disabled=True))
            return
        built = []
        for mark in self._bookmarks:
            title, snippet = self._describe(mark)
            parts: list[str | tuple[str, str]] = [(safe_str(title, 120), "bold")]
            if mark.note:
                parts += ["\n  ", (safe_str(mark.note, 200), "italic")]
            if snippet:
                parts += ["\n  ", (safe_str(snippet, 120), "$text-muted")]
            # A note or a snippet that wraps stays under its start, not at column 0 (read
            # as the next bookmark's title).
            built.append(Option(hanging(Content.assemble(*parts), 0)))
        options.add_options(built)
        options.highlighted = min(highlight, len(built) - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._bookmarks):
            self.dismiss(self._bookmarks[event.option_index])

    def action_delete(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self._bookmarks):
            return
        mark = self._bookmarks.pop(index)
        self._remove(mark.id)
        self._fill(index)
        self.notify("bookmark deleted", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
