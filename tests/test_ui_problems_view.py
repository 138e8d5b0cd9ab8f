"""The problems view (`!`): `enter` on a problem opens its document when it was loaded (a
sidecar's problem opens its article), says so when the file was skipped; `j`/`k`/`g`/`G`
move as in the reader (they did nothing: the list knew only the arrows)."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen
from textual.widgets import OptionList

from briefing.ui.app import BriefingApp
from briefing.ui.problems import ProblemsScreen, document_for


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha\n\nThe envoys of Arland met in Hillport.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("Bravo\n\nRain in the valley.\n", encoding="utf-8")
    (folder / "b.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    return folder


def test_a_problem_names_its_document(tmp_path: Path) -> None:
    loaded = ["/c/a.txt", "/c/b.md"]
    assert document_for("/c/a.txt", loaded) == "/c/a.txt"
    assert document_for("/c/b.yaml", loaded) == "/c/b.md"  # the sidecar's article
    assert document_for("/c/c.txt", loaded) is None


async def test_enter_opens_the_document_and_keys_move(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = BriefingApp([str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        assert screen.briefing is not None and screen.briefing.document.path.endswith("a.txt")
        await pilot.press("exclamation_mark")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, ProblemsScreen)
        options = view.query_one(OptionList)
        paths = [p.path for p in view._problems]  # noqa: SLF001
        assert len(paths) == 2
        await pilot.press("G")
        assert options.highlighted == len(paths) - 1
        await pilot.press("g")
        assert options.highlighted == 0
        await pilot.press("j")
        assert options.highlighted == 1
        await pilot.press("k")
        assert options.highlighted == 0
        sidecar = paths.index(next(p for p in paths if p.endswith("b.yaml")))
        options.highlighted = sidecar
        await pilot.press("enter")
        screen = await main_screen(pilot)
        assert screen.briefing is not None and screen.briefing.document.path.endswith("b.txt")
        await pilot.press("exclamation_mark")
        await pilot.pause()
        view = app.screen
        assert isinstance(view, ProblemsScreen)
        view.query_one(OptionList).highlighted = 1 - sidecar  # the binary file, skipped
        await pilot.press("enter")
        screen = await main_screen(pilot)
        assert screen.briefing.document.path.endswith("b.txt")  # type: ignore[union-attr]
        said = [n.message for n in app._notifications]  # noqa: SLF001
        assert any("c.txt was not loaded" in m for m in said)
