"""Reopening a corpus shows the document last read, even when the reader is left before that
document has loaded (session 10: a reopen once showed the first document, v01, instead of the
one last read, v11).

While the folder loads, the first document is shown until the one last read arrives; noting
the first one as "being read" then (every few seconds, and on quit) made the next start open it.
The articles are invented (conftest's ``small_corpus``)."""

from __future__ import annotations

from pathlib import Path

from _reader_app import main_screen_with_state

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.userdata.state import ReaderState


async def _read_the_last_document(corpus: Path) -> tuple[str, list[str]]:
    """Open ``corpus``, move to its last document, quit: its SHA-256 and the corpus key."""
    app = BriefingApp([str(corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await main_screen_with_state(pilot)
        briefing = screen.briefing
        assert briefing is not None and briefing.document.path.endswith("c.txt")
        key = screen.session.corpus_key()
        await pilot.press("q")
    assert ReaderState().load().reading(key) == (briefing.document.sha256,
                                                 briefing.document.path)
    return briefing.document.sha256, key


def _as_if_still_loading(screen: MainScreen, sha: str) -> None:
    """The state a reopen is in while the document last read has not arrived: the first
    document shown, the last read one waited for."""
    screen.navigator.replaying = True
    try:
        screen.show_document(0, offset=0)
    finally:
        screen.navigator.replaying = False
    screen.places.restore = sha


async def test_quitting_before_the_last_read_document_loads_keeps_it(small_corpus: Path) -> None:
    sha, key = await _read_the_last_document(small_corpus)
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        _as_if_still_loading(screen, sha)
        screen.places.note_position()  # the every-3-seconds note
        assert screen.session.keeper.reading(key) is not None
        assert screen.session.keeper.reading(key)[0] == sha  # type: ignore[index]
        await pilot.press("q")  # quit while "loading"
    assert ReaderState().load().reading(key)[0] == sha  # type: ignore[index]


async def test_reading_on_meanwhile_is_noted(small_corpus: Path) -> None:
    sha, key = await _read_the_last_document(small_corpus)
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        _as_if_still_loading(screen, sha)
        first = screen.briefing
        assert first is not None
        await pilot.press("space", "space")  # the user reads the first document meanwhile
        await pilot.pause()
        assert screen.reader.current_offset() > 0
        await pilot.press("q")
    assert ReaderState().load().reading(key)[0] == first.document.sha256  # type: ignore[index]
