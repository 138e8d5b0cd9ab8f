"""What the list-based side panels (PARTIES, NEGOTIATION TRACKER) share.

:class:`SidePanel` holds the plumbing that is the same in both: ``set_briefing``/``set_corpus``,
the document/corpus ``mode``, filling an ``OptionList`` with ``(prompt, target)`` rows, the
corpus list's filter box (:attr:`SidePanel.CORPUS_FILTER_ID`), the message that points into a
document (:class:`SidePanel.SpanSelected`), and the corpus computation, which runs once per
corpus when corpus mode is shown: at once for a small corpus, in a worker thread for a big one
(so the screen stays live), with a generation counter so that a worker's result for an older
corpus is dropped.

A subclass says what its corpus computation is (:meth:`SidePanel._compute_corpus`), up to which
size it runs at once (:meth:`SidePanel._sync_limit`), and how it shows its modes.  Each panel's
look is its own ``.tcss`` file (``parties_panel.tcss``, ``tracker_panel.tcss``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar, cast

from textual import on
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing.model import Briefing

CorpusT = TypeVar("CorpusT")  # what a panel computes over the corpus


class CorpusComputed(Message):
    """The corpus result, computed in a worker thread (private to the posting panel)."""

    bubble = False

    def __init__(self, result: object, generation: int) -> None:
        super().__init__()
        self.result = result
        self.generation = generation


class SidePanel(Widget, Generic[CorpusT]):
    """A side panel with a document mode and corpus modes over one ``OptionList`` at a time."""

    CORPUS_WORKER_GROUP = "side-panel-corpus"  # the worker group of the corpus computation
    CORPUS_WORKER_DESCRIPTION = "compute the corpus view"
    CORPUS_FILTER_ID = ""  # the id of the Input that filters the corpus list (handled here)

    class Chosen(Message):
        """``enter`` chose something to read (an actor, evidence, a document): a panel that
        stands in the reader's place on a narrow screen gives the reader back."""

    class SpanSelected(Message):
        """Show document ``path`` (switching to it if needed) with ``[start, end)`` marked: what
        a panel's message that points into a document carries.  Each panel posts its own
        subclass (``PartiesPanel.QuoteSelected``, ``TrackerPanel.EvidenceSelected``), so the
        screen's ``on_<panel>_<message>`` handlers keep their names."""

        def __init__(self, path: str, start: int, end: int) -> None:
            super().__init__()
            self.path = path
            self.start = start
            self.end = end

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._briefing: Briefing | None = None
        self._corpus: Sequence[Briefing] = ()
        self._corpus_result: CorpusT | None = None  # computed on first corpus view
        self._mode = "document"
        self._targets: dict[str, object] = {}  # option id -> the row's target
        self._build = 0
        self._loading_total: int | None = None  # files in the folder while it still loads
        self._corpus_refresh_pending = False
        self._generation = 0  # bumped by set_corpus: a worker's stale result is dropped

    # -- the fixed interface ----------------------------------------------------------------

    def set_briefing(self, briefing: Briefing | None) -> None:
        """Show ``briefing`` (``None``: no document)."""
        old_path = self._briefing.document.path if self._briefing else None
        new_path = briefing.document.path if briefing else None
        self._briefing = briefing
        if new_path != old_path:
            self._document_changed()
        self._briefing_arrived(new_path)
        if self.is_mounted and self._mode == "document":
            self._show_document()

    def set_corpus(self, briefings: list[Briefing]) -> None:
        """Remember the corpus; it is computed on only when corpus mode is shown."""
        self._corpus = briefings
        self._corpus_result = None
        self._generation += 1
        if self.is_mounted and self._mode != "document" and not self._corpus_refresh_pending:
            # Loading may call this often: refresh a visible corpus list at most ~3 times a second.
            self._corpus_refresh_pending = True
            self.set_timer(0.3, self._refresh_corpus)

    def set_loading(self, total: int | None) -> None:
        """The folder is still loading, ``total`` files in all (0: not counted yet); ``None``:
        loading is done.  Call before :meth:`set_corpus`, which redraws a corpus list."""
        self._loading_total = total

    def _loading_row(self) -> list[tuple[Content, object | None]]:
        """A corpus list's first row while the folder loads: it covers only part of it."""
        if self._loading_total is None:
            return []
        of = f"/{self._loading_total:,}" if self._loading_total else ""
        # short: a side panel's row is one line (this list grows as the documents come)
        return [(Content.assemble((f"Loading… {len(self._corpus):,}{of} docs",
                                   "italic $text-muted")), None)]

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def option_list(self) -> OptionList:
        raise NotImplementedError

    # -- hooks for the subclass ---------------------------------------------------------------

    def _document_changed(self) -> None:
        """A new document path: reset what belongs to the old document (posts nothing)."""

    def _briefing_arrived(self, path: str | None) -> None:
        """Called by ``set_briefing`` after the reset, before the document is shown."""

    def _show_document(self) -> None:
        raise NotImplementedError

    def _refresh_corpus(self) -> None:
        raise NotImplementedError

    def _corpus_ready(self) -> None:
        """The worker's result arrived while a corpus mode is shown."""
        self._refresh_corpus()

    def _sync_limit(self) -> int:
        """Corpora up to this size are computed at once, bigger ones in a worker thread."""
        raise NotImplementedError

    def _compute_corpus(self, briefings: Sequence[Briefing]) -> CorpusT:
        raise NotImplementedError

    def _highlight_placed(self, option_id: str) -> None:
        """``_fill`` is about to put the cursor on ``option_id``."""

    # -- the list -------------------------------------------------------------------------------

    def _fill(self, options: list[tuple[Content, object | None]],
              highlight: object | None = None) -> None:
        """Replace the list (``None`` targets are disabled rows); the cursor goes on the row
        whose target is ``highlight``, else on the first enabled row."""
        self._build += 1
        self._targets = {}
        built = []
        first_enabled: str | None = None
        wanted: str | None = None
        for n, (prompt, target) in enumerate(options):
            option_id = f"{self._build}:{n}"
            if target is None:
                built.append(Option(prompt, id=option_id, disabled=True))
                continue
            self._targets[option_id] = target
            built.append(Option(prompt, id=option_id))
            first_enabled = first_enabled or option_id
            if wanted is None and highlight is not None and target == highlight:
                wanted = option_id
        option_list = self.option_list
        option_list.set_options(built)
        chosen = wanted or first_enabled
        if chosen is not None:
            self._highlight_placed(chosen)
            option_list.highlighted = option_list.get_option_index(chosen)

    def action_toggle_corpus(self) -> None:
        if self._mode == "document":
            self._show_corpus()
        else:
            self._show_document()

    def _show_corpus(self) -> None:
        raise NotImplementedError

    # -- the corpus list's filter box -----------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        """Typing in the filter box redraws the corpus list (while it is shown)."""
        if event.input.id == self.CORPUS_FILTER_ID:
            event.stop()
            if self._mode == "corpus":
                self._show_corpus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """``enter`` in the filter box hands the keys to the list."""
        if event.input.id == self.CORPUS_FILTER_ID:
            event.stop()
            self.option_list.focus()

    # -- the corpus computation -----------------------------------------------------------------

    def _corpus_data(self) -> CorpusT | None:
        """The corpus result; ``None`` while a worker computes it (the view is then redrawn)."""
        if self._corpus_result is None:
            if len(self._corpus) <= self._sync_limit():
                self._corpus_result = self._compute_corpus(self._corpus)
            else:
                self._start_corpus_worker()
        return self._corpus_result

    def _start_corpus_worker(self) -> None:
        # A snapshot: the screen appends to its list while loading.  (Not ``@work`` with the
        # list as an argument: its description would ``repr`` 20,000 briefings.)
        briefings, generation = list(self._corpus), self._generation

        def compute() -> None:
            from briefing.analysis.lazy import transient

            with transient():  # each briefing decoded, read and dropped: memory stays flat
                result = self._compute_corpus(briefings)
            self.post_message(CorpusComputed(result, generation))

        self.run_worker(compute, thread=True, exclusive=True, group=self.CORPUS_WORKER_GROUP,
                        description=self.CORPUS_WORKER_DESCRIPTION)

    @on(CorpusComputed)
    def _corpus_computed(self, message: CorpusComputed) -> None:
        if message.generation != self._generation:
            return  # the corpus changed meanwhile; a newer worker is on its way
        self._corpus_result = cast("CorpusT", message.result)  # this panel's own worker's
        if self._mode != "document":
            self._corpus_ready()
