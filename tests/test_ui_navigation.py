"""Keyboard navigation with Pilot at 80x24 and 40x15: sections, documents, panels, help, quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import main_screen_loaded
from textual.widgets import OptionList

from briefing.ui.app import BriefingApp
from briefing.ui.help import HelpScreen, help_content
from briefing.ui.keys import KEYS
from briefing.ui.main import MainScreen
from briefing.ui.status import StatusBar

SIZES = [(80, 24), (40, 15), (40, 12)]


def _top(screen: MainScreen) -> str:
    return screen.reader.visible_text()[0]


@pytest.mark.parametrize("size", SIZES)
async def test_sections_top_and_bottom(small_corpus: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        screen = await main_screen_loaded(pilot)
        assert screen.section == 0
        await pilot.press("right_square_bracket")
        assert screen.section == 1 and _top(screen) == "Background"
        await pilot.press("right_square_bracket")
        assert screen.section == 2
        await pilot.press("left_square_bracket")
        assert screen.section == 1 and _top(screen) == "Background"
        await pilot.press("G")
        assert screen.reader.scroll_y == screen.reader.max_scroll_y > 0
        assert screen.section == 2
        await pilot.press("g")
        assert screen.reader.scroll_y == 0 and screen.section == 0
        await pilot.press("j", "j")
        assert screen.reader.scroll_y == 2
        await pilot.press("k")
        assert screen.reader.scroll_y == 1
        await pilot.press("space")
        assert screen.reader.scroll_y > 3


@pytest.mark.parametrize("size", SIZES)
async def test_documents_next_and_previous(small_corpus: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        screen = await main_screen_loaded(pilot)
        assert len(screen.session.briefings) == 3 and screen.current == 0
        await pilot.press("right_curly_bracket")
        assert screen.current == 1 and _top(screen) == "Bravo ceasefire holds"
        await pilot.press("right_curly_bracket", "right_curly_bracket")  # stays on the last
        assert screen.current == 2
        await pilot.press("left_curly_bracket")
        assert screen.current == 1
        # Coming back to a document returns to where one left it.
        await pilot.press("right_square_bracket", "left_curly_bracket", "right_curly_bracket")
        assert screen.current == 1 and _top(screen) == "Background"


@pytest.mark.parametrize("size", SIZES)
async def test_enter_on_a_contents_entry_jumps_there(small_corpus: Path,
                                                      size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        screen = await main_screen_loaded(pilot)
        await pilot.press("c")  # show / focus the contents (a full-width pane when narrow)
        await pilot.pause()
        contents = screen.contents
        assert contents.has_focus
        assert [contents.get_option_at_index(i).prompt.plain
                for i in range(contents.option_count)] == ["Opening", "Background", "Next Steps"]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.section == 2 and "Next Steps" in screen.reader.visible_text()
        assert screen.reader.display and screen.reader.region.width > 0


@pytest.mark.parametrize("size", SIZES)
async def test_tab_cycles_the_visible_panels(small_corpus: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        screen = await main_screen_loaded(pilot)
        assert screen.focused is screen.reader
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(screen.focused)
        assert all(w is not None and w.region.width > 0 for w in seen)
        if size[0] >= 70:  # the side panel is on screen: tab reaches it
            assert any(isinstance(w, OptionList) for w in seen)
        assert screen.reader in seen  # and comes back round
        await pilot.press("shift+tab")
        assert screen.focused is seen[-2]


@pytest.mark.parametrize("size", SIZES)
async def test_help_lists_every_key_and_closes(small_corpus: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        await main_screen_loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = help_content(app.keymap)
        keys_col, help_col = ([str(c) for c in col.cells] for col in table.columns)
        for key in KEYS:
            assert key.help in help_col and key.display in keys_col, key.id
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("size", SIZES)
async def test_q_quits_with_status_zero(small_corpus: Path, size: tuple[int, int]) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size) as pilot:
        await main_screen_loaded(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_problems_view_lists_every_problem(tmp_path: Path, small_corpus: Path) -> None:
    (small_corpus / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (small_corpus / "broken.txt").write_text("A broken sidecar\n\nBody text here.\n")
    (small_corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 400)
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        assert len(screen.session.problems) >= 2
        assert "problem" in (screen.query_one(StatusBar).problems or "")
        await pilot.press("exclamation_mark")
        listing = app.screen.query_one("#problems-list", OptionList)
        shown = [listing.get_option_at_index(i).prompt.plain
                 for i in range(listing.option_count)]
        assert any("broken.yaml" in s for s in shown)
        assert any("binary.txt" in s for s in shown)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_keymap_rebinds_by_binding_id(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)], keymap={"next-section": "z"})
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        await pilot.press("z")
        assert screen.section == 1


async def test_palette_runs_reader_actions(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen_loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next document")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and screen.current == 1


async def test_search_without_the_search_screen_says_so(small_corpus: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "briefing.ui.search", None)  # import fails
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await main_screen_loaded(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("search is not available yet" in n.message for n in app._notifications)
        assert screen is app.screen
