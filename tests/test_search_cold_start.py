"""A cold start of a big folder: what runs before its text index starts is only what must.

The reader's index job decides whether a folder is big enough for a text-first index and
whether an enclosing folder's index already covers it; on a first start neither may list and
stat every file of the folder (the child that builds the text index does that), and both
answer as the full listing would.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_textfirst import _write_corpus

from briefing.search import listing, open_index
from briefing.search import textfirst as tf
from briefing.search.cache import enclosing_index


def test_no_enclosing_listing_means_no_scan(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_corpus(corpus / "sub", copies=2)
    sub = str(corpus / "sub")
    real_scan = listing.scan
    scans: list[object] = []

    def counted(paths):
        scans.append(paths)
        return real_scan(paths)

    monkeypatch.setattr(listing, "scan", counted)
    assert enclosing_index([sub], cache_dir=tmp_path, exact=True) is None
    assert scans == []  # no folder above has a file list: nothing to compare with
    assert open_index([str(corpus)], cache_dir=tmp_path) is not None
    scans.clear()
    found = enclosing_index([sub], cache_dir=tmp_path, exact=True)
    assert found is not None and found.scope is not None
    assert len(scans) == 1  # with one, the files are compared as before
    # A file added under the sub-folder since: the enclosing index no longer covers it.
    (corpus / "sub" / "added.txt").write_text("Talks resumed.\n", encoding="utf-8")
    assert enclosing_index([sub], cache_dir=tmp_path, exact=True) is None


@pytest.mark.parametrize("broken_link", [False, True])
def test_big_folder_agrees_with_the_whole_listing(tmp_path, monkeypatch, broken_link):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_corpus(corpus / "a", copies=2)
    _write_corpus(corpus / "b", copies=1)
    if broken_link:  # listed with an error: never counted
        os.symlink(tmp_path / "nowhere.txt", corpus / "a" / "aaa_broken.txt")
    n = len(tf.files_of([str(corpus)], 8))
    for at in (1, n - 1, n, n + 1, n + 20):
        monkeypatch.setattr(tf, "MIN_FILES", at)
        assert tf.big_folder([str(corpus)], 8) == tf.worth_it(tf.files_of([str(corpus)], 8))
        assert tf.big_folder([str(corpus)], 8) == (n >= at)


def _deletions_by_levels(word: str, depth: int) -> set[str]:
    """The reference: each level's deletions from the level before."""
    out: set[str] = set()
    frontier = {word}
    for _ in range(depth):
        nxt = {w[:i] + w[i + 1:] for w in frontier if len(w) > 1 for i in range(len(w))}
        out |= nxt
        frontier = nxt
    return out


def _variants_one_by_one(vocab: list[str]) -> tuple[list[int], list[int]]:
    """The reference: every variant encoded and hashed, all sorted at once."""
    import zlib

    from briefing.search import typo

    packed = sorted((zlib.crc32(v.encode("utf-8")) << 32) | wid
                    for wid, word in enumerate(vocab)
                    for v in _deletions_by_levels(word, typo._stored_depth(word)))
    return [p >> 32 for p in packed], [p & 0xFFFFFFFF for p in packed]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcé ñ-1x", max_size=9), st.integers(min_value=-1, max_value=3))
def test_deletions_are_every_level_of_deletions(word, depth):
    from briefing.search import typo

    assert typo.deletions(word, depth) == _deletions_by_levels(word, depth)


def test_variants_are_those_of_each_word_hashed_and_sorted():
    from briefing.search import typo

    vocab = sorted({"ab", "abc", "abcd", "talks", "ceasefire", "negotiations", "négociations",
                    "zürich", "kyiv", "ab1c", "a-b", "x" * 24, "y" * 25, "oooooo", "straße",
                    "περιοχή", "geneva", "genève"})
    hashes, ids = typo.build_variants(vocab)
    assert (list(hashes), list(ids)) == _variants_one_by_one(vocab)


def test_variants_saved_after_the_text_are_the_file_saved_at_once(tmp_path, monkeypatch):
    from briefing.search import store
    from briefing.search.cache import index_path, load_index, save_pending

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    files = tf.files_of([str(corpus)], 8)
    first = tf.build(files, None, 0)
    assert save_pending(first.index, first.key, tmp_path / "twice", variants=False)
    encoded: list[object] = []
    real_save = store.save
    monkeypatch.setattr("briefing.search.cache.save",
                        lambda *a, **k: encoded.append(a) or real_save(*a, **k))
    assert save_pending(first.index, first.key, tmp_path / "twice")
    assert encoded == []  # the text part was copied from the first file
    once = tf.build(files, None, 0)
    assert save_pending(once.index, once.key, tmp_path / "once")
    assert len(encoded) == 1
    twice = _header_and_body(index_path(first.key, tmp_path / "twice").read_bytes())
    assert twice == _header_and_body(index_path(once.key, tmp_path / "once").read_bytes())
    loaded = load_index(first.key, tmp_path / "twice")
    assert loaded is not None and loaded.actors_pending and len(loaded.var_hash) > 0


def _header_and_body(raw: bytes) -> tuple[object, bytes]:
    """An index file's header (decoded: marshal's bytes depend on objects' reference counts)
    and every byte after it."""
    import marshal

    n = int.from_bytes(raw[8:16], "little")
    return marshal.loads(raw[16:16 + n]), raw[16 + n:]


def test_the_child_yields_once_the_reader_can_search(tmp_path, monkeypatch, capsys):
    import json

    from briefing.search import cache

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=1)
    events: list[tuple[str, object]] = []
    monkeypatch.setattr(os, "nice", lambda n: events.append(("nice", n)) or 0)
    real = cache.save_pending

    def save_pending(*args, **kwargs):
        events.append(("save", kwargs.get("variants", True)))
        return real(*args, **kwargs)

    monkeypatch.setattr(cache, "save_pending", save_pending)
    spec = {"paths": [str(corpus)], "cache_dir": str(tmp_path / "cache"), "workers": 0}
    assert tf.main([json.dumps(spec)]) == 0
    # searchable first (the key printed), then the variants at the lowest priority
    assert events == [("save", False), ("nice", tf.LATER_NICE), ("save", True)]
    assert len(capsys.readouterr().out.split()) == 1
