"""Briefings from the analysis cache are decoded on first use and behave like fresh ones."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from briefing.analysis import cache as cache_mod
from briefing.analysis import entry as entry_mod
from briefing.analysis.cache import AnalysisCache
from briefing.analysis.codec import StaleEntry
from briefing.analysis.lazy import CachedBriefing, CachedDocument
from briefing.analysis.runner import analyse_corpus
from briefing.model import Briefing

OLD = 1_500_000_000  # a fixed mtime long past, so entries are not "racy"
ARTICLE = ("Armenia and Azerbaijan resume talks\n\n"
           "Foreign ministers of Armenia and Azerbaijan met in Geneva on Monday, the "
           "State Department said. \"We made progress,\" said the U.S. envoy. The talks "
           "will resume in {month}.\n\n"
           "## Ceasefire\n\n"
           "Russia proposed a ceasefire along the line of contact. Document {n}.\n")


def _corpus(folder: Path, count: int = 4) -> Path:
    folder.mkdir()
    for n, month in zip(range(count), ("March", "April", "May", "June"), strict=False):
        path = folder / f"doc{n}.md"
        path.write_text(ARTICLE.format(n=n, month=month), encoding="utf-8")
        os.utime(path, (OLD, OLD))
    side = folder / "doc0.yaml"
    side.write_text("title: First\npublished: 2016-09-04\nsource: Test Wire\nsurprise: 1\n")
    os.utime(side, (OLD, OLD))
    return folder


def _warm(folder: Path, db: Path) -> tuple[list[Briefing], list[str], AnalysisCache]:
    with AnalysisCache(db) as cache:
        analyse_corpus([str(folder)], cache=cache)
    cache = AnalysisCache(db)
    result = analyse_corpus([str(folder)], cache=cache)
    return result.briefings, [str(p) for p in result.problems], cache


def test_warm_briefings_are_lazy_until_read(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c")
    warm, problems, cache = _warm(folder, tmp_path / "db.sqlite")
    assert cache.hits == 4 and cache.misses == 0
    assert all(isinstance(b, CachedBriefing) for b in warm)
    first = next(b for b in warm if b.document.path.endswith("doc0.md"))
    # What lists, keys and the status line read does not decode anything.
    doc = first.document
    assert isinstance(doc, CachedDocument)
    assert (doc.title, doc.published, doc.source) == ("First", "2016-09-04", "Test Wire")
    assert doc.word_count > 20 and doc.sha256 and doc.display_title == "First"
    assert not first.is_decoded and not doc.is_decoded
    assert any("surprise" in p for p in problems)  # the file's problems come with the card
    # Reading the analysis decodes it; the text is decoded with it.
    assert first.actors and first.is_decoded
    assert doc.text.startswith("Armenia") and doc.is_decoded
    assert doc.word_count == len(doc.text.split())


def test_lazy_briefings_equal_a_fresh_analysis(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=False).briefings
    warm, _problems, _cache = _warm(folder, tmp_path / "db.sqlite")
    assert warm == fresh and fresh == warm  # both directions of the dataclass equality
    assert [b.to_dict() for b in warm] == [b.to_dict() for b in fresh]
    assert [hash(b.document) for b in warm] == [hash(b.document) for b in fresh]
    # replace() builds a working object of the same class.
    renamed = dataclasses.replace(warm[0].document, title="Renamed")
    assert renamed.title == "Renamed" and renamed.text == fresh[0].document.text
    again = dataclasses.replace(warm[1], actors=())
    assert again.actors == () and again.quotes == fresh[1].quotes


def test_threads_decoding_one_briefing_agree(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=False).briefings
    warm, _problems, _cache = _warm(folder, tmp_path / "db.sqlite")
    seen: list[object] = []

    def read(b: Briefing) -> None:
        seen.append((b.actors, b.document.sections, b.negotiations))

    threads = [threading.Thread(target=read, args=(warm[0],)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = (fresh[0].actors, fresh[0].document.sections, fresh[0].negotiations)
    assert seen == [expected] * 4


def test_damaged_data_is_caught_before_it_is_handed_out(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c")
    db = tmp_path / "db.sqlite"
    with AnalysisCache(db) as cache:
        analyse_corpus([str(folder)], cache=cache)
    with sqlite3.connect(db) as conn:
        key, data = conn.execute("SELECT key, data FROM analyses").fetchone()
        flipped = bytes([data[0]]) + bytes([data[1] ^ 0xFF]) + data[2:]
        conn.execute("UPDATE analyses SET data=? WHERE key=?", (flipped, key))
        key2 = conn.execute("SELECT key FROM analyses WHERE key != ?", (key,)).fetchone()[0]
        conn.execute("UPDATE analyses SET card=? WHERE key=?", (b"not a card", key2))
    fresh = analyse_corpus([str(folder)], cache=False).briefings
    with AnalysisCache(db) as cache:
        again = analyse_corpus([str(folder)], cache=cache).briefings
        assert cache.rebuilt == 2 and cache.hits == 2 and cache.misses == 2
    assert again == fresh


def test_an_entry_undecodable_when_used_is_analysed_afresh(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=False).briefings
    warm, _problems, _cache = _warm(folder, tmp_path / "db.sqlite")

    def broken(blob: bytes, tables: object) -> Briefing:
        raise StaleEntry("simulated model change")

    monkeypatch.setattr(entry_mod, "_decode_data", broken)
    assert warm[2].actors == fresh[2].actors  # the fallback re-read and re-analysed the file
    assert warm[2].document.text == fresh[2].document.text


def test_without_a_fallback_an_undecodable_entry_is_an_empty_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "c")
    warm, _problems, _cache = _warm(folder, tmp_path / "db.sqlite")
    monkeypatch.setattr(entry_mod, "_decode_data",
                        lambda blob, tables: (_ for _ in ()).throw(ValueError("bad")))
    gone = warm[1]
    object.__getattribute__(gone, "_source")._fallback = None
    assert gone.actors == () and gone.document.text == "" and gone.document.sections == ()
    assert gone.document.path.endswith("doc1.md")  # still names its file


def test_caches_of_earlier_versions_are_removed(tmp_path: Path) -> None:
    from briefing.paths import cache_dir

    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("analysis-v1.sqlite", "analysis-v1.sqlite-wal", "analysis-v2.sqlite"):
        (folder / name).write_bytes(b"old")
    (folder / "notes.txt").write_text("not ours")
    cache = AnalysisCache.open_default()
    assert cache is not None and cache.enabled
    cache.close()
    names = sorted(p.name for p in folder.iterdir())
    assert "notes.txt" in names and cache_mod.CACHE_FILE in names
    assert not [n for n in names if n.startswith("analysis-v")]


def test_warm_briefings_read_their_data_again_when_decoded(tmp_path: Path) -> None:
    """A warm briefing keeps no copy of its compressed data (read again on first use, from any
    thread, the cache closed meanwhile); data changed in the cache since is not used."""
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=None).briefings
    warm, _problems, cache = _warm(folder, tmp_path / "db.sqlite")
    cache.close()
    for b in warm:
        source = b._source
        held = [getattr(source._decode, name) for name in source._decode.__slots__]
        assert not any(isinstance(x, bytes) for x in held)
        assert not hasattr(source._decode, "__dict__")  # slotted: small, one per document
    decoded: list[object] = []
    reader = threading.Thread(target=lambda: decoded.extend(b.actors for b in warm))
    reader.start()
    reader.join()
    assert decoded == [b.actors for b in fresh]
    assert [b.document.text for b in warm] == [b.document.text for b in fresh]
    # The entry replaced under it: the briefing is analysed afresh (the fallback), not decoded
    # from other data.
    again, _problems, cache = _warm(folder, tmp_path / "db.sqlite")
    with sqlite3.connect(tmp_path / "db.sqlite") as db:
        db.execute("UPDATE analyses SET data = ?", (b"junk",))
    cache.close()
    reanalysed: list[str] = []
    for b in again:
        b._source._fallback = lambda b=b: reanalysed.append(b.document.path) or next(
            f for f in fresh if f.document.path == b.document.path)
    assert [b.document.text for b in again] == [b.document.text for b in fresh]
    assert sorted(reanalysed) == sorted(b.document.path for b in fresh)


def test_warm_briefings_share_repeated_card_strings(tmp_path: Path) -> None:
    """An encoding or source repeated across documents is one string in memory (interned),
    and equal to what a fresh analysis gives."""
    folder = _corpus(tmp_path / "c")
    (folder / "doc1.yaml").write_text("source: Test Wire\n", encoding="utf-8")
    os.utime(folder / "doc1.yaml", (OLD, OLD))
    fresh = {b.document.path: b.document for b in analyse_corpus([str(folder)], cache=None).briefings}
    warm, _problems, cache = _warm(folder, tmp_path / "db.sqlite")
    cache.close()
    docs = {b.document.path: b.document for b in warm}
    assert len({id(d.encoding) for d in docs.values()}) == 1
    wired = [d for d in docs.values() if d.source == "Test Wire"]
    assert len(wired) == 2 and wired[0].source is wired[1].source
    for path, doc in docs.items():
        assert (doc.encoding, doc.source, doc.published) == (
            fresh[path].encoding, fresh[path].source, fresh[path].published)


def _holds_data(briefing: Briefing) -> bool:
    """The briefing keeps its compressed data in memory (rather than reading it again)."""
    decode = briefing._source._decode
    data = decode.data
    return isinstance(data, bytes) or isinstance(getattr(data, "blob", None), bytes)


def _no_fallback(briefings: list[Briefing], used: list[str]) -> None:
    for b in briefings:
        b._source._fallback = lambda b=b: used.append(b.document.path)


def test_briefings_analysed_now_let_go_of_their_data_once_committed(tmp_path: Path) -> None:
    """A cold start hands out briefings of entries just stored: each holds its data only
    until the transaction commits, then reads it from the file when decoded (any thread),
    and decodes to what a fresh analysis gives."""
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=None).briefings
    cache = AnalysisCache(tmp_path / "db.sqlite")
    cold = analyse_corpus([str(folder)], cache=cache).briefings
    assert cache.misses == 4 and all(isinstance(b, CachedBriefing) for b in cold)
    assert all(_holds_data(b) for b in cold)  # not committed yet: nothing to read again
    cache.close()  # commits
    assert not any(_holds_data(b) for b in cold)
    used: list[str] = []
    _no_fallback(cold, used)
    decoded: list[object] = []
    reader = threading.Thread(target=lambda: decoded.extend(b.actors for b in cold))
    reader.start()
    reader.join()
    assert decoded == [b.actors for b in fresh] and cold == fresh and used == []


def test_briefings_decoded_before_the_commit_use_the_data_they_hold(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=None).briefings
    cache = AnalysisCache(tmp_path / "db.sqlite")
    cold = analyse_corpus([str(folder)], cache=cache).briefings
    used: list[str] = []
    _no_fallback(cold, used)
    assert cold == fresh and used == []
    cache.close()


def test_entries_rolled_back_stay_held(tmp_path: Path) -> None:
    """Entries whose transaction is rolled back (another briefing writes the cache) were
    never written: their briefings keep their data and decode without a re-analysis."""
    folder = _corpus(tmp_path / "c")
    fresh = analyse_corpus([str(folder)], cache=None).briefings
    cache = AnalysisCache(tmp_path / "db.sqlite")
    cold = analyse_corpus([str(folder)], cache=cache).briefings
    with cache._lock:
        cache._rollback()
    cache.close()
    assert all(_holds_data(b) for b in cold)
    used: list[str] = []
    _no_fallback(cold, used)
    assert cold == fresh and used == []


def test_identical_files_analysed_together_keep_one_entry(tmp_path: Path) -> None:
    """The same bytes under two paths, both analysed before either was stored (workers in
    flight): the first entry stays, and both briefings decode without a re-analysis."""
    from briefing.corpus import load_file
    from briefing.extract import analyse

    folder = _corpus(tmp_path / "c")
    (folder / "copy.md").write_bytes((folder / "doc2.md").read_bytes())
    os.utime(folder / "copy.md", (OLD, OLD))
    cache = AnalysisCache(tmp_path / "db.sqlite")
    handed = []
    for name in ("doc2.md", "copy.md"):
        loaded = load_file(str(folder / name))
        assert loaded.document is not None
        briefing = analyse(loaded.document)
        handed.append((briefing, cache.put(loaded, briefing, loaded.problems)))
    assert cache.stores == 1
    cache.close()
    used: list[str] = []
    _no_fallback([b for _fresh, b in handed], used)
    for fresh, kept in handed:
        assert kept == fresh and kept.document.path == fresh.document.path
    assert used == []


def test_decoding_an_entry_leaves_no_cycles(tmp_path: Path) -> None:
    """Decoding leaves nothing for the garbage collector (reference counting frees it all):
    a corpus-wide pass with the collector paused does not grow."""
    import gc

    folder = _corpus(tmp_path / "c")
    warm, _problems, cache = _warm(folder, tmp_path / "db.sqlite")
    cache.close()
    gc.collect()
    gc.disable()
    try:
        assert all(b.actors is not None for b in warm)  # decoded
        assert gc.collect() == 0
    finally:
        gc.enable()
