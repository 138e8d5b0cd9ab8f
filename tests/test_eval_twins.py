"""eval/tools/twins.py: a blind document whose text a studied document repeats is found."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import eval_tool

STORY = "RURITANIA TALKS\n\nVOKGRAD, May 2 - Ruritania and Freedonia resumed talks.\n"


@pytest.fixture()
def layout(tmp_path: Path) -> tuple[Path, Path]:
    corpora, ev = tmp_path / "corpora", tmp_path / "eval"
    for rel, text in (("reuters/00101.txt", STORY), ("reuters/00202.txt", STORY.replace("\n", "\r\n")),
                      ("reuters/00303.txt", STORY + "More.\n"), ("reuters/00404.txt", STORY),
                      ("articles/v01-talks.txt", "A statement.\n"),
                      ("whitehouse/wh00500.txt", "A statement.\n")):
        (corpora / rel).parent.mkdir(parents=True, exist_ok=True)
        (corpora / rel).write_text(text, encoding="utf-8", newline="")
    (ev / "gold" / "dev").mkdir(parents=True)
    (ev / "gold" / "dev" / "MANIFEST").write_text("reuters/00101.txt  news  talks\n")
    (ev / "gold" / "blind24").mkdir(parents=True)
    (ev / "gold" / "blind24" / "MANIFEST").write_text(
        "reuters/00202.txt  news  x\nreuters/00303.txt  news  y\nwhitehouse/wh00500.txt  statement  z\n")
    (ev / "gold" / "SELECTION-b9.md").write_text("skipped rt00404\n")  # a skip is not studied
    return corpora, ev


def test_blind_twins_of_studied_documents_are_reported(layout, capsys) -> None:
    corpora, ev = layout
    assert eval_tool("twins").main(["--corpora", str(corpora), "--eval", str(ev)]) == 1
    out = capsys.readouterr().out
    assert "blind24: reuters/00202.txt has the text of the studied reuters/00101.txt" in out
    assert "whitehouse/wh00500.txt has the text of the studied articles/v01-talks.txt" in out
    assert "00303" not in out and "twins of studied documents: 2" in out


def test_a_pool_is_checked_and_an_unstudied_twin_passes(layout, tmp_path: Path, capsys) -> None:
    corpora, ev = layout
    pool = tmp_path / "pool.txt"
    pool.write_text("reuters/00404.txt\tRURITANIA TALKS\nreuters/00303.txt\tOTHER\n")
    assert eval_tool("twins").main(["--corpora", str(corpora), "--eval", str(ev), "--pool", str(pool)]) == 1
    assert "pool: reuters/00404.txt has the text of the studied reuters/00101.txt" in capsys.readouterr().out
    (ev / "gold" / "dev" / "MANIFEST").write_text("reuters/00303.txt  news  other\n")
    pool.write_text("reuters/00404.txt\tRURITANIA TALKS\n")
    assert eval_tool("twins").main(["--corpora", str(corpora), "--eval", str(ev), "--pool", str(pool)]) == 0
