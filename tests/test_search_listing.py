"""The search index's file list: saved flat (paths, stamps, hashes), compared with a scan in
one go on a warm start, and read back whatever the file names hold."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

from briefing.search import listing
from briefing.search.index import INDEX_VERSION
from briefing.versions import EXTRACTOR_VERSION

ODD_NAMES = ["plain.txt", "two\nlines.txt", "tab\there.md", "caf\u00e9.txt", "bad-\udcff.txt"]


def _corpus(folder: Path) -> list[str]:
    folder.mkdir()
    made = []
    for i, name in enumerate(ODD_NAMES):
        path = os.path.join(str(folder), name)
        with open(path, "w", encoding="utf-8") as out:
            out.write("word " * (i + 1))
        made.append(path)
    (folder / "plain.yaml").write_text("title: T\n", encoding="utf-8")
    return made


def test_rows_written_are_the_rows_read(tmp_path: Path) -> None:
    rows = [("a/b.txt", 10, 1_700_000_000_123_456_789, "ab" * 32), ("a/b.yaml", 3, 5, ""),
            ("new\nline.txt", -1, -1, ""), ("x-\udcff.txt", 0, 0, "cd" * 32)]
    for some in (rows, rows[:1], rows[1:2], []):
        path = tmp_path / "files-x.list"
        listing.write_list(path, "key", some)
        assert listing.read_list(path) == ("key", some)


def test_a_list_in_the_format_of_one_tuple_a_file_is_still_read(tmp_path: Path) -> None:
    rows = [("a.txt", 1, 2, "ef" * 32), ("a.yaml", 3, 4, "")]
    path = tmp_path / "files-old.list"
    path.write_bytes(marshal.dumps({"version": INDEX_VERSION, "extractor": EXTRACTOR_VERSION,
                                    "key": "k", "files": rows}))
    assert listing.read_list(path) == ("k", rows)


def test_a_list_whose_parts_disagree_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "files-bad.list"
    listing.write_list(path, "key", [("a.txt", 1, 2, ""), ("b.txt", 3, 4, "")])
    good = marshal.loads(path.read_bytes())
    for damage in ({"count": 3}, {"paths": "a.txt"}, {"shas": "\0\0"}, {"stamps": b"\0" * 8},
                   {"count": "2"}, {"version": INDEX_VERSION + 1}, {"count": 0},
                   {"extractor": "0"}):
        path.write_bytes(marshal.dumps({**good, **damage}))
        assert listing.read_list(path) is None, damage
    path.write_bytes(marshal.dumps({**good, "count": 0, "paths": "", "shas": "", "stamps": b""}))
    assert listing.read_list(path) == ("key", [])


def test_a_warm_start_sees_the_files_and_any_change(tmp_path: Path) -> None:
    made = _corpus(tmp_path / "corpus")
    paths = [str(tmp_path / "corpus")]
    listed = listing.scan(paths)
    assert sorted(listed) == sorted([*made, str(tmp_path / "corpus" / "plain.yaml")])
    shas = {p: f"{i:064x}" for i, p in enumerate(listed)}
    listing.write_listing(paths, shas, "key", listed, None, tmp_path)
    assert listing.unchanged(paths, tmp_path) == ("key", False, [])
    # Written in another order (another scan order): the same files, still unchanged.
    rows = [(p, st[0], st[1], shas[p]) for p, st in reversed(listed.items())]
    listing.write_list(listing.list_path(paths, tmp_path), "key", rows)
    assert listing.unchanged(paths, tmp_path) == ("key", False, rows)
    # One stamp changed: its bytes are hashed (here they differ from the recorded hash).
    listing.write_list(listing.list_path(paths, tmp_path), "key",
                       [(p, st[0], st[1] + 1, shas[p]) for p, st in listed.items()])
    assert listing.unchanged(paths, tmp_path) is None
    listing.write_listing(paths, shas, "key", listed, None, tmp_path)
    os.remove(made[1])
    assert listing.unchanged(paths, tmp_path) is None
    with open(made[1], "w", encoding="utf-8") as out:
        out.write("word word")  # back, with the same size: another mtime, so hashed
    assert listing.unchanged(paths, tmp_path) is None


def test_the_scan_keeps_the_rules_of_discovery(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "folder.txt").mkdir(parents=True)  # a folder named like a document
    (root / "page_files").mkdir()  # a saved page's assets
    for name in ("A.TXT", "b.Md", "c.txt", "d.yaml", "e.yml", ".hidden.txt", "noext", "f.pdf",
                 "folder.txt/inner.txt", "page.html", "page_files/frame.html", "g.text"):
        (root / name).write_text("x", encoding="utf-8")
    found = sorted(os.path.relpath(p, root) for p in listing.scan([str(root)]))
    assert found == ["A.TXT", "b.Md", "c.txt", "d.yaml", "e.yml", "folder.txt/inner.txt",
                     "g.text", "page.html"]
