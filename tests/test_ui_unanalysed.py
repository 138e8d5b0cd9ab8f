"""An empty panel says why when the document has no analysis at all: while the first
document of a folder is shown before its analysis ("Analysing…", not "No parties found"),
and for a document over the analysis limit ("Not analysed: … limit"), in the panels and
the memo. A document analysed and truly empty still says "none found".

Invented documents only.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from test_ui_tracker import PanelApp, prompts
from textual.app import App, ComposeResult
from textual.widgets import Static

from briefing.analysis.document import safe_analyse
from briefing.answers.export import memo_markdown
from briefing.corpus import DEFAULT_LIMITS, document_from_text
from briefing.model import ANALYSIS_PENDING, Briefing
from briefing.session.events import BriefingsLoaded
from briefing.session.loading import show_first_text
from briefing.ui.parties import PartiesPanel
from briefing.ui.tracker import TrackerPanel

TEXT = ("Freedonia and Sylvania agree truce\n\n"
        "Freedonia and Sylvania agreed to a truce on Monday after talks in Hillport.\n")
SMALL = dataclasses.replace(DEFAULT_LIMITS, max_analysed_chars=20)


def _too_long() -> Briefing:
    document, _ = document_from_text("/c/long.txt", TEXT)
    briefing, problems = safe_analyse(document, SMALL)
    assert problems and "analysis limit" in problems[0].message
    return briefing


def _pending(tmp_path: Path) -> Briefing:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    events: list[object] = []
    assert show_first_text([str(tmp_path)], DEFAULT_LIMITS, events.append)
    (event,) = events
    assert isinstance(event, BriefingsLoaded)
    return event.briefings[0]


def test_the_briefing_says_why_it_has_no_analysis(tmp_path: Path) -> None:
    assert _pending(tmp_path).unanalysed() == ANALYSIS_PENDING
    assert "analysis limit" in (_too_long().unanalysed() or "")
    document, _ = document_from_text("/c/ok.txt", TEXT)
    assert safe_analyse(document)[0].unanalysed() is None


def test_the_memo_says_not_analysed() -> None:
    memo = memo_markdown([_too_long()])
    assert "Not analysed:" in memo and "analysis limit" in memo
    assert "No negotiation found" not in memo


async def _tracker_says(briefing: Briefing) -> tuple[str, str]:
    app = PanelApp(briefing)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        panel = app.query_one(TrackerPanel)
        head = str(panel.query_one("#tracker-head", Static).render())
        assert not [p for p in prompts(panel) if p.startswith("AGENDA")]
        return str(panel.badge.render()), head


async def parties_say(briefing: Briefing) -> list[str]:
    """The rows of a parties panel showing ``briefing`` (also used by test_ui_failed_pass)."""
    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield PartiesPanel()

        def on_mount(self) -> None:
            self.query_one(PartiesPanel).set_briefing(briefing)

    app = One()
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        option_list = app.query_one(PartiesPanel).option_list
        return [option_list.get_option_at_index(i).prompt.plain
                for i in range(option_list.option_count)]


async def test_the_panels_say_analysing_before_the_analysis(tmp_path: Path) -> None:
    briefing = _pending(tmp_path)
    badge, head = await _tracker_says(briefing)
    assert badge == "ANALYSING…" and "Analysing" in head and "no negotiation" not in head
    shown = await parties_say(briefing)
    assert shown == ["Analysing…"]


async def test_the_panels_say_a_long_document_was_not_analysed() -> None:
    briefing = _too_long()
    badge, head = await _tracker_says(briefing)
    assert badge == "NOT ANALYSED" and "Not analysed" in head and "analysis limit" in head
    (shown,) = await parties_say(briefing)
    assert shown == "Not analysed: too long (!)"  # one line: the reason is in `!`


async def test_an_analysed_empty_document_still_says_none_found() -> None:
    document, _ = document_from_text("/c/none.txt", "Nothing here.\n")
    briefing = safe_analyse(document)[0]
    badge, head = await _tracker_says(briefing)
    assert badge == "NO NEGOTIATION FOUND" and "describes no negotiation" in head
    assert await parties_say(briefing) == ["No parties found."]
