"""While the folder still loads, the corpus lists (the tracker's histories, the parties panel's
actors) say that they cover only the documents analysed so far; once it is loaded they do not.
Invented documents (see the panels' own tests)."""

from __future__ import annotations

import test_ui_parties as parties_tests
import test_ui_tracker as tracker_tests

from briefing.ui.parties import PartiesPanel
from briefing.ui.tracker import TrackerPanel

NOTE = "Loading… 2/604 docs"


async def test_the_histories_say_the_folder_still_loads() -> None:
    late = tracker_tests.make_briefing("/c/late.txt", published="2024-06-01", status="agreed")
    early = tracker_tests.make_briefing("/c/early.txt", published="2024-04-01")
    app = tracker_tests.PanelApp(late)
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(TrackerPanel)
        panel.set_loading(604)
        panel.set_corpus([late, early])
        await pilot.press("a")
        await pilot.pause()
        shown = tracker_tests.prompts(panel)
        assert shown[0] == NOTE
        assert shown[1].splitlines()[0] == "Freedonia · Sylvania  2 docs"
        assert panel.option_list.highlighted == 3  # on the current document's step, as before
        panel.set_loading(None)  # loading done
        panel.set_corpus([late, early])
        await pilot.pause(0.5)
        assert tracker_tests.prompts(panel)[0].splitlines()[0] == "Freedonia · Sylvania  2 docs"


async def test_the_corpus_actors_say_the_folder_still_loads() -> None:
    a = parties_tests.make_briefing("/c/a.txt", title="First", published="2024-05-01")
    b = parties_tests.make_briefing("/c/b.txt", title="Second", published="2024-06-01")
    app = parties_tests.PanelApp(a)
    async with app.run_test(size=(60, 30)) as pilot:
        panel = app.query_one(PartiesPanel)
        panel.set_loading(604)
        panel.set_corpus([a, b])
        await pilot.press("a")
        await pilot.pause()
        shown = parties_tests.prompts(panel)
        assert shown[:2] == [NOTE, "   docs actor"]
        panel.set_loading(None)
        panel.set_corpus([a, b])
        await pilot.pause(0.5)
        assert parties_tests.prompts(panel)[0] == "   docs actor"
