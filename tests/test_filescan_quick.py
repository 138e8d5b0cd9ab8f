"""The quick scan of a warm ``briefing search`` (``filescan.scan_stamped``: names listed, files
stat'ed from their folder) finds what the general walk finds, in its order, with its stamps,
whatever the tree holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.common import filescan, freshness
from briefing.common.filescan import files_to_stamp, scan_stamped
from briefing.common.freshness import stamp_flat


def _same(paths: list[str]) -> None:
    assert scan_stamped(paths) == stamp_flat(files_to_stamp(paths))


def _plain_corpus(root: Path, count: int = 12) -> None:
    root.mkdir(parents=True)
    for i in range(count):
        (root / f"story-{i}.txt").write_text("word " * i, encoding="utf-8")
        if i % 3 == 0:
            (root / f"story-{i}.yaml").write_text("title: T\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")


@pytest.mark.parametrize("threaded_from", [2000, 2])
def test_a_plain_corpus_is_scanned_as_the_walk_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded_from: int) -> None:
    monkeypatch.setattr(freshness, "THREADED_FROM", threaded_from)
    monkeypatch.setattr(freshness, "STAT_THREADS", 4)
    root = tmp_path / "corpus"
    _plain_corpus(root / "a")
    _plain_corpus(root / "b" / "deeper")
    (root / "notes.md").write_text("# Notes\n", encoding="utf-8")
    (root / "README").write_text("no suffix\n", encoding="utf-8")
    found = scan_stamped([str(root)])
    _same([str(root)])
    _same([str(root / "a"), str(root / "b")])
    _same([str(root / "a") + os.sep])
    assert len(found[0]) == 2 * (12 + 4) + 1 and len(found[1]) == 2 * len(found[0])


@pytest.mark.parametrize("threaded_from", [2000, 2])
def test_odd_trees_give_the_walks_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded_from: int) -> None:
    monkeypatch.setattr(freshness, "THREADED_FROM", threaded_from)
    monkeypatch.setattr(freshness, "STAT_THREADS", 4)
    root = tmp_path / "corpus"
    _plain_corpus(root)
    (root / "folder.txt").mkdir()  # a folder named like a document, among plain names
    (root / "folder.txt" / "inner.txt").write_text("x", encoding="utf-8")
    _same([str(root)])
    other = tmp_path / "other"
    _plain_corpus(other)
    (other / "A.TXT").write_text("x", encoding="utf-8")  # suffixes in capitals
    (other / "b.Md").write_text("x", encoding="utf-8")
    (other / "page.html").write_text("x", encoding="utf-8")
    (other / "page_files").mkdir()  # a saved page's assets: not searched
    (other / "page_files" / "frame.html").write_text("x", encoding="utf-8")
    (other / "sub").mkdir()
    (other / "sub" / "c.txt").write_text("x", encoding="utf-8")
    _same([str(other)])
    _same([str(other), str(root)])
    _same([str(other / "A.TXT"), str(root)])  # a file given by name
    links = tmp_path / "links"
    _plain_corpus(links)
    os.symlink(other / "sub", links / "linked.txt")  # a link to a folder, named like a file
    os.symlink(other / "sub" / "c.txt", links / "file-link.txt")
    os.symlink(tmp_path / "gone.txt", links / "broken.txt")
    os.symlink(other, links / "folder-link")  # folder links are not followed
    _same([str(links)])
    os.remove(links / "linked.txt")
    _same([str(links)])
    assert str(links / "broken.txt") not in scan_stamped([str(links)])[0]


def test_folders_below_the_depth_limit_are_not_searched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filescan, "MAX_FOLDER_DEPTH", 2)
    folder = tmp_path / "corpus"
    for depth in range(5):
        _plain_corpus(folder, 2)
        folder = folder / f"level{depth}"
    found = scan_stamped([str(tmp_path / "corpus")])[0]
    _same([str(tmp_path / "corpus")])
    assert any("level1" in p for p in found) and not any("level2" in p for p in found)


def test_an_empty_or_vanished_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert scan_stamped([str(tmp_path / "empty")]) == ([], stamp_flat([])[1])
    _same([str(tmp_path / "empty")])


def test_without_folder_descriptors_the_walk_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _plain_corpus(tmp_path / "c")
    monkeypatch.setattr(filescan, "_BY_DIR_FD", False)
    _same([str(tmp_path / "c")])
