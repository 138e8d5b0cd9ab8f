"""The CLI follows shell conventions: exit codes, ``--``, a mistyped subcommand, ``--vimgrep``,
and progress on stderr while a first search indexes a folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _corpus_files import write_texts

import briefing.cli as cli
from briefing.cli import main


def status(argv: list[str]) -> int:
    """The exit status a shell sees (argparse's usage errors raise SystemExit)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


ARTICLES = {
    "truce.txt": "Truce talks resume\n\nEnvoys met in Doha on Monday.\n"
                 "The mediator, Sheikh Tamim, said the truce would hold.\n",
    "accents.txt": "Café diplomacy\n\nÀ Genève, the negotiators agreed to a truce plan.\n",
    "-dash.txt": "A file whose name starts with a dash\n\nThe armistice was signed.\n",
}


@pytest.fixture
def corpus(tmp_path):
    return write_texts(tmp_path / "corpus", ARTICLES)


def test_exit_status_follows_grep(corpus):
    assert main(["search", "truce", str(corpus)]) == 0
    assert main(["search", "zebrafishery", str(corpus)]) == 1


def test_no_match_json_is_still_json(corpus, capsys):
    assert main(["search", "zebrafishery", str(corpus), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["hits"] == []


@pytest.mark.parametrize("limit", ["0", "-3", "two"])
def test_bad_limit_is_a_usage_error(corpus, capsys, limit):
    assert status(["search", "truce", str(corpus), "--limit", limit]) == 2
    assert "--limit" in capsys.readouterr().err


def test_no_arguments_names_only_the_query(capsys):
    assert status(["search"]) == 2
    err = capsys.readouterr().err
    assert "required: QUERY" in err and "PATH" not in err.split("error:")[1]


def test_double_dash_lets_a_query_start_with_a_dash(corpus, capsys):
    assert main(["search", "--json", "--", "armistice", str(corpus)]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["path"].endswith("-dash.txt")
    # An exclusion-only query is parsed (not taken for an option) and explained.
    assert main(["search", "--", "-truce", str(corpus)]) == 1
    assert "only leaves words out" in capsys.readouterr().out


def test_options_before_and_after_words(corpus, capsys):
    assert main(["search", "--limit", "1", "truce", str(corpus), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 1


def test_vimgrep_points_at_the_matched_word(corpus, capsys):
    assert main(["search", "truce", str(corpus), "--vimgrep"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    for line in lines:
        path, row, column, text = line.split(":", 3)
        file_line = Path(path).read_text(encoding="utf-8").split("\n")[int(row) - 1]
        assert file_line == text
        byte_col = int(column) - 1  # ripgrep's columns count bytes
        word = file_line.encode("utf-8")[byte_col:byte_col + 5].decode("utf-8")
        assert word.lower() == "truce"
    assert any("Genève" in line for line in lines)  # a column after multi-byte characters


def test_vimgrep_and_json_exclude_each_other(corpus, capsys):
    assert status(["search", "truce", str(corpus), "--vimgrep", "--json"]) == 2


def test_mistyped_subcommand_suggests_the_right_one(capsys):
    assert main(["serach", "x"]) == 2
    assert "did you mean search?" in capsys.readouterr().err
    assert main(["extarct"]) == 2
    assert "did you mean extract?" in capsys.readouterr().err


def test_a_folder_named_like_a_typo_still_opens(tmp_path, monkeypatch):
    (tmp_path / "serach").mkdir()
    (tmp_path / "search").mkdir()
    monkeypatch.chdir(tmp_path)
    opened = []
    monkeypatch.setattr(cli, "run_reader", lambda argv: opened.append(argv) or 0)
    assert main(["serach"]) == 0 and opened == [["serach"]]
    assert main(["./search"]) == 0 and opened[-1] == ["./search"]  # a folder named search


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(corpus):
    from briefing.search.progress import analyse_with_progress

    ticks = iter(range(0, 1000, 1))
    err = _Terminal()
    briefings, problems = analyse_with_progress([str(corpus)], err, clock=lambda: next(ticks))
    assert len(briefings) == len(ARTICLES) and not problems
    shown = err.getvalue()
    assert f"of {len(ARTICLES)} files" in shown and "left" in shown
    assert shown.endswith("\r\x1b[K")  # the progress line is cleared at the end


def test_time_left_is_estimated_only_after_some_files(tmp_path):
    """The first files carry the workers' start-up: no estimate from the first tenth (at most
    ESTIMATE_AFTER files: not from 2 files of 600)."""
    from briefing.search.progress import ESTIMATE_AFTER, analyse_with_progress

    for n in range(40):
        (tmp_path / f"d{n:02}.txt").write_text(f"Note {n}\n\nThe envoy met the minister.\n",
                                              encoding="utf-8")
    ticks = iter(range(0, 1000, 1))
    err = _Terminal()
    analyse_with_progress([str(tmp_path)], err, clock=lambda: next(ticks))
    lines = [line for line in err.getvalue().split("\r\x1b[K") if line]
    first = min(ESTIMATE_AFTER, 40 // 10)
    early = [line for line in lines if int(line.split()[2]) < first]
    late = [line for line in lines if int(line.split()[2]) >= first]
    assert early and not any("left" in line for line in early)
    assert late and all("left" in line for line in late if " 40 of " not in line)


def test_progress_in_a_pipe_is_one_line(corpus):
    from briefing.search.progress import analyse_with_progress

    err = io.StringIO()
    analyse_with_progress([str(corpus)], err)
    assert err.getvalue().count("\n") == 1 and "\r" not in err.getvalue()


@pytest.mark.parametrize("words", ["0", "-5", "99", "abc"])
def test_merged_memo_word_target_below_a_paragraph_is_a_usage_error(corpus, capsys, words):
    assert status(["export", str(corpus), "--merge", "--words", words]) == 2
    assert "--words" in capsys.readouterr().err


def test_merged_memo_word_target_is_used(corpus, capsys):
    assert status(["export", str(corpus), "--merge", "--words", "100"]) == 0
    assert capsys.readouterr().out.strip()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_on_standard_output_is_a_sentence_and_status_1(tmp_path: Path) -> None:
    """qa27: `briefing themes > /dev/full` (or `briefing export > memo.md` on a full disk)
    ended in a Python traceback ('OSError: [Errno 28] No space left on device'); now one line
    and exit status 1, as `export -o FILE` when the write fails."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "briefing", "themes"], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(Path(cli.__file__).parents[1])}, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "briefing: error: cannot write the output: No space left on device\n"
