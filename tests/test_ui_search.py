"""The search screen in a small test app: typing, results, highlight, enter, escape, actors."""

from __future__ import annotations

from typing import Any

from _search_app import SearchApp, searched, settle
from conftest import until
from test_search_fixtures import make_briefings
from textual.widgets import Input, OptionList, Static

from briefing.search import SearchIndex
from briefing.ui.search import hit_row

INDEX = SearchIndex.build(make_briefings())


def status_text(screen) -> str:
    return str(screen.query_one("#search-status", Static).render())


async def test_typing_shows_hits_and_enter_returns_the_selected_one():
    async with searched(INDEX, "lavorv", size=(100, 30)) as (pilot, app, screen):
        results = screen.query_one("#search-results", OptionList)
        assert results.option_count == len(screen.result_hits) >= 2
        assert "match" in status_text(screen)
        await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
    assert len(app.chosen) == 1
    chosen = app.chosen[0]
    assert chosen is screen.result_hits[1]
    text = make_briefings()[chosen.doc_index].document.text
    assert [text[s:e] for s, e in chosen.spans] == ["Lavrov"]


async def test_escape_returns_none():
    app = SearchApp(lambda: INDEX)
    async with app.run_test() as pilot:
        await pilot.press(*"ceasefire")
        await settle(pilot, app)
        await pilot.press("escape")
        await pilot.pause()
    assert app.chosen == [None]


async def test_results_follow_the_latest_keystroke():
    app = SearchApp(lambda: INDEX)
    async with app.run_test() as pilot:
        await pilot.press(*"interest")
        await pilot.press(*" -bonds")
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen.query_one("#search-input", Input).value == "interest -bonds"
        assert screen.result_hits
        assert all("bonds" not in h.snippet for h in screen.result_hits)


async def test_actor_mode_prefills_at_and_lists_candidates():
    app = SearchApp(lambda: INDEX, mode="actor")
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen.query_one("#search-input", Input).value == "@"
        await pilot.press(*"al sham")
        await settle(pilot, app)
        assert screen.result_hits
        status = status_text(screen)
        assert "actor:" in status and "or:" in status


async def test_indexing_message_then_results_when_the_index_arrives():
    holder: dict[str, Any] = {"index": None}
    app = SearchApp(lambda: holder["index"])
    async with app.run_test() as pilot:
        await pilot.press(*"lavrov")
        await settle(pilot, app)
        screen = app.screen_ref
        assert "indexing" in status_text(screen)
        assert not screen.result_hits
        holder["index"] = INDEX
        # the screen tries again on a timer (not a search in progress: settle does not wait)
        await until(pilot, lambda: bool(screen.result_hits))
        await settle(pilot, app)
        assert screen.result_hits


async def test_hostile_text_is_not_markup_and_odd_queries_do_not_crash():
    app = SearchApp(lambda: INDEX)
    async with app.run_test() as pilot:
        for query in ["[R-TX]", "[/]", '"', "\\", "*", "[@click=app.quit]"]:
            box = app.screen_ref.query_one("#search-input", Input)
            box.value = query
            await settle(pilot, app)
        box.value = "usd peg"
        await settle(pilot, app)
        hits = app.screen_ref.result_hits
        assert hits and "[USD]" in hits[0].snippet
        assert "[USD]" in str(hit_row(hits[0]))
        assert app.is_running


async def test_an_actor_query_on_a_text_only_index_says_the_actors_are_not_known_yet():
    """While a big folder's actors are analysed (the text is indexed first), "@lavrov" is not
    "no actor by that name": the screen says that they are not known yet."""
    from briefing.search import textfirst
    from briefing.search.build import text_data

    data, texts = text_data([b.document for b in make_briefings()], variants=False)
    pending = textfirst.pending_index(data, texts)
    for index, said in ((pending, "the actors are not known yet"),
                        (INDEX, "actor: ")):
        app = SearchApp(lambda index=index: index, mode="actor")
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.press(*"lavrov")
            await settle(pilot, app)
            assert said in status_text(app.screen_ref)
    app = SearchApp(lambda: pending, mode="actor")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press(*"zzzq")  # the words without @ search now; an unknown name is
        await settle(pilot, app)  # still not called unknown while the actors are pending
        assert "no actor by that name" not in status_text(app.screen_ref)


def test_an_actor_query_on_a_text_only_index_searches_the_name_as_words() -> None:
    """"@putin" while the actors were analysed said "the words without @ search now" and
    listed nothing (there were no other words): the name is searched as words meanwhile, with
    the operators after it; the status line says so."""
    from briefing.search import textfirst
    from briefing.search.build import text_data
    from briefing.ui.search import status_line

    data, texts = text_data([b.document for b in make_briefings()], variants=False)
    pending = textfirst.pending_index(data, texts)
    words = pending.search("lavrov")
    assert words.hits
    for query in ("@lavrov", "actor:lavrov", "@lavorv"):
        result = pending.search(query)
        assert [h.start for h in result.hits] == [h.start for h in words.hits], query
        assert "searched as words" in str(status_line(result, actors_pending=True))
    assert not pending.search("@lavrov -lavrov").hits
    assert "no actor by that name" not in str(status_line(pending.search("@zzzq"), True))
    assert INDEX.search("@lavrov").actors  # a full index: the actor, as before
