"""Every dialog fits the terminal: on a 40x15 screen the add-a-name dialog's kind list
scrolled off the bottom, with its last kinds and its key hint (session 12's user test)."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import OptionList, Static

from briefing.ui.dialogs import AddActorScreen, PickScreen

KINDS = [(f"k{n}", f"kind number {n}") for n in range(10)]


@pytest.mark.parametrize("size", [(40, 15), (80, 24), (40, 10)])
async def test_the_add_dialog_fits_and_its_hint_shows(size: tuple[int, int]) -> None:
    app: App[None] = App()
    async with app.run_test(size=size) as pilot:
        app.push_screen(AddActorScreen(KINDS))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        hint = screen.query(Static).filter(".dialog-hint").last()
        assert 0 < hint.region.bottom <= size[1], hint.region
        kinds = screen.query_one("#add-kind", OptionList)
        assert kinds.region.height >= 2  # some kinds show; the list scrolls to the others
        await pilot.press(*"Rebels", "enter", "end")
        await pilot.pause()
        assert kinds.highlighted == len(KINDS) - 1
        assert kinds.scroll_offset.y > 0 or kinds.region.height >= len(KINDS)


async def test_a_long_pick_list_fits_too() -> None:
    app: App[None] = App()
    async with app.run_test(size=(40, 15)) as pilot:
        app.push_screen(PickScreen("Merge into…", [(f"actor {n}", n) for n in range(30)]))
        await pilot.pause()
        await pilot.pause()
        hint = app.screen.query(Static).filter(".dialog-hint").last()
        assert 0 < hint.region.bottom <= 15, hint.region
