"""The tracker's thread head always shows the sides, the mediators and the user's marks: a
long label gives way (cut at a word with "…"), never the head's last lines.  At 80x24 a label
of five lines hid the mediators and "✎ status set by you" below the head's six lines.  The
article and the label are invented."""

from __future__ import annotations

from pathlib import Path

from _reader_app import press_each, reader_on
from conftest import article_in_folder
from textual.geometry import Region
from textual.widgets import Static

from briefing.ui.main import MainScreen

ARTICLE = """Ceasefire talks resume in Doha

Armenia and Azerbaijan agreed on Monday to resume ceasefire talks in Doha under Qatari and \
Turkish mediation, the Turkish foreign ministry said. Qatar and Turkey are mediating the \
negotiations between Armenia and Azerbaijan.
"""
LABEL = ("Talks on the exchange of prisoners of war and the return of deported children "
         "across the whole of the front line")


def shown_head(screen: MainScreen) -> list[str]:
    head = screen.panel("tracker").query_one("#tracker-head", Static)
    strips = head.render_lines(Region(0, 0, head.size.width, head.size.height))
    return [strip.text.strip() for strip in strips]


async def _head_at(folder: Path, size: tuple[int, int]) -> list[str]:
    async with reader_on(folder, size=size) as (_app, pilot, screen):
        await press_each(pilot, "t")
        return shown_head(screen)


async def test_a_long_label_gives_way_to_the_sides_mediators_and_mark(tmp_path: Path) -> None:
    article = article_in_folder(tmp_path, "talks", ARTICLE, "title: Ceasefire talks\n")
    async with reader_on(article.parent, size=(80, 24)) as (_app, pilot, screen):
        await press_each(pilot, "t")
        thread = screen.panel("tracker").thread
        assert thread is not None and thread.mediators and thread.parties
        thread_id = thread.id
    article.with_suffix(".yaml").write_text(
        "title: Ceasefire talks\n# the user's label\nnegotiations:\n"
        f"  {thread_id}: {{label: \"{LABEL}\", status: stalled}}\n", encoding="utf-8")
    for size in ((80, 24), (100, 30)):
        lines = await _head_at(article.parent, size)
        text = "\n".join(lines)
        assert lines[0].startswith("✎ Talks on the"), text
        assert any(line.startswith("mediator") for line in lines), text
        assert "Armenia" in text and "Azerbaijan" in text, text
        assert lines[-1] == "✎ status set by you", text
        label_lines = lines[:next(k for k, line in enumerate(lines) if "Armenia" in line
                                  and "·" in line)]
        cut = " ".join(label_lines)
        if not cut.endswith("line"):  # cut: at a word, with an ellipsis
            assert cut.endswith("…") and cut[:-1].rstrip() in "✎ " + LABEL, text
            assert (cut[:-1].rstrip() + " ") in "✎ " + LABEL + " ", text


async def test_three_sides_and_two_mediators_show_whole_the_trend_gives_way() -> None:
    """At the 29-column panel of 80x24, a head of three sides and two mediators lost the
    last mediator below its sixth line: the trend line (its arrow is on the badge) goes
    first, then the label is cut, then the head grows.  Invented states."""
    from dataclasses import replace

    from test_ui_tracker import PanelApp, make_briefing

    from briefing.model import Actor, Negotiation
    from briefing.ui.tracker import TrackerPanel

    base = make_briefing(label="Freedonia–Sylvania–Arland border and water talks",
                         parties=("freedonia", "sylvania", "arland"))
    thread = next(t for t in base.negotiations if t.id == "n1")
    thread = replace(thread, mediators=("grand_duchy", "north_marsh"))
    extra = (Actor("arland", "Arland Republic", "state", "party"),
             Actor("grand_duchy", "Grand Duchy of Lorem", "state", "party"),
             Actor("north_marsh", "North Marshland", "state", "party"),
             Actor("east_vale", "East Valeland", "state", "party"))
    briefing = replace(base, actors=(*base.actors, *extra), negotiations=(thread,))
    assert isinstance(thread, Negotiation) and thread.trend
    app = PanelApp(briefing, width=29)
    async with app.run_test(size=(40, 30)):
        head = app.query_one(TrackerPanel).query_one("#tracker-head", Static)
        strips = head.render_lines(Region(0, 0, head.size.width, head.size.height))
        lines = [strip.text.strip() for strip in strips]
        text = "\n".join(lines)
        for name in ("Freedonia", "Sylvania", "Arland Republic", "Grand Duchy of Lorem",
                     "North Marshland"):
            assert name in text.replace("\n  ", " ").replace("\n", " "), text
        assert lines[0].startswith("Freedonia–Sylvania"), text
        assert not any("improving" in line for line in lines), text  # the badge has "↗"
        assert len(lines) <= 6, text


async def test_a_dashed_label_breaks_after_a_dash_not_inside_a_name() -> None:
    """"United / States–Russia–Ukraine–Chi / na talks" at 80x24: a run of names joined by
    dashes is one word to a wrap, which folded it inside "China".  Invented states."""
    from test_ui_tracker import PanelApp, make_briefing

    from briefing.ui.tracker import TrackerPanel

    briefing = make_briefing(label="North Arland–Freedonia–Sylvania–Lorem talks")
    app = PanelApp(briefing, width=29)
    async with app.run_test(size=(40, 30)):
        head = app.query_one(TrackerPanel).query_one("#tracker-head", Static)
        strips = head.render_lines(Region(0, 0, head.size.width, head.size.height))
        lines = [strip.text.strip() for strip in strips]
        label = lines[:next(k for k, line in enumerate(lines) if line.startswith("↗"))]
        words = {"North", "Arland", "Freedonia", "Sylvania", "Lorem", "talks"}
        for line in label:
            for word in line.replace("–", " ").split():
                assert word in words, lines
        assert " ".join(label).replace("– ", "–") == "North Arland–Freedonia–Sylvania–Lorem talks"
