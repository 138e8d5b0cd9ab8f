"""The scan a warm ``briefing search`` compares with its file list starts with the process
(briefing.common.filescan): the same files and stamps as the command's own scan, used only
when it is of the paths the command parsed."""

from __future__ import annotations

import io
import marshal
import os
import subprocess
import sys
from array import array
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from briefing.common import filescan
from briefing.common.filescan import EarlyScan, start_early
from briefing.search import listing

TEXTS = {"talks.txt": "Ruritania talks\n\nRuritania and Borduria held talks in Doha.\n",
         "other.txt": "Grain prices\n\nGrain prices rose in Sylvania.\n"}


def _corpus(root: Path) -> Path:
    root.mkdir()
    for name, text in TEXTS.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "talks.yaml").write_text("title: Ruritania talks\n", encoding="utf-8")
    return root


def test_the_paths_are_read_from_the_command_line(tmp_path: Path) -> None:
    a, b = str(_corpus(tmp_path / "a")), str(tmp_path / "a" / "talks.txt")
    cases = {
        ("talks", a): [a], ("talks", a, b): [a, b], ("--json", "talks", a): [a],
        ("talks", "--limit", "5", a, "--sort", "date"): [a], ("--limit=5", "talks", a): [a],
        ("--", "-talks", a): [a], ("talks", "--vimgrep", "--", a): [a],
    }
    for argv, paths in cases.items():
        early = start_early(list(argv))
        assert early is not None and early.paths == paths, argv
        early.result()
    for argv in (["talks"], ["talks", str(tmp_path / "gone")], [], ["--json"]):
        assert start_early(argv) is None, argv


def test_an_early_scan_is_the_scan(tmp_path: Path) -> None:
    root = str(_corpus(tmp_path / "c"))
    found = EarlyScan([root]).result()
    assert found is not None
    assert found == listing.scan_flat([root])
    assert listing.by_path(*found) == listing.scan([root])


def test_a_failed_early_scan_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(paths: object) -> list[str]:
        raise OSError("gone")

    monkeypatch.setattr(filescan, "scan_stamped", broken)
    assert EarlyScan([str(tmp_path)]).result() is None


def test_the_command_uses_the_early_scan_of_its_own_paths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, briefing_home: Path) -> None:
    from briefing.cli import main

    root = str(_corpus(tmp_path / "corpus"))
    with redirect_stdout(io.StringIO()):
        assert main(["search", "talks", root]) == 0  # builds and lists the index
    scans: list[object] = []
    real = listing.scan_flat
    monkeypatch.setattr(listing, "scan_flat", lambda p: scans.append(p) or real(p))
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["search", "doha", root]) == 0
    assert scans == [] and "talks.txt" in out.getvalue()  # the early scan, nothing else
    # An early scan of other paths is not used: the command scans its own.
    from briefing.search.cache import warm_index

    other = EarlyScan([str(tmp_path)])
    assert warm_index([root], early=other) is not None and scans == [[root]]
    # A file changed since the index was built is seen through the early scan too.
    (tmp_path / "corpus" / "other.txt").write_text("Grain prices fell.\n", encoding="utf-8")
    assert warm_index([root], early=EarlyScan([root])) is None


FORKED = """
import sys
from briefing.common import filescan, freshness
from briefing.common.filescan import EarlyScan, _can_fork, scan_stamped
root, odd = sys.argv[1:]
assert _can_fork()
for threaded_from in (2000, 2):  # 2: the child has a second process stat half the files
    freshness.THREADED_FROM = threaded_from
    for where in (root, odd):
        found = EarlyScan([where]).result()
        assert found is not None and found == scan_stamped([where]), found
        assert found == freshness.stamp_flat(filescan.files_to_stamp([where]))
def broken(paths, child=False):
    raise OSError("gone")
filescan.scan_stamped = broken  # the child inherits it: it fails, and says nothing
assert EarlyScan([root]).result() is None
print("ok")
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the scan forks on Linux only")
def test_the_scan_runs_in_a_child_process_when_the_process_has_no_thread(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "c")
    for i in range(30):
        (root / f"more-{i}.txt").write_text("x" * i, encoding="utf-8")
    (root / "odd-\udcff.txt").write_text("x", encoding="utf-8", errors="surrogateescape")
    odd = tmp_path / "odd"
    (odd / "sub").mkdir(parents=True)
    for i in range(10):
        (odd / f"{i}.txt").write_text("x" * i, encoding="utf-8")
        (odd / "sub" / f"{i}.txt").write_text("x" * i, encoding="utf-8")
    (odd / "sub" / "folder.txt").mkdir()  # a folder named like a document: the general walk
    (odd / "sub" / "folder.txt" / "in.txt").write_text("x", encoding="utf-8")
    # a fresh interpreter: the test process runs threads, and forks no scan then
    done = subprocess.run([sys.executable, "-P", "-c", FORKED, str(root), str(odd)],
                          capture_output=True,
                          text=True, check=False, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(Path(__file__).parents[1])))
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_what_a_child_sends_is_checked() -> None:
    names = ["a.txt", "b\udcff.txt"]
    good = marshal.dumps(("\0".join(names), 2, array("q", [1, 2, 3, 4]).tobytes()))
    assert filescan._received(good) == (names, array("q", [1, 2, 3, 4]))
    assert filescan._received(marshal.dumps(("", 0, b""))) == ([], array("q"))
    for bad in (b"", b"junk", good[:-3], marshal.dumps(("a.txt", 2, b"\0" * 32)),
                marshal.dumps(("a.txt", 1, b"\0" * 8)), marshal.dumps([1, 2, 3])):
        assert filescan._received(bad) is None


def test_the_index_is_loaded_while_the_early_scan_ends(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, briefing_home: Path) -> None:
    from briefing.cli import main
    from briefing.search import cache

    root = str(_corpus(tmp_path / "corpus"))
    with redirect_stdout(io.StringIO()):
        assert main(["search", "talks", root]) == 0
    order: list[str] = []
    real_load = cache.load_index
    monkeypatch.setattr(cache, "load_index",
                        lambda *a, **k: order.append("load") or real_load(*a, **k))
    early = EarlyScan([root])
    real_result = early.result
    monkeypatch.setattr(early, "result", lambda: order.append("scan") or real_result())
    index = cache.warm_index([root], early=early)
    assert index is not None and index.size > 0 and order == ["load", "scan"]
    # Stale: the index loaded meanwhile is dropped.
    (tmp_path / "corpus" / "other.txt").write_text("Grain prices fell.\n", encoding="utf-8")
    assert cache.warm_index([root], early=EarlyScan([root])) is None
