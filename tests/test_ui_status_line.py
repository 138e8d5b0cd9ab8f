"""The status line is one widget drawing three parts: each in its theme colour (a new theme
recolours it), the position cut at a word, with "…", when the right-hand parts need the room."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen

from briefing.ui.app import build_app
from briefing.ui.status import StatusBar


def _styles(bar: StatusBar) -> dict[str, str]:
    return {seg.text: str(seg.style) for seg in bar.render_line(0) if seg.text.strip()}


async def test_a_new_theme_recolours_the_status_line(small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(100, 24)) as pilot:
        screen = await main_screen(pilot)
        bar = screen.query_one(StatusBar)
        before = _styles(bar)
        assert bar.load is not None and bar.load in before
        other = next(n for n in app.theme_cycle() if n != app.theme)
        app.theme = other
        await pilot.pause()
        after = _styles(bar)
        assert after.keys() == before.keys()
        assert after[bar.load] != before[bar.load]


async def test_the_position_gives_way_to_the_right_hand_parts(small_corpus: Path) -> None:
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(60, 24)) as pilot:
        screen = await main_screen(pilot)
        bar = screen.query_one(StatusBar)
        bar.show("alpha beta gamma delta epsilon zeta eta theta iota kappa", loading=None,
                 documents=3, problems=2, narrow=False)
        await pilot.pause()
        line = bar.render_line(0).text
        assert len(line) == 60
        assert line.endswith(" 3 documents  ⚠ 2 problems (!) ")
        shown = line[: -len(" 3 documents  ⚠ 2 problems (!) ")].strip()
        assert shown.endswith("…")  # it says that it was cut
        shown = shown.removesuffix("…")
        assert shown and "alpha beta gamma delta epsilon zeta eta theta iota kappa".startswith(
            shown) and not shown.endswith(" ")
        # cut at a word, as a Static wraps it: the word after the cut is not half shown
        rest = "alpha beta gamma delta epsilon zeta eta theta iota kappa"[len(shown):]
        assert rest.startswith(" ")


async def test_a_cut_position_never_ends_on_a_separator(small_corpus: Path) -> None:
    """"§1/3 · 1 mention ·" at 40x15 (user test, session 11): the part after the last "·"
    did not fit, and the dot stayed, pointing at nothing."""
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(40, 15)) as pilot:
        screen = await main_screen(pilot)
        bar = screen.query_one(StatusBar)
        bar.show("§1/3 · 1 mention · filtered", loading=None, documents=1, problems=0,
                 narrow=True)
        await pilot.pause()
        line = bar.render_line(0).text
        shown = line[: -len(" 1 document ")].strip()
        assert shown == "§1/3 · 1 mention…", line
