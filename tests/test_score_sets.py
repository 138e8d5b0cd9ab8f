"""eval/score_sets.py: micro figures per set and source; the sealed set shows aggregates only.
Runs on an invented corpus and a stub scorer (no ../shared needed)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
TOOL = PROJECT / "eval" / "score_sets.py"

STUB_SCORER = '''
import json, sys, yaml
args = sys.argv[1:]
golds = args[args.index("--gold") + 1:args.index("--pred")]
docs = []
for g in golds:
    data = yaml.safe_load(open(g))
    docs.append({"file": data["document"]["file"], "gold": g,
                 "metrics": {"parties": {"tp": 3, "fp": 1, "fn": 0},
                             "quote_speaker": {"correct": 1, "n": 2}}})
print(json.dumps({"documents": docs, "warnings": ["secret-story.txt: looked odd"]}))
'''


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    (shared / "eval" / "gold").mkdir(parents=True)
    (shared / "eval" / "score.py").write_text(STUB_SCORER, encoding="utf-8")
    doc = shared / "corpora" / "reuters" / "secret-story.txt"
    doc.parent.mkdir(parents=True)
    doc.write_text("TALKS\n\nRuritania and Freedonia met for talks on Monday.\n", encoding="utf-8")
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    root = tmp_path / "gold"
    for name in ("sealed", "blind24", "val", "dev"):
        (root / name).mkdir(parents=True)
        (root / name / "MANIFEST").write_text("reuters/secret-story.txt  wire  x\n",
                                              encoding="utf-8")
        (root / name / "one.gold.yaml").write_text(
            f"schema: briefing-gold/1\ndocument: {{file: secret-story.txt, sha256: {sha}}}\n",
            encoding="utf-8")
    return shared, root


def _run(shared: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), "--shared", str(shared), "--gold-root",
                           str(root), *args], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("blind", ["sealed", "blind24"])
def test_blind_sets_print_aggregates_only(layout: tuple[Path, Path], blind: str) -> None:
    shared, root = layout
    done = _run(shared, root, "--set", blind)
    assert done.returncode == 0, done.stderr
    assert "secret-story" not in done.stdout + done.stderr  # no row, warning or message names it
    row = next(line for line in done.stdout.splitlines() if line.startswith(blind))
    assert "0.857" in row and "0.500" in row  # parties F1 3/(3+0.5), speakers 1/2
    assert any(line.strip().startswith("reuters") for line in done.stdout.splitlines())


@pytest.mark.parametrize("blind", ["sealed", "blind24"])
def test_docs_are_refused_for_blind_sets_and_shown_for_dev(layout: tuple[Path, Path],
                                                          blind: str) -> None:
    shared, root = layout
    refused = _run(shared, root, "--set", blind, "--docs")
    assert refused.returncode == 2 and "secret-story" not in refused.stdout
    dev = _run(shared, root, "--set", "dev", "--docs")
    assert dev.returncode == 0 and "secret-story" in dev.stdout


def test_released_val_shows_rows(layout: tuple[Path, Path]) -> None:
    """val, the gate of sessions 6-8, is development data since session 9: rows are shown."""
    shared, root = layout
    done = _run(shared, root, "--set", "val", "--docs")
    assert done.returncode == 0 and "secret-story" in done.stdout
