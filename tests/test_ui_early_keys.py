"""``p``/``t`` pressed before the side panels are mounted (they are imported after the first
frame, so a fast user or a busy machine gets there first): the panel, when it comes, takes
the focus, so the `a` or `f` typed next reaches it (it reached the reader, and "qatar" typed
as a filter quit the app on its `q`). Unless the user moved the focus meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import main_screen

from briefing.ui import panels as panels_module
from briefing.ui.app import BriefingApp
from briefing.ui.panels import import_panels


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The panels' import waits until the returned event is set."""
    release = threading.Event()

    def slow_import() -> object:
        release.wait(60)
        return import_panels()

    monkeypatch.setattr(panels_module, "import_panels", slow_import)  # (looked up at call)
    return release


async def test_t_before_the_panels_come_focuses_the_tracker(small_corpus: Path,
                                                             held: threading.Event) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        held.set()
        screen = await main_screen(pilot)
        tracker = screen.panel("tracker")
        assert tracker.has_focus_within
        await pilot.press("a")  # the tracker's own key: the corpus's histories
        await pilot.pause()
        assert getattr(tracker, "mode", "") == "corpus"


async def test_a_focus_moved_meanwhile_is_kept(small_corpus: Path,
                                               held: threading.Event) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("c")  # the contents, there from the start: the user's last word
        await pilot.pause()
        held.set()
        screen = await main_screen(pilot)
        assert not screen.panel("tracker").has_focus_within
        assert screen.arrangement.side_page == "contents"
