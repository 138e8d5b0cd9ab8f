"""The tracker's corrections: ``s`` sets the thread's status, ``e`` its note; both go to the
sidecar's ``negotiations:`` section and show at once, marked ✎.  The article is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import press_each, reader_on
from conftest import article_in_folder, main_screen
from textual.widgets import Input, Static

from briefing.common.yamlsafe import load_yaml
from briefing.ui.dialogs import PickScreen, PromptScreen
from briefing.ui.main import MainScreen

ARTICLE = """Ceasefire talks resume in Geneva

Russia and Turkey agreed on Monday to resume ceasefire talks in Geneva, the Turkish foreign \
ministry said. Russian Foreign Minister Sergei Lavrov said the negotiations would continue.
"""
SIDECAR = "# my notes: keep them\ntitle: Ceasefire talks resume in Geneva\npublished: 2024-03-04\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_in_folder(tmp_path, "talks", ARTICLE, SIDECAR)


def head_text(screen: MainScreen) -> str:
    panel = screen.panel("tracker")
    return "\n".join(str(panel.query_one(w, Static).render())
                     for w in ("#tracker-badge", "#tracker-head"))


def list_text(screen: MainScreen) -> str:
    options = screen.panel("tracker").option_list
    return "\n".join(str(options.get_option_at_index(i).prompt)
                     for i in range(options.option_count))


async def test_s_sets_the_status_in_the_sidecar_and_the_tracker_at_once(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "t")
        thread = screen.panel("tracker").thread
        assert thread is not None and thread.status != "collapsed"
        await press_each(pilot, "s")
        assert isinstance(app.screen, PickScreen)
        app.screen.dismiss("collapsed")
        screen = await main_screen(pilot, rounds=5)
        text = (article.parent / "talks.yaml").read_text(encoding="utf-8")
        assert "# my notes: keep them" in text
        assert load_yaml(text)["negotiations"] == {thread.id: {"status": "collapsed"}}
        assert screen.briefing.negotiations[0].status == "collapsed"
        shown = head_text(screen)
        assert "COLLAPSED" in shown and "✎ status set by you" in shown
    # reopening shows it
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "t")
        assert "COLLAPSED" in head_text(screen) and "✎" in head_text(screen)


async def test_e_writes_a_note_shown_as_the_users_and_an_empty_one_removes_it(
        article: Path) -> None:
    async with reader_on(article.parent, size=(80, 24)) as (app, pilot, screen):
        await press_each(pilot, "t", "e")
        assert isinstance(app.screen, PromptScreen)
        field = app.screen.query_one(Input)
        assert field.value == ""
        field.value = "deal announced 9 Sep [b]"
        await pilot.press("enter")
        screen = await main_screen(pilot, rounds=5)
        data = load_yaml((article.parent / "talks.yaml").read_text(encoding="utf-8"))
        assert list(data["negotiations"].values()) == [{"note": "deal announced 9 Sep [b]"}]
        assert "YOUR NOTE\n✎ deal announced 9 Sep [b]" in list_text(screen)  # literal, no markup
        await press_each(pilot, "e")
        field = app.screen.query_one(Input)
        assert field.value == "deal announced 9 Sep [b]"  # prefilled with the user's note
        field.value = ""
        await pilot.press("enter")
        screen = await main_screen(pilot, rounds=5)
        data = load_yaml((article.parent / "talks.yaml").read_text(encoding="utf-8"))
        assert "negotiations" not in data or not data["negotiations"]
        assert "NOTE" not in list_text(screen)


async def test_escape_changes_nothing(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "t", "s")
        await pilot.press("escape")
        await main_screen(pilot, rounds=3)
    assert (article.parent / "talks.yaml").read_text(encoding="utf-8") == SIDECAR


async def test_the_palette_opens_the_tracker_and_asks_for_the_status(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "ctrl+p")
        await pilot.press(*"tracker set the status")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        for _ in range(4):
            await pilot.pause()
        assert isinstance(app.screen, PickScreen)
        app.screen.dismiss("stalled")
        screen = await main_screen(pilot, rounds=5)
        assert screen.briefing.negotiations[0].status == "stalled"
        assert "STALLED" in head_text(screen)


def test_a_corrected_thread_is_marked_in_the_other_threads_list() -> None:
    from briefing.model import Negotiation
    from briefing.ui.tracker_rows import _thread_prompt

    assert str(_thread_prompt(Negotiation("n2", "Prisoner swap", False, origin="user"))) \
        .startswith("✎ Prisoner swap")
    assert str(_thread_prompt(Negotiation("n2", "Prisoner swap", False))).startswith("Prisoner")


async def test_the_note_messages_say_written_or_removed_once(article: Path) -> None:
    """"note saved; saved in talks.yaml" said it twice, and removing the note said "saved"."""
    async with reader_on(article.parent, size=(80, 24)) as (app, pilot, screen):
        await press_each(pilot, "t", "e")
        app.screen.query_one(Input).value = "deal announced 9 Sep"
        await pilot.press("enter")
        await main_screen(pilot, rounds=5)
        await press_each(pilot, "e")
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await main_screen(pilot, rounds=5)
        said = [str(n.message) for n in app._notifications]  # noqa: SLF001
        assert "note written; saved in talks.yaml" in said, said
        assert "note removed; saved in talks.yaml" in said, said


async def test_clearing_a_note_says_which_comments_went_with_the_entry(article: Path) -> None:
    """Session 20: a thread's entry with the user's comments inside went with its note, and
    nothing said so.  The comments were about that entry (left in place they would read as
    about the next one): they go, and the message says which, and where the previous version
    is kept."""
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "t")
        thread = screen.panel("tracker").thread
        assert thread is not None
    sidecar = article.parent / "talks.yaml"
    sidecar.write_text(SIDECAR + f"negotiations:\n  {thread.id}:\n    # asked the desk twice\n"
                       "    note: envoys met [b]  # from the call\n  # end of threads\n",
                       encoding="utf-8")
    async with reader_on(article.parent, size=(80, 24)) as (app, pilot, screen):
        await press_each(pilot, "t", "e")
        assert app.screen.query_one(Input).value == "envoys met [b]"
        app.screen.query_one(Input).value = ""
        await pilot.press("enter")
        await main_screen(pilot, rounds=5)
        warned = [str(n.message) for n in app._notifications  # noqa: SLF001
                  if n.severity == "warning"]
    text = sidecar.read_text(encoding="utf-8")
    assert "# my notes: keep them" in text and "# end of threads" in text
    assert not load_yaml(text).get("negotiations")
    assert any('2 comments inside what was removed went with it (line 6 "# asked the desk '
               'twice", line 7 "# from the call"); the previous version, with them, is '
               in w for w in warned), warned
