"""While the folder still loads, the corpus lists (the tracker's histories, the parties panel's
actors) say that they cover only the documents analysed so far; once it is loaded they do not.
Invented documents (see the panels' own tests)."""

from __future__ import annotations

import pytest
import test_ui_parties as parties_tests
import test_ui_tracker as tracker_tests
from conftest import until

from briefing.ui.parties import PartiesPanel
from briefing.ui.tracker import TrackerPanel

NOTE = "Loading… 2/604 docs"


HISTORY = "Freedonia · Sylvania  2 docs"


def _tracker_case():
    late = tracker_tests.make_briefing("/c/late.txt", published="2024-06-01", status="agreed")
    early = tracker_tests.make_briefing("/c/early.txt", published="2024-04-01")
    return (tracker_tests.PanelApp(late), TrackerPanel, [late, early], tracker_tests.prompts,
            lambda shown: shown[0].splitlines()[0] == HISTORY)


def _parties_case():
    a = parties_tests.make_briefing("/c/a.txt", title="First", published="2024-05-01")
    b = parties_tests.make_briefing("/c/b.txt", title="Second", published="2024-06-01")
    return (parties_tests.PanelApp(a), PartiesPanel, [a, b], parties_tests.prompts,
            lambda shown: shown[0] == "   docs actor")


@pytest.mark.parametrize("case", [_tracker_case, _parties_case])
async def test_the_corpus_lists_say_the_folder_still_loads(case) -> None:
    app, panel_class, corpus, prompts, starts_the_list = case()
    async with app.run_test(size=(60, 40)) as pilot:
        panel = app.query_one(panel_class)
        panel.set_loading(604)
        panel.set_corpus(corpus)
        await pilot.press("a")  # the histories (t a), the corpus actors (p a)
        await pilot.pause()
        shown = prompts(panel)
        assert shown[0] == NOTE and starts_the_list(shown[1:])
        assert panel.option_list.highlighted != 0  # the note is no row to choose
        panel.set_loading(None)  # loading done
        panel.set_corpus(corpus)
        # (a state waited on, not a fixed 0.5 s a loaded machine may not have given it)
        await until(pilot, lambda: starts_the_list(prompts(panel)))
        assert starts_the_list(prompts(panel))
