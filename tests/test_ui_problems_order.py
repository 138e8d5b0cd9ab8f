"""The problems view lists each file's problems in line order (qa9: ``:2, :6, :4``)."""

from __future__ import annotations

from textual.app import App
from textual.widgets import OptionList

from briefing.model import Problem
from briefing.ui.problems import ProblemsScreen, in_line_order
from briefing.userdata.theme_spec import THEME_VARIABLE_DEFAULTS


def _problems() -> list[Problem]:
    return [Problem("b.yaml", "six", 6), Problem("a.yaml", "two", 2), Problem("b.yaml", "two", 2),
            Problem("b.yaml", "whole file"), Problem("b.yaml", "four", 4)]


def test_files_keep_their_order_and_lines_are_sorted() -> None:
    assert [str(p) for p in in_line_order(_problems())] == [
        "b.yaml: whole file", "b.yaml:2: two", "b.yaml:4: four", "b.yaml:6: six",
        "a.yaml:2: two"]


class _Host(App[None]):
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **THEME_VARIABLE_DEFAULTS}


async def test_the_view_shows_them_in_line_order() -> None:
    app = _Host()
    async with app.run_test(size=(80, 20)) as pilot:
        await app.push_screen(ProblemsScreen(_problems()))
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert [s.split(": ")[0] for s in shown] == [
            "b.yaml", "b.yaml:2", "b.yaml:4", "b.yaml:6", "a.yaml:2"]
