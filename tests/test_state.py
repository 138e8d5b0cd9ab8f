"""Reader state: persistence, atomic writes under crash and full disk, locking, corruption."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pytest

from briefing.common import storage
from briefing.userdata.state import ReaderState


def test_position_and_bookmarks_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = ReaderState(path).load()
    state.set_position("abc", 1234, "a.txt")
    mark = state.add_bookmark("abc", "a.txt", 99, note="Kerry's offer")
    assert state.save() is None
    again = ReaderState(path).load()
    assert again.position("abc") == 1234
    assert [b.note for b in again.bookmarks("abc")] == ["Kerry's offer"]
    again.remove_bookmark(mark.id)
    again.save()
    assert ReaderState(path).load().bookmarks() == []


def test_truncated_state_is_set_aside_and_app_starts_clean(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = ReaderState(path).load()
    for i in range(20):
        state.add_bookmark(f"doc{i}", "x.txt", i)
    state.save()
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    fresh = ReaderState(path).load()
    assert fresh.bookmarks() == []
    assert any("corrupt" in p.message for p in fresh.problems)
    kept = list(tmp_path.glob("state.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == raw[: len(raw) // 2]
    # The line where the JSON stops making sense, for whoever opens the kept copy.
    said = next(p for p in fresh.problems if "corrupt" in p.message)
    cut = raw[: len(raw) // 2].decode("utf-8")
    assert said.line is not None and 1 <= said.line <= cut.count("\n") + 1, str(said)
    assert str(said).startswith(f"{path}:{said.line}: reader state was corrupt (")


def test_wrong_shape_is_treated_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps([1, 2, 3]))
    state = ReaderState(path).load()
    assert state.problems and state.position("x") is None


def test_crash_in_the_middle_of_a_write_keeps_the_old_file(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state.json"
    state = ReaderState(path).load()
    state.set_position("abc", 10)
    state.save()
    before = path.read_bytes()

    def exploding_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", exploding_replace)
    state.set_position("abc", 20)
    problem = state.save()
    assert problem is not None and "No space left" in problem.message
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(storage.TMP_PREFIX + "*")), "temporary file left behind"
    monkeypatch.undo()
    assert state.save() is None  # retried later, nothing lost
    assert ReaderState(path).load().position("abc") == 20


def test_write_killed_before_replace_leaves_old_file_and_stale_tmp_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = ReaderState(path).load()
    state.set_position("abc", 5)
    state.save()
    stale = tmp_path / (storage.TMP_PREFIX + "state.json.dead")
    stale.write_bytes(b'{"half')
    os.utime(stale, (0, 0))
    again = ReaderState(path).load()
    assert again.position("abc") == 5
    assert not stale.exists()


def _writer(path: str, prefix: str, n: int) -> None:
    for i in range(n):
        state = ReaderState(Path(path)).load()
        state.add_bookmark(f"{prefix}{i}", "f.txt", i)
        assert state.save() is None


def test_two_instances_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(path), p, 40)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(ReaderState(path).load().bookmarks()) == 80


def test_stale_in_memory_state_does_not_clobber_other_writer(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    first = ReaderState(path).load()
    second = ReaderState(path).load()
    first.add_bookmark("d", "f", 1)
    first.save()
    second.set_position("d", 7)
    second.save()
    final = ReaderState(path).load()
    assert final.position("d") == 7 and len(final.bookmarks()) == 1


def test_recent_corpora_are_most_recent_first_and_unique(tmp_path: Path) -> None:
    state = ReaderState(tmp_path / "s.json").load()
    state.note_opened(["a"])
    state.note_opened(["b"])
    state.note_opened(["a"])
    state.save()
    assert ReaderState(tmp_path / "s.json").load().recent() == [["a"], ["b"]]
