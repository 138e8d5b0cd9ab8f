"""The hostile article: markup, terminal escapes and bidi controls are shown as text, never run.

``tests/fixtures/hostile/hostile.txt`` (and its sidecar, hostile too) is full of ``[/]``,
``[R-TX]``, ``[@click=app.quit]click[/]``, OSC/CSI escape sequences and U+202E.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import OptionList

from briefing.cli import main
from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen

INJECTED = ("\x1b]2;", "\x1b]52;", "pwned\x07", "\x1b[31m", "\x9b", "\x00", "\x7f", "\u202e",
            "\u202c")


async def _ready(pilot) -> MainScreen:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


def _terminal_output(app: BriefingApp) -> str:
    """What the driver would write for a full repaint (the real bytes, styles included)."""
    update = app.screen._compositor.render_full_update()  # noqa: SLF001 - test-only peek
    return update.render_segments(app.console)


def _screen_text(app: BriefingApp) -> str:
    strips = app.screen._compositor.render_strips()  # noqa: SLF001
    return "\n".join(strip.text for strip in strips)


@pytest.mark.parametrize("size", [(80, 24), (40, 15), (120, 40)])
async def test_hostile_text_shows_literally_and_leaks_nothing(hostile_dir: Path,
                                                              size: tuple[int, int]) -> None:
    app = BriefingApp([str(hostile_dir)])
    async with app.run_test(size=size) as pilot:
        screen = await _ready(pilot)
        assert len(screen.session.briefings) == 1
        text = "\n".join(screen.reader.visible_text())
        for literal in ("[R-TX]", "[@click=app.quit]", "click[/]", "[/]", "[bold]nothing[/bold]"):
            assert literal in text.replace("\n", " ") or size[0] < 80, literal
        assert "[@click=app.quit]Quit[/] [R-TX]" in " ".join(screen.reader.visible_text()[:3])
        # Every panel page drawn once, then a full repaint checked byte by byte.
        for key in ("p", "t", "c"):
            await pilot.press(key)
            await pilot.pause()
            output = _terminal_output(app)
            for bad in INJECTED:
                assert bad not in output, (key, repr(bad))
        assert app.title == "briefing"  # never set from document data


async def test_clicking_the_fake_link_does_nothing(hostile_dir: Path) -> None:
    app = BriefingApp([str(hostile_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        reader = screen.reader
        row = next(i for i, t in enumerate(reader.visible_text()) if "[@click=app.quit]click" in t)
        strip = reader.render_line(row)
        assert not any(seg.style and seg.style.meta for seg in strip)  # no action spans
        col = reader.visible_text()[row].index("click[/]") + 1
        margin = (reader.scrollable_content_region.width
                  - min(100, reader.scrollable_content_region.width - 2)) // 2
        await pilot.click(reader, offset=(margin + col, row))
        await pilot.pause()
        # The title line (also "[@click=app.quit]Quit[/]") and the contents entries too.
        await pilot.click(reader, offset=(margin + 3, 0))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert isinstance(app.screen, MainScreen)
        # No cell anywhere on the screen carries an action.
        for strip in app.screen._compositor.render_strips():  # noqa: SLF001
            for seg in strip:
                assert not (seg.style and seg.style.meta and "@click" in seg.style.meta)


async def test_hostile_titles_in_lists_are_literal(hostile_dir: Path, tmp_path: Path) -> None:
    # Two copies so the document list is shown too.
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_bytes((hostile_dir / "hostile.txt").read_bytes())
        (tmp_path / f"{name}.yaml").write_bytes((hostile_dir / "hostile.yaml").read_bytes())
    app = BriefingApp([str(tmp_path)])
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await _ready(pilot)
        docs = screen.query_one("#documents", OptionList)
        assert docs.option_count == 2
        prompt = docs.get_option_at_index(0).prompt.plain
        assert prompt.startswith("[@click=app.quit]Quit[/] [R-TX]")
        assert "\x1b" not in prompt and "\x07" not in prompt
        assert "[@click=app.quit]Quit[/]" in _screen_text(app)
        for bad in INJECTED:
            assert bad not in _terminal_output(app)


def test_extract_on_the_hostile_article(hostile_dir: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["extract", str(hostile_dir / "hostile.txt")]) == 0
    out = capsys.readouterr()
    payload = json.loads(out.out)
    doc = payload["documents"][0]
    assert doc["title"].startswith("[@click=app.quit]Quit[/] [R-TX]")
    assert doc["url"] is None  # javascript: is never a link
    assert "\x1b" not in out.out and "\u202e" not in out.out
    assert "hostile.txt" in out.err  # the NUL bytes are reported, not fatal


def test_extract_subprocess_does_not_leak_escapes(hostile_dir: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "briefing", "extract", "--format", "yaml",
                           str(hostile_dir)], capture_output=True, timeout=120)
    assert proc.returncode == 0
    assert b"\x1b" not in proc.stdout and b"\x1b" not in proc.stderr
    assert b"[R-TX]" in proc.stdout


async def test_hostile_titles_in_the_command_palette(hostile_dir: Path) -> None:
    app = BriefingApp([str(hostile_dir)])
    async with app.run_test(size=(100, 30)) as pilot:
        await _ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        shown = _screen_text(app)
        assert "Open: [@click=app.quit]Quit[/] [R-TX]" in shown
        for bad in INJECTED:
            assert bad not in _terminal_output(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MainScreen)
