"""The main screen's actions that open another screen: search, the document table, themes.

Imported when one of them is first used (not at start-up): each pulls in its screen's module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ui.text import notify_safe

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen
    from briefing.ui.navigation import HitLike


def open_search(screen: MainScreen, mode: str = "text") -> None:
    """``/`` (text) or ``@`` (actor): the search screen; ``enter`` on a hit goes there."""
    try:
        from briefing.ui.search import SearchScreen
    except Exception:  # noqa: BLE001 - the search screen is optional
        notify_safe(screen, "search is not available yet", severity="warning")
        return
    from functools import partial

    from briefing.session.progress import loading_note, search_coverage

    session = screen.session
    search = SearchScreen(session.search_index, mode=mode,
                          last=session.keeper.query(session.corpus_key()))
    search.progress = partial(loading_note, session)
    search.coverage = partial(search_coverage, session)
    search.briefings_for = session.briefings_at

    def done(hit: HitLike | None) -> None:
        if search.typed.strip() not in ("", "@"):  # offered again by the next / (and saved)
            session.keeper.note_query(session.corpus_key(), search.typed)
        if hit is not None:
            screen.places.hits.searched(search.result_query or search.typed, search.sort)
            screen.navigator.search_done(list(search.result_hits or []), hit)
            screen.update_status()

    screen.app.push_screen(search, done)


def open_documents(screen: MainScreen) -> None:
    """``d``: the document table (date, source, title, status): filter, sort, enter opens."""
    briefings = screen.session.briefings
    if len(briefings) <= 1 and not screen.session.is_loading:
        notify_safe(screen, "Only one document is open." if briefings else
                    "No document is open.")
        return
    # While the folder is still being listed and read, the table opens with what is there
    # ("so far (loading)") and takes in the rest as it comes (documents_grew).
    from briefing.ui.documents import DocumentsScreen

    rows = screen.doc_rows.rows(briefings)
    table = DocumentsScreen(rows, screen.current, *screen.doc_rows.sort)
    table.corpus_loading = screen.session.is_loading

    def done(index: int | None) -> None:
        screen.doc_rows.sort = (table.sort_column, table.reverse)
        if index is not None and 0 <= index < len(briefings):
            screen.show_document(index)  # records the jump: ctrl+o comes back
            screen.arrangement.show_reader()
        screen.reader.focus()

    screen.app.push_screen(table, done)
    screen.doc_rows.fill_statuses(screen, briefings, table)


def cycle_theme(screen: MainScreen) -> None:
    """``T``: the next of briefing's themes (or of all themes when it has none)."""
    app = screen.app
    cycle = getattr(app, "theme_cycle", None)
    names: list[str] = cycle() if callable(cycle) else sorted(app.available_themes)
    if not names:
        return
    current = app.theme
    following = names[(names.index(current) + 1) % len(names)] if current in names \
        else names[0]
    app.theme = following
    notify_safe(screen, f"theme: {following}", timeout=2)


def open_corpus(screen: MainScreen, paths: list[str], sha256: str | None = None,
                offset: int | None = None) -> None:
    """Replace the corpus by another (saving the place here first), optionally opening the
    document ``sha256`` at ``offset`` once it has loaded."""
    screen.flush_state()
    following = type(screen)(paths, screen.session.limits_settings)
    following.places.restore, following.places.restore_offset = sha256, offset
    if hasattr(screen.app, "paths"):
        screen.app.paths = list(paths)
    # The first screen cannot be switched away (it has no result callback): the new one goes
    # on top and this one lets go of its corpus and index.
    screen.app.push_screen(following)
    screen.session.close()


def documents_grew(screen: MainScreen) -> None:
    """Documents were loaded (or fetched): an open document table shows them too."""
    from briefing.ui.documents import DocumentsScreen

    table = screen.app.screen
    if not isinstance(table, DocumentsScreen) or not table.is_attached:
        return
    briefings = screen.session.briefings
    table.set_rows(screen.doc_rows.rows(briefings), loading=screen.session.is_loading)
    screen.doc_rows.fill_statuses(screen, briefings, table)


def check_on_disk(screen: MainScreen) -> None:
    """Every few seconds: the document being read, edited on disk meanwhile, is read again."""
    briefing = screen.briefing
    if briefing is not None and not screen.session.is_loading:
        screen.session.reload_if_changed(briefing.document.path)


def open_problems(screen: MainScreen) -> None:
    """``!``: the problems view; ``enter`` there opens the document, if it was loaded."""
    from briefing.ui.problems import ProblemsScreen, document_for
    from briefing.ui.text import safe_str

    def chosen(path: str | None) -> None:
        if path is None:
            return
        found = document_for(path, list(screen.session.by_path))
        if found is None or not screen.switch_to_path(found):
            notify_safe(screen, f"{safe_str(path.rsplit('/', 1)[-1], 120)} was not loaded "
                                "(skipped): nothing to open")
            return
        screen.arrangement.show_reader()

    screen.app.push_screen(ProblemsScreen(screen.session.problems), chosen)
