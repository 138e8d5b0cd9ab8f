"""A toast naming a file never cuts a word (session 12's user test: a full path was one word
wider than the toast, so Textual folded it mid-name).  The file is named, then its folder, the
home folder written ``~``.  The article and sidecar are invented for these tests."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from _reader_app import open_parties_on
from conftest import article_in_folder, main_screen
from test_ui_curation import ARTICLE, SIDECAR
from textual.widgets._toast import Toast

from briefing.common.storage import describe, shown_path
from briefing.ui.app import BriefingApp
from briefing.ui.text import notify_safe


def toast_lines(app: BriefingApp) -> list[str]:
    toast = app.screen.query(Toast).last()
    return [toast.render_line(y).text.strip() for y in range(toast.size.height)]


def words_whole(lines: list[str], message: str) -> bool:
    return " ".join(lines).split() == message.split()


def test_a_file_is_named_then_its_folder_home_as_a_tilde(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert shown_path(tmp_path / "news" / "talks.yaml") == "talks.yaml in ~/news"
    assert shown_path(tmp_path / "talks.yaml") == "talks.yaml in ~"
    assert shown_path("/srv/news/talks.yaml") == "talks.yaml in /srv/news"
    assert shown_path("talks.yaml") == "talks.yaml"
    refused = PermissionError(errno.EACCES, "Permission denied")
    assert describe(refused, tmp_path / "talks.yaml") == "cannot save talks.yaml in ~: " \
        "Permission denied"


@pytest.mark.parametrize("size", [(40, 15), (64, 20), (80, 24)])
async def test_a_toast_naming_a_deep_file_breaks_between_words(
        small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        size: tuple[int, int]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    deep = tmp_path / ".local" / "share" / "briefing" / "bookmarks.json"
    message = describe(OSError(errno.ENOSPC, "No space left on device"), deep)
    assert len(str(deep)) > 40  # the full path was wider than any toast's text
    app = BriefingApp([str(small_corpus)])
    async with app.run_test(size=size, notifications=True) as pilot:
        screen = await main_screen(pilot)
        notify_safe(screen, message, severity="error", timeout=30)
        for _ in range(3):
            await pilot.pause()
        lines = toast_lines(app)
        assert words_whole(lines, message), lines
        assert any("~/.local/share/briefing:" in line for line in lines), lines  # the folder whole


async def test_a_refused_sidecar_write_is_said_in_whole_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real path: a drop in the parties panel whose sidecar cannot be written."""
    article = article_in_folder(tmp_path, "talks", ARTICLE, SIDECAR)
    monkeypatch.setenv("HOME", str(tmp_path))
    real_replace = os.replace

    def refuse(src: str, dst: str) -> None:
        if str(dst).endswith("talks.yaml"):
            raise OSError(errno.EROFS, "Read-only file system", src)
        real_replace(src, dst)

    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await main_screen(pilot, rounds=5)
        await open_parties_on(pilot, screen, "un")
        monkeypatch.setattr(os, "replace", refuse)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await main_screen(pilot, rounds=5)
        for _ in range(3):
            await pilot.pause()
        said = [n.message for n in app._notifications  # noqa: SLF001
                if "Read-only file system" in n.message]
        assert said and "talks.yaml in ~/news" in said[-1], said
        lines = toast_lines(app)
        assert words_whole(lines, said[-1]), lines
