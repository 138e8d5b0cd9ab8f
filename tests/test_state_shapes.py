"""A ``state.json`` whose entries hold values of the wrong type never reaches the reader.

Found in session 7: ``"recent": [{"paths": [1, null, "/x"]}]`` passed the shape check (a list
of paths, of anything) and crashed the reader with an AttributeError when a bookmark of a
corpus that is not open was chosen (``p.rstrip`` on an int).  The user's file may have been
edited by hand or by another version: entries are checked field by field.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.userdata.state import ReaderState

BODY = "Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday.\n"


def _state(sha: str) -> dict[str, object]:
    return {
        "positions": {sha: {"offset": 10**30, "path": 5}},
        "bookmarks": [
            {"id": "b1", "sha256": "0" * 64, "offset": 3, "path": "/gone/away.txt",
             "note": "elsewhere"},
            {"id": "b2", "sha256": sha, "offset": 10**30, "path": {"a": 1},
             "note": ["[/]", "\x1b]2;x\x07"]},
        ],
        "recent": [{"paths": [1, None, "/gone"], "reading": {"sha256": 5}},
                   {"paths": [None]}, {"paths": "not a list"}],
    }


def test_recent_paths_and_bookmark_fields_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps(_state("a" * 64)))
    state = ReaderState(path).load()
    assert state.recent() == [["/gone"]]
    assert all(isinstance(p, str) for paths in state.recent() for p in paths)
    marks = {b.id: b for b in state.bookmarks()}
    assert marks["b2"].path == "" and marks["b2"].note == ""
    assert marks["b1"].path == "/gone/away.txt" and marks["b1"].note == "elsewhere"


async def test_choosing_a_bookmark_elsewhere_with_odd_recent_entries(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(BODY)
    sha = hashlib.sha256(BODY.encode()).hexdigest()
    data = Path(os.environ["BRIEFING_HOME"]) / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "state.json").write_text(json.dumps(_state(sha)))
    app = BriefingApp([str(corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        await pilot.press("'")
        await pilot.pause()
        # The bookmark in /gone (a corpus that is not open) is listed first (sorted by path).
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MainScreen)
