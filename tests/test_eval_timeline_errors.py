"""eval/tools/timeline_errors.py: the halves of a set are fixed by the gold file's name, and
blind folders are refused before anything is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import eval_tool


def test_halves_are_stable_and_split_names() -> None:
    tool = eval_tool("timeline_errors")
    names = [f"rt{n:05d}.gold.yaml" for n in range(40)]
    halves = [tool.half_of(n) for n in names]
    assert halves == [tool.half_of(n) for n in names]
    assert set(halves) == {"A", "B"}


@pytest.mark.parametrize("blind", ["sealed", "blind8", "blind24"])
def test_blind_folders_are_refused(tmp_path: Path, blind: str) -> None:
    folder = tmp_path / "eval" / "gold" / blind
    folder.mkdir(parents=True)
    with pytest.raises(SystemExit, match="lead only"):
        eval_tool("timeline_errors").main([str(folder), "--shared", str(tmp_path)])
