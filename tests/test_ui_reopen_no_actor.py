"""Reopening a corpus at the document one was reading selects no actor (session 20, found in
tmux: each restart said "France: 6 mentions (n: next)" and marked France's mentions, though
nobody had picked France).  The parties panel filled twice at start-up (the first document,
then the one reopened); the first fill's late "highlighted" event cleared the second fill's
mark "placed by the panel", and the second fill's cursor then counted as the user's choice.
The articles are invented."""

from __future__ import annotations

from pathlib import Path

from _reader_app import press_each, reader_on
from conftest import until

TEXTS = {
    "a": "Talks in Geneva\n\nFrance and Germany met in Geneva on Monday to discuss the "
         "ceasefire, the French foreign ministry said.\n",
    "b": "Envoys meet in Vienna\n\nRussia and Ukraine sent envoys to Vienna on Tuesday, the "
         "Austrian government said. France offered to mediate.\n",
    "c": "Summit in Oslo\n\nNorway hosted envoys of Sudan and Chad on Wednesday. Norway said "
         "the talks would continue in March.\n",
}


async def test_reopening_at_a_later_document_selects_no_actor(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for stem, text in TEXTS.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    async with reader_on(folder, size=(100, 30)) as (app, pilot, screen):
        await press_each(pilot, "p", "right_curly_bracket", "right_curly_bracket")
        assert screen.current == 2 and screen.actor is None
        await pilot.press("q")
    async with reader_on(folder, size=(100, 30)) as (app, pilot, screen):
        assert await until(pilot, lambda: screen.current == 2)
        await pilot.pause(0.2)
        await pilot.pause()
        assert screen.actor is None
