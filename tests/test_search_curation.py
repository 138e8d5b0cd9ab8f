"""Updating the index's actors for one curated document, without indexing the corpus again.

The property: after ``with_document_actors`` the index answers every query exactly as an index
built from scratch on the curated briefings (same actors in the same order, same mentions, same
hits).  The articles and actors are invented for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import article_in_folder
from test_search_fixtures import mentions_of

from briefing.corpus import document_from_text
from briefing.model import Actor, Briefing
from briefing.search import SearchIndex
from briefing.search.cache import apply_curation, index_key, index_path, load_index, load_or_build

TEXTS = {
    "harbour.txt": (
        "Harbour truce agreed\n\n"
        "The Coastal Guard and the Hill Brigade agreed a truce over the harbour on Tuesday.\n"
        "Envoy Mara Quell said the Coastal Guard would pull back its boats.\n"
        "Pull-back Terms\n"
        "The Hill Brigade, formerly the Hill Militia, asked for guarantees from the League.\n"
    ),
    "bridge.txt": (
        "Talks on the bridge stall\n\n"
        "Mara Quell met the Hill Brigade near the old bridge.\n"
        "The League of River Towns said talks would resume next week.\n"
    ),
    "valley.txt": (
        "Valley patrols resume\n\n"
        "The Coastal Guard sent patrols into the valley, the League said.\n"
        "Farmers asked Mara Quell to visit the valley.\n"
    ),
}

QUERIES = ["@hill", "@hill brigade", "@coastal", "@quell", "@league", "@", "@=hill_brigade",
           "@=coastal_guard", "@river", "@harbour guard", "@militia", "@sea wardens",
           "actor:mara", "@=league", "truce harbour"]


def _actors(name: str, text: str) -> tuple[Actor, ...]:
    out = []
    if name != "bridge.txt":
        out.append(Actor("coastal_guard", "Coastal Guard", "armed_forces", "party",
                         aliases=("Coastal Guard",), mentions=mentions_of(text, "Coastal Guard")))
    if name != "valley.txt":
        out.append(Actor("hill_brigade", "Hill Brigade", "armed_group", "party",
                         aliases=("Hill Brigade",), former_names=("Hill Militia",),
                         mentions=mentions_of(text, "Hill Brigade", "Hill Militia")))
    out.append(Actor("mara_quell", "Mara Quell", "person", "mediator", aliases=("Quell",),
                     mentions=mentions_of(text, "Mara Quell")))
    out.append(Actor("league", "League of River Towns" if name == "bridge.txt" else "League",
                     "igo", "mentioned", aliases=("League",),
                     mentions=mentions_of(text, "League of River Towns", "League")))
    return tuple(out)


def corpus(folder: str = "news") -> list[Briefing]:
    out = []
    for name, text in TEXTS.items():
        doc, _ = document_from_text(f"{folder}/{name}", text, sha256=f"sha-{name}")
        out.append(Briefing(document=doc, actors=_actors(name, text)))
    return out


def with_actors(briefing: Briefing, actors: tuple[Actor, ...], **edit: object) -> Briefing:
    """``briefing`` with ``actors`` and the sidecar's ``actors:`` section extended by ``edit``."""
    old = dict(briefing.document.curation.get("actors", {}))
    for op, value in edit.items():
        if isinstance(value, dict):
            old[op] = {**old.get(op, {}), **value}
        else:
            old[op] = [*old.get(op, []), value]
    doc = replace(briefing.document, curation={"actors": old} if old else {})
    return replace(briefing, document=doc, actors=actors)


def renamed(b: Briefing, actor_id: str, name: str) -> Briefing:
    return with_actors(b, tuple(
        replace(a, name=name, aliases=(*a.aliases, a.name), origin="user") if a.id == actor_id
        else a for a in b.actors), rename={actor_id: name})


def dropped(b: Briefing, actor_id: str) -> Briefing:
    return with_actors(b, tuple(a for a in b.actors if a.id != actor_id), drop=actor_id)


def added(b: Briefing, actor: Actor) -> Briefing:
    return with_actors(b, (*b.actors, actor), add={"id": actor.id})


def merged(b: Briefing, keep: str, other: str) -> Briefing:
    gone = b.actor(other)
    assert gone is not None
    return with_actors(b, tuple(
        replace(a, aliases=(*a.aliases, gone.name), mentions=tuple(sorted(
            (*a.mentions, *gone.mentions), key=lambda m: m.start))) if a.id == keep else a
        for a in b.actors if a.id != other), merge=[keep, other])


