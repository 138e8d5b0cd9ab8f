"""The NEGOTIATION TRACKER side panel: where the talks stand and why, each item one key from
its evidence.

Document mode shows one negotiation thread of the current briefing (the primary one first):

* a status badge, coloured by status (widget classes ``status-badge -status-<label>``; colour
  from the theme variable ``briefing-status-<label>``, else a built-in one, see
  :mod:`briefing.ui.panel_style`), the trend, the thread's label, parties and mediators;
* then a list: the agenda with status marks (✓ agreed, ≈ provisionally agreed, ✗ contested,
  ? open, → objective), the rounds (place, date, outcome), the status evidence ("Why"), open
  questions, the other threads of the article, the dated timeline (sorted by date) and the
  quotes with their speakers' names.

``enter`` on an item with evidence posts :class:`TrackerPanel.EvidenceSelected` with the span
(pressing it again on the same item walks through its further evidence spans); ``enter`` on
another thread, or ``T`` (shift+t: plain ``t`` is the screen's tracker key), shows that thread.
``s`` sets the thread's status and ``e`` its note, in the sidecar
(:mod:`briefing.ui.tracker_curation`); values the user set are marked ``✎``.

``a`` switches to corpus mode: the negotiation histories of the corpus
(:func:`briefing.answers.history.merge_histories`: threads with the same parties merged and
ordered by date).  ``enter`` on a step posts :class:`TrackerPanel.EvidenceSelected` with that
step's document and status evidence (``start == end == 0`` when the step has none: the top of
the document).  ``EvidenceSelected.path`` may name another document than the one shown: the
screen switches to it first, so no separate "open" message is needed.  The panel stays in the
histories, so the next step is one keypress away; ``escape`` or ``a`` returns.

What each row of the two lists shows is built in :mod:`briefing.ui.tracker_rows`; this module
holds the panel: its widgets, modes and keys.  All document-derived text goes through
``safe_text`` and ``Content``: never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.color import Color, ColorParseError
from textual.content import Content
from textual.widgets import Input, OptionList, Static

from briefing.answers.history import (
    History,
    HistoryStep,
    filter_histories,
    history_of,
    merge_histories,
)
from briefing.model import ANALYSIS_PENDING, Briefing, Negotiation
from briefing.ui.css import tcss
from briefing.ui.footer import HintLine
from briefing.ui.keys import bindings
from briefing.ui.lists import WrappedList
from briefing.ui.panel_style import (
    STATUS_FALLBACK,
    STATUS_NAMES,
    TREND_MARKS,
    css_token,
    safe_text,
    status_variable,
    unanalysed_note,
)
from briefing.ui.safe_input import SafeInput
from briefing.ui.side_panel import SidePanel
from briefing.ui.tracker_curation import ask_note, ask_status, note_rows, thread_head
from briefing.ui.tracker_rows import Evidence, Row, ThreadRow, history_rows, text_rows, thread_rows

SYNC_LIMIT = 2000  # corpora up to this size are merged at once, bigger ones in a thread


class TrackerPanel(SidePanel[list[History]]):
    """Status, agenda, rounds, timeline and quotes of the current document; histories."""

    DEFAULT_CSS = tcss(__file__, "tracker_panel.tcss")
    CORPUS_WORKER_GROUP = "tracker-corpus"
    CORPUS_WORKER_DESCRIPTION = "merge the corpus histories"
    CORPUS_FILTER_ID = "tracker-filter"

    BINDINGS = bindings("tracker")  # from the key table (help screen, keymap ids)

    class EvidenceSelected(SidePanel.SpanSelected):
        """Show document ``path`` (switching to it if needed) at ``[start, end)``, highlighted."""

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        # self._mode: document | corpus
        self._thread = 0  # index into _threads()
        self._cycle: dict[str, int] = {}  # option id -> next evidence index (repeated enter)

    # -- SidePanel hooks (set_briefing, set_corpus and the corpus worker are shared) ----

    def _document_changed(self) -> None:
        self._thread = 0

    @property
    def _histories(self) -> list[History] | None:
        """The corpus histories, computed on first corpus view (``None``: not yet)."""
        return self._corpus_result

    @_histories.setter
    def _histories(self, value: list[History] | None) -> None:
        self._corpus_result = value

    # -- read-only state ------------------------------------------------------------------

    @property
    def thread(self) -> Negotiation | None:
        """The thread shown in document mode."""
        threads = self._threads()
        return threads[self._thread] if threads else None

    @property
    def option_list(self) -> OptionList:
        """The list of the current mode (the document's items, or the corpus histories)."""
        list_id = "#tracker-history" if self._mode == "corpus" else "#tracker-list"
        return self.query_one(list_id, OptionList)

    @property
    def badge(self) -> Static:
        return self.query_one("#tracker-badge", Static)

    # -- composition ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content("NEGOTIATION"), id="tracker-header", markup=False)
        yield Static(Content(""), id="tracker-badge", classes="status-badge", markup=False)
        yield Static(Content(""), id="tracker-head", markup=False)
        yield WrappedList(id="tracker-list")
        # Disabled while hidden: a hidden Input would still take the focus (and the keys).
        yield SafeInput(placeholder="f: filter histories (parties, topic, place)",
                    id="tracker-filter", disabled=True)
        yield WrappedList(id="tracker-history")
        yield HintLine(id="tracker-hint")

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._on_theme_changed)
        self._show_document()

    def _on_theme_changed(self, _theme: object) -> None:
        # Colours are resolved from the theme's variables when built: rebuild with the new ones.
        if self._mode == "document":
            self._show_document()
        else:
            self._show_corpus()

    def _set(self, widget_id: str, content: Content) -> None:
        self.query_one(widget_id, Static).update(content)

    def _fill(self, options: list[Row],
              highlight: object | None = None) -> None:
        self._cycle = {}
        super()._fill(options, highlight)

    # -- document mode ----------------------------------------------------------------------

    def _threads(self) -> list[Negotiation]:
        if self._briefing is None:
            return []
        threads = list(self._briefing.negotiations)
        threads.sort(key=lambda n: not n.primary)  # stable: primary first, then text order
        return threads

    def _set_badge(self, status: str | None, trend: str | None = None) -> None:
        badge = self.badge
        for cls in [c for c in badge.classes if c.startswith("-status-")]:
            badge.remove_class(cls)
        if status is None:
            badge.add_class("-status-none")
            briefing = self._briefing
            failed = briefing is not None and (briefing.failed("negotiations")
                                               or briefing.unanalysed() is not None)
            pending = briefing is not None and briefing.unanalysed() == ANALYSIS_PENDING
            badge.update(Content("ANALYSING…" if pending else "NOT ANALYSED" if failed
                                 else "NO NEGOTIATION FOUND"))
            badge.styles.background = None
            return
        badge.add_class(f"-status-{css_token(status)}")
        text = STATUS_NAMES.get(status, safe_text(status, 40)).upper()
        if trend:
            text += f" {TREND_MARKS.get(trend, '')}".rstrip()
        badge.update(Content(text))
        variables = self.app.theme_variables
        value = variables.get(status_variable(variables, status))
        if value is None:
            value = variables.get(STATUS_FALLBACK.get(status, "primary"))
        try:
            badge.styles.background = Color.parse(value) if value else None
        except ColorParseError:
            badge.styles.background = None  # a bad theme colour must not crash the panel

    def _switch_mode(self, mode: str) -> None:
        """Show ``mode``'s list; the focus moves along if the other list had it."""
        had_focus = self.option_list.has_focus
        self._mode = mode
        self.set_class(mode == "corpus", "-corpus")
        self.query_one("#tracker-filter", Input).disabled = mode != "corpus"
        if had_focus:
            self.option_list.focus()

    def _show_document(self) -> None:
        self._switch_mode("document")
        briefing = self._briefing
        self._set("#tracker-header", Content("NEGOTIATION"))
        if briefing is None:
            self._set_badge(None)
            self._set("#tracker-head", Content("No document open."))
            self._fill([])
            self._set("#tracker-hint", Content("a corpus"))
            return
        threads = self._threads()
        self._thread = min(self._thread, max(len(threads) - 1, 0))
        thread = threads[self._thread] if threads else None
        names = {a.id: a.name for a in briefing.actors}
        options: list[Row] = []
        # A sentence instead of a thread's head may take more lines than a head.
        self.query_one("#tracker-head", Static).set_class(thread is None, "-said")
        if thread is None:
            self._set_badge(None)
            said = unanalysed_note(briefing) or (
                "The tracker could not be built for this document (an internal error: "
                "press ! for the problems); the other panels are complete."
                if briefing.failed("negotiations") else "The text describes no negotiation.")
            self._set("#tracker-head", Content.assemble((said, "$text-muted")))
        else:
            self._set_badge(thread.status, thread.trend)
            self._set("#tracker-head", thread_head(thread, names, self._thread, len(threads),
                                                         briefing))
            options += note_rows(thread, briefing)  # the user's word on it comes first
            options += thread_rows(thread, threads, self._thread, briefing,
                                   self.app.theme_variables)
        options += text_rows(briefing, names)
        if not options and thread is None and briefing.unanalysed() is None:
            options.append((Content("No dated events or quotes either."), None))
        self._fill(options)
        hint = "⏎ go to evidence  s status  e note  a corpus" if thread else "a corpus"
        if len(threads) > 1:
            hint = "⏎ go  T thread  s status  e note  a corpus"
        self._set("#tracker-hint", Content(hint))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()  # the screen's own OptionList handlers must not see the panel's list

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        target = self._targets.get(option_id)
        if isinstance(target, Evidence) and target.spans:
            index = self._cycle.get(option_id, 0) % len(target.spans)
            self._cycle[option_id] = index + 1
            span = target.spans[index]
            self.post_message(self.EvidenceSelected(target.path, span.start, span.end))
            self.post_message(self.Chosen())
        elif isinstance(target, ThreadRow):
            self._thread = target.index
            self._show_document()
        elif isinstance(target, HistoryStep):
            evidence = target.evidence
            start, end = (evidence.start, evidence.end) if evidence else (0, 0)
            self.post_message(self.EvidenceSelected(target.path, start, end))
            self.post_message(self.Chosen())
        elif isinstance(target, Evidence):
            self.app.bell()  # an item the extractor found no evidence sentence for

    # -- actions -------------------------------------------------------------------------------

    def action_next_thread(self) -> None:
        threads = self._threads()
        if self._mode != "document" or len(threads) < 2:
            # Never let T fall through to another meaning: say why nothing happens.
            self.app.bell()
            self.notify("this document has one negotiation thread" if self._mode == "document"
                        else "threads are per document: a goes back to it", markup=False,
                        timeout=2)
            return
        self._thread = (self._thread + 1) % len(threads)
        self._show_document()

    def action_set_status(self) -> None:
        ask_status(self, self._mode, self._briefing)

    def action_edit_note(self) -> None:
        ask_note(self, self._mode, self._briefing)

    def action_filter_histories(self) -> None:
        if self._mode != "corpus":
            raise SkipAction()
        self.query_one("#tracker-filter", Input).focus()

    def action_back(self) -> None:
        box = self.query_one("#tracker-filter", Input)
        if self._mode == "corpus" and box.value:
            box.value = ""  # first escape: clear the filter; the next one leaves
            self.option_list.focus()
        elif self._mode == "corpus":
            self._show_document()
        else:
            raise SkipAction()

    # -- corpus mode ------------------------------------------------------------------------------

    def _sync_limit(self) -> int:
        return SYNC_LIMIT

    def _compute_corpus(self, briefings: Sequence[Briefing]) -> list[History]:
        if len(briefings) <= SYNC_LIMIT:
            from briefing.answers.actor_names import without_loading_kb

            with without_loading_kb():  # on the UI thread: never a 0.4 s load
                return merge_histories(briefings)
        # In a thread: from the answers digests, without decoding every analysis.
        from briefing.answers.digest import histories, loaded_digests

        return histories(loaded_digests(briefings))

    def _merged(self) -> list[History] | None:
        """The histories; ``None`` while a worker merges them (the view is then redrawn)."""
        return self._corpus_data()

    def _corpus_ready(self) -> None:
        self._show_corpus()

    def _refresh_corpus(self) -> None:
        self._corpus_refresh_pending = False
        if self._mode == "corpus":
            self._show_corpus()

    def _show_corpus(self) -> None:
        self._switch_mode("corpus")
        histories = self._merged()
        if histories is None:
            self._set("#tracker-header", Content("HISTORIES"))
            self._set("#tracker-hint", Content("a/esc back"))
            self._fill([(Content(f"Merging the negotiations of {len(self._corpus)} documents…"),
                         None)])
            return
        documents = len({s.path for h in histories for s in h.steps})
        typed = self.query_one("#tracker-filter", Input).value.strip()
        # The current document's thread first: its history opens the list, at its step.
        current = self._current_history(histories)
        shown = filter_histories(histories, typed) if typed else list(histories)
        if current is not None and current in shown:
            shown.remove(current)
            shown.insert(0, current)
        count = f"{len(shown):,} of {len(histories):,}" if typed else f"{len(histories):,}"
        self._set("#tracker-header", Content(f"HISTORIES · {count} · {documents:,} docs"))
        self._set("#tracker-hint", Content("⏎ open step  f filter  a/esc back"))
        here = self._briefing.document.path if self._briefing is not None else None
        rows, highlight = history_rows(shown, current, here, self.thread,
                                       self.app.theme_variables)
        options: list[Row] = self._loading_row() + rows
        if typed and not shown:
            options.append((Content("No history has all of: " + safe_text(typed, 60)), None))
        if not shown and not typed:
            message = "No corpus loaded yet." if not self._corpus else \
                "No negotiation found in the corpus."
            options.append((Content(message), None))
        self._fill(options, highlight)

    def _current_history(self, histories: Sequence[History]) -> History | None:
        """The history of the thread shown for the current document, if any."""
        if self._briefing is None:
            return None
        thread = self.thread
        return history_of(histories, self._briefing.document.path,
                          thread.id if thread is not None else None)
