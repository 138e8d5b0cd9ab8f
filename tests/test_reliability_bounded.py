"""Every file briefing reads goes through the one bounded, non-blocking reader.

A FIFO (``os.mkfifo``) or a symbolic link to ``/dev/zero`` in place of the settings, a user
theme, the reader's state, a sidecar being curated, the start-up cache or any cache file gives a
clear message naming the file (or, for a cache, a quiet rebuild): never a hang, never all memory.
Everything runs under an alarm, so a regression fails instead of blocking the suite.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import main_screen

from briefing import paths
from briefing.cli import main
from briefing.common.fileread import FileProblem, read_bytes
from briefing.ui.app import BriefingApp
from briefing.userdata.state import ReaderState

ARTICLE = "Talks resume\n\nRussia and Ukraine met in Geneva on Monday to negotiate.\n"
KINDS = ("fifo", "zero")


# Anything that could hang fails under an alarm instead of blocking the suite.
pytestmark = pytest.mark.usefixtures("never_hang")


def _trap(path: Path, kind: str) -> Path:
    """Put a FIFO or a link to /dev/zero at ``path`` (replacing what is there)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink() or path.exists():
        path.unlink()
    if kind == "fifo":
        os.mkfifo(path)
    else:
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero here")
        path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_the_reader_refuses_at_once(tmp_path: Path, kind: str) -> None:
    trap = _trap(tmp_path / "x.yaml", kind)
    with pytest.raises(FileProblem) as err:
        read_bytes(trap, 1 << 20)
    assert ("named pipe" if kind == "fifo" else "device") in str(err.value)


@pytest.mark.parametrize("kind", KINDS)
def test_config_file(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    config = _trap(paths.config_dir() / "config.yaml", kind)
    assert main(["config"]) == 0
    out, err = capsys.readouterr()
    assert str(config) in err and "cannot read settings" in err
    assert "briefing-dark" in out  # the defaults are in use
    assert main(["themes"]) == 0  # reads the settings too, for the theme in use
    assert "* briefing-dark" in capsys.readouterr().out


@pytest.mark.parametrize("kind", KINDS)
def test_user_theme(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    theme = _trap(paths.config_dir() / "themes" / "mine.yaml", kind)
    assert main(["themes"]) == 0
    out, err = capsys.readouterr()
    assert str(theme) in err and "theme skipped" in err
    assert "briefing-dark" in out


@pytest.mark.parametrize("kind", KINDS)
def test_state_file_is_reported_and_never_replaced(tmp_path: Path, kind: str) -> None:
    target = _trap(tmp_path / "state.json", kind)
    state = ReaderState(target).load()
    assert state.problems and str(target) in state.problems[0].path
    state.set_position("a" * 64, 10)
    problem = state.save()
    assert problem is not None and "could not save" in problem.message
    assert target.is_symlink() if kind == "zero" else target.is_fifo()


@pytest.mark.parametrize("kind", KINDS)
async def test_reader_start_and_quit_with_a_trapped_state(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = _trap(paths.data_dir() / "state.json", kind)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        assert any("state.json" in str(p) for p in screen.session.problems)
        await pilot.press("space")
        await pilot.press("q")
        await pilot.pause()
    assert target.is_symlink() if kind == "zero" else target.is_fifo()


@pytest.mark.parametrize("kind", KINDS)
def test_sidecar_being_curated(tmp_path: Path, kind: str) -> None:
    from briefing.userdata.sidecar import CurationError, curate

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    sidecar = _trap(tmp_path / "a.yaml", kind)
    with pytest.raises(CurationError) as err:
        curate(str(article), "drop", sidecar=str(sidecar), actor_id="russia")
    assert "a.yaml" in str(err.value) and "not changed" in str(err.value)


@pytest.mark.parametrize("kind", KINDS)
def test_curation_problem_lines_never_read_a_trap(tmp_path: Path, kind: str) -> None:
    from briefing.extract.curation import _Reporter
    from briefing.model import Document

    sidecar = _trap(tmp_path / "a.yaml", kind)
    doc = Document(path=str(tmp_path / "a.txt"), sha256="0" * 64, text="x",
                   sidecar_path=str(sidecar), curation={"_lines": {"actors": 3}})
    assert _Reporter(doc).line_of("drop", "x") == 3


@pytest.mark.parametrize("kind", KINDS)
def test_startup_cache_is_not_read(kind: str) -> None:
    from briefing.ui.prefs import CACHE_NAME, load_preferences

    _trap(paths.cache_dir() / CACHE_NAME, kind)
    prefs = load_preferences()
    assert not prefs.from_cache and prefs.theme == "briefing-dark"


@pytest.mark.parametrize("kind", KINDS)
def test_every_cache_file_trapped(tmp_path: Path, kind: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The analysis cache, the search index and its file list, the knowledge cache."""
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["search", "Geneva", str(folder)]) == 0
    assert main(["extract", str(folder)]) == 0
    capsys.readouterr()
    cached = [p for p in paths.cache_dir().rglob("*") if p.is_file() and not p.name.endswith(
        (".lock", "-wal", "-shm"))]
    assert len(cached) >= 3
    for path in cached:
        _trap(path, kind)
    assert main(["search", "Geneva", str(folder)]) == 0
    assert "a.txt" in capsys.readouterr().out
    assert main(["extract", str(folder)]) == 0
    assert '"path"' in capsys.readouterr().out


@pytest.mark.parametrize("kind", KINDS)
async def test_reader_start_with_trapped_settings_and_theme(tmp_path: Path, kind: str) -> None:
    from briefing.ui.app import build_app

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _trap(paths.config_dir() / "config.yaml", kind)
    _trap(paths.config_dir() / "themes" / "mine.yaml", kind)
    for _start in range(2):  # from the files, then from the start-up cache
        app = build_app([str(folder)])
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await main_screen(pilot)
            shown = [str(p) for p in screen.session.problems]
            assert any("config.yaml" in p and "cannot read settings" in p for p in shown)
            assert any("mine.yaml" in p and "theme skipped" in p for p in shown)
            await pilot.press("q")


def test_a_write_through_a_link_never_replaces_a_fifo_or_device(tmp_path: Path) -> None:
    """atomic_write follows a symlink to its target (dotfile managers), so the target must be
    a regular file: run as root, writing a cache linked to /dev/zero once replaced the
    machine's /dev/zero with the cache's bytes."""
    from briefing.common.storage import WriteError, atomic_write

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "cache.json"
    link.symlink_to(fifo)
    with pytest.raises(WriteError) as err:
        atomic_write(link, b"{}")
    assert "not a regular file" in str(err.value)
    assert f"{link.name} in {link.parent}" in str(err.value)
    assert fifo.is_fifo() and link.is_symlink()
    with pytest.raises(WriteError):
        atomic_write(fifo, b"{}")
    assert fifo.is_fifo()


@pytest.mark.parametrize("kind", KINDS)
def test_theme_save_with_a_trapped_config(kind: str) -> None:
    from briefing.userdata.settings import save_theme

    config = _trap(paths.config_dir() / "config.yaml", kind)
    problem = save_theme("briefing-light")
    assert problem is not None and str(config) in str(problem) and "not saved" in str(problem)
    assert config.is_symlink() if kind == "zero" else config.is_fifo()
