"""Two documents that share one sidecar (``a.txt`` and ``a.md`` beside ``a.yaml``): the
problem was listed twice (once per document, in words that named the other one); it is
one problem, said once, in the reader's problems and by the command line."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.problems import ProblemsScreen
from briefing.ui.status import StatusBar


def _twins(folder: Path) -> Path:
    (folder / "a.txt").write_text("Talks in Oslo resume.\n\nThe envoy Nora Vik said yes.\n",
                                  encoding="utf-8")
    (folder / "a.md").write_text("# Other talks\n\nThe envoy Ola Berg said no.\n",
                                 encoding="utf-8")
    (folder / "a.yaml").write_text("title: One title\n", encoding="utf-8")
    return folder


def _shared(problems: object) -> list[str]:
    return [str(p) for p in problems if "sidecar of" in str(p)]  # type: ignore[attr-defined]


async def test_a_shared_sidecar_is_one_problem_in_the_reader(tmp_path: Path) -> None:
    app = BriefingApp([str(_twins(tmp_path))])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        said = _shared(screen.session.problems)
        assert len(said) == 1 and "a.md and a.txt" in said[0]
        bar = screen.query_one(StatusBar)
        assert bar.problems is not None and "1 problem" in bar.problems
        await pilot.press("exclamation_mark")  # the problems view
        await pilot.pause()
        view = app.screen
        assert isinstance(view, ProblemsScreen)
        assert len(_shared(view._problems)) == 1  # noqa: SLF001


def test_a_shared_sidecar_is_said_once_by_the_command_line(tmp_path: Path, capsys) -> None:
    from briefing.cli import main

    main(["extract", str(_twins(tmp_path)), "--format", "json"])
    assert capsys.readouterr().err.count("the sidecar of") == 1
