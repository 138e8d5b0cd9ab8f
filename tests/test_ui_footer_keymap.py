"""A key the user gives a footer binding in ``config.yaml`` is shown in the footer: with
``quit: ctrl+q`` the footer had no Quit at all (Textual's own hidden ``ctrl+q`` quit binding
takes that key first), though the key quit (user test, session 19)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.footer import FittingFooter


def _hints(app: BriefingApp) -> dict[str, str]:
    footer = app.screen.query_one(FittingFooter)
    return {key.description: key.key for key in footer.query("FooterKey")}


@pytest.mark.parametrize("key", ["ctrl+q", "z"])
async def test_a_rebound_quit_is_in_the_footer_with_its_key(small_corpus: Path,
                                                            key: str) -> None:
    app = BriefingApp([str(small_corpus)], keymap={"quit": key})
    async with app.run_test(size=(100, 24)) as pilot:
        await main_screen(pilot)
        assert _hints(app).get("Quit") == key, _hints(app)
        await pilot.press(key)
        await pilot.pause()
        assert not app.is_running


async def test_the_default_footer_has_q_quit_only(small_corpus: Path) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=(100, 24)) as pilot:
        await main_screen(pilot)
        hints = _hints(app)
        assert hints.get("Quit") == "q", hints
        assert list(hints.values()).count("ctrl+q") == 0, hints