def assert_same(updated: SearchIndex, fresh: SearchIndex) -> None:
    assert updated.actors == fresh.actors
    for name in ("actor_off", "mention_unit", "mention_start", "mention_end"):
        assert list(getattr(updated, name)) == list(getattr(fresh, name)), name
    assert updated.alias_index() == fresh.alias_index()
    for query in QUERIES:
        a, b = updated.search(query, limit=100), fresh.search(query, limit=100)
        assert (a.actors, a.hits, a.total) == (b.actors, b.hits, b.total), query


def _edits() -> dict[str, tuple[int, object]]:
    valley = next(a for a in corpus()[2].actors if a.id == "mara_quell")
    return {
        "rename": (0, lambda b: renamed(b, "hill_brigade", "Sea Wardens")),
        "rename-first-of-many": (0, lambda b: renamed(b, "coastal_guard", "Harbour Guard")),
        "drop-shared": (0, lambda b: dropped(b, "coastal_guard")),
        "drop-everywhere-else-too": (1, lambda b: dropped(b, "hill_brigade")),
        "drop-first-document": (0, lambda b: dropped(b, "mara_quell")),
        "add-new": (1, lambda b: added(b, Actor(
            "river_towns", "River Towns", "other", "mentioned", aliases=("River Towns",),
            mentions=mentions_of(b.document.text, "River Towns"), origin="user"))),
        "add-alias": (2, lambda b: with_actors(b, tuple(
            replace(a, aliases=(*a.aliases, "Envoy")) if a.id == "mara_quell" else a
            for a in b.actors), add={"id": "mara_quell"})),
        "merge": (0, lambda b: merged(b, "league", "hill_brigade")),
        "new-first-document": (2, lambda b: added(dropped(b, "league"), replace(
            valley, id="hill_brigade", name="Valley Hill Brigade"))),
        "nothing-left": (1, lambda b: with_actors(b, (), drop="all")),
    }


@pytest.mark.parametrize("edit", sorted(_edits()))
def test_an_update_equals_a_fresh_build(edit: str) -> None:
    position, change = _edits()[edit]
    briefings = corpus()
    index = SearchIndex.build(briefings)
    before = {q: index.search(q, limit=100) for q in QUERIES}
    curated = list(briefings)
    curated[position] = change(briefings[position])
    updated = index.with_document_actors(briefings[position].document.path, curated[position])
    assert updated is not None and updated is not index
    assert_same(updated, SearchIndex.build(curated))
    for query, result in before.items():  # the old index is untouched (searches may run on it)
        assert index.search(query, limit=100).hits == result.hits


def test_a_rename_is_found_by_the_new_name_and_still_by_the_old_one() -> None:
    briefings = corpus()
    index = SearchIndex.build(briefings)
    assert not index.search("@sea wardens").hits
    new = renamed(briefings[0], "hill_brigade", "Sea Wardens")
    updated = index.with_document_actors(new.document.path, new)
    assert updated is not None
    result = updated.search("@sea wardens")
    assert result.actors[0].id == "hill_brigade"
    assert {h.path for h in result.hits} == {"news/harbour.txt", "news/bridge.txt"}
    assert updated.search("@hill brigade").actors[0].id == "hill_brigade"


def test_a_rename_in_a_later_document_is_found_by_its_new_name() -> None:
    briefings = corpus()
    index = SearchIndex.build(briefings)
    new = renamed(briefings[2], "coastal_guard", "Shore Watch")  # its first document is 0
    updated = index.with_document_actors(new.document.path, new)
    assert updated is not None
    result = updated.search("@shore watch")
    assert [a.id for a in result.actors] == ["coastal_guard"]
    assert "news/valley.txt" in {h.path for h in result.hits}
    curated = list(briefings)
    curated[2] = new
    assert_same(updated, SearchIndex.build(curated))


def test_a_dropped_actor_no_longer_returns_that_document() -> None:
    briefings = corpus()
    index = SearchIndex.build(briefings)
    assert "news/harbour.txt" in {h.path for h in index.search("@=coastal_guard").hits}
    new = dropped(briefings[0], "coastal_guard")
    updated = index.with_document_actors(new.document.path, new)
    assert updated is not None
    hits = updated.search("@=coastal_guard").hits
    assert hits and "news/harbour.txt" not in {h.path for h in hits}


