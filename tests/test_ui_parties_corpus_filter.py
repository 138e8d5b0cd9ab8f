"""The parties panel's corpus filter (``a``, ``f``) finds an actor under any of its names and
despite a typo, as ``/`` and ``@`` do: in a White House folder, where every document spells
"Zelenskyy" (an alias of "Volodymyr Zelensky"), typing it -- or "zelenksy" -- found "No actors"
since the filter read only the canonical name.  The actors are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_ui_parties import PanelApp, make_briefing, prompts
from textual.widgets import Input

from briefing.model import Actor
from briefing.ui.parties import PartiesPanel


def corpus() -> list:
    ruiz = Actor("ruiz", "Ana Ruiz", "person", "party", aliases=("Ana Ruizz", "Ruiz"),
                 former_names=("Ana Ruiz-Tello",))
    one = make_briefing("/c/a.txt")
    two = make_briefing("/c/b.txt")
    two = replace(two, actors=tuple(ruiz if a.id == "ruiz" else a for a in two.actors))
    return [one, two]


@pytest.mark.parametrize("typed", ["ruizz", "ana ruizz", "ruiz-tello", "anna", "ruzi",
                                   "freedonia ruiz"])
async def test_the_corpus_filter_finds_aliases_and_typos(typed: str) -> None:
    briefings = corpus()
    app = PanelApp(briefings[0], corpus=briefings, width=40)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        panel.query_one("#parties-filter", Input).value = typed
        await pilot.pause()
        shown = [p for p in prompts(panel) if "Ana Ruiz" in p]
        if typed == "freedonia ruiz":  # every word must fit one actor: none has both
            assert not shown, prompts(panel)
            assert any("No actor matches" in p for p in prompts(panel)), prompts(panel)
        else:
            assert shown, prompts(panel)
            assert not any("Sylvania" in p for p in prompts(panel)), prompts(panel)


async def test_a_short_word_needs_its_letters() -> None:
    briefings = corpus()
    app = PanelApp(briefings[0], corpus=briefings, width=40)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        await pilot.press("a", "f")
        await pilot.pause()
        panel.query_one("#parties-filter", Input).value = "bo"
        await pilot.pause()
        names = [p for p in prompts(panel) if "Bo Tran" in p or "Ana Ruiz" in p]
        assert names and all("Bo Tran" in p for p in names), prompts(panel)
