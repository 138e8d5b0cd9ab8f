"""The analysis cache: warm starts read no article, and a broken cache is rebuilt, never fatal."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from briefing.analysis import cache as cache_mod
from briefing.analysis import codec
from briefing.analysis.cache import AnalysisCache
from briefing.analysis.codec import StaleEntry, decode, encode
from briefing.analysis.runner import analyse_corpus, iter_analyse
from briefing.model import (
    Actor,
    Briefing,
    Document,
    Issue,
    Mention,
    Negotiation,
    Paragraph,
    Problem,
    Quote,
    Round,
    Section,
    Sentence,
    Span,
    TimeExpression,
    TimelineEvent,
)
from briefing.paths import cache_dir

ARTICLE = "Headline {n}\n\nThe envoys met in Geneva on Monday. Talks will resume on {n}.\n"
OLD = 1_500_000_000  # a fixed mtime long past, so entries are not "racy"


def _corpus(folder: Path, count: int = 3) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"doc{n}.txt"
        path.write_text(ARTICLE.format(n=n))
        os.utime(path, (OLD, OLD))
        paths.append(path)
    side = folder / "doc0.yaml"
    side.write_text("title: First\npublished: 2016-09-04\nsurprise: 1\n")
    os.utime(side, (OLD, OLD))
    return paths


def _outputs(folder: Path, cache: AnalysisCache | bool = True) -> tuple[list[dict], list[str]]:
    result = analyse_corpus([str(folder)], cache=cache)
    return [b.to_dict() for b in result.briefings], [str(p) for p in result.problems]


def test_warm_start_reads_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "c")
    cold = _outputs(tmp_path / "c")
    assert cold[0] and any("unknown key" in p for p in cold[1])
    db = cache_dir() / cache_mod.CACHE_FILE
    assert db.is_file()
    opened: list[str] = []
    import briefing.corpus.loader as corpus

    def refuse(path: str, *args: object, **kwargs: object) -> None:
        opened.append(path)
        raise AssertionError(path)

    monkeypatch.setattr(corpus, "read_file", refuse)
    with AnalysisCache(db) as cache:
        warm = _outputs(tmp_path / "c", cache)
        assert cache.hits == 3 and cache.misses == 0
    assert warm == cold and opened == []


def test_changed_file_is_analysed_again(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "c")
    _outputs(tmp_path / "c")
    paths[1].write_text("Completely New\n\nA different body.\n")
    os.utime(paths[1], (OLD + 5, OLD + 5))
    docs, _ = _outputs(tmp_path / "c")
    assert docs[1]["title"] == "Completely New"


def test_same_size_same_mtime_different_content_is_missed_only_when_racy(tmp_path: Path) -> None:
    # A rewrite within the same mtime tick cannot be seen by stat: that is why entries whose
    # mtime is recent are never trusted.  Here the file is recent, so it is re-hashed.
    folder = tmp_path / "c"
    folder.mkdir()
    path = folder / "live.txt"
    path.write_text("Version One\n\nBody.\n")
    _outputs(folder)
    st = path.stat()
    path.write_text("Version Two\n\nBody.\n")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    docs, _ = _outputs(folder)
    assert docs[0]["title"] == "Version Two"


def test_sidecar_change_is_seen(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    _outputs(tmp_path / "c")
    side = tmp_path / "c" / "doc0.yaml"
    side.write_text("title: Renamed\n")
    os.utime(side, (OLD + 9, OLD + 9))
    docs, problems = _outputs(tmp_path / "c")
    assert docs[0]["title"] == "Renamed" and docs[0]["published"] is None
    assert not any("unknown key" in p for p in problems)
    side.unlink()
    docs, _ = _outputs(tmp_path / "c")
    assert docs[0]["title"] == "Headline 0"


def test_renamed_file_reuses_the_analysis_with_its_new_name(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    _outputs(tmp_path / "c")
    (tmp_path / "c").rename(tmp_path / "moved")
    with AnalysisCache(cache_dir() / cache_mod.CACHE_FILE) as cache:
        docs, problems = _outputs(tmp_path / "moved", cache)
        assert cache.content_hits == 3 and cache.misses == 0
    assert all("/moved/" in d["path"] for d in docs)
    assert all("/moved/" in p for p in problems)


def test_corrupt_entries_are_rebuilt(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    cold = _outputs(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    with sqlite3.connect(db) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM analyses")]
        conn.execute("UPDATE analyses SET data=? WHERE key=?", (b"garbage", keys[0]))
        conn.execute("UPDATE analyses SET data=? WHERE key=?", (b"x\x9c" + bytes(50), keys[1]))
    with AnalysisCache(db) as cache:
        assert _outputs(tmp_path / "c", cache) == cold
        assert cache.rebuilt == 2
    with AnalysisCache(db) as cache:
        assert _outputs(tmp_path / "c", cache) == cold
        assert cache.hits == 3


def test_corrupt_database_file_is_replaced(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    cold = _outputs(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    assert _outputs(tmp_path / "c") == cold
    with AnalysisCache(db) as cache:
        assert cache.enabled
        assert _outputs(tmp_path / "c", cache) == cold and cache.hits == 3


def test_unusable_cache_location_is_not_fatal(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "c")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_HOME", str(blocker))
    docs, _ = _outputs(tmp_path / "c")
    assert len(docs) == 3


def test_cache_busy_in_another_process_is_not_fatal(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    cold = _outputs(tmp_path / "c")
    (tmp_path / "c" / "new.txt").write_text("New One\n\nBody.\n")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another briefing holds the write lock
    try:
        with AnalysisCache(db) as cache:
            docs, _ = _outputs(tmp_path / "c", cache)
            assert len(docs) == len(cold[0]) + 1
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_disabled_by_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "c")
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    _outputs(tmp_path / "c")
    assert not (cache_dir() / cache_mod.CACHE_FILE).exists()


def test_extractor_version_is_part_of_the_key(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    _outputs(tmp_path / "c")
    import briefing.versions as versions

    monkeypatch.setattr(versions, "EXTRACTOR_VERSION", "changed-for-test")
    with AnalysisCache(db) as cache:
        _outputs(tmp_path / "c", cache)
        assert cache.hits == 0 and cache.misses == 3


def test_extra_key_parts(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    _outputs(tmp_path / "c")
    with AnalysisCache(db, extra_key={"kb-user": "v2"}) as cache:
        _outputs(tmp_path / "c", cache)
        assert cache.hits == 0


def test_failed_extraction_is_not_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.analysis.document as analysis

    _corpus(tmp_path / "c", 1)

    def broken(document: Document) -> Briefing:
        raise RuntimeError("boom")

    working = analysis.analyse_document
    monkeypatch.setattr(analysis, "analyse_document", broken)
    docs, problems = _outputs(tmp_path / "c")
    assert len(docs) == 1 and any("extraction failed" in p for p in problems)
    monkeypatch.setattr(analysis, "analyse_document", working)
    with AnalysisCache(cache_dir() / cache_mod.CACHE_FILE) as cache:
        docs, problems = _outputs(tmp_path / "c", cache)
        assert cache.hits == 0 and not any("extraction failed" in p for p in problems)


def test_abandoned_generator_keeps_what_was_done(tmp_path: Path) -> None:
    _corpus(tmp_path / "c", 5)
    items = iter_analyse([str(tmp_path / "c")])
    next(items), next(items)
    items.close()
    with AnalysisCache(cache_dir() / cache_mod.CACHE_FILE) as cache:
        _outputs(tmp_path / "c", cache)
        assert cache.hits == 2 and cache.misses == 3


def test_encode_decode_round_trip_of_every_model_type() -> None:
    text = "Kerry met Lavrov in Geneva on Sunday. \"We are close,\" Kerry said."
    doc = Document(
        path="x.txt", sha256="ab", text=text, title="T", title_span=(0, 1),
        published="2016-09-04", sections=(Section(None, None, 0, len(text), (
            Paragraph(0, len(text), (Sentence(0, 37), Sentence(38, len(text)))),)),
                                          Section("H", (0, 1), 0, 1, (), 2)),
        curation={"actors": {"drop": ["china"], "add": [{"id": "x"}]}, "_lines": {"a": 3}})
    mention = Mention(0, 5, "Kerry", "actor", "kb")
    briefing = Briefing(
        document=doc,
        actors=(Actor("kerry", "John Kerry", "person", "party", ("Kerry",), None, "usa", "SecState",
                      (mention,), (), (), "kb", (Span(0, 5, "Kerry"),)),),
        quotes=(Quote(39, 52, '"We are close,"', "kerry", None, "direct", Span(53, 58, "Kerry")),),
        times=(TimeExpression(31, 37, "Sunday", "2016-09-04", "day"),),
        negotiations=(Negotiation("n1", "Syria", True, ("usa", "russia"), (), "near_agreement",
                                  (Span(0, 5, "Kerry"),), "up",
                                  (Issue("ceasefire", "Cease-fire", "open"),),
                                  (Round("Geneva", "2016-08-28", "no_deal"),)),),
        timeline=(TimelineEvent("2016-09-04", "met", Span(0, 5, "Kerry")),),
        problems=(Problem("x.txt", "note", 3),),
    )
    table, data = encode(briefing)
    import marshal

    again = decode(*marshal.loads(marshal.dumps((tuple(table), data))))
    assert again == briefing
    assert again.to_dict() == briefing.to_dict()
    assert again.document.curation == doc.curation


def test_decode_refuses_a_changed_model() -> None:
    table, data = encode(Span(1, 2, "x"))
    module, qualname, names = table[0]
    with pytest.raises(StaleEntry):
        decode(((module, qualname, (*names, "new_field")),), data)
    with pytest.raises(StaleEntry):
        decode((("os", "system", names),), data)
    with pytest.raises(StaleEntry):
        decode((("briefing.model", "Nope", names),), data)
    with pytest.raises(StaleEntry):
        decode([list(table[0])], data)  # not a tuple table: malformed


def test_lost_type_tables_mean_rebuilt_entries(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    cold = _outputs(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE types SET data=?", (b"junk",))
    with AnalysisCache(db) as cache:
        assert _outputs(tmp_path / "c", cache) == cold
        # the first rebuilt entry stores the table again, and the others can use it
        assert cache.rebuilt >= 1
    with AnalysisCache(db) as cache:
        assert _outputs(tmp_path / "c", cache) == cold and cache.hits == 3


def test_old_schema_is_dropped(tmp_path: Path) -> None:
    _corpus(tmp_path / "c")
    cold = _outputs(tmp_path / "c")
    db = cache_dir() / cache_mod.CACHE_FILE
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET v='0' WHERE k='schema'")
    with AnalysisCache(db) as cache:
        assert _outputs(tmp_path / "c", cache) == cold and cache.hits == 0


RICH = ("Envoys Resume Talks in Geneva\n\n"
        "GENEVA, March 3 (Staff) - Negotiators for Armenia and Azerbaijan met in Geneva on "
        "Monday under the mediation of the European Union, officials said. \"We are close to an "
        "agreement on the border,\" the Armenian foreign minister said. Talks on prisoners "
        "remain stalled.\n\n"
        "## Next round\n\n"
        "A new round is planned for April in Brussels. Azerbaijan said it would not accept "
        "preconditions. The United Nations welcomed the meeting. " * 3 + "\n")


def test_cached_briefings_equal_a_fresh_analysis(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    _corpus(folder)
    for name in ("rich.txt", "rich.md"):
        (folder / name).write_text(RICH)
        os.utime(folder / name, (OLD, OLD))
    fresh = analyse_corpus([str(folder)], cache=False).briefings
    assert any(b.actors for b in fresh) and any(b.document.sections for b in fresh)
    db = tmp_path / "db.sqlite"
    with AnalysisCache(db) as cache:
        cold = analyse_corpus([str(folder)], cache=cache).briefings
        assert cache.stores == len(fresh)
    with AnalysisCache(db) as cache:
        warm = analyse_corpus([str(folder)], cache=cache).briefings
        assert cache.hits == len(fresh) and cache.misses == 0
    assert [b.to_dict() for b in warm] == [b.to_dict() for b in fresh] == \
        [b.to_dict() for b in cold]
    assert warm == fresh  # dataclass equality: every compared field, the evidence spans too
    assert [b.document.curation for b in warm] == [b.document.curation for b in fresh]


def test_many_small_objects_decode_to_exact_model_objects() -> None:
    # Above the size where columns are poured into the slots directly (_COLUMNS_MIN).
    count = 3 * codec._COLUMNS_MIN
    mentions = tuple(Mention(i, i + 1, f"m{i}", "actor", "r") for i in range(count))
    sentences = tuple(Sentence(2 * i, 2 * i + 1) for i in range(count))
    paragraph = Paragraph(0, 2 * count, sentences)
    doc = Document("a.txt", "0" * 64, "x" * (2 * count),
                   sections=(Section(None, None, 0, 2 * count, (paragraph, paragraph)),))
    actor = Actor("a", "A", "state", mentions=mentions, evidence=tuple(
        Span(i, i + 1, "x") for i in range(count)))
    briefing = Briefing(document=doc, actors=(actor,))
    table, data = encode(briefing)
    back = decode(tuple(table), data)
    assert back == briefing and back.to_dict() == briefing.to_dict()
    got = back.actors[0].mentions
    assert all(type(m) is Mention for m in got) and got[5].text == "m5"
    assert back.document.sentences == sentences + sentences
    with pytest.raises(AttributeError):  # still frozen
        got[0].start = 3  # type: ignore[misc]


def test_prefetched_entries_are_checked_like_single_lookups(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "c")
    db = tmp_path / "db.sqlite"
    with AnalysisCache(db) as cache:
        analyse_corpus([str(tmp_path / "c")], cache=cache)
    with AnalysisCache(db) as cache:
        cache.prefetch([str(p) for p in paths])
        paths[2].write_text("Changed After The Prefetch\n\nNew body.\n")
        os.utime(paths[2], (OLD + 9, OLD + 9))
        # The batch was checked before the change, as one stat each was before; what matters
        # is that a later batch sees it and that nothing stale survives the entry it was for.
        assert cache.get(str(paths[0])) is not None
        cache.prefetch([str(paths[2])])
        assert cache.get(str(paths[2])) is None


def test_old_prefetch_is_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _corpus(tmp_path / "c")
    db = tmp_path / "db.sqlite"
    with AnalysisCache(db) as cache:
        analyse_corpus([str(tmp_path / "c")], cache=cache)
    monkeypatch.setattr(cache_mod, "PREFETCH_SECONDS", -1.0)  # every prefetch is "old"
    with AnalysisCache(db) as cache:
        cache.prefetch([str(p) for p in paths])
        paths[1].write_text("Changed While Others Were Analysed\n\nNew body.\n")
        os.utime(paths[1], (OLD + 7, OLD + 7))
        assert cache.get(str(paths[1])) is None
        assert cache.get(str(paths[0])) is not None
