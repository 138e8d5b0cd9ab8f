"""Never lose the reader's place: ctrl+o / ctrl+f over jumps, n/N in reading order, a corpus
reopened at the document and place one was reading, a status line that stays true."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from _reader_app import main_screen_with_state

from briefing.ui.app import BriefingApp
from briefing.ui.jumps import JumpList, Place
from briefing.ui.main import MainScreen
from briefing.ui.status import StatusBar


def status(screen: MainScreen) -> str:
    return screen.query_one(StatusBar).where


def test_jump_list_back_forward_and_a_new_jump_drops_the_future() -> None:
    jumps = JumpList()
    a, b, c = Place("a", 0), Place("b", 500), Place("c", 900)
    jumps.record(a)
    jumps.record(b)
    assert jumps.back(c) == b and jumps.back(b) == a and jumps.back(a) is None
    assert jumps.forward(a) == b and jumps.forward(b) == c and jumps.forward(c) is None
    assert jumps.back(c) == b
    jumps.record(Place("b", 50))  # a new jump from b: c is no longer ahead
    assert jumps.forward(Place("d", 0)) is None
    jumps.record(Place("x", 10))
    jumps.record(Place("x", 20))  # the same place twice is kept once
    assert jumps.back(Place("y", 0)) == Place("x", 20)
    assert jumps.back(Place("x", 20)) == Place("b", 50)


async def test_ctrl_o_returns_after_each_kind_of_jump_and_ctrl_f_goes_forward(
        small_corpus: Path) -> None:
    tracker = pytest.importorskip("briefing.ui.tracker")
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("space")
        start = (screen.current, screen.reader.current_offset())
        assert start[1] > 0
        # A jump by evidence to another document.
        other = screen.session.briefings[2].document
        offset = other.text.index("cnext50")
        screen.post_message(tracker.TrackerPanel.EvidenceSelected(other.path, offset,
                                                                  offset + 7))
        await pilot.pause()
        await pilot.pause()
        assert screen.current == 2
        evidence = screen.reader.current_offset()
        # A jump to a section from the contents.
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("home", "enter")
        await pilot.pause()
        section = screen.reader.current_offset()
        assert section < evidence and screen.section == 0
        await pilot.press("escape")
        screen.reader.focus()
        await pilot.press("ctrl+o")
        assert (screen.current, screen.reader.current_offset()) == (2, evidence)
        await pilot.press("ctrl+o")
        assert (screen.current, screen.reader.current_offset()) == start
        await pilot.press("ctrl+o")  # nothing older: the place stays
        assert (screen.current, screen.reader.current_offset()) == start
        await pilot.press("ctrl+f")
        assert (screen.current, screen.reader.current_offset()) == (2, evidence)
        await pilot.press("ctrl+f")
        assert (screen.current, screen.reader.current_offset()) == (2, section)


async def test_ctrl_o_after_a_document_from_the_palette(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("space")
        where = screen.reader.current_offset()
        await pilot.press("ctrl+p")
        await pilot.press(*"Charlie")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await main_screen_with_state(pilot)
        assert screen.current == 2
        await pilot.press("ctrl+o")
        assert (screen.current, screen.reader.current_offset()) == (0, where)


async def test_n_walks_hits_in_reading_order(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        docs = [b.document for b in screen.session.briefings]

        def hit(doc: int, word: str) -> SimpleNamespace:
            start = docs[doc].text.index(word)
            return SimpleNamespace(path=docs[doc].path, start=start, end=start + len(word),
                                   spans=[(start, start + len(word))])

        # Ranked: c, a (late), b, a (early).
        ranked = [hit(2, "cbg3"), hit(0, "anext5"), hit(1, "bbg1"), hit(0, "alede2")]
        screen.navigator.search_done(ranked, ranked[1])
        await pilot.pause()
        assert screen.current == 0 and "hit 2/4" in status(screen)
        seen = []
        for _ in range(4):
            await pilot.press("n")
            current = screen.search_hits[screen.navigator.hit_pos]
            seen.append((docs.index(next(d for d in docs if d.path == current.path)),
                         current.start))
        order = [(0, ranked[3].start), (0, ranked[1].start), (1, ranked[2].start),
                 (2, ranked[0].start)]
        assert seen == order[2:] + order[:2]  # from the chosen hit on, wrapping round
        await pilot.press("N")
        assert screen.search_hits[screen.navigator.hit_pos] is ranked[3]
        assert screen.current == 0 and "hit 1/4" in status(screen)
        await pilot.press("n", "n")  # at hit 3 (the second document)
        assert screen.current == 1 and "hit 3/4" in status(screen)
        await pilot.press("ctrl+o")  # back at hit 2's place: the status names no hit
        assert screen.current == 0 and "4 hits" in status(screen)
        await pilot.press("n")  # the next hit from this view on: hit 2, on screen
        assert screen.search_hits[screen.navigator.hit_pos] is ranked[1]
        assert "hit 2/4" in status(screen)


async def test_reopening_a_corpus_opens_the_document_being_read(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.press("space", "space")
        where = screen.reader.current_offset()
        assert screen.current == 2 and where > 0
        await pilot.press("q")
    again = BriefingApp([str(small_corpus)])
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        assert screen.current == 2
        assert screen.reader.current_offset() == where
        assert status(screen).startswith("3/3")


async def test_status_line_drops_stale_mentions_and_filter(tmp_path: Path) -> None:
    parties = pytest.importorskip("briefing.ui.parties")
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Envoys meet in Geneva\n\nSecretary of State John Kerry met Russian Foreign Minister "
        "Sergei Lavrov in Geneva on Friday.\n\nThe talks went on late.\n\nKerry said the "
        "two sides were close.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Rain in the valley\n\nFarmers waited for rain for a third week.\n", encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen_with_state(pilot)
        b = screen.briefing
        assert b is not None and b.document.path.endswith("a.txt")
        actor = next(a for a in b.actors if "Kerry" in a.name)
        path = b.document.path
        screen.post_message(parties.PartiesPanel.FilterToggled(path, actor.id, True))
        await pilot.pause()
        assert "John Kerry: 2 mentions" in status(screen) and "filtered" in status(screen)
        screen.post_message(parties.PartiesPanel.FilterToggled(path, actor.id, False))
        await pilot.pause()
        assert "filtered" not in status(screen) and "Kerry: 2 mentions" in status(screen)
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert screen.current == 1 and "mention" not in status(screen)


async def test_a_late_reopen_never_yanks_a_reader_who_has_moved(small_corpus: Path) -> None:
    from briefing.session.events import BriefingsLoaded
    from briefing.ui.session_view import SessionMessage

    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_with_state(pilot)
        target = screen.session.briefings[2].document.sha256
        screen.places.restore = target  # as if document 3 had not loaded yet
        screen.post_message(SessionMessage(BriefingsLoaded([], [], 3)))
        await pilot.pause()
        assert screen.current == 2  # untouched: it opens when it arrives
        await pilot.press("left_curly_bracket", "left_curly_bracket", "space")
        screen.places.restore = target
        screen.post_message(SessionMessage(BriefingsLoaded([], [], 3)))
        await pilot.pause()
        assert screen.current == 0 and screen.places.restore is None  # moved: stays


async def test_narrow_status_keeps_the_mentions_before_the_heading(tmp_path) -> None:
    """At 40 columns "10/27 · §4/4 Humanitarian aid ·" left no room for "Russia: 17
    mentions": narrow, with an actor selected, the section's heading gives way and the
    mentions take their short form."""
    from briefing.ui import parties

    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Envoys meet in Geneva\n\nSecretary of State John Kerry met Russian Foreign "
        "Minister Sergei Lavrov in Geneva on Friday.\n\nThe Positions of Both Sides\n\n"
        "Kerry said the two sides were close.\n", encoding="utf-8")
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(40, 15)) as pilot:
        screen = await main_screen_with_state(pilot)
        b = screen.briefing
        actor = next(a for a in b.actors if "Kerry" in a.name)
        screen.post_message(parties.PartiesPanel.ActorSelected(b.document.path, actor.id))
        await pilot.pause()
        widget = screen.query_one(StatusBar)
        shown = widget.render_line(0).text  # what fits on the screen
        assert "2 mentions" in shown, (shown, status(screen))
        await pilot.press("n")
        shown = widget.render_line(0).text
        assert "mention 1/2" in shown, (shown, status(screen))
        await pilot.press("right_square_bracket")  # the next section has a heading
        await pilot.pause()
        shown = widget.render_line(0).text
        assert "mention" in shown and "Positions" not in shown, (shown, status(screen))
