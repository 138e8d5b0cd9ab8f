"""A document deleted (or moved away) while it is open: the reader says so at its next
check of the file on disk (the one that reads an edited file again: when the document is
opened and on the reader's few-second timer), once, and keeps the text shown."""

from __future__ import annotations

from pathlib import Path

from conftest import main_screen
from test_ui_curation import article as article  # the fixture: the invented article

from briefing.ui.actions import check_on_disk
from briefing.ui.app import BriefingApp


def _notices(app: BriefingApp) -> list[str]:
    return [n.message for n in app._notifications]  # noqa: SLF001


async def test_a_document_deleted_while_open_is_said(article: Path) -> None:
    (article.parent / "other.txt").write_text("Other talks\n\nThe envoys met again.\n",
                                              encoding="utf-8")
    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        screen.show_document(screen.session.by_path[str(article)])
        await pilot.pause()
        assert screen.briefing is not None
        text = screen.briefing.document.text
        article.unlink()
        check_on_disk(screen)  # what the timer calls every few seconds
        screen = await main_screen(pilot)
        said = [n for n in _notices(app) if "no longer on disk" in n]
        assert len(said) == 1 and article.name in said[0]
        assert screen.briefing is not None and screen.briefing.document.text == text
        # Said above the text too, while it is shown (a toast goes in a few seconds) ...
        assert any("no longer on disk" in line for line in screen.reader.visible_text())
        check_on_disk(screen)  # still gone: not said again
        await main_screen(pilot)
        assert len([n for n in _notices(app) if "no longer on disk" in n]) == 1
        # ... and again when the user comes back to it from another document.
        other = next(i for i, b in enumerate(screen.session.briefings)
                     if b.document.path != str(article))
        screen.show_document(other)
        await pilot.pause()
        assert not any("no longer on disk" in line for line in screen.reader.visible_text())
        screen.show_document(screen.session.by_path[str(article)])
        await pilot.pause()
        assert any("no longer on disk" in line for line in screen.reader.visible_text())


async def test_the_check_runs_when_the_terminal_is_focused_again(article: Path) -> None:
    from textual import events

    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await main_screen(pilot)
        article.unlink()
        app.post_message(events.AppFocus())
        screen = await main_screen(pilot)
        assert any("no longer on disk" in line for line in screen.reader.visible_text())
