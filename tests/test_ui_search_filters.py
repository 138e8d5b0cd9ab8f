"""The search screen with filters: date and source on each hit, ctrl+s sorts by date, a
chosen actor keeps the filters typed beside it."""

from __future__ import annotations

from _corpus_files import write_docs
from _search_app import index_of, searched, settle
from test_search_filters import ARTICLES
from textual.widgets import Input, Static

from briefing.ui.search import hit_row


async def test_ctrl_s_sorts_newest_first_and_rows_show_date_and_source(tmp_path):
    async with searched(index_of(tmp_path, ARTICLES), "truce") as (pilot, app, screen):
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        dates = [h.date for h in screen.result_hits]
        assert screen.sort == "date" and dates == sorted(dates, reverse=True)
        assert "newest first" in str(screen.query_one("#search-status", Static).render())
        assert "2024-05-10 · Daily Two" in hit_row(screen.result_hits[0]).plain
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert screen.sort == "relevance"


async def test_choosing_an_actor_keeps_words_and_filters(tmp_path):
    index = index_of(tmp_path, ARTICLES)
    async with searched(index, "truce @qatar role:mediator") as (pilot, app, screen):
        assert screen.result_hits
        screen.choose_actor(screen.result.actors[0])
        await settle(pilot, app)
        value = screen.query_one("#search-input", Input).value
        assert value == "truce @=qatar role:mediator"
        assert screen.result_hits


async def test_a_filter_not_understood_is_said(tmp_path):
    index = index_of(tmp_path, ARTICLES)
    async with searched(index, "truce status:won") as (_pilot, _app, screen):
        status = str(screen.query_one("#search-status", Static).render())
        assert "status:won is not one of" in status


async def test_a_filter_not_understood_is_said_beside_an_actor_and_whole(tmp_path):
    """An actor query's line said only "actor: Qatar — N paragraphs": the note went; and at
    80 columns the note was cut to "status:won is not one of exploratory, ongoing,"."""
    index = index_of(tmp_path, ARTICLES)
    async with searched(index, "@qatar status:won", size=(80, 30)) as (_pilot, _app, screen):
        widget = screen.query_one("#search-status", Static)
        status = str(widget.render())
        assert "status:won is not one of" in status and "actor: Qatar" in status
        assert widget.size.height > 1  # wrapped, not cut
        assert "collapsed" in " ".join(
            screen.query_one("#search-status").render_line(y).text
            for y in range(widget.size.height))


async def test_the_reader_on_a_sub_folder_reuses_the_folders_index(tmp_path, briefing_home):
    from conftest import main_screen

    from briefing.cli import main
    from briefing.ui.app import BriefingApp

    write_docs(tmp_path, ARTICLES)
    (tmp_path / "sub").mkdir()
    write_docs(tmp_path / "sub", {"a3": ARTICLES["a3"]})
    assert main(["search", "truce", str(tmp_path)]) == 0  # indexes the whole folder
    indexes = sorted(briefing_home.rglob("index-*.idx"))
    assert len(indexes) == 1
    app = BriefingApp([str(tmp_path / "sub")])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot, rounds=6)
        index = screen.session.search_index()
        assert index is not None and index.scope is not None
        hits = index.search("truce", 50).hits
        assert hits and {h.path for h in hits} == {str(tmp_path / "sub" / "a3.txt")}
    assert sorted(briefing_home.rglob("index-*.idx")) == indexes  # no second index


async def test_a_long_explanation_fits_the_status_whole(tmp_path):
    """``[/] x status:won role: @`` made a status of five lines cut to three (two at 40x15),
    ending in a dangling "·" and hiding what to type: it is shortened to fit, whole."""
    index = index_of(tmp_path, ARTICLES)
    for size in ((80, 24), (40, 15)):
        async with searched(index, "[/] x status:won role: @", size=size) as (_p, _a, screen):
            widget = screen.query_one("#search-status", Static)
            shown = " ".join(widget.render_line(y).text.strip()
                             for y in range(widget.size.height))
            whole = str(widget.render())
            assert widget.size.height <= (3 if size[0] == 80 else 2)
            assert " ".join(shown.split()) == " ".join(whole.split()), size  # nothing hidden
            assert not whole.rstrip().endswith(("·", ";", ",", ":")), whole
            assert "status:won" in whole and "role:" in whole and "after @" in whole, whole


def test_the_status_is_shortened_part_by_part_then_cut_on_a_word() -> None:
    from briefing.ui.search_status import Part, fit_status

    parts = [Part(("aaaa bbbb cccc dddd eeee", "aaaa")), Part(("ffff gggg hhhh", "ffff")),
             Part(("iiii",))]
    assert fit_status(parts, 80, 1).plain == "aaaa bbbb cccc dddd eeee · ffff gggg hhhh · iiii"
    assert fit_status(parts, 30, 1).plain == "aaaa · ffff gggg hhhh · iiii"
    assert fit_status(parts, 12, 1).plain == "aaaa · ffff"
    assert fit_status([Part(("one two three four five",))], 12, 1).plain == "one two…"


async def test_the_explanation_is_fitted_again_when_the_terminal_shrinks(tmp_path):
    """Fitted to three lines at 80x24, the status was cut to two at 40x15 (and to the
    narrower width) until the next keystroke."""
    index = index_of(tmp_path, ARTICLES)
    async with searched(index, "x status:won role: @", size=(80, 24)) as (pilot, app, screen):
        await pilot.resize_terminal(40, 15)
        await settle(pilot, app)
        for _ in range(3):
            await pilot.pause()
        widget = screen.query_one("#search-status", Static)
        shown = " ".join(widget.render_line(y).text.strip() for y in range(widget.size.height))
        whole = str(widget.render())
        assert widget.size.height <= 2
        assert " ".join(shown.split()) == " ".join(whole.split())
        assert "after @" in whole, whole


def test_notes_are_shortened_one_at_a_time_longest_first() -> None:
    from types import SimpleNamespace

    from briefing.ui.search_status import fit_status, status_parts

    result = SimpleNamespace(notes=["status:won is not one of agreed, stalled, collapsed, "
                                    "exploratory, ongoing", "role: needs a value: side, party"],
                             hits=[], mode="text")
    parts = status_parts(result)
    assert parts[0].forms[1] == ("ignored: status:won is not a status; role: needs a value: "
                                 "side, party")
    assert parts[0].forms[-1] == "ignored: status:won, role:"
    assert fit_status(parts, 40, 2).plain == ("ignored: status:won is not a status; role: "
                                              "needs a value · no match")
