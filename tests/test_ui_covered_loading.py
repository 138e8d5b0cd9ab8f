"""Loading goes on while search (or another screen) is on top: the main screen's view waits.

Each repaint of the main screen under a screen on top made that screen render its tinted
background again, several times a second while a big folder loaded, and the keys typed in
search answered late.  So the document list, the status line and the panels' corpus take
what was loaded meanwhile when the main screen is back on top, in order, nothing lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen, settle, until

from briefing.analysis.runner import analyse_corpus
from briefing.session.events import BriefingsLoaded, ProblemsFound
from briefing.ui.app import BriefingApp
from briefing.ui.search import SearchScreen
from briefing.ui.session_view import SessionMessage
from briefing.ui.status import StatusBar


def _more(tmp_path: Path, names: list[str]) -> list:
    folder = tmp_path / "more"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(f"{name.title()} report\n\nEnvoys met in {name}.\n",
                                            encoding="utf-8")
    briefings = analyse_corpus([str(folder)], cache=False).briefings
    return sorted(briefings, key=lambda b: names.index(Path(b.document.path).stem))


def _ids(screen) -> list[str]:
    listing = screen.document_list
    return [listing.get_option_at_index(i).id for i in range(listing.option_count)]


def _load_text(screen) -> str:
    return (screen.query_one(StatusBar).load or "")


@pytest.mark.asyncio
async def test_documents_loaded_under_search_join_the_list_when_it_closes(
        small_corpus: Path, tmp_path: Path) -> None:
    extra = _more(tmp_path, ["delta", "echo", "foxtrot"])
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await main_screen(pilot)
        # Each step waits on the state it asserts (a number of passes was not always
        # enough on a loaded machine).
        assert await until(pilot, lambda: not screen.session.is_loading
                           and _ids(screen) == ["d0", "d1", "d2"]), _ids(screen)
        await settle(pilot)
        shown = _load_text(screen)
        await pilot.press("slash")
        assert await until(pilot, lambda: isinstance(app.screen, SearchScreen))
        await settle(pilot)
        screen.post_message(SessionMessage(BriefingsLoaded(extra[:2], [], 5)))
        assert await until(pilot, lambda: len(screen.session.briefings) == 5)
        # Another event meanwhile (the new documents' index, a problem) must not show the
        # new count either: under load the index came first and said "5 documents".
        screen.post_message(SessionMessage(ProblemsFound([])))
        await settle(pilot)
        # The corpus has them (search, navigation); the list and status line under it wait.
        assert _ids(screen) == ["d0", "d1", "d2"] and _load_text(screen) == shown
        await pilot.press("escape")
        assert await until(pilot, lambda: app.screen is screen
                           and _ids(screen) == ["d0", "d1", "d2", "d3", "d4"]
                           and "5" in _load_text(screen)), (_ids(screen), _load_text(screen))
        titles = [str(screen.document_list.get_option_at_index(i).prompt) for i in (3, 4)]
        assert "Delta" in titles[0] and "Echo" in titles[1]
        # Not covered: straight in.
        screen.post_message(SessionMessage(BriefingsLoaded(extra[2:], [], 6)))
        assert await until(pilot, lambda: _ids(screen)[-1:] == ["d5"]
                           and "6" in _load_text(screen)), (_ids(screen), _load_text(screen))
