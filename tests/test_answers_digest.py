"""Digests for ``briefing history`` / ``briefing quotes``: a warm run reads them instead of
decoding every analysis, and gives exactly what the analyses give; a changed file, sidecar or
answers rule is always seen."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

import briefing.answers.digest as digest_mod
from briefing.analysis.runner import analyse_corpus
from briefing.answers.digest import Digest, decode, digest_of, encode
from briefing.cli import main

# Invented events and people; real country names so that the parties are known.
DOCS = {
    "one": ("2031-04-02",
            "Chile and Peru agree truce\n\n"
            "\"The guns will fall silent,\" said Foreign Minister Anna Kovac of Chile on "
            "Tuesday.\n\n"
            "Kovac said the monitoring mechanism would report to both governments every week.\n\n"
            "The truce between Chile and Peru was agreed in talks in Doha on Monday, mediated "
            "by Qatar.\n"),
    "two": ("2031-05-09",
            "Peru rejects monitors\n\n"
            "\"We will not accept foreign monitors on our soil,\" said Defence Minister Petar "
            "Lanik of Peru.\n\n"
            "Foreign Minister Anna Kovac told reporters the talks with Peru in Doha would "
            "resume next month. Chile and Peru remain far apart on the monitors, and the "
            "cease-fire talks stalled.\n"),
}
AN_HOUR_AGO = time.time() - 3600
_written = [0]


def _write(folder: Path, name: str, date: str, text: str) -> None:
    # Files older than the analysis cache's "racy" window, so it records them (as it would
    # any file not written in the last seconds) and vouches for their analyses; each write
    # a second later than the last, as an edit would be.
    for path, body in ((folder / f"{name}.txt", text),
                       (folder / f"{name}.yaml", f"published: {date}\nsource: Wire\n")):
        path.write_text(body, encoding="utf-8")
        _written[0] += 1
        os.utime(path, (AN_HOUR_AGO + _written[0], AN_HOUR_AGO + _written[0]))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, (date, text) in DOCS.items():
        _write(folder, name, date, text)
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _old_path(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
              *argv: str) -> dict:
    with monkeypatch.context() as m:
        m.setenv(digest_mod.NO_DIGEST_ENV, "1")
        return _run(capsys, *argv)


def _no_computing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(briefing: object) -> Digest:
        raise AssertionError("a digest was computed: the stored one was not used")

    monkeypatch.setattr(digest_mod, "digest_of", refuse)


@pytest.mark.parametrize("command", ["history", "quotes"])
def test_stored_digests_give_exactly_what_the_analyses_give(corpus, capsys, monkeypatch,
                                                            command):
    fresh = _old_path(monkeypatch, capsys, command, str(corpus))
    first = _run(capsys, command, str(corpus))  # computes and stores the digests
    assert first == fresh
    assert fresh[command if command == "quotes" else "histories"]
    with monkeypatch.context() as m:
        _no_computing(m)
        warm = _run(capsys, command, str(corpus))
    assert warm == fresh


def test_history_steps_keep_parties_rounds_and_evidence(corpus, capsys):
    _run(capsys, "history", str(corpus))
    payload = _run(capsys, "history", str(corpus))
    steps = [s for h in payload["histories"] for s in h["steps"]]
    assert any(s["evidence"] and s["evidence"]["text"] for s in steps)
    assert any(s["rounds"] and s["rounds"][0]["place"] == "Doha" for s in steps)
    assert {"chile", "peru"} <= {p for s in steps for p in s["parties"]}


def test_a_changed_file_is_seen(corpus, capsys, monkeypatch):
    _run(capsys, "quotes", str(corpus))
    text = DOCS["one"][1].replace("The guns will fall silent", "The guns are silent now")
    _write(corpus, "one", DOCS["one"][0], text)
    texts = [q["text"] for q in _run(capsys, "quotes", str(corpus))["quotes"]]
    assert "The guns are silent now," in texts
    assert "The guns will fall silent," not in texts


def test_a_changed_sidecar_is_seen(corpus, capsys):
    before = _run(capsys, "history", str(corpus))
    assert "2031-04-02" in json.dumps(before)
    _write(corpus, "one", "2030-01-15", DOCS["one"][1])
    after = json.dumps(_run(capsys, "history", str(corpus)))
    assert "2030-01-15" in after and '"date": "2031-04-02"' not in after


def test_a_changed_answers_rule_is_seen(corpus, capsys, monkeypatch):
    _run(capsys, "quotes", str(corpus))
    monkeypatch.setattr(digest_mod, "answers_fingerprint", lambda: "another rule")
    computed = []
    real = digest_mod.digest_of

    def counting(briefing: object) -> Digest:
        computed.append(briefing)
        return real(briefing)

    monkeypatch.setattr(digest_mod, "digest_of", counting)
    _run(capsys, "quotes", str(corpus))
    assert len(computed) == 2


def test_a_renamed_file_shows_its_new_path(corpus, capsys, monkeypatch):
    _run(capsys, "quotes", str(corpus))
    os.rename(corpus / "one.txt", corpus / "renamed.txt")
    os.rename(corpus / "one.yaml", corpus / "renamed.yaml")
    payload = _run(capsys, "quotes", str(corpus))
    paths = {Path(q["path"]).name for q in payload["quotes"]}
    assert paths == {"renamed.txt", "two.txt"}
    assert {q["title"] for q in payload["quotes"]} == {"Chile and Peru agree truce",
                                                       "Peru rejects monitors"}


def test_identical_documents_count_once(corpus, capsys):
    shutil.copy(corpus / "two.txt", corpus / "zcopy.txt")
    shutil.copy(corpus / "two.yaml", corpus / "zcopy.yaml")
    for name in ("zcopy.txt", "zcopy.yaml"):
        os.utime(corpus / name, (AN_HOUR_AGO, AN_HOUR_AGO))
    for _ in range(2):
        payload = _run(capsys, "quotes", str(corpus))
        assert "zcopy.txt" not in {Path(q["path"]).name for q in payload["quotes"]}


def test_a_damaged_store_is_replaced_not_fatal(corpus, capsys, monkeypatch, briefing_home):
    fresh = _old_path(monkeypatch, capsys, "history", str(corpus))
    store = briefing_home / "cache" / digest_mod.DIGEST_FILE
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_bytes(b"not a database" * 100)
    assert _run(capsys, "history", str(corpus)) == fresh
    assert _run(capsys, "history", str(corpus)) == fresh


def test_a_damaged_entry_is_computed_again(corpus, capsys, monkeypatch, briefing_home):
    import sqlite3

    fresh = _old_path(monkeypatch, capsys, "quotes", str(corpus))
    _run(capsys, "quotes", str(corpus))
    db = sqlite3.connect(briefing_home / "cache" / digest_mod.DIGEST_FILE)
    with db:
        db.execute("UPDATE digests SET data = x'00ff'")
    db.close()
    assert _run(capsys, "quotes", str(corpus)) == fresh


def test_encoding_round_trip(corpus):
    for briefing in analyse_corpus([str(corpus)], cache=False).briefings:
        digest = digest_of(briefing)
        assert digest.steps or digest.quotes
        back = decode(encode(digest))
        blank = digest_mod.placed(digest, "", "")
        assert back == blank
    with pytest.raises(ValueError):
        decode(b"garbage")


def test_digests_unused_for_a_month_are_pruned_when_there_are_many(tmp_path, monkeypatch):
    monkeypatch.setattr(digest_mod, "PRUNE_SLACK", 5)
    path = tmp_path / "answers.sqlite"
    store = digest_mod.DigestStore(path)
    store.put_many([(f"k{i}", Digest()) for i in range(10)])
    store._db.execute("UPDATE digests SET used = used - 31")  # written a month ago
    assert store.get_many(["k1", "k2"]).keys() == {"k1", "k2"}  # read today
    assert store.prune() == 8  # ten > 5: the eight not used for 30 days go
    assert set(store.get_many([f"k{i}" for i in range(10)])) == {"k1", "k2"}
    store.close()
    store = digest_mod.DigestStore(path)  # few left: nothing more goes
    assert store.prune() == 0 and len(store.get_many(["k1", "k2"])) == 2
    store.close()


def test_a_store_of_an_earlier_layout_is_replaced(tmp_path):
    import sqlite3

    path = tmp_path / "answers.sqlite"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE digests (key TEXT PRIMARY KEY, data BLOB)")
    db.execute("INSERT INTO digests VALUES ('k', x'00')")
    db.commit()
    db.close()
    store = digest_mod.DigestStore(path)
    assert store.get_many(["k"]) == {}
    store.put_many([("k", Digest())])
    assert store.get_many(["k"]) == {"k": Digest()}
    store.close()


def test_many_digests_are_read_in_batches(tmp_path):
    store = digest_mod.DigestStore(tmp_path / "answers.sqlite")
    store.put_many([(f"k{i}", Digest()) for i in range(1200)])
    queries: list[str] = []
    store._db.set_trace_callback(queries.append)
    found = store.get_many([f"k{i}" for i in range(1300)])  # 100 not stored
    assert set(found) == {f"k{i}" for i in range(1200)}
    assert sum("IN (" in q for q in queries) == 3  # 500 + 500 + 300 keys
    store.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_fifo_in_place_of_the_store_or_beside_it_is_replaced(tmp_path, suffix):
    """SQLite would block on a FIFO: one in place of the store or of its ``-wal`` or ``-shm``
    file is removed and the store made again, as the analysis cache does (the store looked
    at its own path only; both open their files through common.sqlitefile now)."""
    path = tmp_path / "answers.sqlite"
    os.mkfifo(str(path) + suffix)
    store = digest_mod.DigestStore(path)
    store.put_many([("k", Digest())])
    assert store.get_many(["k"]) == {"k": Digest()}
    store.close()
    assert not Path(str(path) + suffix).is_fifo()
