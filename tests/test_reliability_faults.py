"""Real faults during writes to the user's files: kill -9, two instances, a full disk, read-only.

* kill -9: a child process writes one kind of file in a loop and is killed at a random moment;
  the file is then the old or a new version, never invalid, and the temporary it left is
  removed at the next start (its writer is dead).
* Two instances: two processes edit the same sidecar / config / state; no update is lost.
* A full disk and a read-only folder are real file systems (a small tmpfs, remounted read-only)
  where the machine allows mounting (root in a container that permits it); elsewhere those
  tests are skipped.  ``test_reliability_writes.py`` makes the same faults by patching.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.common.storage import TMP_PREFIX, clean_stale_temporaries
from briefing.common.yamlsafe import load_yaml
from briefing.userdata.settings import load_settings, save_theme
from briefing.userdata.sidecar import CurationError, curate
from briefing.userdata.state import ReaderState

WORKER = Path(__file__).with_name("_write_worker.py")
SIDECAR = "# my notes\ntitle: Deal\nactors:\n  rename:\n    usa: US   # mine\n" + \
    "".join(f"# padding line {i} so that a write takes a while\n" for i in range(3000))
CONFIG = "# my settings\nlayout:\n  sidebar: false\n" + \
    "".join(f"# padding line {i} so that a write takes a while\n" for i in range(3000))


def _env(home: Path) -> dict[str, str]:
    root = str(Path(__file__).resolve().parent.parent)
    return {**os.environ, "BRIEFING_HOME": str(home),
            "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}


def _start(kind: str, folder: Path, home: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(WORKER), kind, str(folder), *extra],
                            env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _kill_mid_write(kind: str, folder: Path, home: Path, rng: random.Random) -> None:
    child = _start(kind, folder, home)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else ""
    # Let it write a random number of times, then kill it wherever it is.
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    child.wait(30)


def _fill(folder: Path) -> None:
    (folder / "deal.txt").write_text("The envoys of the United States met.\n")
    (folder / "deal.yaml").write_text(SIDECAR)
    (folder / "config.yaml").write_text(CONFIG)


@pytest.mark.parametrize("kind", ["settings", "sidecar", "state", "memo", "large"])
def test_kill_9_during_a_write_leaves_the_old_or_the_new_file(tmp_path: Path, kind: str) -> None:
    folder, home = tmp_path / "corpus", tmp_path / "home"
    folder.mkdir()
    _fill(folder)
    rng = random.Random(kind)
    memo = None
    if kind == "memo":  # what a complete export writes (every run writes the same)
        child = _start("memo", folder, home, "1")
        assert child.wait(120) == 0
        memo = (folder / "memo.md").read_bytes()
        assert memo.startswith(b"#")
    for _ in range(5):
        _kill_mid_write(kind, folder, home, rng)
        if kind == "settings":
            text = (folder / "config.yaml").read_text()
            settings, problems = load_settings(folder / "config.yaml")
            assert problems == [] and settings.theme.startswith("theme-")
            assert text.startswith("# my settings\n") and text.count("# padding line") == 3000
        elif kind == "sidecar":
            text = (folder / "deal.yaml").read_text()
            data = load_yaml(text)
            assert data["title"] == "Deal" and data["actors"]["rename"]["usa"].startswith("US")
            assert text.count("# padding line") == 3000 and "# mine" in text
            from briefing.userdata.backups import backups_of

            for backup in backups_of(folder / "deal.yaml"):  # never a truncated backup
                assert backup.read_text().count("# padding line") == 3000
        elif kind == "memo":
            assert (folder / "memo.md").read_bytes() == memo
        elif kind == "state":
            state = ReaderState(folder / "state.json").load()
            assert state.problems == []
            assert len(state.bookmarks()) >= 1
        else:
            data = (folder / "large.bin").read_bytes()
            assert len(data) == 4 << 20 and data == data[:1] * len(data)
    # What the killed writers left behind goes at the next start.
    for where in (folder, home / "data", home / "data" / "backups"):
        if where.exists():
            clean_stale_temporaries(where)
            assert not [n for n in os.listdir(where) if n.startswith(TMP_PREFIX)]


@pytest.mark.parametrize(("first", "second"), [("sidecar-add", "sidecar-add"),
                                               ("settings", "settings-other"),
                                               ("state", "state")])
def test_two_instances_at_once_lose_no_update(tmp_path: Path, first: str, second: str) -> None:
    folder, home = tmp_path / "corpus", tmp_path / "home"
    folder.mkdir()
    _fill(folder)
    n = 12
    children = [_start(first, folder, home, str(n), "a"),
                _start(second, folder, home, str(n), "b")]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    if first == "sidecar-add":
        added = load_yaml((folder / "deal.yaml").read_text())["actors"]["add"]
        assert sorted(a["name"] for a in added) == sorted(
            f"Group {t} {i}" for t in "ab" for i in range(n))
    elif first == "settings":
        data = load_yaml((folder / "config.yaml").read_text())
        assert data["theme"] == f"theme-a-{n - 1}" and data["default_corpus"] == [f"/b/{n - 1}"]
        assert data["layout"] == {"sidebar": False}
    else:
        notes = {b.note for b in ReaderState(folder / "state.json").load().bookmarks()}
        assert notes == {f"{t} {i}" for t in "ab" for i in range(n)}


def test_two_users_with_their_own_data_dirs_share_a_corpus_without_losing_edits(
        tmp_path: Path) -> None:
    folder = tmp_path / "shared-corpus"
    folder.mkdir()
    _fill(folder)
    n = 12
    children = [_start("sidecar-add", folder, tmp_path / f"home-{who}", str(n), who)
                for who in "ab"]
    for child in children:
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    added = load_yaml((folder / "deal.yaml").read_text())["actors"]["add"]
    assert sorted(a["name"] for a in added) == sorted(
        f"Group {t} {i}" for t in "ab" for i in range(n))


# ------------------------------------------------------------------------------ real file systems
def _mount(target: Path, size: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")


def _umount(target: Path) -> None:
    if subprocess.run(["umount", str(target)], capture_output=True).returncode != 0:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture()
def full_disk(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A small tmpfs; call the second item to fill what is left of it."""
    mnt = tmp_path / "full"
    _mount(mnt, "2m")

    def fill() -> None:
        fd = os.open(mnt / ".filler", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)

    try:
        yield mnt, fill
    finally:
        _umount(mnt)


