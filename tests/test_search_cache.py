"""The index cache: saved and loaded intact, rebuilt when stale or damaged, warm without reading."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_search_fixtures import ARTICLES, make_briefings

from briefing.search import SearchIndex, load_or_build, open_index, warm_index
from briefing.search.cache import index_key, index_path
from briefing.search.index import INDEX_VERSION
from briefing.search.store import StoreError, load

QUERIES = ["lavrov", "lavorv gen", '"ceasefire talks"', "interest -bonds", "@nusra", "@al sham",
           "humanitarain coridor", "[", ""]


def _same_results(a: SearchIndex, b: SearchIndex) -> None:
    for q in QUERIES:
        ra, rb = a.search(q), b.search(q)
        assert [(h.path, h.start, h.end, h.spans, h.snippet, h.section, h.title, h.score)
                for h in ra.hits] == [(h.path, h.start, h.end, h.spans, h.snippet, h.section,
                                       h.title, h.score) for h in rb.hits], q
        assert [x.id for x in ra.actors] == [x.id for x in rb.actors]


def test_save_then_load_gives_the_same_answers(tmp_path):
    briefings = make_briefings()
    built = load_or_build(briefings, cache_dir=tmp_path)
    path = index_path(index_key(briefings), tmp_path)
    assert path.exists()
    loaded = load_or_build(briefings, cache_dir=tmp_path)
    assert loaded is not built and loaded.size == built.size
    _same_results(SearchIndex.build(briefings), loaded)


def test_default_cache_dir_is_the_user_cache(briefing_home):
    briefings = make_briefings()
    load_or_build(briefings)
    assert list((briefing_home / "cache" / "search").glob("index-*.idx"))


def test_stale_index_is_not_used(tmp_path):
    briefings = make_briefings()
    load_or_build(briefings, cache_dir=tmp_path)
    changed = make_briefings()
    from briefing.corpus import document_from_text
    from briefing.model import Briefing

    doc, _ = document_from_text("corpus/talks.txt", "Other text\n\nNothing about ministers.\n",
                                sha256="sha-new")
    changed[0] = Briefing(document=doc)
    assert index_key(changed) != index_key(briefings)
    fresh = load_or_build(changed, cache_dir=tmp_path)
    assert fresh.search("ministers").total == 1
    assert fresh.search("lavrov").total == 0


@pytest.mark.parametrize("damage", ["garbage", "truncate", "flip-header", "empty", "version"])
def test_damaged_index_is_rebuilt(tmp_path, damage):
    briefings = make_briefings()
    load_or_build(briefings, cache_dir=tmp_path)
    path = index_path(index_key(briefings), tmp_path)
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip-header":
        path.write_bytes(data[:20] + bytes([data[20] ^ 0xFF]) + data[21:])
    elif damage == "empty":
        path.write_bytes(b"")
    with pytest.raises(StoreError):
        load(path, index_key(briefings), INDEX_VERSION + (1 if damage == "version" else 0))
    again = load_or_build(briefings, cache_dir=tmp_path)
    _same_results(SearchIndex.build(briefings), again)
    load(path, index_key(briefings), INDEX_VERSION)  # the rebuild replaced the bad file


def test_unwritable_cache_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    index = load_or_build(make_briefings(), cache_dir=blocker)
    assert index.search("lavrov").hits


# ---------------------------------------------------------------------- the warm path
def _write_corpus(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")


def _analyse_counting(calls: list[list[str]]):
    def analyse(paths: list[str]):
        from briefing.analysis.runner import analyse_corpus

        calls.append(paths)
        return analyse_corpus(paths).briefings

    return analyse


def test_warm_start_reads_no_document(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    calls: list[list[str]] = []
    first = open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    assert len(calls) == 1 and first.search("lavrov").hits

    import briefing.corpus.files as files

    def no_reading(*args, **kwargs):
        raise AssertionError("a document was read on the warm path")

    monkeypatch.setattr(files, "read_file", no_reading)
    warm = open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    assert len(calls) == 1
    _same_results(first, warm)


def test_touched_but_unchanged_file_is_hashed_not_analysed(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    calls: list[list[str]] = []
    open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    target = corpus / "talks.txt"
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert warm_index([str(corpus)], cache_dir=tmp_path) is not None
    open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    assert len(calls) == 1


@pytest.mark.parametrize("change", ["edit", "add", "remove", "sidecar"])
def test_changed_corpus_is_reindexed(tmp_path, change):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    calls: list[list[str]] = []
    open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    if change == "edit":
        (corpus / "talks.txt").write_text("Quiet day\n\nNothing happened in Geneva.\n")
    elif change == "add":
        (corpus / "new.txt").write_text("Zanzibar summit\n\nLeaders met in Zanzibar.\n")
    elif change == "remove":
        (corpus / "economy.txt").unlink()
    else:
        (corpus / "talks.yaml").write_text('title: "Renamed by the user"\n')
    assert warm_index([str(corpus)], cache_dir=tmp_path) is None
    index = open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    assert len(calls) == 2
    if change == "edit":
        assert index.search("lavrov").total == 0 and index.search("quiet").hits
    elif change == "add":
        assert index.search("zanzibar").hits
    elif change == "remove":
        assert index.search("exports").total == 0
    else:
        assert any(h.title == "Renamed by the user" for h in index.search("lavrov").hits)
    assert warm_index([str(corpus)], cache_dir=tmp_path) is not None


def test_damaged_file_list_means_rebuild(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    calls: list[list[str]] = []
    open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    for listing in (tmp_path / "search").glob("files-*.list"):
        listing.write_bytes(b"\x00garbage")
    index = open_index([str(corpus)], cache_dir=tmp_path, analyse=_analyse_counting(calls))
    assert len(calls) == 2 and index.search("lavrov").hits


def test_old_index_files_are_pruned_by_size_and_use(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.search import cache as search_cache

    folder = tmp_path / "search"
    folder.mkdir()
    files = []
    for n in range(6):
        path = folder / f"index-{n}.idx"
        path.write_bytes(b"x" * (100 if n != 4 else 1000))
        os.utime(path, (1_000_000 + n, 1_000_000 + n))  # index-5 is the newest
        files.append(path)
    (folder / "files-abc.list").write_bytes(b"kept")
    monkeypatch.setattr(search_cache, "KEEP_BYTES", 10_000)
    search_cache._prune(folder, keep=files[0])
    assert len(list(folder.glob("index-*.idx"))) == 6  # all fit: a count alone evicts nothing
    monkeypatch.setattr(search_cache, "KEEP_BYTES", 500)
    search_cache._prune(folder, keep=files[0])
    # index-4 (1,000 bytes) no longer fits; the newer and the smaller older ones still do.
    assert sorted(p.name for p in folder.glob("index-*.idx")) == [
        "index-0.idx", "index-1.idx", "index-2.idx", "index-3.idx", "index-5.idx"]
    monkeypatch.setattr(search_cache, "KEEP_INDEXES", 3)
    search_cache._prune(folder, keep=files[0])
    assert sorted(p.name for p in folder.glob("index-*.idx")) == [
        "index-0.idx", "index-3.idx", "index-5.idx"]
    assert (folder / "files-abc.list").exists()


def test_opening_single_files_never_drops_a_big_used_index(tmp_path: Path) -> None:
    """Four single-file indexes after a big folder's: the big one stays (it is the costly one
    to rebuild); one loaded again counts as just used."""
    from briefing.search import cache as search_cache

    folder = tmp_path / "search"
    folder.mkdir()
    big = folder / "index-big.idx"
    big.write_bytes(b"x" * 200_000)
    os.utime(big, (1_000_000, 1_000_000))
    for n in range(4):
        small = folder / f"index-small{n}.idx"
        small.write_bytes(b"x" * 300)
        os.utime(small, (2_000_000 + n, 2_000_000 + n))
        search_cache._prune(folder, keep=small)
    assert big.exists() and len(list(folder.glob("index-*.idx"))) == 5
