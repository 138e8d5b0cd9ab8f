"""Curation from the parties panel: rename, merge, drop, add -> the sidecar, and shown at once.

The article and sidecar are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import open_parties_on, press_each, reader_on
from conftest import article_in_folder, main_screen
from textual.widgets import Input

from briefing.common.yamlsafe import load_yaml
from briefing.ui.dialogs import AddActorScreen, ConfirmScreen, PickScreen, PromptScreen
from briefing.ui.main import MainScreen

ARTICLE = """Ceasefire talks resume in Geneva

Russia and Turkey agreed on Monday to resume ceasefire talks in Geneva, the Turkish foreign \
ministry said. Russian Foreign Minister Sergei Lavrov said the negotiations would continue.

Background

The United Nations has mediated between the two sides since March. Turkey said it wanted a \
lasting truce. The Valley Brigade did not comment.
"""
SIDECAR = """# my notes on this article: keep them
title: Ceasefire talks resume in Geneva
published: 2024-03-04  # checked by hand
source: Invented Wire
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_in_folder(tmp_path, "talks", ARTICLE, SIDECAR)


async def ready(pilot) -> MainScreen:
    return await main_screen(pilot, rounds=5)


def panel_text(panel) -> str:
    options = panel.option_list
    return "\n".join(str(options.get_option_at_index(i).prompt)
                     for i in range(options.option_count))


