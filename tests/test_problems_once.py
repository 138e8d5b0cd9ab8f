"""One problem, said once, on every path that reports problems (briefing/corpus/problems.py).

``a.txt`` and ``a.md`` share the sidecar ``a.yaml``, which holds an unknown key: its problem
(the sidecar's file, line 2) is met once per document.  The loader, the analysis runner, the
JSON written by ``briefing extract`` (its list and stderr), the YAML one, ``briefing search``
and the reader's session each give it once, with its file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing.corpus.problems import ProblemsOnce, problem_key, unique_problems
from briefing.model import Problem

BAD_KEY = "unknown key 'colour'; ignored"


def _twins(folder: Path) -> Path:
    (folder / "a.txt").write_text("Talks in Oslo resume.\n\nThe envoy Nora Vik said yes.\n",
                                  encoding="utf-8")
    (folder / "a.md").write_text("# Other talks in Oslo\n\nThe envoy Ola Berg said no.\n",
                                 encoding="utf-8")
    (folder / "a.yaml").write_text("title: One title\ncolour: red\n", encoding="utf-8")
    return folder


def _bad_key(problems: list[Problem], folder: Path) -> list[Problem]:
    return [p for p in problems if p.message == BAD_KEY
            and p.path == str(folder / "a.yaml") and p.line == 2]


def _said(err: str, folder: Path) -> int:
    return err.count(f"{folder / 'a.yaml'}:2: {BAD_KEY}")


def test_the_same_file_line_and_words_are_one_problem() -> None:
    first = Problem("a.yaml", "bad", 2)
    again = Problem("a.yaml", "bad", 2, severity="error")  # one fault, said more strongly
    other_line, other_file = Problem("a.yaml", "bad", 3), Problem("b.yaml", "bad", 2)
    assert problem_key(first) == problem_key(again)
    assert unique_problems([first, other_line, again, other_file, first]) == \
        [first, other_line, other_file]
    once = ProblemsOnce([first])
    assert not once.first_time(again) and once.first_time(other_line)
    assert not once.first_time(other_line)


def test_the_loader_and_the_runner_say_it_once(tmp_path: Path) -> None:
    from briefing.analysis.runner import analyse_corpus
    from briefing.corpus.loader import load_corpus

    folder = _twins(tmp_path)
    assert len(_bad_key(load_corpus([str(folder)]).problems, folder)) == 1
    assert len(_bad_key(analyse_corpus([str(folder)], cache=False).problems, folder)) == 1


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_extract_says_it_once(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                              fmt: str) -> None:
    import yaml

    from briefing.cli import main

    folder = _twins(tmp_path)
    assert main(["extract", str(folder), "--format", fmt]) == 0
    out, err = capsys.readouterr()
    payload = json.loads(out) if fmt == "json" else yaml.safe_load(out)
    listed = [p for p in payload["problems"] if p["message"] == BAD_KEY]
    assert listed == [{"path": str(folder / "a.yaml"), "line": 2, "severity": "warning",
                       "message": BAD_KEY}]
    assert _said(err, folder) == 1


def test_search_says_it_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import main

    folder = _twins(tmp_path)
    main(["search", "Oslo", str(folder)])
    assert _said(capsys.readouterr().err, folder) == 1


class _NoJobs:
    def run(self, job: Any, *, group: str, description: str, exclusive: bool = False) -> None:
        pass

    def cancel(self, group: str) -> None:
        pass


def test_the_session_keeps_it_once_across_batches() -> None:
    from briefing.session.core import Session
    from briefing.session.events import BriefingsLoaded, ProblemsFound

    session = Session([], _NoJobs())
    bad = Problem("a.yaml", BAD_KEY, 2)
    session.apply(BriefingsLoaded([], [bad, bad], 1))
    session.apply(BriefingsLoaded([], [Problem("a.yaml", BAD_KEY, 2)], 2))
    session.apply(ProblemsFound([Problem("a.yaml", BAD_KEY, 2, severity="error")]))
    assert session.problems == [bad]


async def test_the_reader_lists_it_once(tmp_path: Path) -> None:
    from conftest import main_screen

    from briefing.ui.app import BriefingApp

    folder = _twins(tmp_path)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        assert len(_bad_key(screen.session.problems, folder)) == 1
