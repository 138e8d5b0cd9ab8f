"""The PARTIES side panel: who is involved in the article, and as what; and across the corpus.

Document mode lists the current briefing's actors in groups ("At the table", "In the conflict",
"Mentioned"; rules in :mod:`briefing.ui.panel_groups`), each row with a kind badge, the name
mention count, the title and affiliation of people and a mark for user-curated actors;
sub-actors are indented under their ``part_of`` parent.

Keys (while the panel has focus):

* cursor keys / ``enter``: select an actor → :class:`PartiesPanel.ActorSelected` (the screen
  highlights its mentions; ``n``/``N`` are the screen's).  Moving the cursor selects too, but a
  cursor placed by the panel itself (after a new document) announces nothing.
* ``f``: show only the paragraphs that mention the highlighted actor, or stop →
  :class:`PartiesPanel.FilterToggled`.  While the filter is on, selecting another actor moves the
  filter to it (a second ``FilterToggled`` with ``only=True``).
* ``a``: corpus mode: every actor of the corpus with the number of documents mentioning it;
  ``enter`` lists those documents, newest first; ``enter`` on a document →
  :class:`PartiesPanel.OpenDocument`.  The panel stays in that list so the next document is one
  keypress away; ``escape`` backs out one level, ``a`` returns to the document.
* curation (document mode, on the highlighted actor): ``r`` rename (a prompt prefilled with
  the name), ``M`` merge it into another actor (picked from a list), ``x`` drop it (after a
  confirmation), ``+`` add a missed name (name and kind) →
  :class:`~briefing.ui.curation_request.CurationRequested`; the screen writes the sidecar and re-analyses.
* ``escape`` in document mode: first turns the filter off, then clears the selection
  (``ActorSelected(path, None)``), then lets the key through to the screen.

A new document (``set_briefing`` with another path) resets the selection and the filter inside
the panel without posting anything: the screen resets its own highlight and filter when it
changes document.  After ``OpenDocument`` the actor is shown selected when that document arrives.

``set_corpus`` only stores the list: the corpus aggregation runs when corpus mode is shown, once
per corpus (in a worker thread above :data:`SYNC_LIMIT` documents, so the screen stays live), and
the lists are capped (:data:`MAX_CORPUS_ACTORS`, :data:`MAX_ACTOR_DOCUMENTS`).
All document-derived text goes through ``safe_text`` and ``Content``: never markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static

from briefing.answers.quotes import CorpusQuote, collect_quotes
from briefing.model import Briefing
from briefing.ui import party_curation
from briefing.ui.css import tcss
from briefing.ui.footer import HintLine
from briefing.ui.keys import bindings
from briefing.ui.lists import WrappedList
from briefing.ui.panel_groups import (
    CorpusActor,
    aggregate_actors,
    documents_of,
    filter_actors,
    group_actors,
    name_of_id,
)
from briefing.ui.panel_style import KIND_NAMES, safe_text
from briefing.ui.party_rows import actor_rows, corpus_rows, document_rows, plural, quote_rows
from briefing.ui.safe_input import SafeInput
from briefing.ui.side_panel import SidePanel

MAX_CORPUS_ACTORS = 1000  # rows in the corpus actor list (most widely mentioned first)
MAX_ACTOR_DOCUMENTS = 500  # rows in one actor's document list (newest first)
SYNC_LIMIT = 2000  # corpora up to this size are aggregated at once, bigger ones in a thread


class PartiesPanel(SidePanel[list[CorpusActor]]):
    """Actors of the current document, or of the whole corpus."""

    DEFAULT_CSS = tcss(__file__, "parties_panel.tcss")
    CORPUS_WORKER_GROUP = "parties-corpus"
    CORPUS_WORKER_DESCRIPTION = "count the corpus actors"
    CORPUS_FILTER_ID = "parties-filter"

    BINDINGS = bindings("parties")  # from the key table (help screen, keymap ids)

    class ActorSelected(Message):
        """The user selected an actor (``actor_id``) in document ``path``; ``None`` clears."""

        def __init__(self, path: str, actor_id: str | None) -> None:
            super().__init__()
            self.path = path
            self.actor_id = actor_id

    class FilterToggled(Message):
        """Show only the paragraphs of ``path`` mentioning ``actor_id`` (``only``), or all."""

        def __init__(self, path: str, actor_id: str | None, only: bool) -> None:
            super().__init__()
            self.path = path
            self.actor_id = actor_id
            self.only = only

    class OpenDocument(Message):
        """Open document ``path`` (from the corpus list), with ``actor_id`` to highlight."""

        def __init__(self, path: str, actor_id: str | None) -> None:
            super().__init__()
            self.path = path
            self.actor_id = actor_id

    class QuoteSelected(SidePanel.SpanSelected):
        """Show document ``path`` (switching to it if needed) with ``[start, end)`` marked."""

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        # self._mode: document | corpus | documents
        self._corpus_actor: CorpusActor | None = None  # whose documents are listed
        self._selected: str | None = None  # the actor last announced with ActorSelected
        self._filter: str | None = None  # the actor whose paragraphs alone are shown
        self._suppress: str | None = None  # option id whose next highlight the panel caused
        self._opened: tuple[str, str | None] | None = None  # last OpenDocument (path, actor)
        # self._targets: option id -> actor id / CorpusActor / Briefing
        self._waiting_highlight: object | None = None  # to restore once the worker is done
        # The document's actor ids as last listed, and the actor a merge keeps: where the
        # cursor goes when a drop or a merge takes the selected actor away (party_curation).
        self._listed: tuple[str, list[str]] | None = None
        self.merged_into: str | None = None

    # -- SidePanel hooks (set_briefing, set_corpus and the corpus worker are shared) ----

    def _document_changed(self) -> None:
        self._selected = None
        self._filter = None

    def _briefing_arrived(self, path: str | None) -> None:
        if self._opened and self._opened[0] == path:
            # The document the user opened from the corpus list: its actor is the selection.
            self._selected, self._opened = self._opened[1], None

    @property
    def _corpus_actors(self) -> list[CorpusActor] | None:
        """The corpus actors, computed on first corpus view (``None``: not yet)."""
        return self._corpus_result

    @_corpus_actors.setter
    def _corpus_actors(self, value: list[CorpusActor] | None) -> None:
        self._corpus_result = value

    # -- read-only state (for the screen and tests) ---------------------------------------

    @property
    def mode(self) -> str:
        """``document``, ``corpus`` (every actor) or ``documents`` (one actor's documents)."""
        return self._mode

    @property
    def selected_actor(self) -> str | None:
        return self._selected

    @property
    def filter_actor(self) -> str | None:
        return self._filter

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#parties-list", OptionList)

    # -- composition -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Content("PARTIES"), id="parties-header", markup=False)
        # Disabled while hidden: a hidden Input would still take the focus (and the keys).
        yield SafeInput(placeholder="f: filter actors", id="parties-filter", disabled=True)
        yield WrappedList(id="parties-list")
        yield HintLine(id="parties-hint")

    def on_mount(self) -> None:
        self._show_document()

    def _set_header(self, text: str) -> None:
        self.query_one("#parties-header", Static).update(Content(safe_text(text)))

    def _set_hint(self, text: str) -> None:
        self.query_one("#parties-hint", Static).update(Content(text))

    def _highlight_placed(self, option_id: str) -> None:
        self._suppress = option_id  # a cursor the panel placed itself announces nothing

    # -- document mode ----------------------------------------------------------------------

    def _show_document(self) -> None:
        self._mode = "document"
        self._corpus_view(False)
        briefing = self._briefing
        if briefing is None:
            self._set_header("PARTIES")
            self._fill([(Content("No document open."), None)])
            self._set_hint("a corpus")
            return
        groups = group_actors(briefing)
        total = sum(len(g.rows) for g in groups)
        options = actor_rows(briefing, groups, self.app.theme_variables)
        ids = [row.actor.id for group in groups for row in group.rows]
        path = briefing.document.path
        # The selected actor gone from the list it was in: a drop, a merge, an edit on disk.
        gone = (self._selected is not None and self._selected not in ids
                and self._listed is not None and self._listed[0] == path
                and self._selected in self._listed[1])
        highlight = (party_curation.cursor_after_removal(
            self._selected, self.merged_into, self._listed, path, ids) if gone
            else self._selected)
        self._listed, self.merged_into = (path, ids), None
        self._fill(options, highlight=highlight)
        if gone:
            self._announce(highlight)  # the reader marks the mentions of the new selection
        self._update_document_header(total)
        self._set_hint("⏎ select  f only  a corpus  r M x + edit")

    def _update_document_header(self, total: int | None = None) -> None:
        if total is None:
            total = len(self._briefing.actors) if self._briefing else 0
        header = f"PARTIES · {total:,}"
        if self._filter and self._briefing:
            actor = self._briefing.actor(self._filter)
            header = f"PARTIES · only {actor.name if actor else self._filter}"
        self._set_header(header)

    def _highlighted_target(self) -> object | None:
        option_list = self.option_list
        index = option_list.highlighted
        if index is None:
            return None
        option = option_list.get_option_at_index(index)
        return self._targets.get(option.id or "")

    def _announce(self, actor_id: str | None) -> None:
        if self._briefing is None:
            return
        path = self._briefing.document.path
        self._selected = actor_id
        self.post_message(self.ActorSelected(path, actor_id))
        if self._filter is not None and actor_id is not None and actor_id != self._filter:
            self._filter = actor_id  # the filter follows the selection
            self.post_message(self.FilterToggled(path, actor_id, True))
            self._update_document_header()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id == self._suppress:
            self._suppress = None
            return
        if not option_id.startswith(f"{self._build}:"):
            # A highlight in a list since replaced (two fills at start-up: the first
            # document, then the one reopened): it must not clear the newer fill's mark,
            # whose cursor then selected an actor nobody picked.
            return
        self._suppress = None
        target = self._targets.get(option_id)
        if self._mode == "document" and isinstance(target, str) and target != self._selected:
            self._announce(target)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target is None:
            return
        if self._mode == "document" and isinstance(target, str):
            self._announce(target)
            self.post_message(self.Chosen())
        elif self._mode == "corpus" and isinstance(target, CorpusActor):
            self._show_actor_documents(target)
        elif self._mode == "quotes" and isinstance(target, CorpusQuote):
            self.post_message(self.QuoteSelected(target.path, target.start, target.end))
            self.post_message(self.Chosen())  # narrow: the reader, at the quote
        elif self._mode == "documents" and isinstance(target, Briefing):
            actor_id = self._corpus_actor.id if self._corpus_actor else None
            self._opened = (target.document.path, actor_id)
            self.post_message(self.OpenDocument(target.document.path, actor_id))
            self.post_message(self.Chosen())

    # -- actions -----------------------------------------------------------------------------

    def action_toggle_filter(self) -> None:
        if self._mode == "corpus":
            self.query_one("#parties-filter", Input).focus()
            return
        if self._mode != "document" or self._briefing is None:
            raise SkipAction()
        target = self._highlighted_target()
        path = self._briefing.document.path
        if self._filter is not None and (target is None or target == self._filter):
            actor_id, self._filter = self._filter, None
            self.post_message(self.FilterToggled(path, actor_id, False))
        elif isinstance(target, str):
            if target != self._selected:
                self._selected = target
                self.post_message(self.ActorSelected(path, target))
            self._filter = target
            self.post_message(self.FilterToggled(path, target, True))
        self._update_document_header()

    def _corpus_view(self, on: bool) -> None:
        """Show (and enable) the actor filter in the corpus list only."""
        self.set_class(on, "-corpus")
        self.query_one("#parties-filter", Input).disabled = not on

    def action_quotes(self) -> None:
        """The quotes of the highlighted person (or of the selected actor) in every document."""
        target = self._highlighted_target()
        actor_id = (target.id if isinstance(target, CorpusActor) else
                    target if isinstance(target, str) else self._selected)
        if actor_id is None or self._mode == "quotes":
            raise SkipAction()
        self._quotes_back = self._mode
        self._show_quotes(actor_id)

    def show_quotes(self, actor_id: str) -> None:
        """List ``actor_id``'s quotes across the corpus (``escape`` returns to the document)."""
        self._quotes_back = "document"
        self._show_quotes(actor_id)
        self.option_list.focus()

    def _show_quotes(self, actor_id: str) -> None:
        from briefing.answers.speakers import quotes_of

        # What the palette computed for this corpus (from the digests), else from the analyses.
        quotes = quotes_of(self.screen).of(self._corpus, actor_id) if self._corpus else None
        if quotes is None:
            quotes = [q for q in collect_quotes(self._documents_of(actor_id))
                      if q.speaker == actor_id]
        self._mode = "quotes"
        self._corpus_view(False)
        name = quotes[0].speaker_name if quotes else self._actor_name(actor_id)
        self._set_header(f"QUOTES · {name} · {len(quotes)}")
        self._set_hint("⏎ open  esc back")
        self._fill(quote_rows(quotes[:MAX_ACTOR_DOCUMENTS]))

    def _actor_name(self, actor_id: str) -> str:
        """The actor's name (the header said "QUOTES · egypt · 0" when it had no quote)."""
        entry = next((e for e in self._aggregated() or () if e.id == actor_id), None)
        if entry is not None:
            return entry.name
        actors = self._briefing.actors if self._briefing is not None else ()
        return next((a.name for a in actors if a.id == actor_id), None) or name_of_id(actor_id)

    def _documents_of(self, actor_id: str) -> list[Briefing]:
        """The documents that have the actor (the corpus count knows them when done)."""
        corpus = list(self._corpus) or ([self._briefing] if self._briefing else [])
        entry = next((e for e in self._aggregated() or () if e.id == actor_id), None)
        if entry is not None:
            return [corpus[i] for i in entry.documents if 0 <= i < len(corpus)]
        return [b for b in corpus if any(a.id == actor_id for a in b.actors)]

    def action_back(self) -> None:
        box = self.query_one("#parties-filter", Input)
        if self._mode == "quotes":
            if getattr(self, "_quotes_back", "document") == "corpus":
                self._show_corpus()
            else:
                self._show_document()
        elif self._mode == "corpus" and box.value:
            box.value = ""  # first escape: clear the filter
            self.option_list.focus()
        elif self._mode == "documents":
            self._show_corpus(highlight=self._corpus_actor)
        elif self._mode == "corpus":
            self._show_document()
        elif self._briefing is not None and self._filter is not None:
            actor_id, self._filter = self._filter, None
            self.post_message(self.FilterToggled(self._briefing.document.path, actor_id, False))
            self._update_document_header()
        elif self._briefing is not None and self._selected is not None:
            self._announce(None)
        else:
            raise SkipAction()  # nothing to back out of here: let the screen have the key

    # -- curation ------------------------------------------------------------------------------

    def _curation_target(self) -> tuple[Briefing, str] | None:
        """The document and the highlighted actor id (document mode), else skip the key."""
        if self._briefing is None:
            raise SkipAction()
        if self._mode != "document":
            # the corpus lists merge actors over documents: a correction names one document's
            self.notify("corrections are made on one document's actors: a returns to them",
                        severity="warning", markup=False)
            return None
        target = self._highlighted_target()
        if not isinstance(target, str) or self._briefing.actor(target) is None:
            self.notify("highlight an actor first", severity="warning", markup=False)
            return None
        return self._briefing, target

    def action_rename(self) -> None:
        found = self._curation_target()
        if found is not None:
            party_curation.ask_rename(self, *found)

    def action_merge(self) -> None:
        found = self._curation_target()
        if found is not None:
            party_curation.ask_merge(self, *found)

    def action_drop(self) -> None:
        found = self._curation_target()
        if found is not None:
            party_curation.ask_drop(self, *found)

    def action_add(self) -> None:
        if self._mode != "document" or self._briefing is None:
            raise SkipAction()
        party_curation.ask_add(self, self._briefing)

    # -- corpus mode ---------------------------------------------------------------------------

    def _sync_limit(self) -> int:
        return SYNC_LIMIT

    def _compute_corpus(self, briefings: Sequence[Briefing]) -> list[CorpusActor]:
        return aggregate_actors(briefings)

    def _aggregated(self) -> list[CorpusActor] | None:
        """The corpus actors; ``None`` while a worker counts them (the view is then redrawn)."""
        return self._corpus_data()

    def _refresh_corpus(self) -> None:
        self._corpus_refresh_pending = False
        if self._mode == "corpus":
            self._show_corpus(highlight=self._highlighted_target() or self._waiting_highlight)
        elif self._mode == "documents" and self._corpus_actor is not None:
            entries = self._aggregated()
            if entries is None:
                return  # keep showing the current list; redrawn when the count is done
            entry = next((c for c in entries if c.id == self._corpus_actor.id), None)
            if entry is None:
                self._show_corpus()
            else:
                self._show_actor_documents(entry)

    def _show_corpus(self, highlight: object | None = None) -> None:
        self._mode = "corpus"
        self._corpus_view(True)
        documents = len(self._corpus)
        entries = self._aggregated()
        typed = self.query_one("#parties-filter", Input).value.strip()
        if entries is not None and typed:
            entries = filter_actors(entries, typed)
        if entries is None:
            self._waiting_highlight = highlight
            self._set_header(f"CORPUS · {plural(documents, 'doc')}")
            self._set_hint("a/esc back")
            self._fill([(Content(f"Counting the actors of {documents} documents…"), None)])
            return
        self._waiting_highlight = None
        typed_note = " (filtered)" if typed else ""
        self._set_header(f"{plural(len(entries), 'actor')}{typed_note} in "
                         f"{plural(documents, 'doc')}")
        self._set_hint("⏎ its documents  Q quotes  f filter  a/esc back")
        if not documents:
            self._fill([(Content("No corpus loaded yet."), None)])
            return
        shown = entries[:MAX_CORPUS_ACTORS]
        options = self._loading_row() + corpus_rows(entries, shown, typed,
                                                    self.app.theme_variables)
        # Identity of CorpusActor objects changes per aggregation: match a highlight by id.
        if isinstance(highlight, CorpusActor):
            highlight = next((e for e in shown if e.id == highlight.id), None)
        self._fill(options, highlight=highlight)

    def _show_actor_documents(self, entry: CorpusActor) -> None:
        self._mode = "documents"
        self._corpus_view(False)
        self._corpus_actor = entry
        rows = documents_of(entry, self._corpus)
        count = len(rows)
        kind = KIND_NAMES.get(entry.kind, entry.kind)
        self._set_header(f"{entry.name} · {kind} · {plural(count, 'doc')}")
        self._set_hint("⏎ open  esc back  a document")
        self._fill(document_rows(rows, MAX_ACTOR_DOCUMENTS))


# -- row rendering (Content only: document text is never markup) --------------------------------
