"""The reader's start-up preferences: settings and themes, and their JSON cache."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing import paths
from briefing.ui import prefs as prefs_module
from briefing.ui.prefs import load_preferences


def test_first_start_reads_the_files_then_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_preferences()
    assert not first.from_cache
    assert first.theme and any(t["name"] == first.theme for t in first.themes)

    def boom():
        raise AssertionError("the settings files were read again")

    monkeypatch.setattr(prefs_module, "_load", boom)
    second = load_preferences()
    assert second.from_cache
    assert (second.theme, second.keymap, second.themes) == (first.theme, first.keymap,
                                                            first.themes)


def test_an_edited_settings_file_is_read_again() -> None:
    load_preferences()
    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.yaml").write_text("keys:\n  next-section: z\n", encoding="utf-8")
    later = time.time() + 5  # a distinct mtime even on coarse file systems
    os.utime(config, (later, later))
    prefs = load_preferences()
    assert not prefs.from_cache
    assert prefs.keymap.get("next-section") == "z"
    assert load_preferences().from_cache


def test_a_corrupt_cache_is_ignored() -> None:
    load_preferences()
    cache = paths.cache_dir() / prefs_module.CACHE_NAME
    cache.write_text("{not json", encoding="utf-8")
    assert not load_preferences().from_cache
    assert load_preferences().from_cache


def test_run_applies_the_theme_and_keymap(monkeypatch: pytest.MonkeyPatch,
                                          small_corpus: Path) -> None:
    from briefing.ui import app as app_module

    config = paths.config_dir()
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.yaml").write_text("keys:\n  next-section: z\n", encoding="utf-8")
    seen = {}

    def fake_run(self):
        seen.update(theme=self.theme, keymap=dict(self.keymap), paths=list(self.paths))
        return 0

    monkeypatch.setattr(app_module.BriefingApp, "run", fake_run)
    assert app_module.run([str(small_corpus)]) == 0
    assert seen["keymap"] == {"next-section": "z"}
    assert seen["theme"] == load_preferences().theme
    assert seen["paths"] == [str(small_corpus)]
