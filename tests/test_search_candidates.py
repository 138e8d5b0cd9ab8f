"""Ambiguous actor queries: the candidates are rows above the hits, and choosing one narrows the
search to exactly that actor (the search screen, the engine's ``@=id`` and the CLI's JSON).

The articles and actors are invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _search_app import SearchApp, searched, settle
from test_search_fixtures import mentions_of
from textual.widgets import Input, OptionList, Static

from briefing.corpus import document_from_text
from briefing.model import Actor, Briefing
from briefing.search import SearchHit, SearchIndex
from briefing.search.results import ActorMatch
from briefing.ui.search import MAX_CANDIDATES, SearchScreen, candidate_row

TEXTS = {
    "ridge.txt": (
        "Ridge talks open\n\n"
        "The Northern Front said on Monday it would attend the talks on the ridge.\n"
        "A Northern Front commander, Ilsa Varro, asked for a prisoner exchange first.\n"
        "Northern Alliance delegates arrived a day later.\n"
    ),
    "delta.txt": (
        "Delta ceasefire extended\n\n"
        "The Northern Alliance and the Delta Council extended the ceasefire by a month.\n"
        "The Delta Council thanked the mediators; the Northern Alliance made no comment.\n"
        "Ilsa Varro said the Northern Front was not bound by the deal.\n"
    ),
}


def make_briefings() -> list[Briefing]:
    out = []
    for name, text in TEXTS.items():
        doc, _ = document_from_text(f"corpus/{name}", text, sha256=f"sha-{name}")
        actors = [
            Actor("northern_front", "Northern Front", "armed_group", "party",
                  aliases=("Northern Front", "NF"), former_names=("Ridge Guard",),
                  mentions=mentions_of(text, "Northern Front")),
            Actor("northern_alliance", "Northern Alliance", "armed_group", "party",
                  aliases=("Northern Alliance",), mentions=mentions_of(text, "Northern Alliance")),
            Actor("ilsa_varro", "Ilsa Varro", "person", "party",
                  mentions=mentions_of(text, "Ilsa Varro")),
        ]
        if name == "delta.txt":
            actors.append(Actor("delta_council", "Delta Council", "government", "party",
                                mentions=mentions_of(text, "Delta Council")))
        out.append(Briefing(document=doc, actors=tuple(a for a in actors if a.mentions)))
    return out


BRIEFINGS = make_briefings()
INDEX = SearchIndex.build(BRIEFINGS)


def paragraphs_naming(name: str) -> set[tuple[str, int]]:
    """(path, paragraph start) of every paragraph whose text contains ``name``: the answer,
    computed from the documents, not by the engine."""
    found = set()
    for b in BRIEFINGS:
        for p in b.document.paragraphs:
            if name in b.document.text[p.start:p.end]:
                found.add((b.document.path, p.start))
    return found


def rows(screen: SearchScreen) -> list[str]:
    options = screen.query_one("#search-results", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


# ---------------------------------------------------------------------- the engine
def test_exact_id_form_means_that_actor_only() -> None:
    ambiguous = INDEX.search("@northern")
    assert {a.id for a in ambiguous.actors} >= {"northern_front", "northern_alliance"}
    exact = INDEX.search("@=northern_alliance", limit=100)
    assert [a.id for a in exact.actors] == ["northern_alliance"]
    assert {(h.path, h.start) for h in exact.hits} == paragraphs_naming("Northern Alliance")
    assert INDEX.search("@=NORTHERN_ALLIANCE").actors[0].id == "northern_alliance"
    for missing in ("@=northern", "@=", "@= ", "actor:=nobody"):
        result = INDEX.search(missing)
        assert result.mode == "actor" and not result.actors and not result.hits, missing


def test_actor_match_json_fields() -> None:
    match = INDEX.search("@=northern_front").actors[0]
    assert match.to_dict() == {"id": "northern_front", "name": "Northern Front",
                               "kind": "armed_group", "aliases": ["NF"],
                               "former_names": ["Ridge Guard"],
                               "paragraphs": len(paragraphs_naming("Northern Front"))}


def test_candidate_row_is_plain_text_not_markup() -> None:
    match = ActorMatch("x", "[b]Bold[/b] [@click=app.quit]", "armed_group", ("[/]",), (),
                       "x", 90.0, 3)
    text = str(candidate_row(match, shown=True))
    assert "[b]Bold[/b]" in text and "[@click=app.quit]" in text and "[/]" in text
    assert "armed group" in text and "3 paragraphs" in text and "▼" in text
    assert candidate_row(match, width=20).cell_length == 20  # one line, cut


def test_candidate_rows_name_the_kind_as_the_panels_do() -> None:
    """"@ United Nations  igo" (user test, session 11): the kind in the parties panel's words."""
    match = ActorMatch("fl", "Freedonian League", "igo", (), (), "fl", 90.0, 2)
    text = str(candidate_row(match))
    assert "intl. org." in text and "igo" not in text


# ---------------------------------------------------------------------- the screen
async def test_candidates_are_rows_above_the_hits_and_enter_still_opens_the_best_hit() -> None:
    async with searched(INDEX, "@northern") as (pilot, app, screen):
        candidates = screen.result_candidates
        assert len(candidates) >= 2
        assert {c.id for c in candidates} >= {"northern_front", "northern_alliance"}
        shown = rows(screen)
        assert len(shown) == len(candidates) + len(screen.result_hits)
        assert "Northern Front" in shown[0] or "Northern Alliance" in shown[0]
        assert all(isinstance(h, SearchHit) for h in screen.result_hits)  # never a candidate
        results = screen.query_one("#search-results", OptionList)
        assert results.highlighted == len(candidates)  # on the first hit
        best = screen.result_hits[0]
        await pilot.press("enter")
        await pilot.pause()
    assert app.chosen == [best]


