"""A failing extraction pass loses only its own output, and the panels say so: the tracker of a
document whose negotiations pass failed says it could not be built (not "no negotiation"), the
parties panel likewise, the memo too; the other panels are complete.

The failure is injected into the real pipeline on an invented document.
"""

from __future__ import annotations

import pytest
from test_ui_tracker import PanelApp, prompts
from textual.widgets import Static

from briefing.answers.export import memo_markdown
from briefing.extract import pipeline
from briefing.extract.actors import finder as actor_finder
from briefing.extract.negotiations import tracker as negotiations
from briefing.model import Briefing, Document
from briefing.ui.tracker import TrackerPanel

TEXT = ("Freedonia and Sylvania agree truce\n\n"
        "Freedonia and Sylvania agreed to a truce on Monday after talks in Hillport, "
        "officials said. \"We are close to peace,\" said Ana Ruiz, Freedonia's envoy.\n")


def _boom(*args: object, **kwargs: object) -> None:
    raise KeyError("injected")


def _analysed(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Briefing:
    from briefing.corpus import document_from_text

    monkeypatch.setattr(module, name, _boom)
    document, _problems = document_from_text("/c/truce.txt", TEXT)
    return pipeline.analyse(document)


def test_only_the_failed_pass_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    briefing = _analysed(monkeypatch, negotiations, "find_negotiations")
    assert briefing.failed("negotiations") and not briefing.failed("quotes")
    assert not briefing.negotiations and briefing.actors and briefing.quotes
    memo = memo_markdown([briefing])
    assert "could not be analysed" in memo and "No negotiation found" not in memo
    assert "Ana Ruiz" in memo  # the quotes are still there


async def test_the_tracker_says_it_could_not_be_built(monkeypatch: pytest.MonkeyPatch) -> None:
    briefing = _analysed(monkeypatch, negotiations, "find_negotiations")
    app = PanelApp(briefing)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        panel = app.query_one(TrackerPanel)
        head = str(panel.query_one("#tracker-head", Static).render())
        assert "could not be built" in head and "describes no negotiation" not in head
        assert str(panel.badge.render()) == "NOT ANALYSED"
        assert any(p.startswith("QUOTES") for p in prompts(panel))  # the rest is shown
        # A document that truly has none still says so.
        panel.set_briefing(Briefing(Document("/c/none.txt", "0", "Nothing here.")))
        await pilot.pause()
        assert str(panel.badge.render()) == "NO NEGOTIATION FOUND"
        head = str(panel.query_one("#tracker-head", Static).render())
        assert "describes no negotiation" in head


async def test_the_parties_panel_says_the_parties_could_not_be_found(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from test_ui_unanalysed import parties_say

    briefing = _analysed(monkeypatch, actor_finder, "find_actors")
    assert briefing.failed("actors") and not briefing.actors
    assert await parties_say(briefing) == ["Not found: an error (!)"]  # one row; `!` says the rest
