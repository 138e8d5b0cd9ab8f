"""The analysis cache never reports another file's sidecar problem (found in session 7).

Two articles with the same bytes share a cache entry keyed on the article's and the
sidecar's bytes.  A sidecar that exists but is not read -- a FIFO, one over
``max_yaml_bytes``, a link out of the folder -- used to count as "no sidecar", so the second
article was served the first one's entry, problems included: ``briefing extract out.txt``
said ``fifo.yaml: a named pipe`` (another file) and never that ``out.yaml`` leads out of the
folder, and an oversized sidecar was reported with the other sidecar's size.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.cli import main

BODY = "Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday.\n"


def _errors(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["extract", "--format", "json", *args]) == 0
    return capsys.readouterr().err


@pytest.mark.parametrize("order", ["fifo-first", "link-first"])
def test_unread_sidecars_are_reported_for_their_own_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    outside = tmp_path / "secret.yaml"
    outside.write_text("title: from outside\n")
    for name in ("plain", "fifo", "out", "big1", "big2"):
        (folder / f"{name}.txt").write_text(BODY)
    os.mkfifo(folder / "fifo.yaml")
    (folder / "out.yaml").symlink_to(outside)
    (folder / "big1.yaml").write_text("title: " + "x" * 1_100_000 + "\n")
    (folder / "big2.yaml").write_text("title: " + "y" * 1_300_000 + "\n")
    first, second = ("fifo", "out") if order == "fifo-first" else ("out", "fifo")
    for name in (first, second, "big1", "big2", "plain"):  # each alone: cache filled in turn
        _errors(capsys, str(folder / f"{name}.txt"))
    for _warm in range(2):
        err = _errors(capsys, str(folder / "out.txt"))
        assert "out.yaml" in err and "outside" in err
        assert "fifo" not in err
        err = _errors(capsys, str(folder / "fifo.txt"))
        assert "fifo.yaml" in err and "out.yaml" not in err
        err = _errors(capsys, str(folder / "big2.txt"))
        assert "big2.yaml: 1,300,008 bytes" in err and "big1" not in err
        err = _errors(capsys, str(folder / "plain.txt"))
        assert err == ""
    err = _errors(capsys, str(folder))
    assert err.count("fifo.yaml") == 1
    assert err.count("out.yaml") == 1
