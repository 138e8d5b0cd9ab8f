"""What the first frame leaves out is mounted after it, and works even when asked for at once.

The main screen's first frame holds only what it shows (the reader, the contents, the status
line and the footer); the document list and the parties and tracker pages are mounted after
it (``MainScreen.mount_deferred``).  Here the screen's start (``_start``, which runs after the
first frame) is held back so that keys arrive while those widgets are not there yet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen
from textual.widgets import ContentSwitcher, Static

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen
from briefing.ui.panels import PanelSlot


@pytest.fixture
def held_start(monkeypatch: pytest.MonkeyPatch) -> list[MainScreen]:
    """``MainScreen._start`` only records its screen: nothing after the first frame runs until
    the test calls the real one (``release``)."""
    held: list[MainScreen] = []
    monkeypatch.setattr(MainScreen, "_start", lambda self: held.append(self))
    return held


_REAL_START = MainScreen._start  # (taken before any test patches it)


def release(screen: MainScreen) -> None:
    """Run the screen's real start, as after the first frame."""
    _REAL_START(screen)


async def test_the_first_frame_has_only_what_it_shows(held_start: list[MainScreen]) -> None:
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = held_start[0]
        assert not screen.query("#documents")
        assert not screen.query("#parties, #tracker")
        assert screen.query_one("#contents").display
        assert not screen.query("#contents-list")  # the contents list comes after it
        # The reader comes after it too: a stand-in says what it would say until then.
        assert not screen.query("#reader")
        stand_in = screen.query_one("#reader-stand-in", Static)
        assert stand_in.display and str(stand_in.render()) == "Loading…"
        assert screen.focused is None  # (focus restyles: it comes after the first frame)
        release(screen)
        await main_screen(pilot)
        assert screen.focused is screen.reader
        assert not screen.query("#reader-stand-in")
        assert "U.S." in " ".join(screen.reader.visible_text())  # the seed, shown in it
        assert not screen.query_one("#documents").display  # one document: no list
        switcher = screen.query_one("#side-switcher", ContentSwitcher)
        assert [c.id for c in switcher.children] == ["contents", "parties", "tracker"]
        assert [c.display for c in switcher.children] == [True, False, False]
        assert screen.panel("contents") is screen.contents and screen.contents.option_count
        # The panels were imported and mounted into their slots, and show the document.
        for name in ("parties", "tracker"):
            assert screen.panel(name).id == f"{name}-panel"


@pytest.mark.parametrize("size", [(80, 24), (40, 15), (140, 30)])
@pytest.mark.parametrize("key,page", [("p", "parties"), ("t", "tracker")])
async def test_a_panel_key_before_its_page_is_mounted(held_start: list[MainScreen],
                                                      size: tuple[int, int], key: str,
                                                      page: str) -> None:
    app = BriefingApp()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = held_start[0]
        assert not screen.query("#parties, #tracker")
        await pilot.press(key)  # before the page's slot exists
        await pilot.pause()
        switcher = screen.query_one("#side-switcher", ContentSwitcher)
        assert switcher.current == page
        assert screen.query_one("#side").display
        assert [c.id for c in switcher.children if c.display] == [page]
        release(screen)
        await main_screen(pilot)
        panel = screen.panel(page)
        assert panel.id == f"{page}-panel" and panel.display
        assert panel.region.width > 0 and panel.region.height > 0
        assert screen.query_one("#side").display and switcher.current == page
        # The panel took the focus when it arrived, as the key asked: the same key again
        # closes it (the usual toggle).
        focused = screen.focused
        assert focused is not None and (focused is panel or panel in focused.ancestors)
        await pilot.press(key)
        await pilot.pause()
        assert not screen.arrangement.side_open


async def test_keys_pressed_at_once_after_start(small_corpus: Path) -> None:
    """No holding back: p right after start, then the list and the parties panel work."""
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(140, 30)) as pilot:
        await pilot.press("p")
        screen = await main_screen(pilot)
        assert screen.query_one("#side-switcher", ContentSwitcher).current == "parties"
        from briefing.ui.parties import PartiesPanel

        assert isinstance(screen.panel("parties"), PartiesPanel)
        documents = screen.query_one("#documents")
        assert documents.display and documents.region.width > 0
        assert screen.document_list.option_count == 3
        await pilot.press("}")  # next document: the list follows
        await pilot.pause()
        assert screen.current == 1 and screen.document_list.highlighted == 1


async def test_a_configured_first_page_is_in_the_first_frame(
        held_start: list[MainScreen], briefing_home: Path) -> None:
    """``layout: panel: tracker`` shows the tracker's page from the first frame."""
    from briefing.ui.app import build_app
    from briefing.userdata.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("layout:\n  panel: tracker\n", encoding="utf-8")
    app = build_app([])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = held_start[0]
        assert [s.id for s in screen.query(PanelSlot)] == ["contents", "tracker"]
        assert screen.query_one("#side-switcher", ContentSwitcher).current == "tracker"
        release(screen)
        await main_screen(pilot)
        switcher = screen.query_one("#side-switcher", ContentSwitcher)
        assert [c.id for c in switcher.children if c.display] == ["tracker"]
        assert screen.panel("tracker").id == "tracker-panel"


async def test_reader_keys_before_the_reader_is_mounted(held_start: list[MainScreen]) -> None:
    """A reader key pressed while the stand-in is on screen mounts the reader at once (no
    error, nothing lost); the document then opens in it and the keys move through it."""
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = held_start[0]
        assert not screen.query("#reader")
        await pilot.press("j", "G", "]")  # scroll, the end, next section: no document yet
        await pilot.pause()
        assert screen.query("#reader") and not screen.query("#reader-stand-in")
        await pilot.press("question_mark")  # the screen's other keys answer as well
        await pilot.pause()
        assert app.screen is not screen
        await pilot.press("escape")
        await pilot.pause()
        release(screen)
        await main_screen(pilot)
        reader = screen.reader
        assert screen.focused is reader and reader.line_count > 0
        assert screen.section == 0
        await pilot.press("]")
        await pilot.pause()
        assert screen.section == 1 and reader.current_offset() > 0


def _styles(screen: MainScreen) -> dict[str, str]:
    """Every node's computed CSS (its base styles and its component classes'), by its place."""
    out = {}
    for n, node in enumerate(screen.walk_children(with_self=True)):
        key = f"{n}:{type(node).__name__}#{node.id}"
        out[key] = node.styles.base.css + "".join(
            node.get_component_styles(c).css for c in sorted(node._component_styles))
    return out


@pytest.mark.parametrize("size", [(80, 24), (40, 15), (140, 30)])
async def test_the_first_frame_is_styled_without_the_resume_restyle(
        held_start: list[MainScreen], size: tuple[int, int]) -> None:
    """The screen's first resume skips Textual's whole-screen restyle: every widget of the
    first frame must already have the styles that restyle would give it."""
    app = BriefingApp()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = held_start[0]
        before = _styles(screen)
        app.stylesheet.update_nodes(list(screen.walk_children(with_self=True)), animate=False)
        assert _styles(screen) == before
        # A later resume (a screen pushed and popped) restyles as usual.
        release(screen)
        await main_screen(pilot)
        calls: list[bool] = []
        original = app.update_styles
        app.update_styles = lambda node, animate=True: (calls.append(True),  # type: ignore
                                                        original(node, animate))
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and calls
