"""Hostile metadata values where Textual parses strings as markup behind our back.

Found by attacking the reader in tmux (session 7): a sidecar ``source:`` that is *invalid*
markup (``[link=file:///etc/passwd]src[/link]``) crashed the whole app with a ``MarkupError``
as soon as the command palette listed the document, because Textual renders a palette hit's
``help`` with ``Content.from_markup``.  The fixture in ``fixtures/hostile`` only held *valid*
markup there, which Textual silently applied (``[bold]Wire[/]`` lost its brackets).
"""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen

from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen

SOURCE = "[link=file:///etc/passwd]src[/link] [bold]Wire[/] [@click=app.quit]q[/] $$x"


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "talks.txt").write_text("Talks in Geneva\n\nRussia and Ukraine met in Geneva.\n")
    (folder / "talks.yaml").write_text(
        f"title: \"Geneva [/] talks\"\npublished: 2024-01-02\nsource: '{SOURCE}'\n")
    return folder


def _screen_text(app: BriefingApp) -> str:
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - test-only peek
    return "\n".join(strip.text for strip in strips)


async def test_palette_shows_a_markup_source_literally_and_survives(tmp_path: Path) -> None:
    app = BriefingApp([str(_corpus(tmp_path))])
    async with app.run_test(size=(120, 30)) as pilot:
        await main_screen(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"geneva")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        shown = _screen_text(app)
        assert "Open: Geneva [/] talks" in shown
        assert "[link=file:///etc/passwd]src[/link] [bold]Wire[/]" in shown
        assert "$$x" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, MainScreen)
