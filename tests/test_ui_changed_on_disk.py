"""A document edited on disk while the reader is open is read again: the article changed in
another window (new text, at the same place), its sidecar's title fixed by hand (the
header follows), a sidecar written by briefing's own curation (no second "reloaded").
The check runs when a document is opened and every few seconds (called directly here).

``ChangeWatch`` is tested plainly: what counts as a change.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from _reader_app import rename_actor
from conftest import main_screen
from test_ui_curation import ARTICLE, SIDECAR
from test_ui_curation import article as article  # the fixture: the invented article

from briefing.session.changes import RELOADED, ChangeWatch
from briefing.ui.actions import check_on_disk
from briefing.ui.app import BriefingApp
from briefing.ui.main import MainScreen

LONG = ARTICLE + "".join(f"\nFiller paragraph {i} about the weather in the valley.\n"
                        for i in range(40))


def _later(path: Path, seconds: float = 5.0) -> None:
    """Date ``path`` a little in the future: the change is seen whatever the clock's grain."""
    when = time.time() + seconds
    os.utime(path, (when, when))


def test_what_counts_as_a_change(article: Path) -> None:
    sidecar = article.with_suffix(".yaml")
    watch = ChangeWatch(time.time_ns())
    assert watch.claim(str(article)) and not watch.claim(str(article))  # one check at a time
    assert not watch.changed(str(article))  # first check: older than the loading
    old = article.stat().st_mtime
    article.write_text(ARTICLE + "\nMore.\n", encoding="utf-8")
    os.utime(article, (old, old))  # rsync -t: the old mtime, another size
    assert watch.claim(str(article)) and watch.changed(str(article))
    assert watch.claim(str(article)) and not watch.changed(str(article))
    _later(sidecar)
    watch.seen_now(str(article))  # briefing wrote it (a curation): not news
    assert watch.claim(str(article)) and not watch.changed(str(article))
    sidecar.unlink()
    assert watch.claim(str(article)) and watch.changed(str(article)) == {"sidecar"}
    _later(article, 9)  # touched only
    assert watch.claim(str(article)) and watch.changed(str(article)) == {"file"}
    fresh = ChangeWatch(0)  # loaded before the file's mtime: read again at the first check
    assert fresh.claim(str(article)) and fresh.changed(str(article))


def _notices(app: BriefingApp) -> list[str]:
    return [n.message for n in app._notifications]  # noqa: SLF001


async def test_an_edit_on_disk_is_read_again_at_the_same_place(article: Path) -> None:
    article.write_text(LONG, encoding="utf-8")
    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 20)) as pilot:
        screen: MainScreen = await main_screen(pilot)
        screen.reader.scroll_to_offset(LONG.index("Background"))
        await pilot.pause()
        place = screen.reader.current_offset()
        assert place == LONG.index("Background")
        sidecar = article.with_suffix(".yaml")
        sidecar.write_text(SIDECAR.replace("title: Ceasefire talks resume in Geneva",
                                           "title: Geneva talks (edited by hand)"),
                           encoding="utf-8")
        article.write_text("A paragraph added above.\n\n" + LONG, encoding="utf-8")
        _later(sidecar)
        _later(article)
        check_on_disk(screen)  # what the timer calls every few seconds
        screen = await main_screen(pilot)
        assert screen.briefing is not None
        assert screen.briefing.document.title == "Geneva talks (edited by hand)"
        assert "A paragraph added above." in screen.briefing.document.text
        # the same text at the top of the view, moved down by what was added above
        assert screen.reader.current_offset() == place + len("A paragraph added above.\n\n")
        assert RELOADED in _notices(app)
        check_on_disk(screen)  # nothing changed since: not read again
        await main_screen(pilot)
        _later(article, 9)  # touched, the same text: not analysed again either
        check_on_disk(screen)
        await main_screen(pilot)
        assert _notices(app).count(RELOADED) == 1


async def test_a_curation_is_not_taken_for_an_edit_on_disk(article: Path) -> None:
    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        check_on_disk(screen)  # the document is watched from now on
        await main_screen(pilot)
        await rename_actor(pilot, screen, "turkey", "Türkiye")
        screen = await main_screen(pilot)
        check_on_disk(screen)
        screen = await main_screen(pilot)
        assert screen.briefing is not None
        assert screen.briefing.actor("turkey").name == "Türkiye"  # type: ignore[union-attr]
        assert RELOADED not in _notices(app)


def test_the_place_follows_the_text_it_was_on() -> None:
    from briefing.ui.session_view import same_place

    old = "Intro line.\n\nThe place being read, here.\n\nEnd.\n"
    offset = old.index("The place")
    assert same_place(old, "Added above.\n\n" + old, offset) == offset + len("Added above.\n\n")
    assert same_place(old, old.replace("Intro line.", "Intro."), offset) == offset - 5
    assert same_place(old, old + "More below.\n", offset) == offset
    assert same_place(old, "Short.", offset) == len("Short.")  # bounded


async def test_a_sidecar_fixed_on_disk_takes_its_problem_away(article: Path) -> None:
    """A broken sidecar, fixed by hand while the reader is open: the document was read again
    (and could be curated), but the problems view still listed "invalid YAML" and the status
    line kept "⚠ 1 problem"; the document's problems are now those of its last reading."""
    sidecar = article.with_suffix(".yaml")
    sidecar.write_text("title: [unclosed\n", encoding="utf-8")
    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await main_screen(pilot)
        assert any("invalid YAML" in str(p) for p in screen.session.problems)
        check_on_disk(screen)
        await main_screen(pilot)
        sidecar.write_text(SIDECAR.replace("title: Ceasefire talks resume in Geneva",
                                           "title: Fixed by hand"), encoding="utf-8")
        _later(sidecar)
        check_on_disk(screen)
        screen = await main_screen(pilot)
        assert screen.briefing is not None
        assert screen.briefing.document.title == "Fixed by hand"
        assert not any("invalid YAML" in str(p) for p in screen.session.problems)
        sidecar.write_text("title: [broken again\n", encoding="utf-8")
        _later(sidecar, 9)
        check_on_disk(screen)
        screen = await main_screen(pilot)
        assert sum("invalid YAML" in str(p) for p in screen.session.problems) == 1


async def test_a_check_while_the_curation_runs_does_not_reload(article: Path,
                                                               monkeypatch) -> None:
    """The check every few seconds found the sidecar briefing had just written, before the
    curation's event reached the screen: "reloaded: the file changed on disk" after the
    user's own rename (user test, session 10).  While briefing writes and analyses a
    document, its check does not run."""
    from briefing.analysis import runner

    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot)
        check_on_disk(screen)
        screen = await main_screen(pilot)
        session = screen.session
        checks: list[object] = []
        real = runner.safe_analyse

        def analyse(document, limits):  # the curation's analysis, after the sidecar's write
            watch = session._changes
            assert watch is not None
            if watch.claim(str(article)):
                checks.append(watch.changed(str(article)))  # what the check's job does
            else:
                checks.append("busy")
            return real(document, limits)

        monkeypatch.setattr(runner, "safe_analyse", analyse)
        await rename_actor(pilot, screen, "turkey", "Türkiye")
        screen = await main_screen(pilot)
        monkeypatch.setattr(runner, "safe_analyse", real)
        assert checks == ["busy"]
        check_on_disk(screen)
        screen = await main_screen(pilot)
        assert screen.briefing is not None
        assert screen.briefing.actor("turkey").name == "Türkiye"  # type: ignore[union-attr]
        assert RELOADED not in _notices(app)