def test_successive_updates_equal_a_fresh_build() -> None:
    briefings = corpus()
    index = SearchIndex.build(briefings)
    curated = list(briefings)
    for position, change in [(0, lambda b: renamed(b, "league", "Town League")),
                             (2, lambda b: dropped(b, "coastal_guard")),
                             (0, lambda b: dropped(b, "coastal_guard")),
                             (1, lambda b: merged(b, "mara_quell", "league"))]:
        curated[position] = change(curated[position])
        updated = index.with_document_actors(curated[position].document.path, curated[position])
        assert updated is not None
        index = updated
    assert_same(index, SearchIndex.build(curated))
    assert index.search("@coastal").actors == []


def test_a_changed_text_or_unknown_path_is_refused() -> None:
    briefings = corpus()
    index = SearchIndex.build(briefings)
    doc, _ = document_from_text("news/harbour.txt", TEXTS["harbour.txt"] + "\nA new line.\n",
                                sha256="other")
    assert index.with_document_actors("news/harbour.txt", Briefing(document=doc)) is None
    assert index.with_document_actors("news/none.txt", briefings[0]) is None


def test_an_index_loaded_from_its_file_updates_and_saves_under_the_new_key(tmp_path: Path
                                                                            ) -> None:
    briefings = corpus()
    built = load_or_build(briefings, tmp_path)
    loaded = load_index(index_key(briefings), tmp_path)  # mapped arrays, lazily read actors
    assert loaded is not None and loaded.source == index_path(index_key(briefings), tmp_path)
    curated = list(briefings)
    curated[0] = renamed(briefings[0], "hill_brigade", "Sea Wardens")
    published: list[tuple[object, object]] = []
    updated = apply_curation(lambda: loaded, lambda old, new: published.append((old, new)),
                             "news/harbour.txt", briefings[0], curated[0], curated,
                             cache_dir=tmp_path)
    assert updated is not None and published == [(loaded, updated)]
    fresh = SearchIndex.build(curated)
    assert_same(updated, fresh)
    # Saved under the key the next start computes, by copying the old file's text part.
    new_key = index_key(curated)
    assert updated.key == new_key and updated.source == index_path(new_key, tmp_path)
    again = load_index(new_key, tmp_path)
    assert again is not None
    assert_same(again, fresh)
    assert not index_path(index_key(briefings), tmp_path).exists()  # that sidecar is gone
    # ...and the next curation starts from the saved one.
    previous = curated[2]
    curated[2] = dropped(curated[2], "league")
    later = apply_curation(lambda: again, lambda old, new: None, "news/valley.txt",
                           previous, curated[2], curated, cache_dir=tmp_path)
    assert later is not None and later.key == index_key(curated)
    reloaded = load_index(index_key(curated), tmp_path)
    assert reloaded is not None
    assert_same(reloaded, SearchIndex.build(curated))
    del built


def test_no_save_when_the_index_is_not_the_corpus_before_the_edit(tmp_path: Path) -> None:
    briefings = corpus()
    index = load_or_build(briefings, tmp_path)
    curated = list(briefings)
    curated[0] = renamed(briefings[0], "hill_brigade", "Sea Wardens")
    wrong_old = dropped(briefings[0], "league")  # not what the index was built from
    updated = apply_curation(lambda: index, lambda old, new: None, "news/harbour.txt",
                             wrong_old, curated[0], curated, cache_dir=tmp_path)
    assert updated is not None and updated.search("@sea wardens").hits  # in memory: updated
    assert load_index(index_key(curated), tmp_path) is None  # but nothing claimed on disk
    assert index_path(index_key(briefings), tmp_path).exists()


def test_no_index_yet_means_nothing_to_update() -> None:
    briefings = corpus()
    assert apply_curation(lambda: None, lambda old, new: None, "news/harbour.txt",
                          briefings[0], briefings[0]) is None


