"""A folder made unreadable while the reader runs is a missing file, not a crash (session 7).

``chmod 000 sub`` while ``sub/b.txt`` was open: the reader's check for files changed on disk
asked ``find_sidecar``, whose ``Path.exists()``/``is_symlink()`` raise ``PermissionError``
(pathlib swallows only "no such file" errors), and the exception ended the app with a
traceback (seen in tmux, as root without CAP_DAC_OVERRIDE).  ``os.stat`` is made to refuse
here, as the kernel does for a folder without search permission.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.corpus.files import find_sidecar
from briefing.session.changes import ChangeWatch, signature


@pytest.fixture
def refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "b.txt").write_text("Talks\n\nRussia and Ukraine met.\n")
    (folder / "b.yaml").write_text("title: Talks\n")
    real_stat, real_lstat = os.stat, os.lstat

    def deny(real):  # noqa: ANN001, ANN202 - a test double
        def stat(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if str(path).startswith(str(folder) + os.sep):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)
        return stat

    monkeypatch.setattr(os, "stat", deny(real_stat))
    monkeypatch.setattr(os, "lstat", deny(real_lstat))
    return folder / "b.txt"


def test_find_sidecar_in_an_unsearchable_folder(refused: Path) -> None:
    assert find_sidecar(str(refused)) == (None, None)


def test_change_check_of_a_file_in_an_unsearchable_folder(refused: Path) -> None:
    assert signature(str(refused)) == (None, None)
    watch = ChangeWatch(0)
    assert watch.claim(str(refused))
    assert watch.changed(str(refused)) == frozenset({"file"})  # gone, as far as we can tell
    assert watch.claim(str(refused))  # and the next check may run
