"""Themes in the reader: the T key, "Theme: <name>" commands, persistence, broken theme files."""

from __future__ import annotations

from pathlib import Path

from conftest import settle
from textual.widgets import OptionList

from briefing import paths
from briefing.ui.app import build_app
from briefing.ui.commands import ReaderCommands
from briefing.ui.main import MainScreen
from briefing.ui.problems import ProblemsScreen
from briefing.userdata.settings import load_settings


async def ready(pilot) -> None:
    await settle(pilot, rounds=4)


async def test_ctrl_t_cycles_briefing_themes_and_the_choice_survives_a_restart(
        small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        names = app.theme_cycle()
        assert len(names) >= 4 and all(n in app.available_themes for n in names)
        start = app.theme
        background = app.screen.styles.background
        await pilot.press("ctrl+t")
        await ready(pilot)
        picked = app.theme
        assert picked != start and picked in names
        assert app.screen.styles.background != background  # the colours changed at once
    assert load_settings()[0].theme == picked

    again = build_app([str(small_corpus)])
    async with again.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert again.theme == picked


async def test_palette_lists_a_theme_command_for_each_theme(small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        provider = ReaderCommands(screen)
        commands = {title: command for title, _help, command in provider._commands()}
        for name in app.theme_cycle():
            assert f"Theme: {name}" in commands
        target = "briefing-light" if app.theme != "briefing-light" else "briefing-dark"
        commands[f"Theme: {target}"]()
        await ready(pilot)
        assert app.theme == target
    assert load_settings()[0].theme == target


async def test_a_broken_user_theme_is_listed_in_the_problems_view(small_corpus: Path) -> None:
    folder = paths.config_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "name: mine\nprimary: '#zzzzzz'\nforeground: '#ffffff'\nbackground: '#000000'\n",
        encoding="utf-8")
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert "mine" not in app.available_themes
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listed = app.screen.query_one(OptionList)
        texts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert any("mine.yaml" in t and "primary" in t for t in texts), texts


async def test_a_chosen_theme_with_several_problems_lists_each_and_the_default_is_used(
        small_corpus: Path) -> None:
    """Session 20: a theme file with three problems said only the first; the settings name it,
    so the reader starts with the default theme and lists every problem with file:line."""
    folder = paths.config_dir() / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "name: mine\nprimary: '#zzzzzz'\nforeground: white-ish\nbackground: '#000000'\n"
        "dark: sometimes\n", encoding="utf-8")
    paths.config_dir().joinpath("config.yaml").write_text("theme: mine\n", encoding="utf-8")
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "briefing-dark"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        listed = app.screen.query_one(OptionList)
        texts = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        for key, line in (("primary", 2), ("foreground", 3), ("dark", 5)):
            assert any(f"mine.yaml:{line}" in t and key in t for t in texts), (key, texts)
        # The settings name it: not "unknown theme 'mine'" beside mine.yaml's problems.
        assert any("config.yaml:1: theme: 'mine' is not usable (its file's problems are "
                   "listed); using briefing-dark" in t for t in texts), texts
