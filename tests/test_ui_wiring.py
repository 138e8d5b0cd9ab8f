"""The main screen's wiring: panel messages (actors, filter, evidence, open) and search hits."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import searches_done

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.ui.status import StatusBar


async def _ready(pilot) -> MainScreen:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    return pilot.app.screen


def _seed_actor(screen: MainScreen, name: str):
    briefing = screen.briefing
    actor = next((a for a in briefing.actors if a.name == name and a.mentions), None)
    if actor is None:
        pytest.skip(f"the extractor finds no {name!r} in the seed")
    return briefing, actor


async def test_actor_selected_highlights_and_n_walks_mentions() -> None:
    parties = pytest.importorskip("briefing.ui.parties")
    app = BriefingApp([])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        briefing, actor = _seed_actor(screen, "Sergei Lavrov")
        screen.post_message(parties.PartiesPanel.ActorSelected(briefing.document.path, actor.id))
        await pilot.pause()
        spans = sorted((m.start, m.end) for m in actor.mentions)
        assert screen.reader.highlights("mention") == spans
        await pilot.press("n")
        first = screen.reader.current_offset()
        await pilot.press("n")
        assert screen.reader.current_offset() >= first
        assert "Sergei Lavrov: mention 2/" in screen.query_one(StatusBar).where
        await pilot.press("escape")  # back out: highlights go
        assert screen.reader.highlights("mention") == [] and screen.actor is None


async def test_filter_toggled_shows_only_paragraphs_with_mentions() -> None:
    parties = pytest.importorskip("briefing.ui.parties")
    app = BriefingApp([])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        briefing, actor = _seed_actor(screen, "Sergei Lavrov")
        path = briefing.document.path
        screen.post_message(parties.PartiesPanel.FilterToggled(path, actor.id, True))
        await pilot.pause()
        keep = screen.reader.paragraph_filter
        assert keep
        for para in briefing.document.paragraphs:
            has = any(para.start <= m.start < para.end for m in actor.mentions)
            assert (para.start in keep) == has
        screen.post_message(parties.PartiesPanel.FilterToggled(path, actor.id, False))
        await pilot.pause()
        assert screen.reader.paragraph_filter is None


async def test_evidence_and_open_document(small_corpus: Path) -> None:
    tracker = pytest.importorskip("briefing.ui.tracker")
    parties = pytest.importorskip("briefing.ui.parties")
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        other = screen.session.briefings[2].document
        start = other.text.index("cnext50")
        screen.post_message(tracker.TrackerPanel.EvidenceSelected(other.path, start, start + 7))
        await pilot.pause()
        await pilot.pause()
        assert screen.current == 2
        assert screen.reader.highlights("evidence") == [(start, start + 7)]
        assert any("cnext50" in line for line in screen.reader.visible_text())
        screen.post_message(parties.PartiesPanel.OpenDocument(screen.session.briefings[0].document.path,
                                                              None))
        await pilot.pause()
        assert screen.current == 0


async def test_search_hit_opens_highlights_and_n_steps() -> None:
    pytest.importorskip("briefing.ui.search")
    app = BriefingApp([])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        if screen.session.index is None:
            pytest.skip("no search index was built")
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"Lavrov")
        await searches_done(pilot)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        text = screen.briefing.document.text
        found = [text[a:b] for a, b in screen.reader.highlights("search")]
        assert found and all(w == "Lavrov" for w in found)
        assert any("Lavrov" in line for line in screen.reader.visible_text())
        if len(screen.search_hits) > 1:
            before = screen.reader.highlights("search")
            await pilot.press("n")
            assert screen.reader.highlights("search") != before
