"""A ``default_corpus`` that does not exist is said with where it came from (the settings
file and line), by ``briefing config`` and by the reader at start (twice in a row: the
start-up cache must not hide it, nor keep saying it once the folder exists); and the reader's
"No documents to show…" message wraps instead of being cut ("2 problem").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen
from test_reliability_outside_text import _config

from briefing.cli import main
from briefing.ui.app import BriefingApp, build_app


def test_briefing_config_names_the_missing_folder(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "news"
    config = _config(f"# mine\ntheme: briefing-dark\ndefault_corpus: [{missing}]\n")
    assert main(["config"]) == 0
    err = capsys.readouterr().err
    assert f"{config}:3: default_corpus: {missing} does not exist" in err


def test_the_reader_says_where_the_missing_folder_came_from(tmp_path: Path) -> None:
    missing = tmp_path / "news"
    config = _config(f"default_corpus: {missing}\n")
    for _start in range(2):  # from the file, then from the start-up cache
        said = [str(p) for p in build_app().startup_problems]
        assert f"{config}:1: default_corpus: {missing} does not exist; nothing is opened " \
               "from it" in said
    missing.mkdir()
    assert not [p for p in build_app().startup_problems if "default_corpus" in str(p)]


async def test_the_empty_message_wraps(tmp_path: Path) -> None:
    missing = tmp_path / "a-folder-with-a-rather-long-name-that-is-missing"
    app = BriefingApp([str(missing)])
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await main_screen(pilot)
        reader = screen.reader
        width = reader.size.width
        rows = [reader.render_line(y).text for y in range(reader.size.height)]
        shown = " ".join(" ".join(r.split()) for r in rows if r.strip())
        assert "No documents to show from" in shown and "(press ! to list them)." in shown
        assert all(len(r.rstrip()) <= width for r in rows)


def test_each_missing_folder_is_named_with_its_own_line(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    """qa27: with one folder per line, every missing one was said on the `default_corpus:`
    line; now each on its own (a `~/...` entry found as written)."""
    there = tmp_path / "here"
    there.mkdir()
    config = _config(f"default_corpus:\n  - {there}\n  - {tmp_path / 'gone'}\n"
                     "  - ~/qa27-no-such-folder\n")
    assert main(["config"]) == 0
    err = capsys.readouterr().err
    assert f"{config}:3: default_corpus: {tmp_path / 'gone'} does not exist" in err
    assert f"{config}:4: default_corpus: " in err and "qa27-no-such-folder does not" in err
