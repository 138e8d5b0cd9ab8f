"""The command palette (ctrl+p): every reader action, "Theme: <name>", documents by title.

Documents are ranked by their title's words, not by letters scattered through it: "syria"
finds the Syria titles before "IRAQ SAYS IT REPELS IRANIAN ATTACK" (see :func:`document_score`).
Each entry's description adds something (its key, the document's date and source) rather than
repeating the title.
"""

from __future__ import annotations

import asyncio
import heapq
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hits, Provider
from textual.command import Hit as PaletteHit
from textual.content import Content

from briefing.ui.keys import KEYS, by_id
from briefing.ui.text import label, safe_str

if TYPE_CHECKING:
    from textual.fuzzy import Matcher

    from briefing.ui.doc_rows import DocRow
    from briefing.ui.main import MainScreen

MAX_DOCUMENT_HITS = 100  # the best documents shown for a query (d lists them all)
MAX_FUZZY_DOCUMENTS = 5000  # scattered-letter matching only in the first ones (it is slow),
# and only when the title words match fewer than MAX_DOCUMENT_HITS documents
WORD_WEIGHT = 100.0  # Textual's fuzzy scores stay well below this
_WORD = re.compile(r"[^\W_]+")


def _safe_highlight(matcher: Matcher, candidate: str) -> Content:
    """Matcher highlighting without markup parsing (``Matcher.highlight`` parses markup)."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _help(text: str | None) -> str | None:
    """A hit's description as ``Content`` (the safe path), never a markup string.

    Textual renders ``Hit.help`` with ``Content.from_markup``, which returns a ``Content``
    unchanged but parses a ``str``: a document's source ``[link=file:…]x[/link]`` crashed the
    palette with a MarkupError.  The field is typed ``str``, hence the cast."""
    return cast(str, label(text)) if text else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def document_score(query: str, title: str, title_words: list[str] | None = None) -> float:
    """How well a document title answers a palette query, by its words (0: not at all).

    Every query word beginning a title word scores highest (a whole word more than a prefix:
    "syria" finds "Syria ceasefire…" first); every query word inside the title, less.  Letters
    scattered through a title ("IRAQ SAYS IT REPELS IRANIAN ATTACK" for "syria") score 0 here;
    the palette's fuzzy match, weighted down, ranks those after.
    """
    wanted = _words(query)
    if not wanted:
        return 0.0
    words = title_words if title_words is not None else _words(title)
    whole = starts = 0
    for word in wanted:
        if word in words:
            whole += 1
        elif any(w.startswith(word) for w in words):
            starts += 1
        else:
            break
    else:
        return 0.85 + 0.15 * whole / len(wanted)
    folded = title.casefold()
    if all(word in folded for word in wanted):
        return 0.6
    return 0.0


class ReaderCommands(Provider):
    """Reader actions (titles from the key table), themes, and "Open: <document title>"."""

    def _screen(self) -> MainScreen | None:
        from briefing.ui.main import MainScreen

        screen = self.screen
        return screen if isinstance(screen, MainScreen) else None

    async def startup(self) -> None:
        """The documents, once per palette opening: the document table's rows (made once per
        document and kept), each title folded for a quick word check."""
        screen = self._screen()
        self._rows: list[DocRow] = []
        self._folded: list[str] = []
        self._speakers: asyncio.Future[list[tuple[str, str]]] | None = None
        if screen is not None:
            self._rows = screen.doc_rows.rows(screen.session.briefings)
            self._folded = [f"open: {row.title}".casefold() for row in self._rows]
            # Everyone quoted in the corpus (quotations and reported speech, from the answers
            # digests) is found in a thread; searches list the other hits meanwhile.  Not
            # awaited here: a keystroke cancels a search, and with it what it awaits.
            from briefing.answers.speakers import quotes_of

            self._speakers = asyncio.ensure_future(asyncio.to_thread(
                quotes_of(screen).compute, screen.session.briefings))

    async def _quoted(self) -> list[tuple[str, str]]:
        """``(actor id, name)`` of everyone quoted, once found (shielded: a cancelled search
        leaves the work going for the next one)."""
        found = getattr(self, "_speakers", None)
        if found is None:
            return []
        try:
            return await asyncio.shield(found)
        except Exception:  # noqa: BLE001 - no "Quotes:" entries, never a broken palette
            return []

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = self._screen()
        if screen is None:
            return []
        out: list[tuple[str, str, Callable[[], object]]] = []
        for key in KEYS:
            if key.scope != "screen":
                continue  # a panel's keys work in that panel, not from the palette
            out.append((key.help[:1].upper() + key.help[1:], f"key: {key.display}",
                        partial(screen.run_action, key.action)))
        for key_id, action in (("tracker-status", "set_status"), ("tracker-note", "edit_note")):
            key = by_id(key_id)  # the tracker's corrections: it opens on the thread shown
            out.append((f"Tracker: {key.help.split(';')[0]}", f"key: {key.display} in the tracker",
                        partial(screen.correct_thread, action)))
        app = screen.app
        names = app.theme_cycle() if hasattr(app, "theme_cycle") else []
        for name in names:
            out.append((f"Theme: {safe_str(name, 60)}", "colour theme (saved as yours)",
                        partial(setattr, app, "theme", name)))
        return out

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(Content(title), command, text=title, help=_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            # Word matches first (scaled above any fuzzy score), scattered letters after.
            score = WORD_WEIGHT * document_score(query, title) + matcher.match(title)
            if score > 0:
                yield PaletteHit(score, _safe_highlight(matcher, title), command, text=title,
                          help=_help(help_text))
        screen = self._screen()
        if screen is None:
            return
        wanted = _words(query)
        scored: list[tuple[float, int]] = []
        for n, folded in enumerate(self._folded):
            if wanted and all(w in folded for w in wanted):  # a cheap test before the score
                # Word matches; among equals the shorter title (the closer one) first.
                score = WORD_WEIGHT * document_score(query, folded) + 1.0 / len(folded)
                scored.append((score, n))
        if len(scored) < MAX_DOCUMENT_HITS:  # few word matches: scattered letters after them
            matched = {n for _s, n in scored}
            for n in range(min(len(self._rows), MAX_FUZZY_DOCUMENTS)):
                if n not in matched:
                    score = matcher.match(f"Open: {self._rows[n].title}")
                    if score > 0:
                        scored.append((score, n))
        for score, n in heapq.nlargest(MAX_DOCUMENT_HITS, scored, key=lambda x: (x[0], -x[1])):
            row = self._rows[n]
            shown = f"Open: {row.title}"
            where = " · ".join(x for x in (row.date, row.source) if x)
            yield PaletteHit(score, _safe_highlight(matcher, shown),
                      partial(screen.show_document, row.doc), text=shown, help=_help(where))
        # "Quotes: <name>", one per person quoted: found by typing, not listed up front.
        for actor_id, name in await self._quoted():
            title = f"Quotes: {safe_str(name, 60)}"
            score = WORD_WEIGHT * document_score(query, title) + matcher.match(title)
            if score > 0:
                yield PaletteHit(score, _safe_highlight(matcher, title),
                          partial(screen.show_quotes, actor_id), text=title,
                          help=_help("everything this person said, in every document (parties panel)"))
