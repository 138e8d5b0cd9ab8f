"""``briefing search``: JSON shape, text output, limits, odd queries, warm runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _corpus_files import write_texts
from test_search_fixtures import ARTICLES

from briefing.cli import main


@pytest.fixture
def corpus(tmp_path):
    return write_texts(tmp_path / "corpus", ARTICLES)


def run_json(capsys, *argv, status=0):
    assert main(["search", *argv, "--json"]) == status
    return json.loads(capsys.readouterr().out)


def test_json_shape_and_offsets(corpus, capsys):
    payload = run_json(capsys, "lavorv", str(corpus))
    assert set(payload) == {"query", "hits"} and payload["query"] == "lavorv"
    assert payload["hits"]
    for hit in payload["hits"]:
        assert set(hit) == {"path", "title", "section", "start", "end", "score", "snippet",
                            "spans", "date", "source", "also"}
        text = Path(hit["path"]).read_text(encoding="utf-8")
        assert all(text[s:e] == "Lavrov" for s, e in hit["spans"])
        assert hit["start"] <= hit["spans"][0][0] and hit["spans"][-1][1] <= hit["end"]
    scores = [h["score"] for h in payload["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_limit_and_second_run_is_warm(corpus, capsys, monkeypatch):
    first = run_json(capsys, "the", str(corpus), "--limit", "2")
    assert len(first["hits"]) == 2
    import briefing.analysis.runner as analysis

    monkeypatch.setattr(analysis, "analyse_corpus",
                        lambda *a, **k: pytest.fail("the warm run analysed the corpus"))
    again = run_json(capsys, "the", str(corpus), "--limit", "2")
    assert again == first


def test_text_output(corpus, capsys):
    assert main(["search", "humanitarian corridor", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "talks.txt:" in out and "Humanitarian Corridor" in out
    assert main(["search", "zzzzqqq", str(corpus)]) == 1  # grep's and ripgrep's convention
    assert "no match" in capsys.readouterr().out


@pytest.mark.parametrize("query", ["[", '"', "*", "\\", "", "-", "@", "x" * 10_000])
def test_odd_queries(corpus, capsys, query):
    status = main(["search", query, str(corpus), "--json"])
    if query == "@":  # no name: a usage error, said on stderr (tests/test_search_checks.py)
        assert status == 2 and capsys.readouterr().out == ""
        return
    payload = json.loads(capsys.readouterr().out)
    assert payload["query"] == query and isinstance(payload["hits"], list)
    assert status == (0 if payload["hits"] else 1)


def test_missing_path_is_a_usage_error(tmp_path, capsys):
    assert main(["search", "x", str(tmp_path / "nowhere")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_scan_sees_what_discover_sees(corpus, tmp_path):
    from briefing.corpus.files import MAX_DEPTH, discover
    from briefing.search.listing import scan

    (corpus / ".hidden.txt").write_text("x")
    (corpus / "notes.csv").write_text("x")
    sub = corpus / "sub"
    sub.mkdir()
    (sub / "deep.md").write_text("# Deep\n\ntext\n")
    (corpus / "talks.yaml").write_text("title: t\n")
    # one folder at the depth limit (found) and one below it (not found), for both
    folder = corpus
    for depth in range(1, MAX_DEPTH + 2):
        folder = folder / f"d{depth}"
    folder.mkdir(parents=True)
    (folder / "too-deep.txt").write_text("Too deep\n\ntext\n")
    (folder.parent / "deepest.txt").write_text("Deepest\n\ntext\n")
    scanned = scan([str(corpus)])
    documents = {f.path for f in discover([str(corpus)]) if not f.error}
    assert str(folder.parent / "deepest.txt") in documents
    assert str(folder / "too-deep.txt") not in scanned
    assert documents <= set(scanned)
    assert set(scanned) - documents == {str(corpus / "talks.yaml")}


def test_output_is_display_safe(tmp_path, capsys):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "evil\x1b]0;x\x07.txt").write_text("Title\n\nThe envoy said hello.\n")
    assert main(["search", "envoy", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "envoy" in out
