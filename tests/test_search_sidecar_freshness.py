"""A sidecar's date or source changed after a first run is seen by the next search.

The index key once held each document's path, SHA-256, title and curation but not the date and
source a sidecar gives: adding ``published:`` beside an undated document rebuilt the briefings
(the file list saw the new sidecar) and then loaded the old index under the same key, so
``sort:date`` and ``after:`` answered with the old, undated facets.  Each case here compares the
warm answer with the answer of a run whose cache was emptied (issue 16: cached and fresh results
stay identical).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from _corpus_files import write_texts

from briefing.cli import main
from briefing.corpus import document_from_text
from briefing.paths import cache_dir
from briefing.search.cache import index_key

TEXTS = {
    "geneva.txt": "Talks in Geneva\n\nThe envoy Mara Tolk met both delegations in Geneva "
                  "to discuss a ceasefire.\n",
    "vienna.txt": "Talks in Vienna\n\nThe envoy Mara Tolk met both delegations in Vienna "
                  "to discuss a ceasefire.\n",
    "oslo.txt": "Talks in Oslo\n\nThe envoy Mara Tolk met both delegations in Oslo "
                "to discuss a ceasefire.\n",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_texts(tmp_path / "corpus", TEXTS)


def _hits(capsys: pytest.CaptureFixture[str], query: str, corpus: Path) -> list[tuple[str, str]]:
    main(["search", query, str(corpus), "--json"])
    out = capsys.readouterr().out
    return [(Path(h["path"]).name, h["date"] or "") for h in json.loads(out)["hits"]]


def _warm_and_fresh(capsys: pytest.CaptureFixture[str], query: str, corpus: Path
                    ) -> list[tuple[str, str]]:
    """The warm answer, checked equal to a cold one (cache emptied first)."""
    warm = _hits(capsys, query, corpus)
    shutil.rmtree(cache_dir(), ignore_errors=True)
    assert _hits(capsys, query, corpus) == warm, query
    return warm


def _first_run(capsys: pytest.CaptureFixture[str], corpus: Path) -> None:
    """Everything cached, every document undated."""
    assert [d for _, d in _hits(capsys, "ceasefire sort:date", corpus)] == ["", "", ""]


def test_an_added_sidecar_dates_its_document(corpus, capsys):
    _first_run(capsys, corpus)
    (corpus / "vienna.yaml").write_text("published: 2024-03-05\n", encoding="utf-8")
    listed = _warm_and_fresh(capsys, "ceasefire sort:date", corpus)
    assert listed[0] == ("vienna.txt", "2024-03-05")
    assert _warm_and_fresh(capsys, "ceasefire after:2024", corpus) == [
        ("vienna.txt", "2024-03-05")]


def test_a_changed_sidecar_date_is_seen(corpus, capsys):
    (corpus / "vienna.yaml").write_text("published: 2024-03-05\n", encoding="utf-8")
    assert _hits(capsys, "ceasefire after:2024", corpus) == [("vienna.txt", "2024-03-05")]
    # The same size, written at once: only the freshness rule (a file written near the
    # listing is hashed next time) tells it from the old one.
    (corpus / "vienna.yaml").write_text("published: 2023-01-09\n", encoding="utf-8")
    assert _warm_and_fresh(capsys, "ceasefire after:2024", corpus) == []
    assert _warm_and_fresh(capsys, "ceasefire sort:date", corpus)[0] == (
        "vienna.txt", "2023-01-09")


def test_a_deleted_sidecar_undates_its_document(corpus, capsys):
    (corpus / "oslo.yaml").write_text("published: 2024-06-01\n", encoding="utf-8")
    assert _hits(capsys, "ceasefire sort:date", corpus)[0] == ("oslo.txt", "2024-06-01")
    (corpus / "oslo.yaml").unlink()
    assert [d for _, d in _warm_and_fresh(capsys, "ceasefire sort:date", corpus)] == [
        "", "", ""]
    assert _warm_and_fresh(capsys, "ceasefire after:2024", corpus) == []


def test_a_changed_sidecar_source_is_seen(corpus, capsys):
    (corpus / "geneva.yaml").write_text("source: Harbour Post\n", encoding="utf-8")
    assert [n for n, _ in _hits(capsys, "ceasefire source:harbour", corpus)] == ["geneva.txt"]
    (corpus / "geneva.yaml").write_text("source: Valley Times\n", encoding="utf-8")
    assert _warm_and_fresh(capsys, "ceasefire source:harbour", corpus) == []
    assert [n for n, _ in _warm_and_fresh(capsys, "ceasefire source:valley", corpus)] == [
        "geneva.txt"]


def test_the_index_key_holds_the_date_and_source():
    text = "Talks\n\nThe envoy met the delegation.\n"
    plain, _ = document_from_text("a.txt", text, sha256="same")
    keys = {index_key([plain])}
    for fields in ({"published": "2024-03-05"}, {"published": "2023-01-09"},
                   {"source": "Harbour Post"}):
        from dataclasses import replace

        keys.add(index_key([replace(plain, **fields)]))
    assert len(keys) == 4


async def _reader_dates(corpus: Path, query: str) -> list[tuple[str, str]]:
    """The reader on ``corpus`` (a new start, as after quitting), its index's answer."""
    from _reader_app import reader_on

    async with reader_on(corpus) as (app, pilot, screen):
        for _ in range(50):
            if screen.session.search_index() is not None:
                break
            await pilot.pause(0.1)
        index = screen.session.search_index()
        assert index is not None
        return [(Path(h.path).name, h.date or "") for h in index.search(query).hits]


async def test_the_reader_sees_an_added_changed_and_deleted_sidecar(corpus):
    assert [d for _, d in await _reader_dates(corpus, "ceasefire sort:date")] == ["", "", ""]
    (corpus / "oslo.yaml").write_text("published: 2024-03-05\n", encoding="utf-8")
    assert (await _reader_dates(corpus, "ceasefire sort:date"))[0] == ("oslo.txt", "2024-03-05")
    (corpus / "oslo.yaml").write_text("published: 2023-01-09\n", encoding="utf-8")
    assert await _reader_dates(corpus, "ceasefire after:2024") == []
    (corpus / "oslo.yaml").unlink()
    assert [d for _, d in await _reader_dates(corpus, "ceasefire sort:date")] == ["", "", ""]


async def test_a_sidecar_dated_by_hand_while_the_reader_is_open(corpus):
    """The open reader reads the document again (its sidecar changed on disk) and its index
    follows; the next start (the index saved under the new key) answers the same."""
    import os
    import time

    from conftest import main_screen

    from briefing.ui.actions import check_on_disk
    from briefing.ui.app import BriefingApp

    app = BriefingApp([str(corpus)])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await main_screen(pilot, rounds=5)
        assert screen.briefing is not None
        shown = Path(screen.briefing.document.path)
        sidecar = shown.with_suffix(".yaml")
        sidecar.write_text("published: 2024-03-05\n", encoding="utf-8")
        later = time.time() + 5  # seen whatever the clock's grain
        os.utime(sidecar, (later, later))
        check_on_disk(screen)  # what the timer calls every few seconds
        found: list[tuple[str, str]] = []
        for _ in range(50):
            screen = await main_screen(pilot)
            index = screen.session.search_index()
            found = [] if index is None else [
                (Path(h.path).name, h.date or "") for h in index.search("ceasefire after:2024").hits]
            if found:
                break
            await pilot.pause(0.1)
        assert found == [(shown.name, "2024-03-05")]
    assert await _reader_dates(corpus, "ceasefire after:2024") == found
