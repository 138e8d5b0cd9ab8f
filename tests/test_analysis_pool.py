"""Worker processes analyse a cold folder exactly as this process would."""

from __future__ import annotations

import os
from concurrent.futures import Future
from pathlib import Path

import pytest

from briefing.analysis import runner as analysis
from briefing.analysis.cache import AnalysisCache
from briefing.analysis.pool import AnalysisPool
from briefing.analysis.runner import iter_analyse

OLD = 1_500_000_000
ARTICLE = ("Talks on {place} resume\n\n"
           "Envoys of Armenia and Azerbaijan met in {place} on Monday, the State Department "
           "said. \"We are close,\" said Sergei Lavrov. A ceasefire is on the agenda.\n\n"
           "## Next steps\n\nThe next round is planned for {month}.\n")


def _folder(folder: Path, count: int = 7) -> Path:
    folder.mkdir()
    places = ("Geneva", "Vienna", "Minsk", "Moscow", "Paris", "Rome", "Oslo")
    for n in range(count):
        path = folder / f"doc{n}.txt"
        path.write_text(ARTICLE.format(place=places[n % 7], month="May"), encoding="utf-8")
        os.utime(path, (OLD, OLD))
    (folder / "junk.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    side = folder / "doc1.yaml"
    side.write_text("title: With a sidecar\npublished: 2016-09-04\n")
    os.utime(side, (OLD, OLD))
    return folder


def _run(folder: Path, db: Path, workers: int) -> tuple[list, list[str], AnalysisCache]:
    cache = AnalysisCache(db)
    items = list(iter_analyse([str(folder)], cache=cache, workers=workers))
    cache.flush()
    briefings = [b for b, _p in items]
    problems = [str(p) for _b, found in items for p in found]
    return briefings, problems, cache


@pytest.fixture
def pooled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "POOL_AFTER", 0)  # every file through the workers


def test_workers_give_what_this_process_gives(tmp_path: Path, pooled: None) -> None:
    folder = _folder(tmp_path / "c")
    here, here_problems, _c = _run(folder, tmp_path / "a.sqlite", workers=0)
    there, there_problems, cache = _run(folder, tmp_path / "b.sqlite", workers=2)
    assert cache.stores == 7 and cache.misses == 7
    assert [b and b.to_dict() for b in there] == [b and b.to_dict() for b in here]
    assert there_problems == here_problems and any("junk.txt" in p for p in there_problems)
    again, _p, warm = _run(folder, tmp_path / "b.sqlite", workers=2)
    assert warm.hits == 7 and warm.misses == 0 and again == there


def test_a_failing_worker_means_analysing_here(tmp_path: Path, pooled: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path / "c", count=3)
    here, _p, _c = _run(folder, tmp_path / "a.sqlite", workers=0)

    def broken(self: AnalysisPool, path: str) -> Future:
        future: Future = Future()
        future.set_exception(RuntimeError("worker died"))
        return future

    monkeypatch.setattr(AnalysisPool, "submit", broken)
    there, _p, cache = _run(folder, tmp_path / "b.sqlite", workers=2)
    assert there == here and cache.stores == 3


def test_renamed_files_are_found_by_content_not_sent_to_workers(
        tmp_path: Path, pooled: None, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path / "c", count=3)
    first, _p, _c = _run(folder, tmp_path / "db.sqlite", workers=2)
    moved = tmp_path / "moved"
    folder.rename(moved)
    sent: list[str] = []
    real = AnalysisPool.submit

    def counting(self: AnalysisPool, path: str) -> Future:
        sent.append(path)
        return real(self, path)

    monkeypatch.setattr(AnalysisPool, "submit", counting)
    again, _p, cache = _run(moved, tmp_path / "db.sqlite", workers=2)
    assert cache.content_hits == 3 and [p for p in sent if not p.endswith("junk.txt")] == []
    assert [b.document.path for b in again if b] == [
        str(moved / f"doc{n}.txt") for n in range(3)]
    assert [b.actors for b in again if b] == [b.actors for b in first if b]


def test_workers_never_write_to_the_terminal(capfd: pytest.CaptureFixture[str]) -> None:
    pool = AnalysisPool(1)
    try:
        pool._pool.submit(print, "LEAKED TO THE TERMINAL", flush=True).result(timeout=60)
    finally:
        pool.close()
    out, err = capfd.readouterr()
    assert "LEAKED" not in out and "LEAKED" not in err


def test_a_pool_starts_under_a_captured_stderr(tmp_path: Path) -> None:
    # Textual replaces sys.stderr with an object whose fileno() is -1; multiprocessing's helper
    # process is started with sys.stderr.fileno() among the descriptors it keeps.
    import subprocess
    import sys

    script = (
        "import sys\n"
        "class Captured:\n"
        "    def write(self, s): return len(s)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "sys.stdout = sys.stderr = Captured()\n"
        "from briefing.analysis.pool import AnalysisPool\n"
        "pool = AnalysisPool(1)\n"
        "assert pool.submit(sys.argv[1]).result(timeout=60).usable\n"
        "pool.close()\n"
        "sys.__stdout__.write('started\\n')\n")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(place="Geneva", month="May"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "started\n"


def test_no_worker_processes_means_analysing_here(tmp_path: Path, pooled: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path / "c", count=3)
    here, _p, _c = _run(folder, tmp_path / "a.sqlite", workers=0)

    def unavailable(self: AnalysisPool, workers: int, limits: object = None) -> None:
        raise OSError(38, "Function not implemented")  # e.g. no /dev/shm in a sandbox

    monkeypatch.setattr(AnalysisPool, "__init__", unavailable)
    there, _p, cache = _run(folder, tmp_path / "b.sqlite", workers=2)
    assert there == here and cache.stores == 3


def test_a_pool_broken_mid_way_means_analysing_here(tmp_path: Path, pooled: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    folder = _folder(tmp_path / "c", count=3)
    here, _p, _c = _run(folder, tmp_path / "a.sqlite", workers=0)

    def broken(self: AnalysisPool, path: str) -> Future:
        raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(AnalysisPool, "submit", broken)
    there, _p, cache = _run(folder, tmp_path / "b.sqlite", workers=2)
    assert there == here and cache.stores == 3
