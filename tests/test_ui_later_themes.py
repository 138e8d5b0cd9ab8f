"""The themes not in use are registered after the first frame (from the start-up cache, only
the theme in use is checked before it); ``T``'s order is unchanged, and a cached theme that
fails the checks is reported, never fatal, and the cache forgotten."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import main_screen

from briefing import paths
from briefing.ui import prefs as prefs_module
from briefing.ui.app import build_app
from briefing.ui.prefs import load_preferences


def _cached() -> prefs_module.Preferences:
    load_preferences()  # reads the files, writes the cache
    prefs = load_preferences()
    assert prefs.from_cache and len(prefs.themes) >= 3
    return prefs


async def test_the_other_themes_come_after_the_first_frame_in_order(small_corpus: Path):
    prefs = _cached()
    names = [t["name"] for t in prefs.themes]
    app = build_app([str(small_corpus)])
    assert app.theme == prefs.theme
    assert [n for n in names if n in app.available_themes] == [prefs.theme]  # not yet
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        assert all(n in app.available_themes for n in names)
        assert app.theme_cycle() == names
        assert not app.startup_problems


async def test_T_before_the_later_themes_cycles_through_all(small_corpus: Path):
    prefs = _cached()
    app = build_app([str(small_corpus)])
    assert app.theme_cycle() == [t["name"] for t in prefs.themes]  # registered on demand


async def test_a_cached_theme_failing_the_checks_is_reported_and_the_cache_forgotten(
        small_corpus: Path):
    prefs = _cached()
    cache = paths.cache_dir() / prefs_module.CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    other = next(t for t in data["themes"] if t["name"] != prefs.theme)
    other["primary"] = "not a colour"
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert load_preferences().from_cache  # the theme in use passes: the cache is used
    app = build_app([str(small_corpus)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        assert app.is_running and app.theme == prefs.theme
        assert other["name"] not in app.available_themes
        said = [p.message for p in screen.session.problems]
        assert any("theme not usable" in m for m in said), said
    assert not cache.exists()  # the next start reads the theme files (and names the line)
    assert not load_preferences().from_cache
