"""``n`` with nothing to step through says what there is (session 18: "pick an actor (p)" to a
user whose document has no actor, or who had picked one that is not marked in the text).
The articles are invented."""

from __future__ import annotations

from pathlib import Path

from _reader_app import press_each, reader_on
from conftest import article_in_folder

QUIET = """Weather notes

It rained on Monday and the rivers rose a little.

It was dry again by Thursday.
"""

TALKS = """Border talks resume

Armenia and Azerbaijan agreed on Monday to resume border talks in Geneva.
"""


def _said(app) -> list[str]:
    return [str(n.message) for n in app._notifications]  # noqa: SLF001


async def test_a_document_without_actors_is_not_told_to_pick_one(tmp_path: Path) -> None:
    article = article_in_folder(tmp_path, "quiet", QUIET, "title: Weather notes\n")
    async with reader_on(article.parent, size=(80, 24)) as (app, pilot, screen):
        assert screen.briefing is not None and not screen.briefing.actors
        await press_each(pilot, "n")
        said = _said(app)
        assert said and "pick an actor" not in said[-1], said
        assert "no actor" in said[-1] and "/" in said[-1], said


async def test_a_picked_actor_with_nothing_marked_is_named(tmp_path: Path) -> None:
    article = article_in_folder(tmp_path, "talks", TALKS, "title: Border talks resume\n")
    async with reader_on(article.parent, size=(80, 24)) as (app, pilot, screen):
        actor = next(a for a in screen.briefing.actors if a.name == "Armenia")
        navigator = screen.navigator
        navigator.select_actor(actor.id)
        navigator.actor_mentions = lambda: []  # what an actor without marks has to walk
        await press_each(pilot, "n")
        said = _said(app)
        assert said and "pick an actor" not in said[-1], said
        assert "Armenia" in said[-1] and "not marked" in said[-1], said