# ---------------------------------------------------------------------- in the reader
ARTICLE = """Grain corridor talks move to Istanbul

Russia and Turkey agreed on Thursday to hold new talks on the grain corridor in Istanbul, the \
Turkish defence ministry said. Russian Foreign Minister Sergei Lavrov said the talks would start \
next week.

Shipping

The United Nations said ships were waiting at the ports. Turkey said it would inspect every \
ship. The harbour pilots asked for safe passage.
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return article_in_folder(tmp_path, "grain", ARTICLE,
                             "# notes\ntitle: Grain corridor talks move to Istanbul\n")


async def _ready(pilot):
    from conftest import main_screen

    screen = await main_screen(pilot, rounds=6)
    assert screen.session.search_index() is not None
    return screen


def _paths(result) -> set[str]:
    return {Path(h.path).name for h in result.hits}


async def test_rename_in_the_parties_panel_is_found_by_search_at_once(article: Path) -> None:
    from _reader_app import rename_actor

    from briefing.ui.app import BriefingApp

    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        before = screen.session.search_index()
        assert not screen.session.search_index().search("@Anatolia Republic").hits
        await rename_actor(pilot, screen, "turkey", "Anatolia Republic")
        screen = await _ready(pilot)
        index = screen.session.search_index()
        assert index is not before  # swapped in, not rebuilt: the text side is shared
        assert index.post is before.post and index.vocab is before.vocab
        result = index.search("@Anatolia Republic")
        assert result.actors[0].id == "turkey" and _paths(result) == {"grain.txt"}
        assert index.search("@turkey").actors[0].id == "turkey"  # the old name: an alias
        # Saved under the corpus's new key: the next start loads it instead of building.
        from briefing.search.cache import index_key, load_index

        saved = load_index(index_key(screen.session.briefings))
        assert saved is not None and saved.search("@Anatolia Republic").hits
        # And through the search screen, as a user would.
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"@anatolia")
        from conftest import settle

        await settle(pilot, rounds=6)
        search = app.screen
        assert search.result is not None and search.result.actors[0].id == "turkey"
        assert search.result_hits


async def test_drop_and_add_in_the_parties_panel_change_what_search_finds(article: Path
                                                                          ) -> None:
    from _reader_app import open_parties_on

    from briefing.ui.app import BriefingApp
    from briefing.ui.dialogs import AddActorScreen, ConfirmScreen

    app = BriefingApp([str(article.parent)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(pilot)
        assert _paths(screen.session.search_index().search("@=un")) == {"grain.txt"}
        await open_parties_on(pilot, screen, "un")
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        screen = await _ready(pilot)
        assert screen.briefing.actor("un") is None
        index = screen.session.search_index()
        gone = index.search("@=un")
        assert not gone.actors and not gone.hits  # its only document: no longer returned
        assert "grain.txt" not in _paths(index.search("@united nations"))
        # Add a name the extractor missed: search finds it at once.
        assert not index.search("@harbour pilots").hits
        await pilot.press("plus")
        await pilot.pause()
        assert isinstance(app.screen, AddActorScreen)
        app.screen.dismiss(("harbour pilots", "organization"))
        screen = await _ready(pilot)
        found = screen.session.search_index().search("@harbour pilots")
        assert found.actors and found.actors[0].name == "harbour pilots"
        assert _paths(found) == {"grain.txt"}
        assert any("harbour pilots" in h.snippet for h in found.hits)


def test_the_extractor_version_in_the_key_does_not_depend_on_what_is_imported() -> None:
    """The CLI (extractor not imported) and the reader (imported) must agree on index keys."""
    import subprocess
    import sys

    code = ("from briefing.search.keys import key_from_lines as k; a = k([]); "
            "import briefing.extract.pipeline as p; print(a == k([]) and p.EXTRACTOR_VERSION != '')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_an_index_still_being_built_is_waited_for_and_updating_twice_is_harmless() -> None:
    briefings = corpus()
    built = SearchIndex.build(briefings)  # the build started before the edit
    calls = {"n": 0}

    def current() -> SearchIndex | None:
        calls["n"] += 1
        return built if calls["n"] > 3 else None

    new = renamed(briefings[1], "league", "Town League")
    published: list[object] = []
    updated = apply_curation(current, lambda old, idx: published.append(idx), new.document.path,
                             briefings[1], new, wait=30.0)
    assert updated is not None and published == [updated] and calls["n"] > 3
    curated = list(briefings)
    curated[1] = new
    assert_same(updated, SearchIndex.build(curated))
    again = updated.with_document_actors(new.document.path, new)  # already has the edit
    assert again is not None
    assert_same(again, SearchIndex.build(curated))
    assert apply_curation(lambda: None, lambda old, idx: None, new.document.path, briefings[1],
                          new, wait=5.0, cancelled=lambda: True) is None  # stops at once
