"""The stylesheet at start: parsed once, with the user's theme already in force.

Setting the theme in ``BriefingApp.__init__`` used to make Textual parse every stylesheet twice
before the first frame (its queued CSS refresh drops the parsed rules).  The theme must still
colour the very first frame, and a theme chosen later must still restyle everything.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from textual.color import Color
from textual.css import stylesheet

from briefing.ui.app import BriefingApp, build_app


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each stylesheet source was parsed (Textual's parser, as the stylesheet
    module calls it), by source and the priority it was added with (a widget's CSS is added
    once per subclass using it, each with its own priority: those are separate parses)."""
    counts: Counter[str] = Counter()
    real = stylesheet.parse

    def counting(scope: str, css: str, read_from: Any, *args: Any, **kwargs: Any) -> Any:
        key = (read_from, scope, kwargs.get("is_default_rules"), kwargs.get("tie_breaker"))
        counts[str(key)] += 1
        return real(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(stylesheet, "parse", counting)
    return counts


def _write_settings(text: str) -> None:
    from briefing.userdata.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


async def test_each_stylesheet_is_parsed_once_at_start(parses: Counter[str]) -> None:
    _write_settings("theme: briefing-paper\n")
    app = build_app([])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "briefing-paper"
        assert parses and max(parses.values()) == 1, parses.most_common(3)
        # The theme is in force: the screen's background is the theme's surface.
        surface = Color.parse(app.get_css_variables()["surface"])
        assert app.screen.styles.background == surface


async def test_a_theme_chosen_later_restyles_the_screen() -> None:
    _write_settings("theme: briefing-paper\n")
    app = build_app([])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = app.screen.styles.background
        app.theme = "briefing-dark"
        await pilot.pause()
        await pilot.pause()
        after = app.screen.styles.background
        assert after != before
        assert after == Color.parse(app.get_css_variables()["surface"])


async def test_no_theme_set_keeps_textuals_default() -> None:
    app = BriefingApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.styles.background == Color.parse(
            app.get_css_variables()["surface"])


async def test_the_readers_rows_follow_a_theme_change() -> None:
    """The reader caches its own style for drawing rows: a new theme must reach them."""
    _write_settings("theme: briefing-paper\n")
    app = build_app([])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(6):
            await pilot.pause()
        reader = app.screen.reader  # type: ignore[attr-defined]

        def row_backgrounds() -> set[object]:
            return {seg.style.bgcolor for seg in reader.render_line(reader.size.height - 1)
                    if seg.style is not None}

        before = row_backgrounds()
        assert before == {reader.rich_style.bgcolor}
        app.theme = "briefing-dark"
        for _ in range(4):
            await pilot.pause()
        after = row_backgrounds()
        assert after == {reader.rich_style.bgcolor} and after != before
