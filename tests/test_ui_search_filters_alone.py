"""A query of filters alone in the search field: never a bare "no match" (there were no
words to match), never an error. ``sort:date`` alone lists the documents newest first;
``sort:`` and ``sort:relevance`` alone say a filter needs something to search; ``@=`` alone
asks for an actor's id; narrowing filters that leave no document say so."""

from __future__ import annotations

from _search_app import index_of, searched
from test_search_filters import ARTICLES
from textual.widgets import Static

from briefing.search.checks import NO_DOCUMENT_PASSES, NOTHING_TO_SEARCH, filters_only


def _status(screen) -> str:
    widget = screen.query_one("#search-status", Static)
    return " ".join(widget.render_line(y).text for y in range(widget.size.height))


async def test_sort_date_alone_lists_the_documents_newest_first(tmp_path):
    async with searched(index_of(tmp_path, ARTICLES), "sort:date") as (_p, _a, screen):
        dates = [h.date or "" for h in screen.result_hits]
        assert dates and dates == sorted(dates, reverse=True)
        assert "no match" not in _status(screen)


async def test_sort_alone_says_what_the_filter_needs(tmp_path):
    async with searched(index_of(tmp_path, ARTICLES), "sort:", size=(80, 24)) as (
            _p, _a, screen):
        status = _status(screen)
        assert "sort: needs a value" in status
        assert "searches nothing" in status and "no match" not in status


async def test_sort_relevance_alone_is_not_a_silent_no_match(tmp_path):
    async with searched(index_of(tmp_path, ARTICLES), "sort:relevance", size=(80, 24)) as (
            _p, _a, screen):
        assert not screen.result_hits
        assert "searches nothing" in _status(screen)


async def test_exact_actor_without_an_id_asks_for_one(tmp_path):
    async with searched(index_of(tmp_path, ARTICLES), "@=", size=(80, 24)) as (
            _p, _a, screen):
        assert "id after @=" in _status(screen)


def test_filters_only_in_words():
    assert filters_only("sort:") == NOTHING_TO_SEARCH
    assert filters_only("sort:relevance") == NOTHING_TO_SEARCH
    assert filters_only("after:2090") == NO_DOCUMENT_PASSES
    assert filters_only("truce sort:date") is None
    assert filters_only("@qatar after:2090") is None
    assert filters_only("") is None and filters_only("   ") is None


def test_cli_says_why_a_filter_alone_found_nothing(tmp_path):
    from briefing.search.command import _text_lines

    index = index_of(tmp_path, ARTICLES)
    assert _text_lines(index.search("sort:relevance"))[-1].startswith("no match (a filter alone")
    assert _text_lines(index.search("after:2090"))[-1] == f"no match ({NO_DOCUMENT_PASSES})"
    assert index.search("sort:date").hits
