"""``briefing extract`` / ``export`` on a folder holding no document briefing reads (a folder
of PDFs) say so on stderr, naming the folder and what is read, instead of an empty answer
with no word (the exit status stays 0: nothing went wrong)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.cli import main


@pytest.mark.parametrize("command", ["extract", "export"])
def test_a_folder_without_documents_is_said(tmp_path: Path, command: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n")
    assert main([command, str(folder)]) == 0
    err = capsys.readouterr().err
    assert f"{folder}: no documents (briefing reads" in err and ".txt" in err and ".md" in err


def test_a_folder_with_documents_says_nothing_of_the_kind(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Talks\n\nArland and Borvia met.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    assert "no documents" not in capsys.readouterr().err


@pytest.mark.parametrize("command", ["history", "quotes"])
@pytest.mark.parametrize("word", ["{tmp}/artcles", "./nowhere", "~/no-such-news-folder"])
def test_a_mistyped_folder_is_not_taken_for_a_query(
        tmp_path: Path, command: str, word: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`briefing history ../corpora/artcles` searched the seeds for that text and said "no
    history": the wrong folder went unnoticed."""
    with pytest.raises(SystemExit) as caught:
        main([command, word.format(tmp=tmp_path)])
    assert caught.value.code == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_words_and_forced_queries_are_still_queries(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "zzyzx"]) == 1  # a word: a query over the seeds
    assert main(["history", "--", "u.s./zzyzx"]) == 1  # after --: a query, '/' and all
    assert "no such file" not in capsys.readouterr().err
