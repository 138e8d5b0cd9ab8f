"""A toast on a narrow screen (40 columns) is wide enough for a file or theme name (user test
at 40x15, session 11: Textual's half-the-screen toast, 20 cells, broke "briefing-high-co /
ntrast" and "v01-straw-praise / s-kashmir-moves."); on an 80-column screen it is as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen
from textual.widgets._toast import Toast

from briefing.ui.app import BriefingApp


@pytest.mark.parametrize(("size", "least", "most"), [((40, 15), 36, 40), ((80, 24), 38, 40)])
async def test_a_toast_is_wide_enough_on_a_narrow_screen(small_corpus: Path,
                                                         size: tuple[int, int], least: int,
                                                         most: int) -> None:
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await main_screen(pilot)
        screen.notify("theme: briefing-high-contrast", markup=False, timeout=30)
        for _ in range(3):
            await pilot.pause()
        toast = app.screen.query_one(Toast)
        assert least <= toast.outer_size.width <= most, toast.outer_size
