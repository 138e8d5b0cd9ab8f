"""After a drop or a merge in the parties panel the cursor stays where the user was working:
on the row that took the dropped actor's place, or on the actor merged into -- not back on the
list's first row (dropping three spurious actors down a long list meant walking down to each
again).  The article is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reader_app import press_each, reader_on
from conftest import article_in_folder, main_screen

from briefing.ui.dialogs import PickScreen
from briefing.ui.main import MainScreen

ARTICLE = """Border talks resume in Doha

Armenia and Azerbaijan agreed on Monday to resume border talks in Doha, mediated by Qatar and \
Turkey. Armenian Foreign Minister Ararat Mirzoyan said the talks would continue, and Azerbaijani \
Foreign Minister Jeyhun Bayramov agreed. Qatar said Turkey would host the next round.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_in_folder(tmp_path, "talks", ARTICLE, "# mine\ntitle: Border talks\n")


def actor_rows(screen: MainScreen) -> list[str]:
    """The actor ids of the panel's rows, in order."""
    panel = screen.panel("parties")
    options = panel.option_list
    targets = panel._targets  # noqa: SLF001 - test-only peek
    return [targets[o.id] for o in (options.get_option_at_index(i)
                                    for i in range(options.option_count))
            if o.id in targets and isinstance(targets[o.id], str)]


def cursor_actor(screen: MainScreen) -> object:
    panel = screen.panel("parties")
    options = panel.option_list
    assert options.highlighted is not None
    option = options.get_option_at_index(options.highlighted)
    return panel._targets.get(option.id or "")  # noqa: SLF001


async def _to_row(pilot, screen: MainScreen, index: int) -> str:
    await press_each(pilot, "p")
    rows = actor_rows(screen)
    assert len(rows) >= 4, rows
    while cursor_actor(screen) != rows[index]:
        await press_each(pilot, "down")
    return rows[index]


async def test_after_a_drop_the_cursor_is_on_the_next_row(article: Path) -> None:
    async with reader_on(article.parent, size=(100, 30)) as (app, pilot, screen):
        await _to_row(pilot, screen, 2)
        before = actor_rows(screen)
        await press_each(pilot, "x", "y")
        screen = await main_screen(pilot, rounds=5)
        after = actor_rows(screen)
        assert before[2] not in after
        assert cursor_actor(screen) == before[3]
        assert screen.panel("parties").selected_actor == before[3]


async def test_after_a_merge_the_cursor_is_on_the_actor_kept(article: Path) -> None:
    async with reader_on(article.parent, size=(100, 30)) as (app, pilot, screen):
        await _to_row(pilot, screen, 2)
        before = actor_rows(screen)
        await press_each(pilot, "M")
        assert isinstance(app.screen, PickScreen)
        keep = before[3]
        app.screen.dismiss(keep)
        screen = await main_screen(pilot, rounds=5)
        assert before[2] not in actor_rows(screen)
        assert cursor_actor(screen) == keep
