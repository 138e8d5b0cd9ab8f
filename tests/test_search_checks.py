"""A query with a filter lacking its value, a value not understood, ``role:`` without an
actor, or an ``@`` without a name: said with what is accepted; a usage error (status 2) in
the shell, a message (never a crash) in the reader."""

from __future__ import annotations

import pytest
from _corpus_files import write_docs
from _search_app import index_of, searched, settle
from textual.widgets import Static

from briefing.cli import main
from briefing.search.checks import EMPTY_ACTOR, ROLE_WITHOUT_ACTOR, query_problems

# Invented reports.
DOCS = {
    "a1": ("2032-02-03", "Qatar hosts truce talks\n\nQatar mediated the truce between Chile "
                         "and Peru in Doha, officials said.\n"),
    "a2": ("2032-03-09", "Truce collapses\n\nThe truce between Chile and Peru collapsed on "
                         "Monday after shelling near the border.\n"),
}


@pytest.mark.parametrize(("query", "expected"), [
    ("truce role:", "role: needs a value: mediator, side, party or mentioned"),
    ("@qatar role:", "role: needs a value: mediator, side, party or mentioned"),
    ("@qatar role:judge", "role:judge is not one of mediator, side, party, mentioned"),
    ("status:", "status: needs a value: exploratory, ongoing, near_agreement"),
    ("truce status:won", "status:won is not one of exploratory"),
    ("truce after:", "after: needs a value: a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("truce before:2025-13", "before:2025-13 is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("truce source:", "source: needs a value: text of the source or path"),
    ('truce source:""', "source: needs a value"),
    ("truce sort:", "sort: needs a value: relevance or date"),
    ("truce role:mediator", ROLE_WITHOUT_ACTOR),
    ("@", EMPTY_ACTOR),
    ("@=", EMPTY_ACTOR),
    ("truce @", EMPTY_ACTOR),
    ("actor:", EMPTY_ACTOR),
])
def test_each_problem_is_named_with_what_is_accepted(query, expected):
    problems = query_problems(query)
    assert len(problems) == 1 and problems[0].startswith(expected)


@pytest.mark.parametrize("query", [
    "truce", "@qatar role:mediator", "status:collapsed", "status:near", "after:2032-02",
    'source:"daily wire"', "sort:date truce", "email@example.org", "truce -@", "@kerry"])
def test_good_queries_have_no_problem(query):
    assert query_problems(query) == []


@pytest.mark.parametrize("query", ["truce role:", "status:", "truce after:", "before:x",
                                   "source:", "truce role:mediator", "status:won"])
def test_the_shell_says_it_and_exits_2_before_indexing(query, tmp_path, capsys,
                                                       briefing_home):
    write_docs(tmp_path, DOCS)
    assert main(["search", query, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing search: ") and ("needs a value" in err or "is not" in err
                                                   or "applies to an @actor" in err)
    assert not list(briefing_home.rglob("index-*.idx"))  # nothing was built to say it


def test_a_bare_at_lists_the_actors_it_could_mean(tmp_path, capsys):
    write_docs(tmp_path, DOCS)
    assert main(["search", "@", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "no match" not in captured.out
    assert EMPTY_ACTOR in captured.err and "the actors mentioned most:" in captured.err
    assert "(@=qatar)" in captured.err


def test_quotes_refuses_a_bare_at(tmp_path, capsys):
    write_docs(tmp_path, DOCS)
    assert main(["quotes", "@", str(tmp_path)]) == 2
    assert EMPTY_ACTOR in capsys.readouterr().err


@pytest.mark.parametrize(("typed", "said"), [
    ("truce role:", "role: needs a value: mediator, side, party or mentioned"),
    ("truce after:", "after: needs a value: a date"),
    ("truce before:2032-13", "before:2032-13 is not a date"),
    ("status:", "status: needs a value"),
    ("truce role:mediator", "role: applies to an @actor"),
    ("@", "type a name after @ — or choose one of the actors mentioned most"),
    ("truce @", "type a name after @"),
])
async def test_the_reader_shows_the_message(tmp_path, typed, said):
    index = index_of(tmp_path, DOCS)
    async with searched(index, typed, size=(160, 30)) as (_pilot, _app, screen):
        status = str(screen.query_one("#search-status", Static).render())
        assert said in status
        if typed.startswith("@"):  # the actors to choose from, and no actor's hits
            assert not screen.result_hits and screen.result_candidates


async def test_on_a_narrow_screen_the_problem_comes_first(tmp_path):
    index = index_of(tmp_path, DOCS)
    async with searched(index, "truce after:", size=(44, 15)) as (_pilot, _app, screen):
        assert screen.result_hits  # the rest of the query is still searched
        status = str(screen.query_one("#search-status", Static).render())
        assert status.startswith("ignored: after: needs a value")


async def test_a_status_that_wraps_gets_its_lines_and_one_line_again_after(tmp_path):
    """The status line is laid out again only when its height may change: a one-line count
    after a one-line count keeps its line; a message longer than the width wraps in full."""
    index = index_of(tmp_path, DOCS)
    async with searched(index, "truce", size=(44, 15)) as (pilot, app, screen):
        status = screen.query_one("#search-status", Static)
        assert status.size.height == 1
        await pilot.press(*" before:2032-13")
        await settle(pilot, app)
        assert status.size.height > 1
        assert len(status.render_lines(status.region.reset_offset)) == status.size.height
        for _ in " before:2032-13":
            await pilot.press("backspace")
        await settle(pilot, app)
        assert status.size.height == 1
