"""A sidecar that is a symbolic link pointing nowhere (its target moved, renamed, on a drive
not mounted) is reported, naming the file (session 21 review: it was silently ignored, so
the user's title and corrections vanished with no word).  The article still loads; the
link is never replaced nor its target created by a correction; once the target is back, its
metadata is read (the analysis cache does not keep the link's silence).  Invented text."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.userdata.sidecar import CurationError, curate

BODY = "Talks in Geneva\n\nVorland and Ostmark met in Geneva on Monday.\n"


def _extract(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict[str, Any], str]:
    assert main(["extract", "--format", "json", *args]) == 0
    out, err = capsys.readouterr()
    return json.loads(out), err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY)
    (folder / "b.txt").write_text(BODY)  # the same bytes, no sidecar
    (folder / "a.yaml").symlink_to("notes/a-meta.yaml")
    return folder


def test_a_dangling_sidecar_link_is_reported_by_name(
        folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for _warm in range(2):  # cold, then from the analysis cache
        data, err = _extract(capsys, str(folder / "a.txt"))
        assert data["documents"][0]["path"].endswith("a.txt")
        assert "a.yaml" in err and "notes/a-meta.yaml" in err and "not there" in err, err
        _data, err = _extract(capsys, str(folder / "b.txt"))
        assert err == ""
    (folder / "notes").mkdir()
    (folder / "notes" / "a-meta.yaml").write_text("title: Geneva talks resume\n")
    data, err = _extract(capsys, str(folder / "a.txt"))
    assert err == "" and data["documents"][0]["title"] == "Geneva talks resume"


def test_a_correction_never_writes_through_a_dangling_link(folder: Path) -> None:
    with pytest.raises(CurationError, match=r"a\.yaml.*notes/a-meta\.yaml.*not there"):
        curate(str(folder / "a.txt"), "drop", actor_id="geneva")
    assert os.path.islink(folder / "a.yaml") and not (folder / "notes").exists()
