"""Filters in the query language (role:, status:, after:, before:, source:), date sort, and
identical documents searched once: every filter agrees with what ``extract`` reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _corpus_files import write_docs

from briefing.analysis.runner import analyse_corpus
from briefing.cli import main
from briefing.search import SearchIndex
from briefing.search.filters import first_day, split, split_actor

# Invented places and people; each file has a sidecar with its date and source.
ARTICLES = {
    "a1": ("2024-03-04", "Wire One",
           "Ruritania and Borduria agree truce in talks mediated by Qatar\n\n"
           "Ruritania and Borduria agreed on Monday to a 60-day truce after talks in Doha "
           "mediated by Qatar and Egypt, officials said.\n\n"
           "\"The guns will fall silent,\" said Foreign Minister Anna Kovac of Ruritania. A "
           "monitoring mechanism led by the United Nations will oversee the truce.\n"),
    "a2": ("2024-05-10", "Daily Two",
           "Ruritania-Borduria truce collapses\n\n"
           "The truce between Ruritania and Borduria collapsed on Friday after fresh shelling, "
           "and the talks broke down, officials said.\n\n"
           "Qatar said it would keep trying to bring the two sides back to the table.\n"),
    "a3": ("2023-01-17", "Wire One",
           "Trade talks between Sylvania and Freedonia stall\n\n"
           "Trade talks between Sylvania and Freedonia stalled in Geneva on Tuesday over grain "
           "quotas, negotiators said. Qatar was mentioned as a possible venue for the truce.\n"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_docs(tmp_path_factory.mktemp("filters"), ARTICLES)
    # The same article stored twice (same bytes, another folder).
    (root / "copies").mkdir()
    (root / "copies" / "a1-again.txt").write_text(ARTICLES["a1"][2], encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def extracted(corpus: Path) -> tuple[SearchIndex, dict[str, dict]]:
    result = analyse_corpus([str(corpus)], cache=False)
    reports = {b.document.path: b.to_dict() for b in result.briefings}
    return SearchIndex.build(result.briefings), reports


def _docs(index: SearchIndex, query: str, sort: str | None = None) -> list[str]:
    return list(dict.fromkeys(h.path for h in index.search(query, 100, sort=sort).hits))


def test_split_takes_filters_out_and_keeps_the_rest():
    cut = split('ceasefire status:near after:2024-02 before:2025 source:"white house" @qatar '
                'role:med')
    assert cut.text == "ceasefire @qatar "  # a word before a filter is finished
    f = cut.filters
    assert f.statuses == ["near_agreement"] and f.role == "mediator"
    assert (f.after, f.before) == ("2024-02-01", "2025-01-01")
    assert f.sources == ["white house"] and not f.problems
    bad = split("truce status:won after:2024-13 role:boss").filters
    assert len(bad.problems) == 3 and not bad.narrows
    assert split("status:").text == "" and not split("status:").filters.narrows  # being typed
    assert split_actor("truce @qatar") == ("truce", "@qatar")
    assert split_actor("@al sham") == ("", "@al sham")
    assert split_actor("mail@example.org") == ("mail@example.org", None)
    assert first_day("2025") == "2025-01-01" and first_day("2025-3-7") == "2025-03-07"
    assert first_day("March") is None


def test_a_day_the_month_does_not_have_is_not_a_date() -> None:
    """``after:2025-02-30`` was accepted as a date and silently filtered everything out."""
    assert first_day("2025-02-30") is None and first_day("2025-04-31") is None
    assert first_day("2024-02-29") == "2024-02-29" and first_day("2025-02-29") is None
    assert split("truce after:2025-02-30").filters.problems


def test_status_filter_agrees_with_extract(extracted):
    index, reports = extracted
    for status in ("collapsed", "stalled", "agreed"):
        found = _docs(index, f"status:{status}")
        expected = {p for p, r in reports.items()
                    if any(n["status"]["label"] == status for n in r["negotiations"])}
        # One copy of identical documents: the other is listed beside it, not searched.
        assert set(found) <= expected
        assert {reports[p]["sha256"] for p in found} == {reports[p]["sha256"] for p in expected}
    assert _docs(index, "status:collapsed")  # a2 says the truce collapsed


def test_role_filter_applies_to_the_actor_and_agrees_with_extract(extracted):
    index, reports = extracted
    mediating = _docs(index, "@qatar role:mediator")
    assert mediating
    for path in mediating:
        assert any("qatar" in n["mediators"] for n in reports[path]["negotiations"])
    mentioned = _docs(index, "@qatar role:mentioned")
    for path in mentioned:
        assert any(a["id"] == "qatar" and a["tier"] == "mentioned"
                   for a in reports[path]["actors"])
    assert not set(mediating) & set(mentioned)
    everywhere = _docs(index, "@qatar")
    assert set(mediating) | set(mentioned) <= set(everywhere)
    # Words beside the actor: those words, only where the actor has that role.
    with_words = index.search("truce @qatar role:mediator", 50)
    assert with_words.hits and {h.path for h in with_words.hits} <= set(mediating)
    assert with_words.actors and with_words.actors[0].id == "qatar"


def test_date_and_source_filters_agree_with_extract(extracted):
    index, reports = extracted
    found = _docs(index, "truce after:2024-04")
    assert found
    assert all(reports[p]["published"] >= "2024-04-01" for p in found)
    found = _docs(index, "truce before:2024")
    assert found and all(reports[p]["published"] < "2024-01-01" for p in found)
    found = _docs(index, "source:wire truce")
    assert found and all("wire" in reports[p]["source"].lower() for p in found)
    assert _docs(index, "truce after:2030") == []


def test_sort_by_date_is_newest_first_and_hits_carry_date_and_source(extracted):
    index, _reports = extracted
    hits = index.search("truce", 50, sort="date").hits
    dates = [h.date for h in hits]
    assert len(set(dates)) >= 2 and dates == sorted(dates, reverse=True)
    assert all(h.source for h in hits)
    assert [h.date for h in index.search("truce sort:date", 50).hits] == dates
    # With room for one hit only, it is still the newest document's.
    assert index.search("truce", 1, sort="date").hits[0].date == dates[0]
    assert index.search("truce mediated", 1, sort="date").hits[0].date == "2024-03-04"
    # Filters alone list the documents they leave, newest first.
    listed = index.search("source:wire", 50).hits
    assert [h.date for h in listed] == sorted((h.date for h in listed), reverse=True)


def test_identical_documents_are_searched_once_and_list_the_other_path(extracted):
    index, _reports = extracted
    hits = index.search('"mediated by Qatar"', 50).hits
    assert len({h.doc_index for h in hits}) == 1
    assert len(hits[0].also) == 1 and hits[0].also[0] != hits[0].path
    assert {Path(hits[0].path).name, Path(hits[0].also[0]).name} == {"a1.txt", "a1-again.txt"}


def test_cli_sort_json_and_ignored_filter(corpus, capsys):
    assert main(["search", "--json", "--sort", "date", "truce", str(corpus)]) == 0
    payload = json.loads(capsys.readouterr().out)
    dates = [h["date"] for h in payload["hits"]]
    assert dates == sorted(dates, reverse=True) and all(h["source"] for h in payload["hits"])
    assert main(["search", "truce role:mediator", str(corpus)]) == 2  # a usage error
    err = capsys.readouterr().err
    assert "role: applies to an @actor" in err
    assert main(["search", "status:collapsed", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "2024-05-10 · Daily Two" in out


def test_a_sub_folder_reuses_the_enclosing_folders_index(corpus, capsys, briefing_home,
                                                         monkeypatch):
    monkeypatch.chdir(corpus)
    assert main(["search", "--json", "truce", str(corpus)]) == 0
    everywhere = {h["path"] for h in json.loads(capsys.readouterr().out)["hits"]}
    indexes = sorted(briefing_home.rglob("index-*.idx"))
    assert len(indexes) == 1 and everywhere
    assert main(["search", "--json", "--limit", "50", "mediated", "copies"]) == 0
    inside = json.loads(capsys.readouterr().out)["hits"]
    assert inside and all(Path(h["path"]).parts[-2] == "copies" for h in inside)
    assert sorted(briefing_home.rglob("index-*.idx")) == indexes  # no second index
    # Filters and copies within the sub-folder: its own document is found, not its twin's.
    assert main(["search", "status:collapsed", "copies"]) == 1


def test_saved_facets_load_one_string_per_actor_id(extracted, tmp_path: Path):
    """The same actor ids and role letters recur in thousands of documents: saved interned,
    they load as one string each, not one a document (a warm reader's memory)."""
    from briefing.search.cache import data_of
    from briefing.search.index import INDEX_VERSION
    from briefing.search.store import load, save

    index, _reports = extracted
    path = tmp_path / "index.idx"
    save(path, data_of(index), index.unit_text, "k", INDEX_VERSION, index.alias_index())
    data, texts = load(path, "k", INDEX_VERSION)
    loaded = SearchIndex(data, texts)
    assert loaded.facets == index.facets
    ids = [actor_id for row in loaded.facets for actor_id in row[3] if actor_id == "qatar"]
    letters = [v for row in loaded.facets for k, v in row[3].items() if k == "qatar"]
    assert len(ids) >= 3 and len({id(actor_id) for actor_id in ids}) == 1, ids
    assert len({id(v) for v in letters}) == len(set(letters)), letters
    wires = [row[1] for row in loaded.facets if row[1] == "Wire One"]  # a1 and a3
    assert len(wires) >= 2 and all(w is wires[0] for w in wires), wires
