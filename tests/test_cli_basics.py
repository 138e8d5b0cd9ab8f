"""The command line: usage errors, problems on stderr, exit status 0 with partial results."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main


def _hostile(folder: Path) -> Path:
    """Good articles next to one file of each bad kind."""
    folder.mkdir()
    (folder / "good1.txt").write_text("Talks Resume\n\nThe envoys met in Geneva on Monday.\n")
    (folder / "good2.md").write_text("---\ntitle: Second\n---\nThe talks went on.\n")
    (folder / "cp1252.txt").write_bytes(b"Quoted\r\n\r\nHe said \x93yes\x94.\r\n")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "escape.txt").write_text("Title\n\nText \x1b]0;PWNED\x07 and \x1b[31mred.\n")
    (folder / "badside.txt").write_text("Side Problems\n\nBody text.\n")
    (folder / "badside.yaml").write_text("title: a\ntitle: b\n")
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    with open(folder / "sparse.txt", "wb") as handle:
        handle.truncate(3 << 30)
    return folder


def test_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err
    assert main([str(tmp_path / "nope")]) == 2  # the reader checks before importing Textual


def test_dangling_symlink_given_directly_is_a_problem_not_a_usage_error(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    os.symlink(tmp_path / "gone.txt", link)
    assert main(["extract", str(link)]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"] == []
    assert "link.txt" in captured.err


def test_hostile_folder_gives_the_good_documents(capsys: pytest.CaptureFixture[str],
                                                 tmp_path: Path) -> None:
    folder = _hostile(tmp_path / "hostile")
    assert main(["extract", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    names = sorted(Path(d["path"]).name for d in out["documents"])
    assert names == ["badside.txt", "cp1252.txt", "empty.txt", "escape.txt", "good1.txt",
                     "good2.md"]
    lines = captured.err.splitlines()
    assert all(line.startswith("briefing: ") for line in lines)
    for name in ("binary.txt", "dangling.txt", "fifo.txt", "zero.txt", "sparse.txt",
                 "cp1252.txt", "badside.yaml:2", "empty.txt"):
        assert any(name in line for line in lines), name
    assert "\x1b" not in captured.out and "\x1b" not in captured.err
    assert len(out["problems"]) == len(lines)


def test_hostile_folder_as_a_process_has_no_traceback(tmp_path: Path) -> None:
    folder = _hostile(tmp_path / "hostile")
    env = dict(os.environ)
    run = subprocess.run([sys.executable, "-m", "briefing", "extract", str(folder)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0
    assert "Traceback" not in run.stderr
    assert len(json.loads(run.stdout)["documents"]) == 6


def test_version_and_help_answer(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    assert "--format" in capsys.readouterr().out


def test_yaml_output(capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    assert main(["extract", "--format", "yaml"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert len(data["documents"]) == 1
