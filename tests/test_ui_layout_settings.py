"""The settings file's ``layout:`` shapes the reader at start: panel, sidebar, width."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen

from briefing.ui.app import build_app


def _write_settings(home: Path, text: str) -> None:
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.yaml").write_text(text)


async def test_layout_picks_the_panel_and_width(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    _write_settings(tmp_path, "layout:\n  panel: parties\n  sidebar_width: 44\n")
    app = build_app()
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await main_screen(pilot)
        assert screen._side_page == "parties"
        assert screen.has_class("-side-open")
        assert screen.query_one("#side").outer_size.width == 44


async def test_sidebar_false_starts_with_the_reader_alone(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    _write_settings(tmp_path, "layout:\n  sidebar: false\n")
    app = build_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert not screen.has_class("-side-open")
        await pilot.press("c")
        await pilot.pause()
        assert screen.has_class("-side-open")


async def test_default_layout_shows_the_contents(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path))
    app = build_app()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert screen.has_class("-side-open") and screen._side_page == "contents"