@pytest.fixture()
def read_only(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A tmpfs to fill; call the second item to remount it read-only."""
    mnt = tmp_path / "ro"
    _mount(mnt, "4m")

    def freeze() -> None:
        done = subprocess.run(["mount", "-o", "remount,ro", str(mnt)], capture_output=True,
                              text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")

    try:
        yield mnt, freeze
    finally:
        _umount(mnt)


def _leftovers(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.startswith(TMP_PREFIX)]


def test_full_disk_settings_sidecar_backup_and_state(full_disk, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    mnt, fill = full_disk
    monkeypatch.setenv("BRIEFING_HOME", str(mnt / "home"))
    (mnt / "corpus").mkdir()
    _fill(mnt / "corpus")
    state = ReaderState(mnt / "home" / "data" / "state.json").load()
    state.add_bookmark("d" * 64, "deal.txt", 1, "before")
    assert state.save() is None
    curate(str(mnt / "corpus" / "deal.txt"), "drop", actor_id="iran")  # the pool exists
    config, sidecar = (mnt / "corpus" / "config.yaml").read_bytes(), \
        (mnt / "corpus" / "deal.yaml").read_bytes()
    state_bytes = state.path.read_bytes()
    fill()

    problem = save_theme("briefing-light", mnt / "corpus" / "config.yaml")
    assert problem is not None and "No space left on device" in problem.message
    assert problem.path.endswith("config.yaml") and TMP_PREFIX not in str(problem)
    with pytest.raises(CurationError) as caught:
        curate(str(mnt / "corpus" / "deal.txt"), "drop", actor_id="china")
    assert "No space left on device" in str(caught.value) and TMP_PREFIX not in str(caught.value)
    state.add_bookmark("d" * 64, "deal.txt", 2, "after")
    problem = state.save()
    assert problem is not None and "No space left on device" in problem.message
    assert [m.note for m in state.unsaved_bookmarks()] == ["after"]

    assert (mnt / "corpus" / "config.yaml").read_bytes() == config
    assert (mnt / "corpus" / "deal.yaml").read_bytes() == sidecar
    assert state.path.read_bytes() == state_bytes
    from briefing.userdata.backups import backups_of, pool_for

    for backup in backups_of(mnt / "corpus" / "deal.yaml"):
        assert backup.read_bytes() == SIDECAR.encode()  # the only one: complete
    for folder in (mnt / "corpus", state.path.parent, pool_for(mnt / "corpus" / "deal.yaml")):
        assert _leftovers(folder) == []


def test_read_only_folders_are_read_and_refuse_writes_clearly(read_only, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    mnt, freeze = read_only
    monkeypatch.setenv("BRIEFING_HOME", str(mnt / "home"))
    (mnt / "corpus").mkdir()
    _fill(mnt / "corpus")
    state = ReaderState().load()
    state.add_bookmark("d" * 64, "deal.txt", 1, "kept")
    assert state.save() is None
    freeze()

    again = ReaderState().load()
    assert [b.note for b in again.bookmarks()] == ["kept"]  # what can be read is shown
    again.add_bookmark("d" * 64, "deal.txt", 2, "new")
    problem = again.save()
    assert problem is not None and "Read-only file system" in problem.message
    assert problem.path == str(again.path)
    problem = save_theme("briefing-light", mnt / "corpus" / "config.yaml")
    assert problem is not None and "Read-only file system" in problem.message
    with pytest.raises(CurationError) as caught:
        curate(str(mnt / "corpus" / "deal.txt"), "drop", actor_id="china")
    assert "Read-only file system" in str(caught.value) and "deal.yaml" in str(caught.value)
    assert TMP_PREFIX not in str(caught.value)
