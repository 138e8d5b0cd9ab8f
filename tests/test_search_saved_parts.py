"""What a one-shot search reads of the per-document facets is saved apart (the groups of
identical documents, each document's date and source): a loaded index answers exactly as the
index built in memory, with or without those parts, over all documents or a scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from _corpus_files import write_docs

from briefing.analysis.runner import analyse_corpus
from briefing.search import SearchIndex, load_or_build
from briefing.search.cache import index_key, load_index

# Invented places and people; each file has a sidecar with its date and source.
ARTICLES = {
    "b1": ("2024-03-04", "Wire One",
           "Ruritania and Borduria agree truce\n\n"
           "Ruritania and Borduria agreed on Monday to a truce after talks in Doha, officials "
           "said.\n\nA monitoring mission will oversee the truce.\n"),
    "b2": ("2024-05-10", "Daily Two",
           "Truce collapses\n\nThe truce between Ruritania and Borduria collapsed on Friday.\n"),
    "b3": ("", "",
           "Grain talks stall\n\nGrain talks between Sylvania and Freedonia stalled over the "
           "truce quotas.\n"),
}
QUERIES = ["truce", "trcue", "grain talks", '"the truce"', "ruritania -collapsed", "@qatar",
           "truce sort:date", "status:agreed truce"]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[object]]:
    root = write_docs(tmp_path_factory.mktemp("saved"), ARTICLES)
    for folder in ("copies", "more"):  # the same article stored three times
        (root / folder).mkdir()
        (root / folder / "b1-again.txt").write_text(ARTICLES["b1"][2], encoding="utf-8")
    briefings = analyse_corpus([str(root)], cache=False).briefings
    cache = tmp_path_factory.mktemp("cache")
    load_or_build(briefings, cache_dir=cache)
    return cache, briefings


def _load(saved: tuple[Path, list[object]]) -> SearchIndex:
    cache, briefings = saved
    loaded = load_index(index_key(briefings), cache)
    assert loaded is not None
    return loaded


def _answers(index: SearchIndex) -> list[list[dict[str, object]]]:
    return [[h.to_dict() for h in index.search(q, 50).hits] for q in QUERIES]


@pytest.mark.parametrize("scoped", [False, True])
def test_a_loaded_index_answers_as_the_built_one(saved, scoped: bool) -> None:
    loaded, briefings = _load(saved), saved[1]
    built = SearchIndex.build(briefings)
    paths = [p for p, _title in built.docs]
    scope = {d for d, p in enumerate(paths) if "/more/" not in p} if scoped else None
    built.scope = loaded.scope = scope
    assert loaded.twins() == built.twins()
    assert len({tuple(g) for g in built.twins().values()}) == 1
    answers = _answers(built)
    assert _answers(loaded) == answers
    assert any(h["date"] and h["source"] for hits in answers for h in hits)
    assert any(h["also"] for hits in answers for h in hits)


def test_an_index_saved_without_those_parts_reads_the_facets(saved) -> None:
    briefings = saved[1]
    older = _load(saved)
    assert older._twins_loader is not None
    older._twins_loader = older._dated_loader = None  # a file saved before they were
    assert _answers(older) == _answers(SearchIndex.build(briefings))
    damaged = _load(saved)
    damaged._twins_loader = lambda: [[0, 10_000]]
    damaged._dated_loader = lambda: (["2024"], ["x"])
    assert _answers(damaged) == _answers(SearchIndex.build(briefings))