async def test_rename_writes_the_sidecar_keeps_comments_and_shows_at_once(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        assert screen.briefing is not None and screen.briefing.actor("turkey") is not None
        panel = await open_parties_on(pilot, screen, "turkey")
        await press_each(pilot, "r")
        assert isinstance(app.screen, PromptScreen)
        field = app.screen.query_one(Input)
        assert field.value == "Turkey"  # prefilled
        field.value = "Türkiye [b]"
        await pilot.press("enter")
        screen = await ready(pilot)
        text = (article.parent / "talks.yaml").read_text(encoding="utf-8")
        assert "# my notes on this article: keep them" in text
        assert "# checked by hand" in text
        assert load_yaml(text)["actors"]["rename"] == {"turkey": "Türkiye [b]"}
        actor = screen.briefing.actor("turkey")
        assert actor is not None and actor.name == "Türkiye [b]" and actor.origin == "user"
        shown = panel_text(panel)
        assert "Türkiye [b]" in shown and "✎" in shown


async def test_drop_asks_first_then_removes_the_actor(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "un")
        await press_each(pilot, "x")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await ready(pilot)
        assert "actors" not in load_yaml((article.parent / "talks.yaml").read_text())
        await press_each(pilot, "x")
        await pilot.press("y")
        screen = await ready(pilot)
        assert load_yaml((article.parent / "talks.yaml").read_text())["actors"]["drop"] == ["un"]
        assert screen.briefing.actor("un") is None


async def test_merge_picks_the_other_actor_from_a_list(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "turkey_foreign_ministry")
        await press_each(pilot, "M")
        assert isinstance(app.screen, PickScreen)
        app.screen.dismiss("turkey")
        screen = await ready(pilot)
        data = load_yaml((article.parent / "talks.yaml").read_text())
        assert data["actors"]["merge"] == [["turkey", "turkey_foreign_ministry"]]
        assert screen.briefing.actor("turkey_foreign_ministry") is None


async def test_add_a_missed_name(article: Path) -> None:
    async with reader_on(article.parent) as (app, pilot, screen):
        await press_each(pilot, "p", "plus")
        assert isinstance(app.screen, AddActorScreen)
        app.screen.dismiss(("Valley Brigade", "armed_group"))
        screen = await ready(pilot)
        data = load_yaml((article.parent / "talks.yaml").read_text())
        assert data["actors"]["add"][0]["name"] == "Valley Brigade"
        added = [a for a in screen.briefing.actors if a.name == "Valley Brigade"]
        assert added and added[0].kind == "armed_group" and added[0].mentions


async def test_a_refused_edit_is_notified(article: Path) -> None:
    (article.parent / "talks.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "turkey")
        await press_each(pilot, "x")
        await pilot.press("y")
        await ready(pilot)
        errors = [n for n in app._notifications if n.severity == "error"]  # noqa: SLF001
        assert errors and "talks.yaml" in errors[-1].message and errors[-1].markup is False
        assert (article.parent / "talks.yaml").read_text() == "title: [unclosed\n"


async def test_a_broken_sidecar_is_said_before_the_dialog_not_after_typing(
        article: Path) -> None:
    """With invalid YAML in the sidecar, `r` opened the rename prompt and only after the new
    name was typed said "fix it before editing from the reader" (the name was lost): it says
    so at once, for each correction key, and opens nothing; the file is untouched."""
    sidecar = article.with_suffix(".yaml")
    broken = "title: [unclosed\n# my notes\n"
    sidecar.write_text(broken, encoding="utf-8")
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "turkey")
        for key in ("r", "M", "x", "plus"):
            await press_each(pilot, key)
            assert app.screen is screen, key
        said = [n.message for n in app._notifications]  # noqa: SLF001
        assert said and all("fix it before editing from the reader" in m for m in said)
        await press_each(pilot, "t")
        for key in ("s", "e"):
            await press_each(pilot, key)
            assert app.screen is screen, key
    assert sidecar.read_text(encoding="utf-8") == broken


def highlight(screen: MainScreen, actor_id: str) -> None:
    panel = screen.panel("parties")
    options = panel.option_list
    targets = panel._targets  # noqa: SLF001
    options.highlighted = next(i for i in range(options.option_count)
                               if targets.get(options.get_option_at_index(i).id or "")
                               == actor_id)


def actor_problems(screen: MainScreen) -> list[str]:
    return [p.message for p in screen.session.problems if "actors:" in p.message]


async def test_rename_then_merge_keeps_the_name_and_reports_nothing_on_reload(
        article: Path) -> None:
    """Found in use: an actor renamed, then merged into another, made every later load say
    "rename: no actor … in this document; skipped" (the merge ran first).  The name given
    is kept as an alias of the actor it went into, with nothing reported, now and after a
    restart; the user's comments stay."""
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "turkey_foreign_ministry")
        await press_each(pilot, "r")
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = "Ankara diplomats"
        await pilot.press("enter")
        screen = await ready(pilot)
        highlight(screen, "turkey_foreign_ministry")  # the panel is still open
        await press_each(pilot, "M")
        assert isinstance(app.screen, PickScreen)
        app.screen.dismiss("turkey")
        screen = await ready(pilot)
        kept = screen.briefing.actor("turkey")
        assert screen.briefing.actor("turkey_foreign_ministry") is None
        assert kept is not None and "Ankara diplomats" in kept.aliases
        assert actor_problems(screen) == []
    text = (article.parent / "talks.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)["actors"]
    assert data["rename"] == {"turkey_foreign_ministry": "Ankara diplomats"}
    assert data["merge"] == [["turkey", "turkey_foreign_ministry"]]
    assert "# my notes on this article: keep them" in text
    async with reader_on(article.parent) as (app, pilot, screen):  # loaded again
        kept = screen.briefing.actor("turkey")
        assert kept is not None and "Ankara diplomats" in kept.aliases
        assert actor_problems(screen) == []


async def test_drop_then_add_back_shows_the_actor(article: Path) -> None:
    """Dropped, then added again under the same name: the drop (applied last) removed it
    again without a word; the add now takes the id out of ``drop``."""
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "turkey")
        await press_each(pilot, "x")
        await pilot.press("y")
        screen = await ready(pilot)
        assert screen.briefing.actor("turkey") is None
        await press_each(pilot, "plus")  # the panel is still open
        assert isinstance(app.screen, AddActorScreen)
        app.screen.dismiss(("Turkey", "state"))
        screen = await ready(pilot)
        back = screen.briefing.actor("turkey")
        assert back is not None and back.mentions
        assert actor_problems(screen) == []
    assert "drop" not in load_yaml((article.parent / "talks.yaml").read_text())["actors"]


async def test_merge_then_add_the_name_back_shows_it(article: Path) -> None:
    """Merged into another, then added again by name: the add's id was the merged one's, and
    the merge (applied after adds) folded it away again without a word."""
    async with reader_on(article.parent) as (app, pilot, screen):
        await open_parties_on(pilot, screen, "russia")
        await press_each(pilot, "M")
        app.screen.dismiss("un")
        screen = await ready(pilot)
        assert screen.briefing.actor("russia") is None
        await press_each(pilot, "plus")  # the panel is still open
        app.screen.dismiss(("Russia", "state"))
        screen = await ready(pilot)
        back = [a for a in screen.briefing.actors if a.name == "Russia"]
        assert back and back[0].mentions and back[0].id != "russia"
        assert screen.briefing.actor("un") is not None
        assert actor_problems(screen) == []
