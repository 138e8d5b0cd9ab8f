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
        assert screen.arrangement.side_page == "parties"
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
        assert screen.has_class("-side-open") and screen.arrangement.side_page == "contents"


def _one_and_many(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-brief.txt").write_text(
        "Envoys meet in Doha\n\nMediators from Qatar met the two delegations on Monday. "
        "Israel and Hamas discussed a truce, officials said.\n", encoding="utf-8")
    (folder / "b-long.txt").write_text(
        "Talks resume\n\nThe talks resumed in Geneva on Tuesday.\n\nBackground\n\n"
        "The sides met twice last year.\n\nNext Steps\n\nA third round is planned.\n",
        encoding="utf-8")
    return folder


async def test_a_one_section_document_shows_its_parties_not_an_empty_contents(
        tmp_path: Path) -> None:
    from briefing.ui.app import BriefingApp

    app = BriefingApp([str(_one_and_many(tmp_path))])
    async with app.run_test(size=(140, 30)) as pilot:
        screen = await main_screen(pilot)
        switcher = screen.query_one("#side-switcher")
        assert screen.briefing.document.path.endswith("a-brief.txt")
        assert screen.arrangement.side_page == "parties" and switcher.current == "parties"
        await pilot.press("right_curly_bracket")  # next document: three sections
        await pilot.pause()
        assert screen.arrangement.side_page == "contents" and switcher.current == "contents"
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert screen.arrangement.side_page == "parties"
        await pilot.press("c")  # the user's choice is kept from now on
        await pilot.pause()
        await pilot.press("escape", "right_curly_bracket", "left_curly_bracket")
        await pilot.pause()
        assert screen.arrangement.side_page == "contents"
