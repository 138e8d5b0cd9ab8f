"""A sub-actor named only by descriptions ("the Azerbaijani government", "Azerbaijani
officials": its ``references``, no name mention) is found in the text when picked in the
parties panel: marked, stepped through with ``n``, and ``f`` keeps its paragraphs.  It said "no
mention located", and ``n`` "Nothing to step through: ... pick an actor (p)" to a user who had
just picked one.  The article is invented."""

from __future__ import annotations

from pathlib import Path

from _reader_app import press_each, reader_on
from conftest import article_in_folder

from briefing.ui.status import where_text

ARTICLE = """Border talks resume

Armenia and Azerbaijan agreed on Monday to resume border talks in Geneva. Armenian negotiators \
said the talks were useful, and the Azerbaijani government said it wanted a deal.

The weather in Geneva was cold.

Azerbaijani officials said a new round would follow in May.
"""


async def test_a_sub_actor_without_name_mentions_is_found_by_its_references(
        tmp_path: Path) -> None:
    article = article_in_folder(tmp_path, "talks", ARTICLE, "title: Border talks resume\n")
    async with reader_on(article.parent, size=(100, 30)) as (app, pilot, screen):
        actor = screen.briefing.actor("azerbaijan_government")
        assert actor is not None and not actor.mentions and len(actor.references) == 2
        await press_each(pilot, "p")
        panel = screen.panel("parties")
        for _ in range(12):
            if panel.selected_actor == actor.id:
                break
            await press_each(pilot, "down")
        assert panel.selected_actor == actor.id
        marked = screen.reader.highlights("mention")
        assert sorted(marked) == sorted((r.start, r.end) for r in actor.references)
        assert "2 references" in where_text(screen), where_text(screen)
        await press_each(pilot, "f")
        assert screen.reader.paragraph_filter is not None
        assert len(screen.reader.paragraph_filter) == 2  # not the weather
        await press_each(pilot, "f", "n")
        said = [str(n.message) for n in app._notifications]  # noqa: SLF001
        assert not any("pick an actor" in s for s in said), said
        assert "reference 1/2" in where_text(screen), where_text(screen)
