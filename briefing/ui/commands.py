"""The command palette (ctrl+p): every reader action, "Theme: <name>", documents by title."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.ui.keys import KEYS
from briefing.ui.text import safe_str

if TYPE_CHECKING:
    from briefing.ui.main import MainScreen

MAX_DOCUMENT_HITS = 5000  # beyond this, use the document list or search instead


def _safe_highlight(matcher, candidate: str) -> Content:
    """Matcher highlighting without markup parsing (``Matcher.highlight`` parses markup)."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


_SPEAKERS: dict[int, tuple[int, list[tuple[str, str]]]] = {}  # screen id -> (docs, speakers)


def _speakers(screen: MainScreen) -> list[tuple[str, str]]:
    """``(actor id, name)`` of every person quoted in the corpus, most quoted first (computed
    once per corpus size: the palette opens often)."""
    briefings = screen.briefings
    cached = _SPEAKERS.get(id(screen))
    if cached is not None and cached[0] == len(briefings):
        return cached[1]
    counts: dict[str, tuple[str, int]] = {}
    for briefing in briefings:
        names = {a.id: a.name for a in briefing.actors if a.kind == "person"}
        for quote in briefing.quotes:
            if quote.speaker in names:
                name, n = counts.get(quote.speaker, (names[quote.speaker], 0))
                counts[quote.speaker] = (name, n + 1)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[1][0]))
    result = [(actor_id, name) for actor_id, (name, _n) in ranked]
    _SPEAKERS[id(screen)] = (len(briefings), result)
    return result


class ReaderCommands(Provider):
    """Reader actions (titles from the key table) plus "Open: <document title>"."""

    def _screen(self) -> MainScreen | None:
        from briefing.ui.main import MainScreen

        screen = self.screen
        return screen if isinstance(screen, MainScreen) else None

    def _commands(self) -> list[tuple[str, str, object]]:
        screen = self._screen()
        if screen is None:
            return []
        out: list[tuple[str, str, object]] = []
        for key in KEYS:
            help_text = f"{key.help} ({key.display})"
            out.append((key.help[:1].upper() + key.help[1:], help_text,
                        partial(screen.run_action, key.action)))
        app = screen.app
        names = app.theme_cycle() if hasattr(app, "theme_cycle") else []
        for name in names:
            out.append((f"Theme: {safe_str(name, 60)}", "switch to this colour theme (saved)",
                        partial(setattr, app, "theme", name)))
        for actor_id, name in _speakers(screen):
            out.append((f"Quotes: {safe_str(name, 60)}", "everything this person said, in every "
                        "document (parties panel)", partial(screen.show_quotes, actor_id)))
        for i, briefing in enumerate(screen.briefings[:MAX_DOCUMENT_HITS]):
            title = safe_str(briefing.document.display_title, 150)
            out.append((f"Open: {title}", "switch to this document",
                        partial(screen.show_document, i)))
        return out

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            if title.startswith(("Open: ", "Quotes: ")):
                continue
            yield DiscoveryHit(Content(title), command, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, _safe_highlight(matcher, title), command, text=title,
                          help=help_text)
