"""The text-first index: built from the layout in chunks, answering words before the analysis,
completed with the actors afterwards -- always the same answers as the index built at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_search_fixtures import ARTICLES, make_briefings

from briefing.search import SearchIndex, open_index, warm_index
from briefing.search import textfirst as tf
from briefing.search.build import text_data
from briefing.search.cache import add_variants, index_key, load_or_build
from briefing.search.coldopen import open_for_query

QUERIES = ["lavrov", "lavorv gen", '"ceasefire talks"', "interest -bonds", "humanitarain coridor",
           "ceasfire", "negotiatons", "geneva", "al sham", "alsham", "zanzibar", "[", "",
           "@nusra", "@al sham", "@lavrov", "@=jfs", "@hts"]
TEXT_QUERIES = [q for q in QUERIES if not q.startswith("@")]

EXTRA = {
    "summit.txt": "Zanzibar summit\n\nLeaders met in Zanzibar to discuss a cease-fire.\n"
                  "Negotiations resumed; the negotiatons (sic) were slow.\n",
    "notes.md": "# Notes on talks\n\n## Geneva\n\nThe humanitarian corridor opened.\n\n"
                "## Astana\n\nNegotiators met again in Astana.\n",
}


def _results(index: SearchIndex, queries: list[str]) -> list[object]:
    out = []
    for q in queries:
        r = index.search(q)
        out.append((q, r.total, r.relaxed, [(h.path, h.start, h.end, h.spans, h.snippet,
                                              h.section, h.title, h.score) for h in r.hits],
                    [a.id for a in r.actors]))
    return out


def _write_corpus(folder: Path, copies: int = 1) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(copies):
        for name, text in {**ARTICLES, **EXTRA}.items():
            stem, dot, suffix = name.partition(".")
            (folder / f"{stem}{i:03d}{dot}{suffix}").write_text(text + f"Copy {i}.\n",
                                                               encoding="utf-8")
    (folder / "talks000.yaml").write_text('title: "Talks, retitled"\n', encoding="utf-8")
    # The same bytes twice: the search shows the first and names the other ("also").
    (folder / "zz_copy.txt").write_bytes((folder / "north000.txt").read_bytes())


def _documents(folder: Path) -> list:
    from briefing.corpus import load_file

    files = tf.files_of([str(folder)], 8)
    return [load_file(f).document for f in files]


def test_merged_chunks_equal_one_build(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=3)
    files = tf.files_of([str(corpus)], 8)
    whole, whole_texts = text_data(_documents(corpus), variants=False)
    for size in (1, 2, 5, len(files)):
        chunks = [tf.chunk_text(files[i:i + size]) for i in range(0, len(files), size)]
        data, texts, _lines, _shas, _facets = tf.merge(chunks)
        assert texts == whole_texts
        for name, value in whole.items():
            got = data[name]
            assert (list(got) if got is not None else None) == (
                list(value) if value is not None else None), (size, name)


def test_key_is_the_full_index_key(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    built = tf.build(tf.files_of([str(corpus)], 8), None, 0)
    assert built.key == index_key(_documents(corpus))
    assert built.index.actors_pending


def test_typo_scan_without_variants_equals_the_variant_lookup():
    briefings = make_briefings()
    full = SearchIndex.build(briefings)
    data, texts = text_data([b.document for b in briefings], variants=False)
    bare = tf.pending_index(data, texts)
    assert bare.var_hash is None
    assert _results(bare, TEXT_QUERIES) == _results(full, TEXT_QUERIES)
    add_variants(bare)
    assert bare.var_hash is not None
    assert _results(bare, TEXT_QUERIES) == _results(full, TEXT_QUERIES)


def test_typo_scan_by_length_reads_only_possible_lengths_and_finds_the_same_words():
    """The scan before the variants exist reads only words of a length within the budget
    (a word ``d`` edits away differs in length by at most ``d``): same ids as reading all."""
    from briefing.search import typo

    vocab = sorted({"ceasefire", "ceasfire", "cesefire", "ceasefires", "ceasefired",
                    "cease", "fire", "kerry", "kery", "kerrys", "very", "berry", "ke",
                    "negotiations", "negotiation", "negociations", "negotiatons", "talks",
                    "tlaks", "talk", "stalk", "genève", "geneva", "geneve", "gen", "x" * 30})
    buckets = typo.by_length(vocab)
    assert sorted(len(w) for n, (words, _ids) in buckets.items() for w in words) == \
        sorted(len(w) for w in vocab)
    read: list[int] = []
    from rapidfuzz import process

    extract = process.extract

    def counting(key, choices, **kwargs):
        read.append(len(choices))
        return extract(key, choices, **kwargs)

    for key in ("cesefire", "kery", "negotiatons", "tlaks", "geneve", "talk", "berry"):
        b = typo.budget(key)
        near = {key} | typo.deletions(key, b)
        read.clear()
        process.extract = counting
        try:
            fast = typo.scan(key, b, near, vocab, buckets)
        finally:
            process.extract = extract
        assert sum(read) == sum(1 for w in vocab if abs(len(w) - len(key)) <= b) < len(vocab)
        assert sorted(fast) == sorted(typo.scan(key, b, near, vocab)), key


def _analyse(calls: list[int]):
    def analyse(paths: list[str], pool: object) -> list:
        from briefing.analysis.runner import analyse_corpus

        calls.append(len(paths))
        return analyse_corpus(paths).briefings

    return analyse


@pytest.fixture
def small_first(monkeypatch):
    monkeypatch.setattr(tf, "MIN_FILES", 2)


def test_cold_answer_then_finish_equals_the_index_built_at_once(tmp_path, small_first):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    reference = open_index([str(corpus)], cache_dir=tmp_path / "ref")
    calls: list[int] = []
    index, finish = open_for_query([str(corpus)], False, _analyse(calls), tmp_path, workers=0)
    assert finish is not None and index.actors_pending and not calls
    assert _results(index, TEXT_QUERIES) == _results(reference, TEXT_QUERIES)
    # No actors yet: the name is searched as words meanwhile (the reader's search screen).
    pending = index.search("@lavrov")
    assert not pending.actors and pending.hits == index.search("lavrov").hits
    full = finish()
    assert calls and not full.actors_pending
    assert _results(full, QUERIES) == _results(reference, QUERIES)
    again, nothing = open_for_query([str(corpus)], False, _analyse(calls), tmp_path)
    assert nothing is None and not again.actors_pending and len(calls) == 1
    assert _results(again, QUERIES) == _results(reference, QUERIES)


def test_actor_query_waits_for_the_actors(tmp_path, small_first):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    calls: list[int] = []
    index, finish = open_for_query([str(corpus)], True, _analyse(calls), tmp_path, workers=0)
    assert finish is None and not index.actors_pending and calls
    assert index.search("@lavrov").hits


def test_stopped_run_leaves_a_text_index_that_resumes(tmp_path, small_first):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    reference = open_index([str(corpus)], cache_dir=tmp_path / "ref")

    def interrupted(paths: list[str], pool: object) -> list:
        raise KeyboardInterrupt

    _index, finish = open_for_query([str(corpus)], False, interrupted, tmp_path, workers=0)
    assert finish is not None
    with pytest.raises(KeyboardInterrupt):
        finish()
    warm = warm_index([str(corpus)], cache_dir=tmp_path)
    assert warm is not None and warm.actors_pending  # saved while the analysis ran
    assert _results(warm, TEXT_QUERIES) == _results(reference, TEXT_QUERIES)
    calls: list[int] = []
    index, finish = open_for_query([str(corpus)], False, _analyse(calls), tmp_path)
    assert index.actors_pending and finish is not None and not calls
    full = finish()
    assert _results(full, QUERIES) == _results(reference, QUERIES)
    assert not warm_index([str(corpus)], cache_dir=tmp_path).actors_pending


@pytest.mark.parametrize("change", ["edit", "add", "remove", "sidecar"])
def test_a_change_after_the_text_index_is_seen(tmp_path, small_first, change):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)

    def interrupted(paths: list[str], pool: object) -> list:
        raise KeyboardInterrupt

    _index, finish = open_for_query([str(corpus)], False, interrupted, tmp_path, workers=0)
    with pytest.raises(KeyboardInterrupt):
        finish()
    assert warm_index([str(corpus)], cache_dir=tmp_path) is not None
    if change == "edit":
        target = corpus / "talks000.txt"
        target.write_text("Quiet day\n\nNothing happened in Zanzibar.\n")
        st = target.stat()
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
    elif change == "add":
        (corpus / "new.txt").write_text("Quokka summit\n\nLeaders met.\n")
    elif change == "remove":
        (corpus / "economy001.txt").unlink()
    else:
        (corpus / "north000.yaml").write_text('title: "Renamed by the user"\n')
    assert warm_index([str(corpus)], cache_dir=tmp_path) is None
    calls: list[int] = []
    index, finish = open_for_query([str(corpus)], False, _analyse(calls), tmp_path, workers=0)
    reference = open_index([str(corpus)], cache_dir=tmp_path / "ref")
    assert _results(index, TEXT_QUERIES) == _results(reference, TEXT_QUERIES)
    assert _results(finish(), QUERIES) == _results(reference, QUERIES)


def test_pending_index_completed_by_load_or_build(tmp_path):
    briefings = make_briefings()
    data, texts = text_data([b.document for b in briefings], variants=False)
    pending = tf.pending_index(data, texts)
    from briefing.search.cache import save_pending

    assert save_pending(pending, index_key(briefings), tmp_path)
    full = load_or_build(briefings, cache_dir=tmp_path)
    assert not full.actors_pending
    assert _results(full, QUERIES) == _results(SearchIndex.build(briefings), QUERIES)
    reloaded = load_or_build(briefings, cache_dir=tmp_path)
    assert not reloaded.actors_pending and reloaded is not full
    assert _results(reloaded, QUERIES) == _results(full, QUERIES)
    assert pending.with_document_actors(briefings[0].document.path, briefings[0]) is None


def test_chunks_in_worker_processes(tmp_path, small_first):
    from briefing.analysis.pool import AnalysisPool

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=3)
    files = tf.files_of([str(corpus)], 8)
    pool = AnalysisPool(2)
    try:
        built = tf.build(files, tf.pool_submitter(pool), 2)
    finally:
        pool.close()
    alone = tf.build(files, None, 0)
    assert built.key == alone.key and built.shas == alone.shas
    assert _results(built.index, TEXT_QUERIES) == _results(alone.index, TEXT_QUERIES)


def test_reader_quick_index_builds_the_text_in_a_child(tmp_path, small_first):
    import threading

    from briefing.search.coldopen import quick_index

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    better: list[SearchIndex] = []
    arrived = threading.Event()

    def improved(found: SearchIndex) -> None:
        better.append(found)
        arrived.set()

    index = quick_index([str(corpus)], cache_dir=tmp_path, improved=improved)
    assert index is not None and index.actors_pending and index.source is not None
    assert arrived.wait(60) and better[0].actors_pending and better[0].var_hash is not None
    reference = open_index([str(corpus)], cache_dir=tmp_path / "ref")
    assert _results(index, TEXT_QUERIES) == _results(reference, TEXT_QUERIES)
    # The reader's loading then completes it from the briefings (no text rebuilt).
    from briefing.analysis.runner import analyse_corpus

    full = load_or_build(analyse_corpus([str(corpus)]).briefings, cache_dir=tmp_path)
    assert not full.actors_pending
    assert _results(full, QUERIES) == _results(reference, QUERIES)


def test_reader_quick_index_gives_up_when_cancelled_or_small(tmp_path, monkeypatch):
    from briefing.search import coldopen

    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    assert coldopen.quick_index([str(corpus)], cache_dir=tmp_path) is None  # small: no child
    monkeypatch.setattr(tf, "MIN_FILES", 2)
    assert coldopen.quick_index([str(corpus)], cache_dir=tmp_path, cancelled=lambda: True) is None
    assert warm_index([str(corpus)], cache_dir=tmp_path) is None


def test_a_text_index_saved_without_variants_is_completed_with_them(tmp_path):
    from briefing.search.cache import load_index, save_pending

    briefings = make_briefings()
    key = index_key(briefings)
    data, texts = text_data([b.document for b in briefings], variants=False)
    assert save_pending(tf.pending_index(data, texts), key, tmp_path, variants=False)
    loaded = load_index(key, tmp_path)
    assert loaded.actors_pending and loaded.var_hash is None
    reference = SearchIndex.build(briefings)
    assert _results(loaded, TEXT_QUERIES) == _results(reference, TEXT_QUERIES)
    full = load_or_build(briefings, cache_dir=tmp_path)
    again = load_index(key, tmp_path)
    assert not again.actors_pending and again.var_hash is not None and len(again.var_hash)
    assert _results(again, QUERIES) == _results(full, QUERIES) == _results(reference, QUERIES)
    # A late text-only save (the child's second one) never replaces the complete index.
    assert save_pending(tf.pending_index(data, texts), key, tmp_path)
    assert not load_index(key, tmp_path).actors_pending


def test_split_keeps_the_order_and_balances_bytes():
    files = [f"f{i}" for i in range(10)]
    sizes = {f: (100_000 if f == "f9" else 1000, 0) for f in files}
    parts = tf.split(files, 3, sizes)
    assert [f for part in parts for f in part] == files
    assert len(parts) <= 3 and parts[-1] == ["f9"]  # the big file alone
    assert [f for part in tf.split(files, 4) for f in part] == files
    assert tf.split([], 4) == []


class _GonePipe:
    """A standard output whose reader has gone once the answer is written."""

    def __init__(self, fd: int) -> None:
        self.text = ""
        self.fd = fd

    def fileno(self) -> int:
        return self.fd

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        raise BrokenPipeError


def test_cli_answers_then_indexes_the_actors_even_if_the_pipe_closed(
        tmp_path, small_first, monkeypatch, capsys):
    from briefing.search import command

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    fd = os.open(os.devnull, os.O_WRONLY)
    out = _GonePipe(fd)
    monkeypatch.setattr("sys.stdout", out)
    try:
        code = command.run(["zanzibar", str(corpus)], lambda paths: list(paths),
                           lambda problems: None)
    finally:
        os.close(fd)
    assert code == 0 and "summit000.txt" in out.text
    assert "now indexing the actors" in capsys.readouterr().err
    index = warm_index([str(corpus)])
    assert index is not None and not index.actors_pending
    assert index.search("@lavrov").hits


def test_capitalised_compounds_are_found_by_their_lowercase_key(tmp_path):
    from briefing.model import Briefing
    from briefing.search.build import unit_keys
    from briefing.search.matching import COMPOUND
    from briefing.search.text import fold, keys

    (tmp_path / "a.txt").write_text(
        "Cease-fire holds\n\nAl-Sham fighters left; a cease-fire (not a Truce-Deal) held.\n",
        encoding="utf-8")
    index = SearchIndex.build([Briefing(document=d) for d in _documents(tmp_path)])
    assert index.search("ceasefire").total == 2  # the title and the paragraph
    assert index.search("alsham").total == 1 and index.search("trucedeal").total == 1
    assert not [w for w in index.vocab if w != w.lower()]
    # The pieces-with-a-hyphen scan finds what the regex finds over the whole text.
    for text in ["a-b c--d -e f- x-y-z (cease-fire), «al-Sham» Çavuş-Oğlu 10-June _a-b_ a_b-c",
                 "no hyphen here", "-", "--x--", "é-è ü-ß", "a-" * 30]:
        whole = set(keys(text)) | {fold(m.group().replace("-", ""))
                                   for m in COMPOUND.finditer(text)}
        assert unit_keys(text) == whole, text


def test_text_chunks_skip_sentences_but_keep_the_units(tmp_path):
    from dataclasses import replace

    from briefing.corpus import DEFAULT_LIMITS, load_file
    from briefing.corpus.layout import NO_SENTENCES

    corpus = tmp_path / "corpus"
    _write_corpus(corpus)
    lean = replace(DEFAULT_LIMITS, max_sentence_chars=NO_SENTENCES)
    for path in tf.files_of([str(corpus)], 8):
        full, quick = load_file(path).document, load_file(path, lean).document
        assert full is not None and quick is not None
        assert [(p.start, p.end) for p in full.paragraphs] == \
            [(p.start, p.end) for p in quick.paragraphs]
        assert all(not p.sentences for p in quick.paragraphs)
        assert any(p.sentences for p in full.paragraphs)
        assert (full.title, full.title_span, full.published, full.source) == \
            (quick.title, quick.title_span, quick.published, quick.source)
        assert [(s.heading, s.heading_span, s.turns) for s in full.sections] == \
            [(s.heading, s.heading_span, s.turns) for s in quick.sections]


def test_the_reader_is_told_while_the_child_builds(tmp_path, small_first):
    from briefing.search.coldopen import quick_index

    corpus = tmp_path / "corpus"
    _write_corpus(corpus, copies=2)
    import threading

    calls: list[bool] = []
    saved = threading.Event()
    index = quick_index([str(corpus)], cache_dir=tmp_path, building=calls.append,
                        improved=lambda _better: saved.set())
    assert index is not None and calls == [True, False]
    assert saved.wait(60)
    calls.clear()  # the saved index: no child, nothing to hold
    assert quick_index([str(corpus)], cache_dir=tmp_path, building=calls.append) is not None
    assert calls == []


def test_variants_are_written_into_a_copy_of_the_text_part(tmp_path, monkeypatch):
    """Completing a text index saved without typo variants copies its text part (no unit
    text encoded again) and writes the variants in their place: the file holds what a whole
    save of the complete index holds."""
    from array import array

    from briefing.search import store
    from briefing.search.cache import data_of, load_index, save_pending
    from briefing.search.index import INDEX_VERSION

    briefings = make_briefings()
    key = index_key(briefings)
    data, texts = text_data([b.document for b in briefings], variants=False)
    assert save_pending(tf.pending_index(data, texts), key, tmp_path, variants=False)

    def whole_save(*args, **kwargs):
        raise AssertionError("the text part was encoded again")

    monkeypatch.setattr(store, "save", whole_save)
    full = load_or_build(briefings, cache_dir=tmp_path)
    monkeypatch.undo()
    assert full.source is not None  # saved (by copying)
    again = load_index(key, tmp_path)
    assert not again.actors_pending and again.var_hash is not None and len(again.var_hash)
    whole = tmp_path / "whole.idx"
    store.save(whole, data_of(full), full.unit_text, key, INDEX_VERSION, full.alias_index())
    copied, copied_texts = store.load(Path(full.source), key, INDEX_VERSION)
    saved, saved_texts = store.load(whole, key, INDEX_VERSION)

    def plain(found):
        return {k: (array(v.format, v) if isinstance(v, memoryview) else v)
                for k, v in found.items() if not callable(v)}

    assert plain(copied) == plain(saved)
    n_units = len(saved["unit_doc"])
    assert [copied_texts.get(u) for u in range(n_units)] == \
        [saved_texts.get(u) for u in range(n_units)]
    assert _results(again, QUERIES) == _results(SearchIndex.build(briefings), QUERIES)


def test_a_primed_index_answers_as_one_that_is_not(tmp_path):
    from briefing.search.cache import enclosing_index

    briefings = make_briefings()
    assert _results(SearchIndex.build(briefings), QUERIES) == \
        _results(_primed(SearchIndex.build(briefings)), QUERIES)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write_corpus(corpus / "sub", copies=2)
    # The same bytes in and out of the sub-folder: in its scope, the copy hides nothing.
    (corpus / "outside.txt").write_bytes((corpus / "sub" / "summit000.txt").read_bytes())
    assert open_index([str(corpus)], cache_dir=tmp_path) is not None
    sub = str(corpus / "sub")
    plain = enclosing_index([sub], cache_dir=tmp_path, exact=True)
    primed = enclosing_index([sub], cache_dir=tmp_path, exact=True)
    assert plain is not None and plain.scope is not None
    assert _results(_primed(primed), QUERIES) == _results(plain, QUERIES)


def _primed(index: SearchIndex) -> SearchIndex:
    index.prime()
    assert index.memo.copies is not None and index.memo.headings is not None
    return index
