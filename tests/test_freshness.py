"""The one freshness rule of every cache (briefing.common.freshness)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from briefing.common import freshness
from briefing.common.freshness import (
    RACY_SECONDS,
    analysis_sources,
    fingerprint,
    fingerprint_lines,
    quick_fingerprint,
    settled,
    stamp,
    stamp_all,
    stamp_flat,
)

PACKAGE = Path(freshness.__file__).resolve().parents[1]


def test_the_code_fingerprint_covers_what_the_analysis_depends_on() -> None:
    covered = {p.relative_to(PACKAGE).as_posix() for p in analysis_sources()}
    for needed in ("extract/pipeline.py", "knowledge/compiler.py", "corpus/layout.py",
                   "common/textsafe.py", "analysis/codec.py", "model.py", "versions.py"):
        assert needed in covered
    assert any(p.startswith("knowledge/data/") and p.endswith(".yaml") for p in covered)
    assert not any(p.startswith(("ui/", "search/", "userdata/")) for p in covered)


def test_stamp_is_size_and_mtime_and_none_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    os.utime(path, ns=(1_000_000_000, 1_500_000_000_123))
    assert stamp(str(path)) == (5, 1_500_000_000_123)
    assert stamp(str(tmp_path / "gone")) is None
    assert stamp(str(tmp_path)) is not None
    assert stamp(str(tmp_path), regular=True) is None  # a folder is no regular file
    assert stamp("nul\0byte") is None


def test_stamp_all_skips_the_missing_and_agrees_with_stamp(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for i in range(7):
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * i)
        paths.append(str(path))
    wanted = {p: stamp(p) for p in paths}
    assert stamp_all([*paths, str(tmp_path / "gone")]) == wanted
    monkeypatch.setattr(freshness, "THREADED_FROM", 2)  # the threaded path gives the same
    monkeypatch.setattr(freshness, "STAT_THREADS", 4)
    assert stamp_all([*paths, str(tmp_path / "gone")]) == wanted


@pytest.mark.parametrize("threaded_from", [2000, 2])
def test_stamp_flat_keeps_the_order_of_the_paths(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded_from: int) -> None:
    monkeypatch.setattr(freshness, "THREADED_FROM", threaded_from)
    monkeypatch.setattr(freshness, "STAT_THREADS", 4)
    paths = []
    for i in (5, 3, 9, 0, 7, 1, 8, 2, 6, 4, 10):  # not in any sorted order
        path = tmp_path / f"{i}.txt"
        path.write_text("x" * i)
        paths.append(str(path))
    given = [*paths[:4], str(tmp_path / "gone"), *paths[4:]]
    kept, stamps = stamp_flat(given)
    assert kept == paths  # the missing one left out, the rest in the order given
    assert list(stamps) == [v for p in paths for v in stamp(p) or ()]
    assert list(stamp_all(given).items()) == [(p, stamp(p)) for p in paths]
    assert stamp_flat([]) == ([], stamps[:0])


def test_a_file_modified_just_before_it_was_read_is_not_settled() -> None:
    now = time.time_ns()
    margin = int(RACY_SECONDS * 1e9)
    assert settled(now - margin, now)
    assert not settled(now - margin + 1, now)
    assert not settled(now, now)


def test_fingerprints_change_with_any_part_and_not_with_order() -> None:
    parts = {"schema": "4", "extractor": "0.6.0"}
    assert fingerprint(parts) == fingerprint(dict(reversed(parts.items())))
    assert fingerprint(parts) != fingerprint({**parts, "extractor": "0.6.1"})
    assert fingerprint(parts) != fingerprint({**parts, "limits": ""})
    assert fingerprint_lines("h", ["a\n", "b\n"]) != fingerprint_lines("h", ["b\n", "a\n"])
    # names that are not UTF-8 (PEP 383 surrogates) are hashed, not refused
    assert fingerprint_lines("h", ["caf\udce9.txt\n"]) != fingerprint_lines("h", ["cafe.txt\n"])


def test_quick_fingerprint_sees_every_byte_and_the_version() -> None:
    files = [("a.yaml", b"name: x\n"), ("b.yaml", b"name: y\n")]
    base = quick_fingerprint("kb-1", files)
    assert base == quick_fingerprint("kb-1", list(files))
    assert base != quick_fingerprint("kb-2", files)
    assert base != quick_fingerprint("kb-1", [files[0], ("b.yaml", b"name: z\n")])