async def test_up_then_enter_on_a_candidate_narrows_to_exactly_that_actor() -> None:
    async with searched(INDEX, "@northern") as (pilot, app, screen):
        last = screen.result_candidates[-1]
        await pilot.press("up")  # from the first hit to the last candidate
        await pilot.press("enter")
        await settle(pilot, app)
        box = screen.query_one("#search-input", Input)
        assert box.value == f"@={last.id}"
        assert app.chosen == []  # still searching
        assert [a.id for a in screen.result.actors] == [last.id]
        assert screen.result_candidates == []
        assert rows(screen) and len(rows(screen)) == len(screen.result_hits)
        name = INDEX.actors[INDEX.aid_of(last.id)].name
        assert {(h.path, h.start) for h in screen.result_hits} == paragraphs_naming(name)
        status = str(screen.query_one("#search-status", Static).render())
        assert "· or:" not in status and name in status
        await pilot.press("enter")  # now enter opens that actor's best paragraph
        await pilot.pause()
    assert len(app.chosen) == 1 and app.chosen[0] is screen.result_hits[0]


async def test_clicking_a_candidate_narrows_to_it() -> None:
    async with searched(INDEX, "@northern") as (pilot, app, screen):
        second = screen.result_candidates[1]
        assert await pilot.click("#search-results", offset=(4, 1))  # the second row
        await settle(pilot, app)
        assert screen.query_one("#search-input", Input).value == f"@={second.id}"
        assert [a.id for a in screen.result.actors] == [second.id]
        assert screen.result_hits and app.chosen == []


async def test_at_key_mode_lists_the_most_mentioned_actors_to_choose_from() -> None:
    app = SearchApp(lambda: INDEX, mode="actor")
    async with app.run_test(size=(110, 30)) as pilot:
        await settle(pilot, app)
        screen = app.screen_ref
        assert screen.query_one("#search-input", Input).value == "@"
        assert not screen.result_hits
        candidates = screen.result_candidates
        assert 2 <= len(candidates) <= MAX_CANDIDATES
        assert "choose one" in str(screen.query_one("#search-status", Static).render())
        assert screen.query_one("#search-results", OptionList).highlighted == 0
        await pilot.press("down", "enter")
        await settle(pilot, app)
        assert screen.query_one("#search-input", Input).value == f"@={candidates[1].id}"
        assert [a.id for a in screen.result.actors] == [candidates[1].id]
        assert screen.result_hits


async def test_a_single_match_shows_no_candidate_rows() -> None:
    async with searched(INDEX, "@delta council") as (pilot, app, screen):
        assert [a.id for a in screen.result.actors] == ["delta_council"]
        assert screen.result_candidates == []
        assert len(rows(screen)) == len(screen.result_hits) == 2


# ---------------------------------------------------------------------- the CLI
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in TEXTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus


def run_cli(argv: list[str], capsys) -> tuple[int, str]:
    from briefing.search.command import run

    code = run(argv, lambda paths: list(paths), lambda problems: None)
    return code, capsys.readouterr().out


def test_cli_json_lists_the_actors_of_an_actor_query(folder: Path, capsys) -> None:
    code, out = run_cli(["@northern", str(folder), "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and list(data)[:2] == ["query", "hits"]
    assert data["query"] == "@northern"
    assert len(data["actors"]) >= 2  # the extractor's actors: both Northern groups at least
    assert all("Northern" in a["name"] for a in data["actors"])
    assert all(set(a) == {"id", "name", "kind", "aliases", "former_names", "paragraphs"}
               for a in data["actors"])
    assert all(a["paragraphs"] >= 1 for a in data["actors"])
    first = data["actors"][0]["id"]
    _, out = run_cli([f"@={first}", "--json", str(folder)], capsys)
    exact = json.loads(out)
    assert [a["id"] for a in exact["actors"]] == [first]
    assert exact["hits"] and all("Northern" in h["snippet"] for h in exact["hits"])
    _, out = run_cli(["ceasefire", str(folder), "--json"], capsys)
    assert set(json.loads(out)) == {"query", "hits"}  # a text query: keys unchanged


def test_a_typed_part_of_the_matched_name_finds_where_it_is_written():
    """"@lavrov gen…" aside: "@nusra" matches the former name "Nusra Front"; a paragraph that
    writes only "Nusra" (no full name the index knows) is that actor too."""
    from test_search_fixtures import make_briefings

    from briefing.corpus import document_from_text
    from briefing.model import Briefing
    from briefing.search import SearchIndex

    doc, _ = document_from_text("corpus/brief.txt", "Brief\n\nNusra fighters left the city.\n"
                                "Nobody else was named.\n", sha256="sha-brief")
    index = SearchIndex.build([*make_briefings(), Briefing(document=doc)])
    result = index.search("@nusra")
    assert result.actors[0].id == "jfs"
    paths = {h.path for h in result.hits}
    assert "corpus/brief.txt" in paths
    brief = next(h for h in result.hits if h.path == "corpus/brief.txt")
    assert brief.spans and all(doc.text[s:e].lower() == "nusra" for s, e in brief.spans)
    # Words that are not part of the matched name add nothing ("@nusr" is a typo of it).
    assert "corpus/brief.txt" not in {h.path for h in index.search("@jabhat").hits}
