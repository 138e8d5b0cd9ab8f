"""A correction in a sidecar that cannot be applied is said, with the file and the line.

Found in session 7: ``actors: add: [{id: foo, kind: nonsense}]`` or ``drop: [nosuch]`` was
checked by the extractor (``Briefing.problems``) but never reported -- not by ``briefing
extract`` on stderr, not in the reader's problems view (``!``: "0 problems") -- so a typo in
the user's own correction file was silently ignored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import main_screen

from briefing.cli import main
from briefing.ui.app import BriefingApp

BODY = "Talks in Geneva\n\nRussia and Ukraine met in Geneva on Monday.\n"
SIDECAR = ("title: Talks\n"
           "actors:\n"
           "  add: [{id: foo, name: Russia, kind: nonsense}]\n"
           "  drop: [nosuch]\n")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY)
    (folder / "a.yaml").write_text(SIDECAR)
    return folder


@pytest.mark.parametrize("pool", [False, True])
def test_extract_reports_bad_corrections_cold_and_warm(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        pool: bool) -> None:
    if pool:  # analysed in a worker process, as in a folder of more than 16 files
        monkeypatch.setattr("briefing.analysis.runner.POOL_AFTER", 0)
    folder = _corpus(tmp_path)
    for _run in ("cold", "warm"):
        assert main(["extract", "--format", "json", str(folder / "a.txt")]) == 0
        err = capsys.readouterr().err
        assert "a.yaml:3: actors: add: foo: unknown kind 'nonsense'; skipped" in err
        assert "a.yaml:4: actors: drop: no actor 'nosuch'" in err


async def test_reader_problems_view_lists_bad_corrections(tmp_path: Path) -> None:
    app = BriefingApp([str(_corpus(tmp_path))])
    async with app.run_test(size=(80, 24)) as pilot:
        await main_screen(pilot)
        problems = [str(p) for p in app.screen.session.problems]
        assert any("a.yaml:3" in p and "unknown kind" in p for p in problems), problems


def test_a_bad_value_is_shown_printable_and_cut(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """The user's value echoed in the message is one printable line: an escape sequence in
    the sidecar must not reach the terminal through stderr, and a long value is cut."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(BODY)
    kind = "\\e[31mred" + "x" * 80
    (folder / "a.yaml").write_text(f'title: Talks\nactors:\n  add: [{{id: foo, name: Russia, kind: "{kind}"}}]\n')
    assert main(["extract", "--format", "json", str(folder / "a.txt")]) == 0
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "unknown kind" in x)
    assert "\x1b" not in line and "red" in line
    assert "x" * 80 not in line and "…" in line
